/**
 * CSV as spreadsheets write it: quoted fields may hold commas, quotes ("") and line breaks.
 * Indonesian-locale Excel separates with semicolons; the header line tells which.
 */
export interface CsvRecord {
  /** 1-based line where the record starts in the file. */
  line: number;
  cells: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; reason: string } } {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (; i < src.length; i++) {
      const c = src[i]!;
      if (quoted) {
        if (c === '"' && src[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else {
          if (c === '\n') line++;
          cell += c;
        }
      } else if (c === '"' && cell === '') quoted = true;
      else if (c === sep) {
        cells.push(cell);
        cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && src[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      } else cell += c;
    }
    if (quoted) return { records, error: { line: start, reason: 'a quoted field is not closed (a " is missing)' } };
    cells.push(cell);
    if (cells.some((x) => x.trim() !== '')) records.push({ line: start, cells });
  }
  return { records };
}

const cell = (s: string) => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.map((x) => cell(String(x))).join(',')).join('\n') + '\n';
}
