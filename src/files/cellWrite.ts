import type ExcelJS from 'exceljs';
import { isFormulaCell, type CellWrite } from '../sheets/gateway';

/**
 * A gateway cell as exceljs stores it: a formula without its leading "=" and with its expected result cached
 * (so readers that do not calculate still see a value); '' and null leave the cell empty.
 */
export function exceljsValue(cell: CellWrite): ExcelJS.CellValue {
  if (isFormulaCell(cell)) {
    const formula = cell.formula.replace(/^=/, '');
    return cell.result === null || cell.result === undefined || cell.result === ''
      ? { formula }
      : { formula, result: cell.result };
  }
  return cell === '' ? null : cell;
}
