import { suggestedRto } from './impactAnalysis';
import type { ServiceItem, SystemItem } from './restartObjectives';
import { type PlanWarning, hoursOf, nameOf, textOf } from './warnings';

const LABELLED_SECRET = /\b(pass(word)?|wachtwoord|paswoord|pwd|pw|ww|pin|secret)\s*[:=]\s*\S+/i;
const SYMBOL = /[!@#$%^&*+=?~€£§|<>{}[\]]/;

/**
 * True when a "where are the credentials kept" value looks like a credential itself: a labelled
 * secret ("wachtwoord: ..."), or a word of eight or more characters mixing letters, digits and
 * symbols the way passwords do. Places ("kluis bureau IT", "Bitwarden, collectie Netwerk") pass.
 */
export function looksLikePassword(value: string): boolean {
  if (LABELLED_SECRET.test(value)) return true;
  return value
    .split(/\s+/)
    .map((word) => word.replace(/^[("'[]+|[)"'.,;:\]]+$/g, ''))
    .some(
      (word) =>
        word.length >= 8 && !/^https?:|[/\\]/.test(word) && /\d/.test(word) && /\p{L}/u.test(word) && SYMBOL.test(word),
    );
}

export function checkSystems(systems: readonly SystemItem[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const system of systems) {
    if (looksLikePassword(textOf(system.credentialsLocation))) {
      warnings.push({
        code: 'credentials-look-like-password',
        params: { system: nameOf(system) },
        section: 'systems',
        itemId: system.id,
        field: 'credentialsLocation',
      });
    }
  }
  return warnings;
}

export function checkServices(services: readonly ServiceItem[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const service of services) {
    const rto = hoursOf(service.rtoHours);
    const suggested = suggestedRto(service);
    if (rto !== null && suggested !== null && rto > suggested.hours) {
      warnings.push({
        code: 'rto-beyond-unacceptable-impact',
        params: { service: nameOf(service), rto, hours: suggested.hours },
        section: 'services',
        itemId: service.id,
        field: 'rtoHours',
      });
    }
    const mtpd = hoursOf(service.mtpdHours);
    if (rto !== null && mtpd !== null && rto > mtpd) {
      warnings.push({
        code: 'rto-exceeds-mtpd',
        params: { service: nameOf(service), rto, mtpd },
        section: 'services',
        itemId: service.id,
        field: 'rtoHours',
      });
    }
  }
  return warnings;
}
