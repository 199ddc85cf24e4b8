import { columnIndex, columnLetters, formatRect, parseAddress, quoteSheetName } from '@fake-excel/address';
import { generalText } from '@fake-excel/format/generalNumber';
import { formatValue } from '@fake-excel/format/numberFormat';
import { dateToSerial, isoDateToSerial, serialToParts } from '@fake-excel/format/serialDate';

describe('addresses', () => {
  test('column letters both ways', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(['a', 'Z', 'AA', 'XFD', 'XFE', 'A1'].map(columnIndex)).toEqual([0, 25, 26, 16383, -1, -1]);
  });

  test('parsing with sheet prefixes, $ signs, whole columns and rows', () => {
    expect(parseAddress("'It''s'!$B$2:a1")).toEqual({ sheet: "It's", rect: { r0: 0, c0: 0, r1: 1, c1: 1 } });
    expect(parseAddress('Plan!C:A')).toEqual({ sheet: 'Plan', rect: { r0: 0, c0: 0, r1: 1048575, c1: 2 } });
    expect(parseAddress('3:1')?.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 16383 });
    expect(['A0', 'A1048577', 'A1:B2:C3', '', "'open!A1"].map(parseAddress)).toEqual([null, null, null, null, null]);
  });

  test('formatting and quoting like Excel', () => {
    expect(formatRect({ r0: 3, c0: 1, r1: 3, c1: 1 })).toBe('B4');
    expect(formatRect({ r0: 0, c0: 0, r1: 4, c1: 2 }, true)).toBe('$A$1:$C$5');
    expect(['Sheet1', 'My Sheet', '2024', 'A1', 'R1C1', 'C', 'Plan_v2.1', 'План', "Bob's"].map(quoteSheetName)).toEqual(
      ['Sheet1', "'My Sheet'", "'2024'", "'A1'", "'R1C1'", "'C'", 'Plan_v2.1', 'План', "'Bob''s'"],
    );
  });
});

describe('number formats', () => {
  test.each([
    [1234.5, 'General', '1234.5'],
    [1 / 3, 'General', '0.333333333'],
    [123456789012, 'General', '1.23457E+11'],
    [-0.5, 'General', '-0.5'],
    [12, '@', '12'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [0.256, '0.0%', '25.6%'],
    [0.5, '0%', '50%'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0, '#,##0.00', '0.00'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [0, '0;-0;"zero"', 'zero'],
    [3.5, '"€"#,##0.00', '€3.50'],
    [45366, 'yyyy-mm-dd', '2024-03-15'],
    [45366, 'dd/mm/yyyy', '15/03/2024'],
    [45366, 'm/d/yyyy', '3/15/2024'],
    [45366, 'd mmm yyyy', '15 Mar 2024'],
    [45366.75, 'yyyy-mm-dd hh:mm', '2024-03-15 18:00'],
    [45366.75, 'h:mm AM/PM', '6:00 PM'],
  ])('%p as %s shows %s', (value, format, text) => {
    expect(formatValue(value, format)).toBe(text);
  });

  test('text, booleans and blanks', () => {
    expect(formatValue('abc', '0.00')).toBe('abc');
    expect(formatValue('abc', '"Name: "@')).toBe('Name: abc');
    expect(formatValue(true, 'General')).toBe('TRUE');
    expect(formatValue(null, '0')).toBe('');
  });

  test('serial dates with the 1900 leap-year quirk', () => {
    expect(serialToParts(1)).toMatchObject({ year: 1900, month: 1, day: 1 });
    expect(serialToParts(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(serialToParts(61)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(dateToSerial(2024, 3, 15)).toBe(45366);
    expect(isoDateToSerial('2024-02-30')).toBeNull();
    expect(isoDateToSerial('1900-03-01')).toBe(61);
    expect(generalText(0.1 + 0.2)).toBe('0.3');
  });
});
