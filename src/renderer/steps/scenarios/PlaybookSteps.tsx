import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSection } from '../../../domain/plan';
import { useDurationText } from '../../forms/DurationInput';
import { FieldRow } from '../../forms/FieldRow';
import { useDisplayValue } from '../../forms/useDisplayValue';
import { useFocusOnArrival } from '../../forms/useFocusOnArrival';
import { useListSection } from '../../forms/useSection';
import { useStore } from '../../store';
import type { StoredItem } from '../../../domain/records';
import type { Fields } from '../../store/sectionsSlice';

/**
 * The steps of one playbook, in order. All playbooks' steps share one list; a step moves up or down
 * past the neighbouring step of the same playbook.
 */
export function PlaybookSteps({ scenario }: { scenario: StoredItem<'scenarios'> }) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const section = findSection('scenarioSteps');
  const all = useListSection('scenarioSteps') ?? [];
  useListSection('roles');
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const addItem = useStore((s) => s.addItem);
  const editItem = useStore((s) => s.editItem);
  const removeWithUndo = useStore((s) => s.removeWithUndo);
  const moveItem = useStore((s) => s.moveItem);
  const display = useDisplayValue('scenarioSteps');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [addedId, setAddedId] = useState<string | null>(null);
  const editor = useRef<HTMLElement>(null);
  useFocusOnArrival(editor, editingId !== null && editingId === addedId);
  if (!section) return null;

  const steps = all.filter((step) => step.scenario === scenario.id);
  const editing = steps.find((step) => step.id === editingId);
  // The step's form is the form engine's: it reads the record by field descriptor.
  const editingFields: Fields = editing ?? {};
  const fieldOf = (name: string) => section.fields.find((f) => f.name === name)!;
  const move = (step: StoredItem<'scenarioSteps'>, offset: -1 | 1) => {
    const neighbour = steps[steps.indexOf(step) + offset];
    if (neighbour) void moveItem('scenarioSteps', step.id, all.indexOf(neighbour));
  };
  const title = String(scenario.title || t('common.unnamed'));

  return (
    <section className="playbook" aria-labelledby="playbook-title">
      <h3 id="playbook-title">
        {t('risksIncidents.playbook.title')}: {title}
      </h3>
      <p className="muted">{t('risksIncidents.playbook.tip')}</p>
      {steps.length === 0 ? (
        <p className="empty-state">{t('lists.scenarioSteps.empty')}</p>
      ) : (
        <ol className="playbook-steps">
          {steps.map((step, index) => (
            <li key={step.id} className={step.id === editingId ? 'editing' : undefined}>
              <span className="step-no">{index + 1}.</span>
              <span className={`phase-badge phase-${String(step.phase || 'none')}`}>
                {display(fieldOf('phase'), step.phase)}
              </span>
              <span className="playbook-text">
                <button
                  type="button"
                  className="link playbook-action"
                  onClick={() => setEditingId(step.id === editingId ? null : step.id)}
                >
                  {String(step.action || t('common.unnamed'))}
                </button>
                <span className="muted">
                  {display(fieldOf('role'), step.role) || t('risksIncidents.playbook.noRole')}
                  {typeof step.targetMinutes === 'number' ? ` · ${durationText(step.targetMinutes / 60)}` : ''}
                </span>
              </span>
              <span className="item-actions">
                <button
                  type="button"
                  disabled={readOnly || index === 0}
                  onClick={() => move(step, -1)}
                  aria-label={t('common.moveUp')}
                  title={t('common.moveUp')}
                >
                  <ArrowUp size={14} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  disabled={readOnly || index === steps.length - 1}
                  onClick={() => move(step, 1)}
                  aria-label={t('common.moveDown')}
                  title={t('common.moveDown')}
                >
                  <ArrowDown size={14} aria-hidden="true" />
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="primary"
        disabled={readOnly}
        onClick={async () => {
          const created = await addItem('scenarioSteps', { scenario: scenario.id });
          if (!created) return;
          setAddedId(created.id);
          setEditingId(created.id);
        }}
      >
        <Plus size={16} aria-hidden="true" /> {t('lists.scenarioSteps.add')}
      </button>
      {editing && (
        <section
          ref={editor}
          className="item-form section-form"
          aria-label={t('risksIncidents.playbook.editing', { number: steps.indexOf(editing) + 1 })}
        >
          <div className="item-form-header">
            <h4>{t('risksIncidents.playbook.editing', { number: steps.indexOf(editing) + 1 })}</h4>
            <button
              type="button"
              className="danger"
              disabled={readOnly}
              onClick={async () => {
                await removeWithUndo('scenarioSteps', editing.id, String(editing.action || t('common.unnamed')));
                setEditingId(null);
              }}
            >
              <Trash2 size={16} aria-hidden="true" /> {t('common.remove')}
            </button>
          </div>
          {section.fields
            .filter((f) => f.name !== 'scenario')
            .map((field) => (
              <FieldRow
                key={field.name}
                section="scenarioSteps"
                field={field}
                idPrefix={`scenarioSteps-${editing.id}`}
                value={editingFields[field.name]}
                readOnly={readOnly}
                onChange={(value) => editItem('scenarioSteps', editing.id, { [field.name]: value })}
              />
            ))}
        </section>
      )}
    </section>
  );
}
