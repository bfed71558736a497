import { isFilled } from '../../domain/fields';
import { findSection } from '../../domain/plan';
import { useFocusRequest } from '../findings/focusField';
import { useFieldFindings } from '../findings/useFieldFindings';
import { useStore } from '../store';
import { FieldRow } from './FieldRow';
import { MissingFields } from './MissingFields';
import { useSingletonSection } from './useSection';

/**
 * The form of a singleton section, generated from its schema: every field, in declaration order.
 * `only` limits it to some fields (to split a long step).
 */
export function SectionForm({ section: sectionKey, only }: { section: string; only?: readonly string[] }) {
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const { data, edit } = useSingletonSection(sectionKey);
  const section = findSection(sectionKey);
  const findingsOf = useFieldFindings(sectionKey);
  useFocusRequest(sectionKey, (request) => !request.itemId && Boolean(data));
  if (!section || !data) return null;
  const fields = only ? section.fields.filter((f) => only.includes(f.name)) : section.fields;
  const missing = fields.filter((f) => f.required && !isFilled(data[f.name]));

  return (
    <div className="section-form">
      <MissingFields idPrefix={sectionKey} section={sectionKey} fields={missing} />
      {fields.map((field) => (
        <FieldRow
          key={field.name}
          section={sectionKey}
          field={field}
          idPrefix={sectionKey}
          value={data[field.name]}
          readOnly={readOnly}
          onChange={(value) => edit({ [field.name]: value })}
          note={findingsOf(undefined, field.name)}
        />
      ))}
    </div>
  );
}
