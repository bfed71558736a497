import type { PlanLanguage } from '../domain/organisationKinds';
import { exportTranslator } from './translator';

function safeFileName(title: string, organisation: string, extension: string): string {
  // Control characters and the characters Windows forbids in file names become spaces.
  const safe = `${title} ${organisation}`
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${safe}.${extension}`;
}

/** The file name a save dialog suggests for an export: "IT-continuïteitsplan Beekzande.docx". */
export function exportFileName(organisation: string, extension: string, language: PlanLanguage): string {
  return safeFileName(exportTranslator(language, 'company')('exports.document.planTitle'), organisation, extension);
}

/** "Noodkaart Beekzande.pdf" */
export function cardFileName(organisation: string, language: PlanLanguage): string {
  return safeFileName(exportTranslator(language, 'company')('exports.card.title'), organisation, 'pdf');
}

/** "Noodplan Beekzande.html", "Noodcontacten Beekzande.vcf", "Herinneringen noodplan Beekzande.ics" */
export function outsideFileName(organisation: string, kind: 'html' | 'vcf' | 'ics', language: PlanLanguage): string {
  return safeFileName(exportTranslator(language, 'company')(`exports.outside.files.${kind}`), organisation, kind);
}
