import { Plus } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickerCreates, stepOfSection } from '../../domain/links';
import { findSection } from '../../domain/plan';
import { useStore } from '../store';
import { useWordingContext } from './useSection';

interface CreateInPickerProps {
  /** The list the new item goes into (systems, suppliers, locations…). */
  target: string;
  readOnly: boolean;
  /**
   * The link back to the item whose form it was made from: the new item's reference field (named by
   * the link's descriptor, whichever list it is) and the id, or ids, it points at.
   */
  data?: { readonly [field: string]: string | string[] };
  onCreated?: (id: string) => void;
}

/**
 * "+ New system" under a picker: adds an item to the picker's list by its name and picks it, so a
 * list that is filled in a later step is never a dead end. The rest is asked in its own step.
 */
export function CreateInPicker({ target, readOnly, data, onCreated }: CreateInPickerProps) {
  const { t } = useTranslation();
  const context = useWordingContext();
  const addItem = useStore((s) => s.addItem);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  useEffect(() => {
    if (open) input.current?.focus();
    else if (returnFocus) {
      opener.current?.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);
  const section = findSection(target);
  if (readOnly || !pickerCreates(target) || section?.kind !== 'list') return null;
  const step = stepOfSection(target);
  const close = () => {
    setOpen(false);
    setName('');
    setReturnFocus(true);
  };
  const create = async () => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) return input.current?.focus();
    const item = await addItem(target, { ...data, [section.titleField]: clean });
    if (!item) return;
    onCreated?.(item.id);
    setCreated(clean);
    close();
  };
  return (
    <div className="create-in-picker">
      {open ? (
        <div className="create-in-picker-form">
          <label htmlFor={inputId}>{t(`lists.${target}.createName`, { context })}</label>
          <input
            ref={input}
            id={inputId}
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void create();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                close();
              }
            }}
          />
          <button type="button" className="primary" onClick={() => void create()}>
            {t('common.add')}
          </button>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={opener}
          type="button"
          className="inline-action"
          onClick={() => {
            setCreated(null);
            setOpen(true);
          }}
        >
          <Plus size={14} aria-hidden="true" /> {t(`lists.${target}.createHere`, { context })}
        </button>
      )}
      <span role="status" className="field-hint">
        {created &&
          t('common.createdHere', {
            name: created,
            step: step ? t(`steps.${step}.title`, { context }) : '',
          })}
      </span>
    </div>
  );
}
