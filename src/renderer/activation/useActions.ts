import { useTranslation } from 'react-i18next';
import type { CheckState } from '../../domain/activation/checks';
import { stageTarget } from '../../domain/activation/notificationClocks';
import type { NotificationStage } from '../../domain/sections/notificationDuties';
import { useStore } from '../store';
import type { ListItem } from '../store/sectionsSlice';
import { type ActivationData, nameOf } from './useActivation';
import { useTick } from './useTick';

export type Props = { activation: ListItem; data: ActivationData };

/**
 * Every action of the action view as one log event, with a readable line in the log (in the
 * language on screen), so the exported log reads without the app.
 */
export function useActions({ activation, data }: Props) {
  const { t } = useTranslation();
  const tick = useTick(activation.id);
  const editItem = useStore((s) => s.editItem);
  const savePending = useStore((s) => s.savePending);
  const outcome = (value: string) => t(`choices.activationOutcome.${value}`);
  return {
    call: (roleId: string, personId: string, value: 'called' | 'reached' | 'not-reached') =>
      tick({
        kind: 'call',
        target: roleId,
        person: personId,
        outcome: value,
        text: t('activation.events.call', {
          person: nameOf(data.people, personId, 'name') || personId,
          role: nameOf(data.roles, roleId, 'name'),
          outcome: outcome(value),
        }),
      }),
    step: (stepId: string, value: 'done' | 'skipped') =>
      tick({
        kind: 'step',
        target: stepId,
        outcome: value,
        text: t('activation.events.step', {
          action: nameOf(data.scenarioSteps, stepId, 'action'),
          outcome: outcome(value),
        }),
      }),
    recon: (key: string, value: 'done' | 'skipped') =>
      tick({
        kind: 'reconstitution',
        target: key,
        outcome: value,
        text: t('activation.events.recon', { item: t(`activation.recon.items.${key}`), outcome: outcome(value) }),
      }),
    recovered: (serviceId: string) =>
      tick({
        kind: 'recovered',
        target: serviceId,
        outcome: 'done',
        text: t('activation.events.recovered', { service: nameOf(data.services, serviceId, 'name') }),
      }),
    notified: (dutyId: string, stage: NotificationStage) =>
      tick({
        kind: 'notification',
        target: stageTarget(dutyId, stage),
        outcome: 'done',
        text: t('standards.activation.events.notified', {
          duty: nameOf(data.notificationDuties, dutyId, 'authority'),
          stage: t(`standards.activation.stage.${stage}`),
        }),
      }),
    notApplicable: (dutyId: string) =>
      tick({
        kind: 'notification',
        target: dutyId,
        outcome: 'skipped',
        text: t('standards.activation.events.notApplicable', {
          duty: nameOf(data.notificationDuties, dutyId, 'authority'),
        }),
      }),
    check: (check: CheckState, value: 'passed' | 'failed', actual: string) =>
      tick({
        kind: 'check',
        target: check.checkId,
        outcome: value,
        text: t('standards.activation.events.check', {
          check: check.check,
          outcome: outcome(value),
          actual: actual || '—',
        }),
      }),
    note: (kind: 'note' | 'decision', text: string) => tick({ kind, text }),
    escalate: async (toLevel: string) => {
      const from = String(activation.level ?? '');
      editItem('activations', activation.id, { level: toLevel });
      // The new level is written before its log line; with the stick out both are kept, in that order.
      await savePending();
      await tick({
        kind: 'escalation',
        target: toLevel,
        outcome: 'done',
        text: t('activation.events.escalation', {
          from: from ? t(`choices.incidentLevel.${from}`) : '—',
          to: t(`choices.incidentLevel.${toLevel}`),
        }),
      });
    },
  };
}
