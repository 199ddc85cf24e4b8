import { scanPersonalData } from '../../../src/core/privacy/scanPersonalData';
import { jmbgBirthDateValid, jmbgChecksumValid } from '../../../src/core/privacy/personalNumber';

const kinds = (text: string) => scanPersonalData(text).map((found) => [found.kind, found.text]);

describe('personal data guard: what identifies a person is flagged', () => {
  it.each([
    ['Contact the victim at ana.petrovic@gmail.com', 'email', 'ana.petrovic@gmail.com'],
    ['Kontakt: marija_k+1@mup.gov.rs.', 'email', 'marija_k+1@mup.gov.rs'],
    ['Her phone +381 64 123 4567 was taken', 'phone', '+381 64 123 4567'],
    ['tel. 00389 70 123 456', 'phone', '00389 70 123 456'],
    ['zvati na 064/123-4567 svaki dan', 'phone', '064/123-4567'],
    ['телефон 011 3456 789', 'phone', '011 3456 789'],
    ['numri 069 123 4567', 'phone', '069 123 4567'],
    ['(011) 3456-789', 'phone', '(011) 3456-789'],
    ['JMBG 1203985710009 given', 'personalNumber', '1203985710009'],
    ['ЕМБГ: 0507004455018', 'personalNumber', '0507004455018'],
    ['passport no. 012345678', 'passport', 'passport no. 012345678'],
    ['pasoš br. AB1234567', 'passport', 'pasoš br. AB1234567'],
    ['пасош 009876543', 'passport', 'пасош 009876543'],
    ['pasaporta nr. 12345678', 'passport', 'pasaporta nr. 12345678'],
    ['lična karta 007654321', 'passport', 'lična karta 007654321'],
    ['girl M.K., born 12.03.2004, from Niš', 'birthDate', 'born 12.03.2004'],
    ['žrtva A.B. rođena 12. 3. 2006.', 'birthDate', 'rođena 12. 3. 2006.'],
    ['малолетна, родена 2007', 'birthDate', 'родена 2007'],
    ['Маја П., рођена 2005. године', 'birthDate', 'рођена 2005.'],
    ['vajza E.H., e lindur më 05.06.2005', 'birthDate', 'e lindur më 05.06.2005'],
    ['DOB: 2004-03-12', 'birthDate', 'DOB: 2004-03-12'],
    ['S.M. (born 4 March 2003)', 'birthDate', 'born 4 March 2003'],
  ])('%p → %s', (text, kind, span) => {
    expect(kinds(text)).toContainEqual([kind, span]);
  });

  it('reports every finding once, in text order, with offsets into the text', () => {
    const text = 'A.B., born 01.01.2005, JMBG 0101005715003? no: 1203985710009, tel +382 67 123 456';
    const found = scanPersonalData(text);
    expect(found.map((f) => f.kind)).toEqual(['birthDate', 'personalNumber', 'personalNumber', 'phone']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('flags a 13-digit number with a real birth date even when its check digit is wrong (a typo still identifies)', () => {
    expect(jmbgChecksumValid('1203985710008')).toBe(false);
    expect(kinds('broj 1203985710008')).toEqual([['personalNumber', '1203985710008']]);
  });

  it('knows the JMBG check digit and its date part', () => {
    expect(jmbgChecksumValid('1203985710009')).toBe(true);
    expect(jmbgChecksumValid('3101999780123')).toBe(true);
    expect(jmbgBirthDateValid('3101999780123')).toBe(true);
    expect(jmbgBirthDateValid('3102999780123')).toBe(false);
    expect(jmbgBirthDateValid('0013999780123')).toBe(false);
  });
});

describe('personal data guard: ordinary monitoring text is left alone', () => {
  it.each([
    'Indicator 1.1.2 reached 45 % in 2026; see activity 2.3.1.',
    'Budget spent: 1 250 000 EUR of 3.500.000 planned (2026-2028).',
    'Održano 12 obuka za 340 policijskih službenika u periodu 01.02.2026 - 30.06.2026.',
    'Обучено 120 лица; буџет 0,5 милиона денари.',
    'Trajnime për 45 punonjës socialë, 2026-Q2, kodi 3.2.1.',
    'Total amount 1234567890123.45 of the project code PRJ-2026-000123',
    'Kontakt: Ministarstvo unutrašnjih poslova, Sektor za borbu protiv trgovine ljudima.',
    'The new law was adopted on 12.03.2026 and the SOP in 2027.',
    'Report number 2026/045, protocol 03-123/2026',
    'Reference 9999999999999 in the ledger',
    '',
  ])('%p has nothing', (text) => {
    expect(scanPersonalData(text)).toEqual([]);
  });
});
