import type { Translator } from '../core/i18n/translate';
import type { PaperSize } from '../core/model/enums';
import type { PageLayoutWrite, WorkbookSnapshot } from './gateway';
import type { SheetSpec } from './layout';
import { SETTINGS_TABLE } from './layouts/tables';
import { cellWhere, listValueOf, readRecords, textOf } from './codecs/tableReader';

/** What every printed page names: the plan, and the paper it goes on. */
export interface PrintDocument {
  title: string;
  paperSize: PaperSize;
}

/** Excel refuses a header or footer section much longer than this; a plan title is cut to leave room. */
const TITLE_MAX = 80;

/**
 * The plan's title and paper size from the settings table as read (the snapshot must include it); A4 and no
 * title when the table is absent or a value is not usable, since a print setup is never worth stopping for.
 */
export function printDocumentOf(snapshot: WorkbookSnapshot): PrintDocument {
  const table = snapshot.tables[SETTINGS_TABLE.name];
  const document: PrintDocument = { title: '', paperSize: 'A4' };
  if (!table) return document;
  for (const record of readRecords(SETTINGS_TABLE, table).records) {
    const key = textOf(record.key ?? null);
    if (key === 'title') document.title = textOf(record.value ?? null);
    if (key === 'paperSize') {
      const where = cellWhere(SETTINGS_TABLE, table, record.__row, 'value');
      document.paperSize = listValueOf<PaperSize>('paperSize', record.value ?? null, where, []) ?? 'A4';
    }
  }
  return document;
}

/** A literal "&" in a header or footer is written "&&"; a lone one would start a code. */
const footerText = (text: string) => text.slice(0, TITLE_MAX).replace(/&/g, '&&');

/**
 * The print setup a sheet declares: its orientation, every column of its tables fitted to one page wide, the
 * header row of its last table (or its title row) repeated, and a footer with the plan title, the sheet's
 * name and "page N of M". `titleRow` overrides the declared header row where tables are placed per run.
 */
export function pageLayoutFor(
  spec: SheetSpec,
  sheet: string,
  document: PrintDocument,
  t: Translator,
  titleRow?: number,
): PageLayoutWrite {
  const last = Math.max(...spec.tables.map(({ table, left }) => left + table.columns.length - 1));
  const headerRow = titleRow ?? (spec.print.repeat === 'title' ? 0 : spec.tables[spec.tables.length - 1].top);
  return {
    sheet,
    orientation: spec.print.orientation,
    paperSize: document.paperSize,
    columns: { first: 0, last },
    titleRows: { first: headerRow, last: headerRow },
    footer: {
      left: footerText(document.title),
      center: '&A',
      right: t('print.pageOf', { page: '&P', pages: '&N' }),
    },
  };
}
