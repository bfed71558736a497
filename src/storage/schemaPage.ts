/**
 * Reads a SQLite file's schema (the `sqlite_schema` table) straight from its first page, without
 * SQLite. A plan's schema is a few short CREATE statements that always fit on page 1; a file whose
 * schema does not (an interior page, an overflowing row, another text encoding) is not one Paraat
 * made, and is refused before SQLite parses, let alone runs, a single statement of it.
 *
 * Layout: https://www.sqlite.org/fileformat2.html (database header, b-tree page, record format).
 */
export interface SchemaRow {
  type: string;
  name: string;
  tableName: string;
  rootPage: number;
  sql: string | null;
}

/** The schema's rows, or why page 1 cannot hold a plan's schema. */
export type SchemaPageResult = { rows: SchemaRow[] } | { problem: string };

const LEAF_TABLE_PAGE = 0x0d;
const UTF8 = 1;

class Cursor {
  constructor(
    readonly page: Buffer,
    public at: number,
    readonly end: number,
  ) {}

  varint(): number {
    let value = 0;
    for (let i = 0; i < 9; i++) {
      if (this.at >= this.end) throw new Error('a number runs past its cell');
      const byte = this.page[this.at++]!;
      if (i === 8) return value * 256 + byte;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) return value;
    }
    return value;
  }
}

function columnValue(page: Buffer, serialType: number, at: number): { value: string | number | null; size: number } {
  if (serialType === 0) return { value: null, size: 0 };
  if (serialType === 8) return { value: 0, size: 0 };
  if (serialType === 9) return { value: 1, size: 0 };
  const intSizes = [0, 1, 2, 3, 4, 6, 8];
  if (serialType >= 1 && serialType <= 6) {
    const size = intSizes[serialType]!;
    return { value: size <= 6 ? page.readIntBE(at, size) : Number(page.readBigInt64BE(at)), size };
  }
  if (serialType >= 13 && serialType % 2 === 1) {
    const size = (serialType - 13) / 2;
    return { value: page.toString('utf8', at, at + size), size };
  }
  throw new Error(`a schema column of serial type ${serialType}`);
}

/** The rows of `sqlite_schema` as page 1 of `file` (at least its first page) holds them. */
export function readSchemaPage(file: Buffer): SchemaPageResult {
  if (file.length < 100) return { problem: 'the file is shorter than its header' };
  const rawPageSize = file.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { problem: `page size ${rawPageSize}` };
  // 0 until the first table is made; SQLite then writes its encoding.
  const encoding = file.readUInt32BE(56);
  if (encoding !== UTF8 && encoding !== 0) return { problem: 'its text is not stored as UTF-8' };
  if (file.length < pageSize) return { problem: 'the first page is cut short' };
  const usable = pageSize - file[20]!;
  if (usable < 480) return { problem: 'too little usable space per page' };
  const page = file.subarray(0, usable);
  if (page[100] !== LEAF_TABLE_PAGE) return { problem: 'its schema does not fit on the first page' };
  const cellCount = page.readUInt16BE(103);
  const maxLocal = usable - 35;
  const rows: SchemaRow[] = [];
  try {
    for (let i = 0; i < cellCount; i++) {
      const pointerAt = 108 + 2 * i;
      if (pointerAt + 2 > usable) throw new Error('the cell pointers run past the page');
      const cellAt = page.readUInt16BE(pointerAt);
      if (cellAt < 108 || cellAt >= usable) throw new Error('a cell outside the page');
      const cell = new Cursor(page, cellAt, usable);
      const payloadSize = cell.varint();
      cell.varint(); // rowid
      if (payloadSize > maxLocal) throw new Error('a schema row too long for one page');
      const payloadEnd = cell.at + payloadSize;
      if (payloadEnd > usable) throw new Error('a schema row runs past the page');
      const record = new Cursor(page, cell.at, payloadEnd);
      const headerEnd = cell.at + record.varint();
      if (headerEnd > payloadEnd) throw new Error('a record header runs past its row');
      const types: number[] = [];
      while (record.at < headerEnd) types.push(record.varint());
      if (types.length !== 5) throw new Error('a schema row without its five columns');
      let at = headerEnd;
      const values = types.map((serialType) => {
        const { value, size } = columnValue(page, serialType, at);
        at += size;
        if (at > payloadEnd) throw new Error('a column runs past its row');
        return value;
      });
      const [type, name, tableName, rootPage, sql] = values;
      if (typeof type !== 'string' || typeof name !== 'string' || typeof tableName !== 'string')
        throw new Error('a schema row without type and names');
      if (typeof rootPage !== 'number' || (sql !== null && typeof sql !== 'string'))
        throw new Error('a schema row with a wrong root page or statement');
      rows.push({ type, name, tableName, rootPage, sql });
    }
  } catch (error) {
    return { problem: (error as Error).message };
  }
  return { rows };
}
