/**
 * Which page each named destination of a PDF points to, read from the PDF Chromium writes (Skia):
 * its page tree and its `/Dests` dictionary are plain objects, only page contents are compressed.
 * The print view links every contents entry to its heading, so after a first printing this tells
 * the page every heading landed on. Returns an empty map for a PDF it cannot read that way.
 */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  // Each object's dictionary: from `N 0 obj` to its `endobj`, or to its stream's start.
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const stream = body.indexOf('stream');
    objects.set(Number(match[1]), stream < 0 ? body : body.slice(0, stream));
  }
  const pages = new Map<number, number>();
  const root = /\/Root (\d+) 0 R/.exec(text)?.[1];
  const catalog = root ? objects.get(Number(root)) : undefined;
  const tree = catalog ? /\/Pages (\d+) 0 R/.exec(catalog)?.[1] : undefined;
  const visit = (id: number, depth: number) => {
    const node = objects.get(id);
    if (!node || depth > 64) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1];
    if (/\/Type\s*\/Pages\b/.test(node) && kids) {
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]), depth + 1);
    } else pages.set(id, pages.size + 1);
  };
  if (tree) visit(Number(tree), 0);
  const destinations = new Map<string, number>();
  const dests = catalog ? /\/Dests (\d+) 0 R/.exec(catalog)?.[1] : undefined;
  const dictionary = dests ? objects.get(Number(dests)) : undefined;
  for (const entry of dictionary?.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g) ?? []) {
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
