import { translator, type Params, type Translator } from '../core/i18n/translate';
import { Language } from '../core/model/enums';
import type { SheetInfo, WorkbookSnapshot, WriteBatch } from './gateway';
import type { SheetSpec } from './layout';
import { pageLayoutFor, type PrintDocument } from './printLayout';

const SHEET_NAME_MAX = 31;

/** "NAP", then "NAP (2)", "NAP (3)" ... never longer than Excel's 31 characters. */
function numberedName(wanted: string, n: number): string {
  const suffix = n === 1 ? '' : ` (${n})`;
  return wanted.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
}

export function freeSheetName(wanted: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = numberedName(wanted, n);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The workbook's sheets as a batch plans new ones among them. */
export interface SheetRoom {
  sheets: readonly SheetInfo[];
  /** Lower-case names in use, the batch's new sheets included. */
  taken: Set<string>;
  /** Lower-case names of the interrupted sheets this batch takes over. */
  resumed: Set<string>;
}

export function sheetRoom(snapshot: WorkbookSnapshot): SheetRoom {
  const taken = new Set(snapshot.sheets.map((sheet) => sheet.name.toLowerCase()));
  return { sheets: snapshot.sheets, taken, resumed: new Set() };
}

/**
 * A sheet of this name (or a numbered variant) that an interrupted run added: blank, or headed by the very
 * title this run writes (titles go in before any table cell). Taking it over loses nothing of the user's and
 * adds no second copy.
 */
function interruptedSheet(wanted: string, title: string, room: SheetRoom): string | undefined {
  const names = new Set(room.sheets.map((_, index) => numberedName(wanted, index + 1).toLowerCase()));
  return room.sheets.find(({ name, start }) => {
    const key = name.toLowerCase();
    const blank = start !== undefined && start.onlyA1 && (start.a1 === '' || start.a1 === null);
    return names.has(key) && !room.resumed.has(key) && (blank || start?.a1 === title);
  })?.name;
}

/**
 * Adds a sheet as its spec declares it: a free name (recorded in the room), visibility and tab colour, the
 * title in the first row, frozen header rows and, for visible sheets, the print setup. A sheet an interrupted
 * run began is resumed instead of added. Returns the name used.
 */
export function addSheet(
  batch: WriteBatch,
  spec: SheetSpec,
  room: SheetRoom,
  t: Translator,
  document: PrintDocument,
  titleParams?: Params,
): string {
  const title = t(spec.title, titleParams);
  const earlier = interruptedSheet(t(spec.name), title, room);
  const name = earlier ?? freeSheetName(t(spec.name), room.taken);
  room.taken.add(name.toLowerCase());
  if (earlier) room.resumed.add(earlier.toLowerCase());
  batch.createSheets.push({
    name,
    visible: spec.visible,
    tabColor: spec.tabColor,
    ...(earlier ? { resume: true } : {}),
  });
  batch.blocks.push({ sheet: name, top: 0, left: 0, rows: [[title]], bold: true });
  if (spec.freezeRows > 0) batch.freezeRows.push({ sheet: name, rows: spec.freezeRows });
  if (spec.visible) batch.pageLayouts.push(pageLayoutFor(spec, name, document, t));
  return name;
}

/** How many numbered variants of a sheet's name a re-run looks at for a sheet it began. */
const VARIANTS = 3;

/**
 * The names under which an interrupted run may have added these sheets, for ReadRequest.sheetStarts: in every
 * language, since a sheet is named in the plan's language, which is known only once the workbook is read.
 */
export function sheetStartNames(specs: readonly SheetSpec[]): string[] {
  const names = Language.options.flatMap((language) => {
    const t = translator(language);
    return specs.flatMap((spec) => Array.from({ length: VARIANTS }, (_, i) => numberedName(t(spec.name), i + 1)));
  });
  return [...new Set(names)];
}
