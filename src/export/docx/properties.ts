import type { DocumentModel } from '../model';
import { escapeXml } from './text';

/**
 * The file's properties from the plan, as Word shows them under File › Info and a document
 * management system indexes them: the plan's title and subject, the organisation as company, the
 * plan's owner as author and last editor (not docx's "Un-named"), its version, classification and
 * language. Written whole, replacing what docx writes.
 */
export function propertyParts(model: DocumentModel, now: Date): Record<string, string> {
  const author = model.owner || model.organisation;
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  const core = [
    element('dc:title', `${model.title} – ${model.organisation}`),
    element('dc:subject', model.subtitle),
    element('dc:creator', author),
    element('cp:lastModifiedBy', author),
    element('cp:keywords', model.classification),
    element('dc:description', model.edition || model.subtitle),
    element('cp:category', model.title),
    element('cp:contentStatus', model.classification),
    element('cp:version', model.version),
    element('dc:language', model.locale),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>`,
  ].join('');
  const app = [element('Application', 'Paraat'), element('Company', model.organisation)].join('');
  return {
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core}</cp:coreProperties>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${app}</Properties>`,
  };
}
