import * as fs from 'fs';
import * as path from 'path';

/** Real public data copied into the repository (test/fixtures/realdata, sources in its READMEs). */
export function realDataPath(...parts: string[]): string {
  return path.resolve(__dirname, '../../fixtures/realdata', ...parts);
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks); leading '# ' comment lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (atLineStart && rows.length === 0 && row.length === 0 && field === '' && c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    atLineStart = false;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atLineStart = true;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The rows of a CSV file as objects keyed by the header. */
export function readCsv(...parts: string[]): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(fs.readFileSync(realDataPath(...parts), 'utf8'));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
