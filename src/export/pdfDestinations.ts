import { type PdfFile, dictionary, readPdf, reference } from './pdfFile';

/**
 * Which page each named destination of a PDF points to, read from the PDF Chromium writes: the
 * print view links every contents entry to its heading, so this tells the page every heading
 * landed on. Returns an empty map for a PDF it cannot read that way.
 */
export function namedDestinationPages(pdf: Uint8Array | PdfFile | null): Map<string, number> {
  const file = pdf && 'pages' in pdf ? pdf : pdf && readPdf(pdf);
  const destinations = new Map<string, number>();
  if (!file) return destinations;
  const pages = new Map(file.pages.map((id, index) => [id, index + 1]));
  const catalog = dictionary(file, reference(file.trailer, 'Root'));
  const names = dictionary(file, catalog ? reference(catalog, 'Dests') : undefined);
  for (const entry of names?.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g) ?? []) {
    const page = pages.get(Number(entry[2]));
    if (page !== undefined) destinations.set(decodeName(entry[1]!), page);
  }
  return destinations;
}

/** A PDF name with its #xx escapes decoded (UTF-8). */
function decodeName(name: string): string {
  const bytes = Buffer.from(
    name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}
