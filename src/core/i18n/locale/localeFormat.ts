import type { Language } from '../../model/enums';

export interface FractionDigits {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** "long" spells the month (5. mart 2026.); "numeric" is the day, month and year in digits (05.03.2026.). */
export type DateStyle = 'long' | 'numeric';

/**
 * Values written out in a language's locale, for messages, forms and reports. Cells keep Excel numbers and
 * date serials with number formats instead, so Excel shows them in its own locale.
 */
export interface LocaleFormat {
  readonly language: Language;
  readonly tag: string;
  /** Whether the runtime's Intl formats the locale or NAP Monitor's carried formats do. */
  readonly source: 'runtime' | 'carried';
  /** Default: no to two decimals. */
  number(value: number, digits?: FractionDigits): string;
  /** A ratio (0.457) as percent (45,7 %); default: no to one decimal. */
  percent(ratio: number, digits?: FractionDigits): string;
  /** An amount with its ISO 4217 code, always two decimals, so every currency reads alike in a report. */
  currency(value: number, code: string): string;
  /** An ISO YYYY-MM-DD date; anything else is returned as it is, since it is what the user wrote. */
  date(iso: string, style?: DateStyle): string;
}

export const NUMBER_DIGITS = { minimumFractionDigits: 0, maximumFractionDigits: 2 } as const;
export const PERCENT_DIGITS = { minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
export const CURRENCY_DIGITS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDateParts(iso: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : undefined;
}
