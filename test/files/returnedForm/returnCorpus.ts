import type ExcelJS from 'exceljs';
import type { MessageKey } from '../../../src/core/i18n/translate';
import type { CellValue } from '../../../src/core/model/cell';
import { prefilledColumns } from '../../../src/sheets/returnForm';
import { bombCases } from '../../corpus/cases/bombCases';
import { xmlCases } from '../../corpus/cases/xmlCases';
import { zipCases } from '../../corpus/cases/zipCases';
import { rezip } from '../../support/xlsxParts';
import { FORM_ROWS, formFixture, type FixtureOptions } from './formFixture';

/**
 * What must happen to a returned file: refused whole with a message key, or read as a form whose cells
 * give exactly these problems (keys, in order) and personal data flags (kinds).
 */
export type ReturnExpectation =
  { refused: MessageKey | 'reader' } | { problems: MessageKey[]; personalData?: string[] };

export interface ReturnCase {
  name: string;
  kind: 'damaged' | 'tampered' | 'hostile' | 'personal';
  bytes: () => Promise<Uint8Array>;
  expect: ReturnExpectation;
}

const form = (options: FixtureOptions) => () => formFixture(options);
const input = (key: string, value: CellValue) => form({ inputs: { [key]: value } });

/** Damage as agencies do it: what they type into the input cells (see formFixture for the rows). */
function damaged(): ReturnCase[] {
  const cases: [string, string, CellValue, MessageKey[]][] = [];
  const numbers: [string, CellValue, MessageKey][] = [
    ['words', '12 cases', 'import.cell.numberWithWords'],
    ['no number', 'many', 'import.cell.notANumber'],
    ['comma decimal', '12,5', 'import.cell.decimal.dot'],
    ['negative', -3, 'import.cell.negative'],
    ['boolean', true, 'import.cell.notANumber'],
    ['error value', '#DIV/0!', 'import.cell.notANumber'],
    ['percent sign on a count', '12%', 'import.cell.numberWithWords'],
    ['number and unit', '45 trainings held', 'import.cell.numberWithWords'],
  ];
  for (const [label, value, key] of numbers) {
    cases.push([`total: ${label}`, '11:value', value, [key]]);
    cases.push([`part: ${label}`, '12:value', value, [key]]);
    cases.push([`numerator: ${label}`, '14:numerator', value, [key]]);
    cases.push([`budget: ${label}`, '11:budgetSpent', value, [key]]);
  }
  cases.push(['parts above the total', '12:value', 9, ['import.cell.partsDoNotAddUp']]);
  cases.push(['parts below the total', '13:value', 1, ['import.cell.partsDoNotAddUp']]);
  cases.push(['a part left out', '13:value', null, ['import.cell.partsIncomplete']]);
  cases.push(['numerator above denominator', '14:numerator', 5, ['import.cell.numeratorAboveDenominator']]);
  cases.push(['denominator missing', '14:denominator', null, ['import.cell.required']]);
  cases.push(['milestone missing', '15:value', null, ['import.cell.required']]);
  cases.push(['assessment off the list', '11:assessment', 'Almost', ['import.cell.outsideList']]);
  cases.push(['status off the list', '18:implementation', 'Done-ish', ['import.cell.outsideList']]);
  cases.push(['status missing', '18:implementation', null, ['import.cell.required']]);
  cases.push(['impossible date', '18:date', '31.02.2026', ['import.cell.notADate']]);
  cases.push(['date in words', '18:date', 'soon', ['import.cell.notADate']]);
  cases.push(['thirteenth month', '18:date', '2026-13-01', ['import.cell.notADate']]);
  cases.push(['valid date as a serial', '18:date', 46203, []]);
  cases.push(['thousands separator', '11:value', '1,200', ['import.cell.partsDoNotAddUp']]);
  return cases.map(([name, key, value, problems]) => ({
    name,
    kind: 'damaged' as const,
    bytes: input(key, value),
    expect: { problems },
  }));
}

/** Prefilled cells changed, rows moved, sheets renamed, metadata lost or forged. */
function tampered(): ReturnCase[] {
  const cases: ReturnCase[] = [];
  for (const row of FORM_ROWS)
    for (const column of prefilledColumns(row))
      cases.push({
        name: `prefilled cell row ${row.row + 1} column ${column + 1} changed`,
        kind: 'tampered',
        bytes: form({
          damage: (_workbook, sheet) => {
            const cell = sheet.getCell(row.row + 1, column + 1);
            cell.value = `${String(cell.value ?? '')} (edited)`;
          },
        }),
        // A row's code out of place means rows moved; a category row's code is covered by the digest alone.
        expect: {
          refused: column === 0 && row.kind !== 'category' ? 'import.refused.rowsChanged' : 'import.refused.tampered',
        },
      });
  for (const address of ['C3', 'C5', 'C6', 'C7'])
    cases.push({
      name: `header ${address} changed`,
      kind: 'tampered',
      bytes: form({ damage: (_w, sheet) => (sheet.getCell(address).value = 'changed') }),
      expect: { refused: 'import.refused.tampered' },
    });
  for (const at of [12, 13, 14, 15, 16, 19])
    cases.push({
      name: `row inserted at ${at}`,
      kind: 'tampered',
      bytes: form({ damage: (_w, sheet) => sheet.spliceRows(at, 0, ['inserted']) }),
      expect: { refused: 'import.refused.rowsChanged' },
    });
  for (const at of [12, 13, 15, 16, 19])
    cases.push({
      name: `row ${at} deleted`,
      kind: 'tampered',
      bytes: form({ damage: (_w, sheet: ExcelJS.Worksheet) => sheet.spliceRows(at, 1) }),
      expect: { refused: 'import.refused.rowsChanged' },
    });
  cases.push(
    {
      name: 'row added after the last',
      kind: 'tampered',
      bytes: form({ damage: (_w, s) => (s.getCell('H30').value = 3) }),
      expect: { refused: 'import.refused.rowsChanged' },
    },
    {
      name: 'form sheet renamed',
      kind: 'tampered',
      bytes: form({ damage: (_w, s) => (s.name = 'Obrazac') }),
      expect: { refused: 'import.refused.sheetMissing' },
    },
    {
      name: 'metadata sheet removed',
      kind: 'tampered',
      bytes: form({ meta: 'none' }),
      expect: { refused: 'import.refused.notAForm' },
    },
    {
      name: 'metadata garbled',
      kind: 'tampered',
      bytes: form({ meta: 'garbled' }),
      expect: { refused: 'import.refused.notAForm' },
    },
    {
      name: 'older layout',
      kind: 'tampered',
      bytes: form({ layoutVersion: 2 }),
      expect: { refused: 'import.refused.otherLayout' },
    },
    {
      name: 'metadata rows shifted',
      kind: 'tampered',
      bytes: form({ meta: FORM_ROWS.map((r) => ({ ...r, row: r.row + 1 })) }),
      expect: { refused: 'import.refused.rowsChanged' },
    },
    {
      name: 'digest forged in the metadata',
      kind: 'tampered',
      bytes: async () =>
        rezip(await formFixture(), (name, xml) =>
          name === 'xl/sharedStrings.xml' ? xml.replace(/[0-9a-f]{64}/, '0'.repeat(64)) : xml,
        ),
      expect: { refused: 'import.refused.tampered' },
    },
  );
  return cases;
}

/** The reader's own hostile files (zip tricks, bombs, hostile XML), now arriving as returned forms. */
function hostile(): ReturnCase[] {
  return [...zipCases(), ...bombCases(), ...xmlCases()]
    .filter((c) => c.make instanceof Uint8Array && 'refused' in c.expect)
    .map((c) => ({
      name: `${c.class}: ${c.name}`,
      kind: 'hostile' as const,
      bytes: async () => c.make as Uint8Array,
      expect: { refused: 'reader' as const },
    }));
}

/** Comments naming a person: the form reads, the text is held back until the user decides. */
function personal(): ReturnCase[] {
  const texts: [string, string][] = [
    ['email', 'Write to the victim: ana.p@gmail.com'],
    ['phone', 'Her mother: +381 64 123 4567'],
    ['personalNumber', 'JMBG 1203985710009'],
    ['passport', 'pasoš br. AB1234567'],
    ['birthDate', 'girl M.K., rođena 12.03.2006.'],
  ];
  return texts.map(([kind, text]) => ({
    name: `comment with ${kind}`,
    kind: 'personal' as const,
    bytes: input('11:comment', text),
    expect: { problems: [], personalData: [kind] },
  }));
}

export function returnCorpus(): ReturnCase[] {
  return [...damaged(), ...tampered(), ...hostile(), ...personal()];
}
