import ExcelJS from 'exceljs';
import type { CellValue } from '../core/model/cell';
import { parseReturnedForm } from '../files/returnedForm/parseReturnedForm';
import { inputCells } from '../sheets/returnForm';

/** "I1.1|value" or "I1.1|women|value" or "1.1.1|implementation" → what the agency types there. */
export type Filling = Record<string, CellValue>;

/**
 * Fills a generated return form as an agency would, in exceljs (another program than the one that reads
 * it back): finds each input cell from the form's own metadata, types the value, saves. `damage` may then
 * break the file as people do.
 */
export async function fillReturnForm(
  bytes: Uint8Array,
  filling: Filling,
  damage?: (form: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const blank = await parseReturnedForm(bytes, 'blank.xlsx');
  if (blank.kind !== 'form') throw new Error(`the generated form does not read back: ${JSON.stringify(blank.problem)}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const form = workbook.getWorksheet(blank.meta.formSheet)!;
  for (const row of blank.meta.rows)
    for (const input of inputCells(row)) {
      const key = [row.code, row.category, input.key].filter((part) => part !== '').join('|');
      if (key in filling) form.getCell(row.row + 1, input.column + 1).value = filling[key] as ExcelJS.CellValue;
    }
  damage?.(form, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
