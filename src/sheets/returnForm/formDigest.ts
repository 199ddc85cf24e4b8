import type { CellValue } from '../../core/model/cell';
import { cellAddress } from '../layout';
import { forEachPrefilledCell, type FormRow } from './formLayout';

/** Line endings and trailing spaces differ between Excel and LibreOffice; neither is tampering. */
function canonical(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trimEnd();
}

/**
 * The text whose SHA-256 is the form's digest: the form id and every prefilled cell (A1 address and value) in
 * the order of `forEachPrefilledCell`. `cellAt` reads the form sheet (0-based row and column); the generator
 * passes what it wrote, the importer what it read, so a changed code, target or baseline changes the digest.
 */
export function digestText(
  formId: string,
  rows: readonly FormRow[],
  cellAt: (row: number, column: number) => CellValue,
): string {
  // Written out piece by piece, the same text as JSON.stringify of [formId, [address, text], ...] would give.
  let text = `[${JSON.stringify(formId)}`;
  forEachPrefilledCell(rows, (row, column) => {
    text += `,[${JSON.stringify(cellAddress(row, column))},${JSON.stringify(canonical(cellAt(row, column)))}]`;
  });
  return `${text}]`;
}
