import type { ChartCreate, PageLayoutWrite, WriteBatch } from './gateway';

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[RrCc]\d*)$/;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Excel's rules for a sheet name; the reason when it breaks one, else null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > 31) return `"${name}" is longer than 31 characters`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return `"${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}

export function tableNameProblem(name: string): string | null {
  if (!TABLE_NAME.test(name) || name.length > 255) return `"${name}" is not a valid table name`;
  if (LOOKS_LIKE_CELL.test(name)) return `"${name}" looks like a cell reference`;
  return null;
}

interface Box {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  what: string;
}

const overlaps = (a: Box, b: Box) =>
  a.sheet.toLowerCase() === b.sheet.toLowerCase() &&
  a.top <= b.bottom &&
  b.top <= a.bottom &&
  a.left <= b.right &&
  b.left <= a.right;

/**
 * Everything that would make Excel refuse a batch half-way, checked against the names the batch was planned
 * on before anything is written, so a write is all or nothing. An empty list means the batch is safe.
 */
export function batchProblems(batch: WriteBatch): string[] {
  const problems: string[] = [];
  const sheets = new Set(batch.basis.sheets.map((name) => name.toLowerCase()));
  for (const sheet of batch.createSheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) problems.push(problem);
    const exists = sheets.has(sheet.name.toLowerCase());
    if (exists && !sheet.resume) problems.push(`a sheet named "${sheet.name}" exists already`);
    if (!exists && sheet.resume) problems.push(`there is no sheet "${sheet.name}" to resume`);
    sheets.add(sheet.name.toLowerCase());
  }
  const tableNames = new Set(batch.basis.tables.map((name) => name.toLowerCase()));
  for (const name of batch.deleteTables) {
    if (!tableNames.delete(name.toLowerCase())) problems.push(`there is no table "${name}" to replace`);
  }
  for (const add of batch.addColumns) {
    if (!tableNames.has(add.table.toLowerCase())) problems.push(`there is no table "${add.table}" to add columns to`);
    if (add.columns.length !== add.headers.length || add.headers.some((header) => header.trim() === ''))
      problems.push(`columns added to ${add.table}: one format and a header each`);
  }
  const boxes: Box[] = [];
  const place = (box: Box) => {
    if (!sheets.has(box.sheet.toLowerCase())) problems.push(`${box.what}: there is no sheet "${box.sheet}"`);
    if (box.top < 0 || box.left < 0 || box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS) {
      problems.push(`${box.what} lies outside the sheet`);
    }
  };
  for (const table of batch.tables) {
    const what = `table ${table.name}`;
    const problem = tableNameProblem(table.name);
    if (problem) problems.push(problem);
    if (tableNames.has(table.name.toLowerCase())) problems.push(`a table named "${table.name}" exists already`);
    tableNames.add(table.name.toLowerCase());
    if (table.columns.length !== table.headers.length)
      problems.push(`${what}: ${table.columns.length} column formats for ${table.headers.length} headers`);
    const blanks = table.headers.filter((header) => header.trim() === '').length;
    const unique = new Set(table.headers.map((header) => header.toLowerCase())).size;
    if (blanks > 0 || unique !== table.headers.length) problems.push(`${what}: headers must be unique and not blank`);
    table.rows.forEach((row, index) => {
      if (row.length !== table.headers.length)
        problems.push(`${what}, row ${index + 1}: ${row.length} cells for ${table.headers.length} columns`);
    });
    const box = {
      sheet: table.sheet,
      top: table.top,
      left: table.left,
      bottom: table.top + Math.max(table.rows.length, 1),
      right: table.left + table.headers.length - 1,
      what,
    };
    place(box);
    for (const other of boxes) if (overlaps(box, other)) problems.push(`${what} overlaps ${other.what}`);
    boxes.push(box);
  }
  for (const block of batch.blocks) {
    const width = block.rows[0]?.length ?? 0;
    const what = `block at ${block.sheet} row ${block.top + 1}`;
    if (block.rows.some((row) => row.length !== width)) problems.push(`${what}: rows of different lengths`);
    if (block.numberFormats && block.numberFormats.length !== width)
      problems.push(`${what}: ${block.numberFormats.length} formats for ${width} columns`);
    const box = {
      sheet: block.sheet,
      top: block.top,
      left: block.left,
      bottom: block.top + block.rows.length - 1,
      right: block.left + width - 1,
      what,
    };
    place(box);
    for (const table of boxes) if (overlaps(box, table)) problems.push(`${what} overlaps ${table.what}`);
  }
  for (const append of batch.appendRows)
    if (!tableNames.has(append.table.toLowerCase()))
      problems.push(`there is no table "${append.table}" to add rows to`);
  const named = [
    ...batch.freezeRows.map((freeze) => ({ sheet: freeze.sheet, what: 'freeze panes' })),
    ...batch.conditionalFormats.map((format) => ({
      sheet: format.sheet,
      what: `conditional format on ${format.address}`,
    })),
    ...batch.charts.map((chart) => ({ sheet: chart.sheet, what: `chart ${chart.name}` })),
    ...batch.deleteCharts.map((chart) => ({ sheet: chart.sheet, what: `chart ${chart.name}` })),
    ...batch.pageLayouts.map((layout) => ({ sheet: layout.sheet, what: 'print setup' })),
  ];
  for (const { sheet, what } of named) {
    if (!sheets.has(sheet.toLowerCase())) problems.push(`${what}: there is no sheet "${sheet}"`);
  }
  for (const layout of batch.pageLayouts) problems.push(...pageLayoutProblems(layout));
  for (const chart of batch.charts) problems.push(...chartProblems(chart));
  return problems;
}

const LOCAL_RANGE = /^([A-Z]{1,3})\d+:([A-Z]{1,3})\d+$/;
const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
const columnNumber = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * A chart has one series per source column after the first, which holds the categories: Excel has no series to
 * colour beyond those, and refuses a colour it cannot read.
 */
function chartProblems(chart: ChartCreate): string[] {
  const what = `chart ${chart.name}`;
  const range = LOCAL_RANGE.exec(chart.source);
  if (!range) return [`${what}: the source "${chart.source}" is not a range of cells`];
  const series = columnNumber(range[2]) - columnNumber(range[1]);
  const problems: string[] = [];
  if (chart.seriesColors.length > series)
    problems.push(`${what}: ${chart.seriesColors.length} series colours for ${series} series`);
  for (const colour of chart.seriesColors)
    if (!HEX_COLOUR.test(colour)) problems.push(`${what}: "${colour}" is not a colour`);
  return problems;
}

/** Excel refuses a header or footer section longer than this. */
const FOOTER_MAX = 255;

function pageLayoutProblems(layout: PageLayoutWrite): string[] {
  const what = `print setup of "${layout.sheet}"`;
  const problems: string[] = [];
  const { columns, titleRows } = layout;
  if (!(0 <= columns.first && columns.first <= columns.last && columns.last < MAX_COLUMNS))
    problems.push(`${what}: columns ${columns.first} to ${columns.last}`);
  if (!(0 <= titleRows.first && titleRows.first <= titleRows.last && titleRows.last < MAX_ROWS))
    problems.push(`${what}: title rows ${titleRows.first} to ${titleRows.last}`);
  for (const part of Object.values(layout.footer))
    if (part.length > FOOTER_MAX) problems.push(`${what}: a footer longer than ${FOOTER_MAX} characters`);
  return problems;
}
