import { useTranslation } from 'react-i18next';
import type { ContinuityAnalysis } from '../../../domain/rules/continuity';
import { holdsData } from '../../../domain/sections/systems';
import { idsOf } from '../../../domain/rules/warnings';
import { useListSection } from '../../forms/useSection';
import { useDurationText } from '../../forms/DurationInput';
import { estimateText } from '../../../i18n/durations';
import type { ListItem } from '../../store/sectionsSlice';

/** Under a system's form: which services need it, where it sits in the restart order, its backups. */
export function SystemUsage({ system, analysis }: { system: ListItem; analysis: ContinuityAnalysis | null }) {
  const { t, i18n } = useTranslation();
  const durationText = useDurationText();
  const services = useListSection('services') ?? [];
  const backups = useListSection('backups') ?? [];
  const entry = analysis?.restart.order.find((e) => e.systemId === system.id);
  if (!entry) return null;
  const hours = (value: number | null) =>
    value === null ? t('servicesInventory.inventory.unknown') : durationText(value);
  const needing = services
    .filter((s) => entry.inherited.services.includes(s.id))
    .map((s) => String(s.name ?? '') || t('common.unnamed'));
  const holding = backups
    .filter((b) => idsOf(b.systems).includes(system.id))
    .map((b) => String(b.name ?? '') || t('common.unnamed'));
  return (
    <aside className="system-usage" aria-label={t('servicesInventory.inventory.usageTitle')}>
      <h4>{t('servicesInventory.inventory.usageTitle')}</h4>
      <p>
        {needing.length > 0
          ? t('servicesInventory.inventory.usedBy', { services: needing.join(', ') })
          : t('servicesInventory.inventory.notUsed')}
      </p>
      <p>
        {t('servicesInventory.inventory.restart', {
          position: entry.position,
          tier: entry.tier,
          rto: hours(entry.inherited.rto),
          rpo:
            entry.inherited.rpo === null && !holdsData(system.type)
              ? t('servicesInventory.priorities.rpoNoData')
              : hours(entry.inherited.rpo),
        })}
      </p>
      <p>
        {t('servicesInventory.inventory.recovery', {
          estimate: estimateText(entry.estimate, t, i18n.language),
        })}
      </p>
      <p>
        {holding.length > 0
          ? t('servicesInventory.inventory.backups', { names: holding.join(', ') })
          : t('servicesInventory.inventory.noBackups')}
      </p>
    </aside>
  );
}
