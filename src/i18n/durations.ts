import type { TFunction } from 'i18next';
import { durationParts } from '../domain/durations';
import { type RecoveryEstimate, estimateWording } from '../domain/rules/recoveryEstimates';
import { type DateLanguage, dateLanguage } from './dates';

// Made once: a large plan prints thousands of durations.
const NUMBER_FORMATS: Record<DateLanguage, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/**
 * A number of hours as people say it: "4 uur", "1,5 uur", "2 dagen", "30 minuten". The one duration
 * format of the interface and every export, so an RTO never reads "24 u" in the plan and "1 dag" in
 * the app.
 */
export function formatDuration(hours: number, t: TFunction, language: string): string {
  const { unit, count } = durationParts(hours);
  return t(`common.duration.${unit}`, { count, amount: NUMBER_FORMATS[dateLanguage(language)].format(count) });
}

/** Where a system's recovery time comes from, with it: "SLA leverancier 1 dag", "levertijd 2 dagen". */
export function estimateText(estimate: RecoveryEstimate, t: TFunction, language: string): string {
  const { key, hours } = estimateWording(estimate);
  return t(key, { duration: formatDuration(hours, t, language) });
}

/** What a restore from backup waits for first: "wacht op Firewall (klaar na 1 dag)". */
export function waitsForText(waitsFor: { name: string; readyHour: number }, t: TFunction, language: string): string {
  return t('servicesInventory.priorities.waitsFor', {
    system: waitsFor.name || t('common.unnamed'),
    duration: formatDuration(waitsFor.readyHour, t, language),
  });
}
