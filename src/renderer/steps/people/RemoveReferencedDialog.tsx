import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';
import { type PersonUses, describeReference, replacePerson } from './removePerson';

export interface PendingRemoval {
  person: ListItem;
  name: string;
  uses: PersonUses;
  /** Tells the list whether to go on and remove the person. */
  resolve: (remove: boolean) => void;
}

/**
 * Asks what to do with the places a person still fills before they leave the directory: hand them
 * to someone else, or leave them empty (and flagged).
 */
export function RemovePersonDialog({ pending, onDone }: { pending: PendingRemoval; onDone: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const people = useListSection('people') ?? [];
  const [replacement, setReplacement] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = `remove-person-${pending.person.id}`;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const finish = (remove: boolean) => {
    pending.resolve(remove);
    onDone();
  };

  return (
    <dialog ref={dialog} className="remove-person-dialog" aria-labelledby={titleId} onCancel={() => finish(false)}>
      <h3 id={titleId}>{t('peoplePlaces.references.title', { name: pending.name })}</h3>
      <p>{t('peoplePlaces.references.intro', { name: pending.name })}</p>
      <ul>
        {pending.uses.references.map((reference) => (
          <li key={`${reference.section}-${reference.itemId}-${reference.field}`}>{describeReference(reference, pending.person.id, t)}</li>
        ))}
      </ul>
      <label className="field">
        <span className="field-label">{t('peoplePlaces.references.replaceWith')}</span>
        <select value={replacement} onChange={(event) => setReplacement(event.target.value)}>
          <option value="">{t('peoplePlaces.references.nobody')}</option>
          {people
            .filter((person) => person.id !== pending.person.id)
            .map((person) => (
              <option key={person.id} value={person.id}>
                {String(person.name ?? '') || t('common.unnamed')}
              </option>
            ))}
        </select>
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => finish(false)}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await replacePerson(pending.person, pending.uses, replacement);
              finish(true);
            } catch {
              finish(false);
            }
          }}
        >
          {t('peoplePlaces.references.confirm', { name: pending.name })}
        </button>
      </div>
    </dialog>
  );
}
