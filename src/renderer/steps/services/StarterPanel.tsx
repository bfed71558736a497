import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { starterServicesAndSystems } from '../../../domain/templates/servicesInventory';
import { useListSection } from '../../forms/useSection';
import { useStore } from '../../store';

/**
 * On an empty services step: adds the services and systems an organisation of this kind usually
 * has, linked and with suggested RTO/RPO, so nobody starts from an empty page.
 */
export function StarterPanel() {
  const { t } = useTranslation();
  const services = useListSection('services');
  const systems = useListSection('systems');
  const plan = useStore((s) => s.plan);
  const addItem = useStore((s) => s.addItem);
  const [busy, setBusy] = useState(false);
  if (!plan || plan.readOnly !== null || !services || !systems || services.length > 0 || systems.length > 0)
    return null;

  const addStarter = async () => {
    setBusy(true);
    try {
      const starter = starterServicesAndSystems(plan.kind, plan.language);
      const ids = new Map<string, string>();
      // Systems come in dependency order, so every dependency has its id by the time it is needed.
      for (const system of starter.systems) {
        const item = await addItem('systems', {
          ...system.data,
          dependsOn: system.dependsOn.map((key) => ids.get(key)).filter(Boolean),
        });
        if (!item) return;
        ids.set(system.key, item.id);
      }
      for (const service of starter.services) {
        if (
          !(await addItem('services', {
            ...service.data,
            systems: service.systems.map((key) => ids.get(key)).filter(Boolean),
          }))
        )
          return;
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="starter-panel">
      <p>{t('servicesInventory.starter.text')}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void addStarter()}>
        <Sparkles size={16} aria-hidden="true" /> {t('servicesInventory.starter.button')}
      </button>
    </aside>
  );
}
