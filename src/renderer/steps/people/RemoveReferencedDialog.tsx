import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSection } from '../../../domain/plan';
import { useListSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';
import { type ItemUses, describeReference, findUses, replaceEverywhere } from './removeReferenced';

export interface PendingRemoval {
  item: ListItem;
  name: string;
  uses: ItemUses;
  /** Tells the list whether to go on and remove the item. */
  resolve: (remove: boolean) => void;
}

/**
 * A `confirmRemove` for a list whose items other sections point at (people, suppliers): when the
 * item is still used, the dialog below asks what to do; otherwise it goes at once (with an undo).
 */
export function useReferencedRemoval(targetSection: string) {
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const confirmRemove = useCallback(
    async (item: ListItem, name: string): Promise<boolean> => {
      const uses = await findUses(targetSection, item.id);
      if (uses.references.length === 0) return true;
      return new Promise<boolean>((resolve) => setPending({ item, name, uses, resolve }));
    },
    [targetSection],
  );
  const dialog = pending ? <RemoveReferencedDialog pending={pending} onDone={() => setPending(null)} /> : null;
  return { confirmRemove, dialog };
}

/**
 * Asks what to do with the places an item still fills before it leaves its list: hand them to
 * another item, or leave them empty (and flagged).
 */
function RemoveReferencedDialog({ pending, onDone }: { pending: PendingRemoval; onDone: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const { targetSection } = pending.uses;
  const candidates = useListSection(targetSection) ?? [];
  const target = findSection(targetSection);
  const titleField = target?.kind === 'list' ? target.titleField : 'name';
  const [replacement, setReplacement] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = `remove-${targetSection}-${pending.item.id}`;

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
          <li key={`${reference.section}-${reference.itemId}-${reference.field}`}>
            {describeReference(reference, pending.item.id, t)}
          </li>
        ))}
      </ul>
      <label className="field">
        <span className="field-label">
          {t(`peoplePlaces.references.replaceWith.${targetSection === 'people' ? 'people' : 'other'}`)}
        </span>
        <select value={replacement} onChange={(event) => setReplacement(event.target.value)}>
          <option value="">{t('peoplePlaces.references.nobody')}</option>
          {candidates
            .filter((candidate) => candidate.id !== pending.item.id)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {String(candidate[titleField] ?? '') || t('common.unnamed')}
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
              await replaceEverywhere(pending.item, pending.uses, replacement);
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
