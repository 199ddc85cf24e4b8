import { translate } from '../../src/core/i18n/translate';
import { Language } from '../../src/core/model/enums';
import { CHECK_SHEETS } from '../../src/sheets/checkBatch';
import { AUDIT_SHEET } from '../../src/sheets/layouts/audit';
import { PLAN_SHEETS } from '../../src/sheets/layouts/sheets';
import { SUBMISSIONS_SHEET } from '../../src/sheets/layouts/submissions';
import { REPORT_SHEET } from '../../src/sheets/report/reportTables';
import { STATUS_SHEETS } from '../../src/sheets/statusBatch';

/** A bold header of Calibri 11 needs about one character's width more than its letters, and a cell's margins. */
const MARGIN = 2;

const VISIBLE = [
  ...PLAN_SHEETS,
  ...CHECK_SHEETS,
  ...STATUS_SHEETS,
  SUBMISSIONS_SHEET,
  AUDIT_SHEET,
  REPORT_SHEET,
].filter((sheet) => sheet.visible);

/**
 * Headers wrap at spaces, never inside a word: a column narrower than a header's longest word breaks it
 * ("Achieve / d", "assessabl / e"), in whichever language the plan is written.
 */
describe('column headers', () => {
  it.each(Language.options)('fit their longest word in %s', (language) => {
    const broken = VISIBLE.flatMap((sheet) =>
      sheet.tables.flatMap(({ table }) =>
        table.columns.flatMap((column) => {
          const longest = Math.max(
            ...translate(language, column.header)
              .split(/\s+/u)
              .map((word) => [...word].length),
          );
          return longest + MARGIN > column.width ? [`${table.name}.${column.key} (${column.width}): ${longest}`] : [];
        }),
      ),
    );
    expect(broken).toEqual([]);
  });
});
