import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import type { Conflict } from '../store/mediaTrouble';
import { problemText } from './problemText';

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One refused change in words: the fields and values the user typed, or what was done to an item. */
function ConflictEntry({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const { change, problem } = conflict;
  const values = change.kind === 'patch' ? change.patch : change.kind === 'add' ? change.data : null;
  const what =
    values === null
      ? t(change.kind === 'remove' ? 'media.conflictRemoved' : 'media.conflictMoved')
      : Object.entries(values)
          .map(
            ([field, value]) =>
              `${t(`fields.${change.section}.${field}.label`, { defaultValue: field })}: ${valueText(value)}`,
          )
          .join('; ');
  const reason = problemText(t, problem);
  return (
    <li>
      {change.kind === 'add' && `${t('media.conflictAdded')} — `}
      {what} <span className="muted">({reason})</span>
    </li>
  );
}

/** Kept changes the plan refused when they were written at last: never dropped without a word. */
export function ConflictList() {
  const { t } = useTranslation();
  const conflicts = useStore((s) => s.conflicts);
  const dismiss = useStore((s) => s.dismissConflicts);
  if (conflicts.length === 0) return null;
  return (
    <section className="media-conflicts" role="alert" data-testid="media-conflicts">
      <p>{t('media.conflicts', { count: conflicts.length })}</p>
      <ul>
        {conflicts.map((conflict, index) => (
          <ConflictEntry key={index} conflict={conflict} />
        ))}
      </ul>
      <button type="button" className="quiet" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}
