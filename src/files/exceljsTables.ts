import type ExcelJS from 'exceljs';
import { parseA1Range, type CellBox } from './a1Range';

/** The part of exceljs's runtime table model we rely on; its type declarations do not describe it. */
interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

/** A table found on a worksheet, whether loaded from a file or added in this session. */
export interface SheetTable {
  name: string;
  worksheet: ExcelJS.Worksheet;
  box: CellBox;
  headerRow: boolean;
  totalsRow: boolean;
  columnNames: string[];
}

function tableModels(worksheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (worksheet as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
  return Object.values(tables).flatMap((entry) => (entry?.table ? [entry.table] : []));
}

/** Every table in the workbook with a usable name and range; a malformed one from a file is left out. */
export function workbookTables(workbook: ExcelJS.Workbook): SheetTable[] {
  return workbook.worksheets.flatMap((worksheet) =>
    tableModels(worksheet).flatMap((model) => {
      const name = model.name ?? model.displayName;
      const box = model.tableRef ? parseA1Range(model.tableRef) : null;
      if (!name || !box) return [];
      return [
        {
          name,
          worksheet,
          box,
          headerRow: model.headerRow !== false,
          totalsRow: model.totalsRow === true,
          columnNames: (model.columns ?? []).map((column) => column.name ?? ''),
        },
      ];
    }),
  );
}
