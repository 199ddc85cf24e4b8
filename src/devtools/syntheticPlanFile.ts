import { translator } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import { XlsxGateway } from '../files/xlsxGateway';
import { PROGRESS_TABLE } from '../sheets/layouts/tables';
import { planWorkbookBatch } from '../sheets/planWorkbookBatch';
import { syntheticLedger, syntheticPlan } from './syntheticPlan';

/**
 * The synthetic plan as an .xlsx file, laid out by the same batch as `init`, with its progress ledger in the
 * Progress table: what the reader's bench (and its large-file test) open.
 */
export async function syntheticPlanFile(indicators: number, activities: number): Promise<Uint8Array> {
  const plan = syntheticPlan(indicators, activities);
  const ledger = syntheticLedger(plan);
  const gateway = XlsxGateway.empty('synthetic.xlsx');
  await gateway.update({ tables: [] }, (snapshot) => {
    const { batch } = planWorkbookBatch(snapshot, plan, translator('en'));
    const progress = batch.tables.find((table) => table.name === PROGRESS_TABLE.name);
    if (progress) {
      progress.rows = ledger.map((row) =>
        PROGRESS_TABLE.columns.map(
          (column): CellValue => ((row as Record<string, unknown>)[column.key] as CellValue) ?? '',
        ),
      );
    }
    return { batch, result: null };
  });
  return gateway.toBytes();
}
