import type { Archive } from './archive';
import { parseRangeRef } from './cellRef';
import { decodeExcelEscapes } from './excelText';
import type { ReaderLimits } from './limits';
import { cut, fail } from './problem';
import type { TableValues } from './workbookValues';
import { readXmlPart } from './xmlPart';

/** A header or totals row count: absent means the default (1 header row, 0 totals rows), as Excel omits it. */
function rowCount(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return text === '0' || text === '1' ? Number(text) : null;
}

/**
 * One table definition (xl/tables/tableN.xml): its name, range, header and totals rows and column names.
 * A range past the sheet's edge or a shape that contradicts itself is a message, never a silent drop.
 */
export function readTablePart(archive: Archive, part: string, sheet: string, limits: ReaderLimits): TableValues {
  const { file } = archive;
  const damaged = (table: string): never =>
    fail('reader.error.tableDamaged', { file, table: cut(table), sheet: cut(sheet) });
  const found: Omit<TableValues, 'columnNames'>[] = [];
  const columnNames: string[] = [];
  readXmlPart(
    archive,
    part,
    {
      open(name, attributes) {
        if (name === 'table') {
          const tableName = attributes.get('displayName') ?? attributes.get('name');
          if (tableName === undefined || tableName === '') return fail('reader.error.damagedPart', { file, part });
          const ref = attributes.get('ref') ?? '';
          const box = parseRangeRef(ref, limits.rows, limits.columns);
          if (box === 'outside')
            fail('reader.error.tableOutsideSheet', { file, table: cut(tableName), sheet: cut(sheet), ref: cut(ref) });
          const headerRowCount = rowCount(attributes.get('headerRowCount'), 1);
          const totalsRowCount = rowCount(attributes.get('totalsRowCount'), 0);
          if (box === null || headerRowCount === null || totalsRowCount === null) return damaged(tableName);
          if (box.bottom - box.top + 1 < headerRowCount + totalsRowCount) damaged(tableName);
          found.push({ name: tableName, sheet, box, headerRowCount, totalsRowCount });
        } else if (name === 'tableColumn') {
          if (columnNames.length >= limits.columns) fail('reader.error.tooComplexPart', { file, part });
          columnNames.push(decodeExcelEscapes(attributes.get('name') ?? ''));
        }
      },
      close() {},
      text() {},
    },
    limits,
  );
  const [table] = found;
  if (found.length !== 1) return fail('reader.error.damagedPart', { file, part });
  if (columnNames.length !== table.box.right - table.box.left + 1) damaged(table.name);
  return { ...table, columnNames };
}
