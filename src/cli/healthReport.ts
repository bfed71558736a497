import { readFileSync } from 'node:fs';
import { groupFindings } from '../domain/findingGroups';
import { type PlanHealth, localIsoDate, planHealth } from '../domain/health';
import { wordingRegion } from '../domain/organisationKinds';
import type { Organisation } from '../domain/sections/organisation';
import { exportTranslator } from '../export/translator';
import type { Language } from '../i18n/catalogues';
import { PlanDocument } from '../storage/planDocument';
import { openPlanInMemory } from '../storage/planFile';

export interface HealthReport {
  health: PlanHealth;
  /** The report as text lines: the score, then the findings grouped by kind, most serious first. */
  lines: string[];
  /** Whether findings of high severity remain (the exit code says so). */
  highRemaining: boolean;
}

/**
 * The plan's health as the overview shows it, for `paraat check`: computed on a copy in memory, so
 * the file is never written (not even the score's trend). Each finding is written as a sentence in
 * `language` (by default the plan's), with the item's row when it has no name.
 */
export function healthReport(file: string, requested?: Language): HealthReport {
  const document = new PlanDocument(openPlanInMemory(readFileSync(file), file, 'file'));
  try {
    const health = planHealth(document.snapshot(), { today: localIsoDate(new Date()) });
    const organisation = document.records('organisation')[0] as Partial<Organisation> | undefined;
    const language = requested ?? (document.meta.get('language') === 'en' ? 'en' : 'nl');
    const t = exportTranslator(language, wordingRegion(organisation?.kind ?? '', organisation?.country ?? ''));
    const sentence = (finding: PlanHealth['warnings'][number]) => {
      const params: Record<string, unknown> = { ...finding.params };
      for (const [key, value] of Object.entries(params))
        if (value === '')
          params[key] = t('findings.unnamedItem', {
            item: t(`findings.itemKind.${finding.section}`, { defaultValue: finding.section ?? '' }),
            row: finding.row,
          });
      return t(finding.message, params);
    };
    const lines = [
      `score: ${health.score}/100 (completeness ${health.completeness}%)`,
      `findings: ${health.warnings.length}`,
      ...groupFindings(health.warnings).flatMap((group) => [
        `${group.severity.padEnd(6)} ${group.code} (${group.findings.length})`,
        ...group.findings.map((finding) => `       - ${sentence(finding)}`),
      ]),
    ];
    return { health, lines, highRemaining: health.warnings.some((finding) => finding.severity === 'high') };
  } finally {
    document.close();
  }
}
