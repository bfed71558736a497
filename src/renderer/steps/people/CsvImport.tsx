import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { guessMapping, parseCsv, previewImport } from '../../../domain/csv/contactsCsv';
import { findSection } from '../../../domain/plan';
import type { ListSection } from '../../../domain/section';
import { invoke } from '../../api';
import { CsvImportDialog } from '../../csv/CsvImportDialog';
import { choiceLabels, fieldLabelsOf } from '../../../i18n/sheetLabels';
import type { CsvImportSpec } from '../../csv/importSpec';
import { useStore } from '../../store';

type ContactsSection = 'people' | 'suppliers';

/** How a people or supplier list is read from and written to CSV. */
function useContactsCsvSpec(sectionKey: ContactsSection): CsvImportSpec {
  const { t } = useTranslation();
  const existing = useStore((s) => s.lists[sectionKey]);
  return useMemo(() => {
    const section = findSection(sectionKey) as ListSection;
    const labels = fieldLabelsOf(sectionKey);
    return {
      section: sectionKey,
      messages: 'peoplePlaces.csv',
      fields: section.fields.filter((f) => f.widget !== 'ref' && f.widget !== 'refs'),
      read: parseCsv,
      guess: (headers) => guessMapping(headers, section, labels),
      preview: (parsed, mapping) => previewImport(parsed, mapping, section, existing ?? [], choiceLabels),
      cell: ({ data }, field) => {
        const value = data[field.name];
        return typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : String(value ?? '');
      },
      save: async (rows) => {
        // One transaction: hundreds of rows are one write to a slow USB stick, and all or nothing.
        await invoke('items.addMany', { section: sectionKey, items: rows.map(({ data }) => data) });
        return { imported: rows.length };
      },
      // Private numbers stay out: a CSV travels further than the plan.
      exportCsv: () => invoke('items.exportCsv', { section: sectionKey, includePrivate: false }),
      look: { rows: 5, rowNumbers: false, detected: true, caption: 'previewRows' },
    };
  }, [sectionKey, existing, t]);
}

/** Import of a people or supplier list from CSV: preview, column mapping, and the rows it cannot take. */
export function CsvImport({ section }: { section: ContactsSection }) {
  return <CsvImportDialog spec={useContactsCsvSpec(section)} />;
}
