import {
  compareIso,
  daysBetween,
  IsoDate,
  isIsoDate,
  isoToSerial,
  serialToIso,
} from '../../../src/core/values/isoDate';

describe('isoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [45000, '2023-03-15'],
    [46295, '2026-09-30'],
    [46295.75, '2026-09-30'],
  ])('serial %p is %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  it.each(['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2024-02-29', '2026-12-31'])(
    'round-trips %s',
    (iso) => {
      expect(serialToIso(isoToSerial(iso))).toBe(iso);
    },
  );

  it('counts days and orders dates', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(compareIso('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareIso('2026-01-10', '2026-01-10')).toBe(0);
  });

  it('tells real days from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-9-30')).toBe(false);
  });
});

describe('IsoDate, the one schema of a date crossing a boundary', () => {
  it.each(['2027-02-30', '2026-13-45', '2026-02-29', '2026-1-01', '2026-00-10', '31.12.2026'])('refuses %p', (text) => {
    expect(IsoDate.safeParse(text).success).toBe(false);
  });

  it.each(['2024-02-29', '2026-12-31', '2000-02-29'])('takes %p', (text) => {
    expect(IsoDate.parse(text)).toBe(text);
  });
});
