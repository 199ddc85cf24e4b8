/** Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the fictitious 1900-02-29. */

const DAY_MS = 86_400_000;
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
export const MAX_DATE_SERIAL = 2958465;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  weekday: number;
}

export function serialToParts(serial: number): DateParts {
  const days = Math.floor(serial);
  const secondsOfDay = Math.round((serial - days) * 86400);
  const time = {
    hours: Math.floor(secondsOfDay / 3600) % 24,
    minutes: Math.floor(secondsOfDay / 60) % 60,
    seconds: secondsOfDay % 60,
  };
  if (days === 60) return { year: 1900, month: 2, day: 29, weekday: 3, ...time };
  const epoch = days < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  const date = new Date(epoch + days * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    ...time,
  };
}

export function dateToSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  const serial = Math.round((utc - EPOCH_AFTER_LEAP_BUG) / DAY_MS);
  return serial <= 60 ? serial - 1 : serial;
}

/** "2024-03-15" → serial, or null when it is not a real calendar date. */
export function isoDateToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (year < 1900) return null;
  return dateToSerial(year, month, day);
}
