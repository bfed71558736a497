import { useTranslation } from 'react-i18next';
import type { StoredItem } from '../../../domain/records';
import { useListSection } from '../../forms/useSection';

interface OutdatedCopiesProps {
  currentVersion: string;
  issued: string[];
  onShowChanges: (fromVersion: string) => void;
}

/** Copy holders from the distribution list whose copy is older than the current version. */
export function OutdatedCopies({ currentVersion, issued, onShowChanges }: OutdatedCopiesProps) {
  const { t } = useTranslation();
  const distribution = useListSection('distribution') ?? [];
  const people = useListSection('people') ?? [];
  if (!currentVersion) return null;
  const outdated = distribution.filter((copy) => copy.versionHeld.trim() !== currentVersion);
  const holderName = (copy: StoredItem<'distribution'>) =>
    (people.find((p) => p.id === copy.holder)?.name ?? copy.holderName) || t('common.unnamed');
  return (
    <section aria-labelledby="holders-title">
      <h3 id="holders-title">{t('versions.holdersTitle')}</h3>
      {outdated.length === 0 ? (
        <p className="muted">{t('versions.holdersNone')}</p>
      ) : (
        <ul className="holders">
          {outdated.map((copy) => {
            const held = copy.versionHeld.trim();
            return (
              <li key={copy.id}>
                {held
                  ? t('versions.holderHolds', {
                      holder: holderName(copy),
                      held,
                      form: t(`choices.copyForm.${copy.form || 'other'}`),
                    })
                  : t('versions.holderUnknown', { holder: holderName(copy) })}
                {issued.includes(held) && (
                  <button type="button" className="link inline" onClick={() => onShowChanges(held)}>
                    {t('versions.showChanges')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
