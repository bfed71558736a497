import enFindings from '../locales/en/findings/findings.json' with { type: 'json' };
import nlFindings from '../locales/nl/findings/findings.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/** What every list of findings shares: group titles per code, unnamed items, the overview's frames. */
export const findingsCatalogue: AreaCatalogue = {
  nl: { findings: nlFindings },
  en: { findings: enFindings },
};
