import { civilFromDays, daysFromCivil, daysInMonth, formatIso } from '../values/isoDate';

/** Day arithmetic for deadlines, on ISO dates (core has no Date objects). */
function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = civilFromDays(daysFromCivil(...parts(iso)) + days);
  return formatIso(year, month, day);
}

/** The same day `months` later (or earlier), kept inside the month: 31 March − 1 month is 28/29 February. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIso(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The same day and month in another year (29 February becomes 28 February in a common year). */
export function inYear(iso: string, year: number): string {
  const [, month, day] = parts(iso);
  return formatIso(year, month, Math.min(day, daysInMonth(year, month)));
}
