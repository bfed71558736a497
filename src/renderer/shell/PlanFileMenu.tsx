import { useTranslation } from 'react-i18next';
import type { MenuCommandName } from '../../ipc/menuCommands';
import { MENU_EVENT } from '../app/useMenuCommands';
import { useStore } from '../store';
import { MenuButton } from './MenuButton';

/** Opens a dialog the way the application menu does, so both go through one path. */
const openFromMenu = (command: MenuCommandName) =>
  window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command }));

/** The header's "File" menu: what is done with the plan file as a whole. */
export function PlanFileMenu() {
  const { t } = useTranslation();
  const busy = useStore((s) => s.busy);
  const saveCopy = useStore((s) => s.saveCopy);
  const closePlan = useStore((s) => s.closePlan);
  return (
    <MenuButton
      className="plan-file-menu"
      label={t('common.fileMenu')}
      actions={[
        { key: 'export', label: t('exports.panel.open'), disabled: busy, run: () => openFromMenu('export') },
        { key: 'saveCopy', label: t('common.saveCopy'), disabled: busy, run: () => void saveCopy() },
        {
          key: 'encryptedCopy',
          label: t('encryption.copy.open'),
          disabled: busy,
          run: () => openFromMenu('encryptedCopy'),
        },
        { key: 'close', label: t('common.closePlan'), disabled: busy, separated: true, run: () => void closePlan() },
      ]}
    />
  );
}
