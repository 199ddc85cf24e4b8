import { answerChecklistItem } from '../../src/app/answerChecklistItem';
import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { columnLetter } from '../../src/sheets/layout';
import { MemoryGateway } from '../support/memoryGateway';
import { EXAMPLE_SETUP } from '../support/examplePlan';

async function examplePlanWorkbook() {
  const gateway = new MemoryGateway();
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
  return gateway;
}

const options = { language: 'en' as const, file: 'plan.xlsx', mark: true, writeSheet: false };

describe('checkPlanWorkbook', () => {
  it('points every finding at its cell and area', async () => {
    const gateway = await examplePlanWorkbook();
    const result = await checkPlanWorkbook(gateway, options);
    const misplaced = result.findings.find(
      (finding) => finding.rule === 'structure.code-not-under-parent' && finding.entity === 'activity',
    );
    expect(misplaced).toMatchObject({ code: '2.1.2', area: '3', cell: { sheet: 'NAP activities', address: 'A13' } });
    const baseline = result.findings.find((finding) => finding.rule === 'indicator.baseline-not-measurable');
    expect(baseline).toMatchObject({ code: 'I2.1', cell: { sheet: 'NAP', address: 'I5' } });
    expect(result.errors).toBe(result.findings.filter((finding) => finding.severity === 'error').length);
    expect(result.completeness.overall.indicators.total).toBe(5);
    expect(result.areaNames['3']).toBe('Support and Protection of Victims and Victim-Witnesses');
  });

  it('marks the cells at fault and clears the mark once the cell is fixed', async () => {
    const gateway = await examplePlanWorkbook();
    await checkPlanWorkbook(gateway, options);
    const marks = () => gateway.state.tables.NapMarks.rows.map((row) => `${row[0]}!${row[1]}`);
    expect(marks()).toContain('NAP!I5');
    const rulesAdded = gateway.batches[1].conditionalFormats;
    expect(rulesAdded.map((rule) => rule.sheet)).toEqual(
      expect.arrayContaining(['NAP', 'NAP activities', 'M&E plan', 'Settings']),
    );
    expect(rulesAdded[0].formula).toMatch(
      /^=COUNTIFS\(Marks!\$A:\$A,"Settings",Marks!\$B:\$B,ADDRESS\(ROW\(\),COLUMN\(\),4\)\)>0$/,
    );

    gateway.edit('NapIndicators', 1, 'Initial value', '35%');
    gateway.edit('NapIndicators', 1, 'Initial value as of', '2025-11-30');
    await checkPlanWorkbook(gateway, options);
    expect(marks()).not.toContain('NAP!I5');
    expect(gateway.batches[2].conditionalFormats).toEqual([]);
  });

  it('writes the findings to their own sheet on request and keeps the checklist on the Checks sheet', async () => {
    const gateway = await examplePlanWorkbook();
    const result = await checkPlanWorkbook(gateway, { ...options, writeSheet: true });
    const table = gateway.state.tables.NapChecks;
    expect(table.sheet).toBe('Findings');
    expect(table.rows).toHaveLength(result.findings.length);
    expect(table.rows[0]).toHaveLength(8);
    expect(gateway.state.tables.NapChecklist.rows.length).toBe(result.checklist.length);

    const answered = result.checklist.find((item) => item.source === 'open');
    const row = gateway.state.tables.NapChecklist.rows.findIndex((cells) => cells[0] === answered?.id);
    gateway.edit('NapChecklist', row, 'Your answer', 'Not applicable');
    const again = await checkPlanWorkbook(gateway, { ...options, writeSheet: true });
    expect(again.checklist.find((item) => item.id === answered?.id)).toMatchObject({
      answer: 'notApplicable',
      source: 'user',
    });
    expect(gateway.state.tables.NapChecks.rows).toHaveLength(again.findings.length);
  });

  it('writes the answers the data gives to the Checks sheet, beside the user’s, and keeps what the user typed', async () => {
    const gateway = await examplePlanWorkbook();
    const first = await checkPlanWorkbook(gateway, options);
    const checklist = gateway.state.tables.NapChecklist;
    expect(checklist.headers).toEqual(['Item', 'Question', 'From the data', 'Your answer']);
    const cellsOf = (id: string) => gateway.state.tables.NapChecklist.rows.find((cells) => cells[0] === id)!;
    for (const item of first.checklist) {
      expect(cellsOf(item.id)[2]).toBe(
        item.auto === null ? '' : { yes: 'Yes', no: 'No', notApplicable: '' }[item.auto],
      );
    }
    expect(first.checklist.some((item) => item.auto !== null)).toBe(true);
    const open = first.checklist.find((item) => item.source === 'open')!;
    const row = checklist.rows.findIndex((cells) => cells[0] === open.id);
    gateway.edit('NapChecklist', row, 'Your answer', 'perhaps');
    await checkPlanWorkbook(gateway, options);
    expect(cellsOf(open.id)[3]).toBe('perhaps');
  });

  it('leaves the workbook alone when asked only to check', async () => {
    const gateway = await examplePlanWorkbook();
    const writes = gateway.batches.length;
    const result = await checkPlanWorkbook(gateway, { ...options, mark: false });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(gateway.batches).toHaveLength(writes);
  });
});

describe('checkPlanWorkbook on what officials get wrong', () => {
  const settingRow = (gateway: MemoryGateway, key: string) =>
    gateway.state.tables.NapSettings.rows.findIndex((cells) => cells[0] === key);

  it('reports a reversed plan period as a finding at the period end, instead of stopping', async () => {
    const gateway = await examplePlanWorkbook();
    gateway.edit('NapSettings', settingRow(gateway, 'periodEnd'), 'Value', '2025-12-31');
    const result = await checkPlanWorkbook(gateway, options);
    const reversed = result.findings.find((finding) => finding.rule === 'settings.period-reversed');
    const settings = gateway.state.tables.NapSettings;
    const row = settings.top + 2 + settingRow(gateway, 'periodEnd');
    expect(reversed).toMatchObject({
      cell: { sheet: settings.sheet, address: `${columnLetter(settings.left + 2)}${row}` },
    });
    expect(reversed?.message).toContain('ends (31 December 2025) before it starts (1 January 2026)');
  });

  it('files each of two activities coded 2.1.2 under the area its own row puts it in', async () => {
    const gateway = await examplePlanWorkbook();
    const activities = gateway.state.tables.NapActivities;
    const rows = activities.rows.flatMap((cells, i) => (cells[0] === '2.1.2' ? [i] : []));
    expect(rows).toHaveLength(2);
    const text = activities.headers[activities.headers.findIndex((header) => /^result indicator/iu.test(header))];
    for (const row of rows) gateway.edit('NapActivities', row, text, '');
    const result = await checkPlanWorkbook(gateway, options);
    const areaOfRow = (row: number) =>
      result.findings.find((f) => f.rule === 'activity.result-indicator-missing' && f.at?.row === row)?.area;
    expect([areaOfRow(rows[0]), areaOfRow(rows[1])]).toEqual(['2', '3']);
  });

  it('gives a renamed header one finding at the header row, in words, and no false findings on the rows', async () => {
    const gateway = await examplePlanWorkbook();
    const before = await checkPlanWorkbook(gateway, options);
    const indicators = gateway.state.tables.NapIndicators;
    const column = indicators.headers.indexOf('Initial value as of');
    indicators.headers[column] = 'Year of the initial value';
    const after = await checkPlanWorkbook(gateway, options);
    const missing = after.findings.filter((finding) => finding.rule === 'sheet.missing-column');
    expect(missing).toHaveLength(1);
    const headerRow = indicators.top + 1;
    expect(missing[0].cell).toEqual({
      sheet: indicators.sheet,
      address: `${columnLetter(indicators.left)}${headerRow}:${columnLetter(indicators.left + indicators.headers.length - 1)}${headerRow}`,
    });
    expect(missing[0].message).toContain('The column "Initial value as of" is missing');
    expect(missing[0].message).not.toContain('baselineDate');
    const rowRules = (findings: typeof after.findings) =>
      findings.filter((finding) => finding.rule !== 'sheet.missing-column').map((f) => `${f.code} ${f.rule}`);
    const baselineDateRules = (findings: typeof after.findings) =>
      findings.filter((finding) => finding.field === 'baselineDate' && finding.at?.row !== null);
    expect(baselineDateRules(after.findings)).toEqual([]);
    expect(rowRules(after.findings).filter((rule) => !rowRules(before.findings).includes(rule))).toEqual([]);
  });

  it('names the sheet row of a value not in a dropdown list, not the row of the table body', async () => {
    const gateway = await examplePlanWorkbook();
    gateway.edit('NapIndicators', 3, 'Direction', 'Upwards');
    const result = await checkPlanWorkbook(gateway, options);
    const unknown = result.findings.find((finding) => finding.rule === 'sheet.unknown-list-value');
    const indicators = gateway.state.tables.NapIndicators;
    const sheetRow = indicators.top + 2 + 3;
    const column = columnLetter(indicators.left + indicators.headers.indexOf('Direction'));
    expect(unknown?.cell).toEqual({ sheet: indicators.sheet, address: `${column}${sheetRow}` });
    expect(unknown?.message).toBe(
      `"Upwards" in column "Direction" on sheet "${indicators.sheet}", row ${sheetRow}, is not one of the allowed values. Pick a value from the drop-down list.`,
    );
  });
});

describe('answerChecklistItem', () => {
  it("keeps the user's answer in the workbook, and the next check reads it back", async () => {
    const gateway = await examplePlanWorkbook();
    const first = await checkPlanWorkbook(gateway, options);
    const open = first.checklist.find((item) => item.source === 'open')!;
    await answerChecklistItem(gateway, { id: open.id, answer: 'no', language: 'en', file: 'plan.xlsx' });
    const row = gateway.state.tables.NapChecklist.rows.find((cells) => cells[0] === open.id)!;
    expect(row[3]).toBe('No');
    const second = await checkPlanWorkbook(gateway, options);
    expect(second.checklist.find((item) => item.id === open.id)).toMatchObject({ answer: 'no', source: 'user' });
    await answerChecklistItem(gateway, { id: open.id, answer: null, language: 'en', file: 'plan.xlsx' });
    const third = await checkPlanWorkbook(gateway, options);
    expect(third.checklist.find((item) => item.id === open.id)).toMatchObject({ answer: null, source: 'open' });
  });

  it('says so when the workbook has no checklist yet', async () => {
    const gateway = await examplePlanWorkbook();
    await expect(
      answerChecklistItem(gateway, { id: 'x', answer: 'yes', language: 'en', file: 'plan.xlsx' }),
    ).rejects.toThrow('NapChecklist');
  });
});
