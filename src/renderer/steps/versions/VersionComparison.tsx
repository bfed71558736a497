import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../ipc/contract';
import { invoke } from '../../api';
import { sectionTitle } from '../../forms/sectionTitle';
import { useStore } from '../../store';

const CURRENT = 'current';

/** Two versions side by side, described in words: per part of the plan, what was added, removed, changed. */
export function VersionComparison({ versions, initialFrom }: { versions: string[]; initialFrom?: string }) {
  const { t } = useTranslation();
  const showProblem = useStore((s) => s.showProblem);
  const [from, setFrom] = useState(initialFrom ?? versions[0] ?? CURRENT);
  const [to, setTo] = useState(CURRENT);
  const [diff, setDiff] = useState<ResultOf<'versions.compare'> | null>(null);

  useEffect(() => {
    let cancelled = false;
    invoke('versions.compare', { from, to }).then(
      (result) => !cancelled && setDiff(result),
      (error: unknown) => showProblem(error),
    );
    return () => {
      cancelled = true;
    };
  }, [from, to, showProblem]);

  const options = [...versions, CURRENT].map((value) => (
    <option key={value} value={value}>
      {value === CURRENT ? t('versions.currentPlan') : value}
    </option>
  ));
  const fieldLabel = (section: string, field: string) => t(`fields.${section}.${field}.label`, { defaultValue: field });
  const names = (items: { title: string }[]) => items.map((item) => item.title || t('common.unnamed')).join(', ');

  return (
    <section aria-labelledby="compare-title" className="version-comparison">
      <h3 id="compare-title">{t('versions.compareTitle')}</h3>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('versions.from')}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('versions.to')}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </label>
      </div>
      {diff && diff.length === 0 && <p className="muted">{t('versions.noDifferences')}</p>}
      {diff && diff.length > 0 && (
        <ul className="diff-list" aria-live="polite">
          {diff.map((section) => (
            <li key={section.section}>
              <strong>{sectionTitle(t, section.section)}</strong>
              <ul>
                {section.added.length > 0 && <li>{t('versions.added', { items: names(section.added) })}</li>}
                {section.removed.length > 0 && <li>{t('versions.removed', { items: names(section.removed) })}</li>}
                {section.changed.map((item) => (
                  <li key={item.id || 'record'}>
                    {item.id
                      ? t('versions.changed', {
                          items: `${item.title || t('common.unnamed')} (${item.fields.map((f) => fieldLabel(section.section, f)).join(', ')})`,
                        })
                      : t('versions.changedRecord', {
                          fields: item.fields.map((f) => fieldLabel(section.section, f)).join(', '),
                        })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
