/**
 * Calendar arithmetic on ISO 'YYYY-MM-DD' strings and Excel serials, done on day numbers (days since
 * 1970-01-01) so that core stays free of Date objects and time zones.
 */

import * as z from 'zod';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in the proleptic Gregorian calendar since 1970-01-01 (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

export function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real calendar day, not just the right shape. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The one schema of a calendar date crossing a boundary (settings, options, as-of): "2027-02-30" is refused. */
export const IsoDate = z.string().refine(isIsoDate, { message: 'expected a real date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

function isoToDays(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

function daysToIso(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return formatIso(year, month, day);
}

const SERIAL_EPOCH = daysFromCivil(1899, 12, 30);
const FAKE_LEAP_DAY = 60;

/** Excel's 1900 system counts a 29 Feb 1900 that never was (serial 60); serials below it are shifted by one. */
export function serialToIso(serial: number): string {
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return '1900-02-29';
  return daysToIso(SERIAL_EPOCH + whole + (whole < FAKE_LEAP_DAY ? 1 : 0));
}

export function isoToSerial(iso: string): number {
  if (iso === '1900-02-29') return FAKE_LEAP_DAY;
  const serial = isoToDays(iso) - SERIAL_EPOCH;
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return isoToDays(b) - isoToDays(a);
}

/** ISO dates order as strings; the sign is all callers need. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
