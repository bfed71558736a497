import { useEffect, useState } from 'react';
import { MENU_EVENT } from '../app/useMenuCommands';
import { ExportPanel } from './ExportPanel';

/**
 * Holds the export panel while it is open. "Export…" in the header's file menu and File → Export…
 * (or Off-line kit…, made from this panel) in the application menu both open it through MENU_EVENT.
 */
export function ExportPanelHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onMenu = (event: Event) => {
      if (['export', 'offlineKit'].includes((event as CustomEvent).detail)) setOpen(true);
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  }, []);
  return open ? <ExportPanel onClose={() => setOpen(false)} /> : null;
}
