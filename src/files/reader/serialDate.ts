import { isIsoDate, isoToSerial, serialToIso } from '../../core/values/isoDate';

const FAKE_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL = 2_958_465;
/** Days between the 1900 and the 1904 date systems. */
const DATE_1904_SHIFT = 1_462;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/;

/**
 * A date-formatted serial as an ISO date. Serial 60 is the 29 February 1900 that Excel's 1900 system counts
 * but that never was, so it is no date; nor is anything before day 1 or after 9999-12-31.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const whole = Math.floor(serial) + (date1904 ? DATE_1904_SHIFT : 0);
  if (whole < 1 || whole > LAST_SERIAL || whole === FAKE_LEAP_DAY) return null;
  return serialToIso(whole);
}

/** A cell of type `d` ("2026-03-31" or "2026-03-31T12:00:00") as the serial Excel would store; null if not one. */
export function isoDateTimeToSerial(text: string): number | null {
  const match = DATE_TIME.exec(text);
  if (!match || !isIsoDate(match[1])) return null;
  const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((part) => Number(part ?? 0));
  if (hours > 23 || minutes > 59 || seconds >= 60) return null;
  return isoToSerial(match[1]) + (hours * 3600 + minutes * 60 + seconds) / 86_400;
}
