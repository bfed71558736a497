import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { MENU_EVENT } from '../app/useMenuCommands';
import { ExportPanel } from './ExportPanel';

/** "Export…" in the plan header; opens the export panel. */
export function ExportButton() {
  const { t } = useTranslation();
  const busy = useStore((s) => s.busy);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    // File → Export… in the application menu opens the same panel.
    const onMenu = (event: Event) => {
      // File → Off-line kit… opens it too: the kit is made from this panel.
      if (['export', 'offlineKit'].includes((event as CustomEvent).detail)) setOpen(true);
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  }, []);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => setOpen(true)}>
        {t('exports.panel.open')}
      </button>
      {open && <ExportPanel onClose={() => setOpen(false)} />}
    </>
  );
}
