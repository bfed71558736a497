import type { PlanLanguage } from '../domain/organisationKinds';
import { exportTranslator } from './translator';
import { safeFileName } from '../domain/fileNames';

function namedFile(title: string, organisation: string, extension: string): string {
  return safeFileName(`${title} ${organisation}`, extension);
}

/** The file name a save dialog suggests for an export: "IT-continuïteitsplan Beekzande.docx". */
export function exportFileName(organisation: string, extension: string, language: PlanLanguage): string {
  return namedFile(exportTranslator(language, 'company')('exports.document.planTitle'), organisation, extension);
}

/** "Noodkaart Beekzande.pdf" */
export function cardFileName(organisation: string, language: PlanLanguage, extension = 'pdf'): string {
  return namedFile(exportTranslator(language, 'company')('exports.card.title'), organisation, extension);
}

/** "Noodplan Beekzande.html", "Noodcontacten Beekzande.vcf", "Herinneringen noodplan Beekzande.ics" */
export function outsideFileName(organisation: string, kind: 'html' | 'vcf' | 'ics', language: PlanLanguage): string {
  return namedFile(exportTranslator(language, 'company')(`exports.outside.files.${kind}`), organisation, kind);
}
