/**
 * A chosen file's text. Excel saves "CSV UTF-8" with a BOM, but plain "CSV" in the Windows code
 * page: text that is not valid UTF-8 is read as Windows-1252, so "Café" stays "Café" either way.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
