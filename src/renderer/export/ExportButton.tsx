import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { ExportPanel } from './ExportPanel';

/** "Export…" in the plan header; opens the export panel. */
export function ExportButton() {
  const { t } = useTranslation();
  const busy = useStore((s) => s.busy);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => setOpen(true)}>
        {t('exports.panel.open')}
      </button>
      {open && <ExportPanel onClose={() => setOpen(false)} />}
    </>
  );
}
