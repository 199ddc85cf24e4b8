import { createFakeWorkbook } from '@fake-excel/install';

function book() {
  const wb = createFakeWorkbook();
  wb.addSheet('Data Sheet');
  wb.setValues('Data Sheet', 'A1:C6', [
    ['Code', 'Status', 'Value'],
    ['1.1', 'Done', 4],
    ['1.2', 'Late', 10],
    ['1.3', 'Done', 2],
    ['2.1', '', 7],
    ['apple pie', 'Done', 'n/a'],
  ]);
  wb.setNumberFormat('Data Sheet', 'A2:A5', '@').setValues('Data Sheet', 'A2:A5', [['1.1'], ['1.2'], ['1.3'], ['2.1']]);
  return wb;
}

const cases: [string, unknown][] = [
  ['=1+2*3', 7],
  ['=-2^2', 4],
  ['=(1+2)*3', 9],
  ['=10/4', 2.5],
  ['=1/0', '#DIV/0!'],
  ['=50%', 0.5],
  ['="a"&1&TRUE', 'a1TRUE'],
  ['=0.1+0.2&""', '0.3'],
  ['="abc"="ABC"', true],
  ['=2<"a"', true],
  ['=1<>1', false],
  ['="x"+1', '#VALUE!'],
  ["=INDEX('Data Sheet'!$A$1:$C$6,3,2)", 'Late'],
  ["=INDEX('Data Sheet'!$B:$B,4)", 'Done'],
  ["=INDEX('Data Sheet'!$A$1:$C$1,3)", 'Value'],
  ["=INDEX('Data Sheet'!$A$1:$A$3,9)", '#REF!'],
  ['=MATCH("1.3",\'Data Sheet\'!$A:$A,0)', 4],
  ['=MATCH("APPLE*",\'Data Sheet\'!$A:$A,0)', 6],
  ['=MATCH("9.9",\'Data Sheet\'!$A:$A,0)', '#N/A'],
  ["=MATCH(5,'Data Sheet'!$C$2:$C$3,1)", 1],
  ['=MATCH(3,{1},0)', null],
  ['=IFERROR(MATCH("x",\'Data Sheet\'!$A:$A,0),"none")', 'none'],
  ['=IF(1>2,"yes","no")', 'no'],
  ['=IF(FALSE,1)', false],
  ['=IF(TRUE,,1)', 0],
  ['=AND(TRUE,1,"TRUE")', true],
  ['=OR(FALSE,0)', false],
  ['=NOT(0)', true],
  ["=ISBLANK('Data Sheet'!B5)", true],
  ["=ISBLANK('Data Sheet'!B4)", false],
  ["=ISNUMBER('Data Sheet'!C2)", true],
  ["=ISNUMBER('Data Sheet'!A2)", false],
  ['=COUNTIF(\'Data Sheet\'!B:B,"Done")', 3],
  ['=COUNTIF(\'Data Sheet\'!C2:C6,">=4")', 3],
  ['=COUNTIF(\'Data Sheet\'!C2:C6,"<5")', 2],
  ["=COUNTIF('Data Sheet'!C2:C6,4)", 1],
  ['=COUNTIF(\'Data Sheet\'!B2:B6,"<>Done")', 2],
  ['=COUNTIF(\'Data Sheet\'!B1:B10,"")', 5],
  ['=COUNTIF(\'Data Sheet\'!A:A,"1.*")', 3],
  ['=COUNTIFS(\'Data Sheet\'!B2:B6,"Done",\'Data Sheet\'!C2:C6,">3")', 1],
  ['=COUNTIFS(\'Data Sheet\'!B2:B6,"Done",\'Data Sheet\'!C2:C5,">3")', '#VALUE!'],
  ["=SUM('Data Sheet'!C:C)", 23],
  ['=SUM(1,"2",TRUE)', 4],
  ["=MIN('Data Sheet'!C2:C6)", 2],
  ["=MAX('Data Sheet'!C2:C6,11)", 11],
  ["=MAX('Data Sheet'!D:D)", 0],
  ["=ROW('Data Sheet'!B7)", 7],
  ["=COLUMN('Data Sheet'!C1:D4)", 3],
  ['=ADDRESS(2,3)', '$C$2'],
  ['=ADDRESS(2,3,2)', 'C$2'],
  ['=ADDRESS(2,3,3)', '$C2'],
  ['=ADDRESS(2,3,4)', 'C2'],
  ['=ADDRESS(2,28,1,TRUE,"Data Sheet")', "'Data Sheet'!$AB$2"],
  ['=ADDRESS(2,3,1,TRUE,"Plan")', 'Plan!$C$2'],
  ['=ADDRESS(0,3)', '#VALUE!'],
  ['=LEN("abc")&LEN(12.5)', '34'],
  ['=TRIM("  a   b  ")', 'a b'],
  ['=UPPER("ab")&LOWER("CD")', 'ABcd'],
  ['=TEXT(0.256,"0.0%")', '25.6%'],
  ['=TEXT(45366,"yyyy-mm-dd")', '2024-03-15'],
  ['=TEXT("1234.5","#,##0")', '1,235'],
  ['=NOSUCHFUNCTION(1)', '#NAME?'],
  ['=UnknownName', '#NAME?'],
  ['=Missing!A1', '#REF!'],
  ['=#N/A', '#N/A'],
  ["='Data Sheet'!B5", 0],
];

describe('formula evaluation', () => {
  test.each(cases.filter(([, expected]) => expected !== null))('%s → %j', (formula, expected) => {
    expect(book().evaluate('Sheet1', formula)).toEqual(expected);
  });

  test('array constants are not part of the fake: a formula using one is refused', () => {
    const wb = book();
    expect(() => wb.setValues('Sheet1', 'A1', [['=MATCH(3,{1},0)']])).toThrow(/incorrect format/);
  });

  test('ROW() and COLUMN() without arguments are the formula cell; relative references are relative to it', () => {
    const wb = book();
    wb.setValues('Sheet1', 'B3:C3', [['=ROW()*10+COLUMN()', '=B3+1']]);
    expect(wb.values('Sheet1', 'B3:C3')).toEqual([[32, 33]]);
  });

  test('results follow the cells they read, and chains of formulas evaluate', () => {
    const wb = book();
    wb.setValues('Sheet1', 'A1:A3', [['=A2*2'], ['=A3+1'], [5]]);
    expect(wb.values('Sheet1', 'A1')).toEqual([[12]]);
    wb.setValues('Sheet1', 'A3', [[10]]);
    expect(wb.values('Sheet1', 'A1')).toEqual([[22]]);
  });

  test('a circular reference reads 0 instead of looping', () => {
    const wb = book();
    wb.setValues('Sheet1', 'A1:A2', [['=A2+1'], ['=A1+1']]);
    expect(wb.values('Sheet1', 'A1:A2')).toEqual([[2], [1]]);
  });

  test('lookups over 5,000 rows stay fast', () => {
    const wb = createFakeWorkbook();
    wb.setValues(
      'Sheet1',
      'A1:A5000',
      Array.from({ length: 5000 }, (_, i) => [`code ${i}`]),
    );
    wb.setValues(
      'Sheet1',
      'B1:B200',
      Array.from({ length: 200 }, (_, i) => [`=IFERROR(MATCH("code ${i * 20}",$A:$A,0),"")`]),
    );
    const started = performance.now();
    const values = wb.values('Sheet1', 'B1:B200');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(values[199]).toEqual([3981]);
  });
});
