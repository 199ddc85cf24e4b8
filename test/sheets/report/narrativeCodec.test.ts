import { translator } from '../../../src/core/i18n/translate';
import type { CellValue } from '../../../src/core/model/cell';
import { narrativeItems } from '../../../src/core/report';
import type { TableSnapshot } from '../../../src/sheets/gateway';
import { narrativeRows, readNarrative } from '../../../src/sheets/report/narrativeCodec';

const t = translator('en');

function table(rows: CellValue[][], headers = ['Key', 'Section', 'Your text']): TableSnapshot {
  return { name: 'NapReportNarrative', sheet: 'Report', top: 10, left: 0, headers, rows };
}

describe('the narrative table', () => {
  it('reads what users wrote by key and leaves the guidance placeholders out, in any column order', () => {
    const written = narrativeRows(narrativeItems([], new Map([['policy', 'New law adopted in March.']])), t);
    const reordered = table(
      written.map(([key, section, text]) => [String(text), String(key), String(section)]),
      ['Your text', 'Key', 'Section'],
    );
    expect([...readNarrative(reordered)]).toEqual([['policy', 'New law adopted in March.']]);
  });

  it('keeps text typed in a row whose key was cleared, under a key of its own, and it comes back', () => {
    const texts = readNarrative(
      table([
        ['', '', 'A paragraph typed in an inserted row.'],
        ['', '', 'Another one.'],
        ['intro', '1. Introduction', 'Our introduction.'],
      ]),
    );
    expect([...texts]).toEqual([
      ['kept:1', 'A paragraph typed in an inserted row.'],
      ['kept:2', 'Another one.'],
      ['intro', 'Our introduction.'],
    ]);
    const rows = narrativeRows(narrativeItems([], texts), t);
    expect(rows.slice(-2)).toEqual([
      ['kept:1', 'Text kept from an earlier report', 'A paragraph typed in an inserted row.'],
      ['kept:2', 'Text kept from an earlier report', 'Another one.'],
    ]);
    expect(readNarrative(table(rows))).toEqual(texts);
  });

  it('refuses a table that lost its text column, naming the sheet, so nothing written there is overwritten', () => {
    expect(() => readNarrative(table([['intro', '1. Introduction']], ['Key', 'Section']))).toThrow(
      expect.objectContaining({
        key: 'report.error.narrativeColumn',
        params: { table: 'NapReportNarrative', sheet: 'Report', column: 'Your text' },
      }),
    );
  });
});
