import type { ChecklistAnswer } from '../core/checks/checklist';
import { translator } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import { locateColumns, readRecords, textOf } from '../sheets/codecs/tableReader';
import { emptyBatch, type WorkbookGateway, type WorkbookSnapshot } from '../sheets/gateway';
import { CHECKLIST_TABLE } from '../sheets/layouts/checkTables';
import { WorkbookError } from '../sheets/workbookError';

/** Keeps the user's answer to a checklist item in the workbook (yes, no, not applicable, or blank to reopen it). */
export async function answerChecklistItem(
  gateway: WorkbookGateway,
  options: { id: string; answer: ChecklistAnswer | null; language: Language; file: string },
): Promise<void> {
  await gateway.update({ tables: [CHECKLIST_TABLE.name] }, (snapshot) => ({
    batch: answerBatch(snapshot, options),
    result: null,
  }));
}

function answerBatch(
  snapshot: WorkbookSnapshot,
  options: { id: string; answer: ChecklistAnswer | null; language: Language; file: string },
) {
  const t = translator(options.language);
  const table = snapshot.tables[CHECKLIST_TABLE.name];
  if (!table) {
    throw new WorkbookError(
      'error.notPlanWorkbook',
      { file: options.file, table: CHECKLIST_TABLE.name },
      `${options.file} has no ${CHECKLIST_TABLE.name} table`,
    );
  }
  const { records } = readRecords(CHECKLIST_TABLE, table);
  const record = records.find((candidate) => textOf(candidate.id) === options.id);
  const answerColumn = locateColumns(CHECKLIST_TABLE, table).positions.get('answer');
  if (!record || answerColumn === undefined) {
    throw new WorkbookError(
      'error.missingColumn',
      { file: options.file, sheet: table.sheet, table: table.name, column: t('col.checklist.answer') },
      `No answer cell for ${options.id}`,
    );
  }
  const value = options.answer === null ? '' : t(`answer.${options.answer}`);
  const batch = emptyBatch(snapshot);
  batch.blocks.push({
    sheet: table.sheet,
    top: table.top + 1 + record.__row,
    left: table.left + answerColumn,
    rows: [[value]],
  });
  return batch;
}
