import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProgram } from '../../src/devtools/findProgram';

/**
 * LibreOffice as the second, independent reader of the workbooks we write. Its CSV filter exports every
 * sheet (token 12 = -1, LibreOffice 7.2 and later) as `<file>-<sheet>.csv`: comma separated, '"' quoted,
 * UTF-8, formulas exported as their calculated values and cells as stored rather than as formatted.
 */
const SOFFICE = findProgram(
  'SOFFICE',
  ['soffice', 'libreoffice'],
  'apt-get install libreoffice-calc libreoffice-writer',
);
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const BASE = 'book';
/** Profile setting Calc > Formula > "Recalculation on file load" for Excel 2007 and newer: 0 = always. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts an .xlsx (bytes) to one grid of strings per sheet, keyed by sheet name. By default LibreOffice
 * shows the cached formula results we wrote; `recalculate` makes it compute every formula itself, which is
 * what proves the formulas right.
 */
export async function libreOfficeSheets(
  xlsx: Uint8Array,
  { recalculate = false, timeoutMs = 60_000 }: { recalculate?: boolean; timeoutMs?: number } = {},
): Promise<Record<string, string[][]>> {
  return convert(xlsx, CSV_FILTER, timeoutMs, recalculate, async (out, files) => {
    const sheets: Record<string, string[][]> = {};
    for (const name of files.filter((file) => file.endsWith('.csv'))) {
      const sheet = name.startsWith(`${BASE}-`) ? name.slice(BASE.length + 1, -4) : name.slice(0, -4);
      sheets[sheet] = parseCsv(await readFile(join(out, name), 'utf8'));
    }
    return sheets;
  });
}

/** The workbook saved again by LibreOffice as .xlsx: a file from another producer, for our reader. */
export async function libreOfficeResave(xlsx: Uint8Array, timeoutMs = 60_000): Promise<Uint8Array> {
  return convert(
    xlsx,
    'xlsx:Calc MS Excel 2007 XML',
    timeoutMs,
    false,
    async (out) => new Uint8Array(await readFile(join(out, `${BASE}.xlsx`))),
  );
}

async function convert<T>(
  xlsx: Uint8Array,
  filter: string,
  timeoutMs: number,
  recalculate: boolean,
  collect: (out: string, files: string[]) => Promise<T>,
  extension = 'xlsx',
): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), 'lo-work-'));
  // A fresh profile per run: soffice instances sharing one profile block each other or reuse a running one.
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    if (recalculate) {
      await mkdir(join(profile, 'user'));
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    }
    const input = join(work, `${BASE}.${extension}`);
    await writeFile(input, xlsx);
    const out = join(work, 'out');
    const stderr = await run(
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        out,
        input,
      ],
      timeoutMs,
    );
    const files = await readdir(out).catch(() => [] as string[]);
    if (files.length === 0) throw new Error(`LibreOffice wrote nothing: ${stderr}`);
    return await collect(out, files);
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/** A .docx or .xlsx as LibreOffice prints it: the PDF bytes, for pdftotext and pdftoppm. */
export async function libreOfficePdf(
  bytes: Uint8Array,
  extension: 'docx' | 'xlsx',
  timeoutMs = 90_000,
): Promise<Uint8Array> {
  return convert(
    bytes,
    'pdf',
    timeoutMs,
    false,
    async (out) => new Uint8Array(await readFile(join(out, `${BASE}.pdf`))),
    extension,
  );
}

/** The workbook as LibreOffice's flat OpenDocument XML (.fods): what it made of cells, styles and notes. */
export async function libreOfficeFlatXml(xlsx: Uint8Array, timeoutMs = 60_000): Promise<string> {
  return convert(xlsx, 'fods', timeoutMs, false, async (out) => readFile(join(out, `${BASE}.fods`), 'utf8'));
}

export async function libreOfficeVersion(): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, ['--version'], { timeout: 30_000 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    );
  });
}

function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`soffice failed (${error.message}): ${stderr}`));
      else resolve(stderr);
    });
  });
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
