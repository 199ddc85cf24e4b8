import type { NumberLocale } from '../model/enums';

const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  dot: { group: ',', decimal: '.' },
  comma: { group: '.', decimal: ',' },
};

/**
 * Numbers in reasons follow the plan's locale (1,234.5 or 1.234,5), with at most two decimals. Written
 * by hand because reasons are built for thousands of indicators at once and Intl is slow at that.
 */
export function formatAmount(n: number, locale: NumberLocale): string {
  const { group, decimal } = SEPARATORS[locale];
  const cents = Math.round(Math.abs(n) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const rest = cents % 100;
  const fraction = rest === 0 ? '' : decimal + (rest < 10 ? `0${rest}` : String(rest)).replace(/0$/, '');
  return (n < 0 && cents > 0 ? '-' : '') + whole + fraction;
}

/** A share as whole percent points: 0.617 → "62". */
export function formatShare(share: number, locale: NumberLocale): string {
  return formatAmount(Math.round(share * 100), locale);
}
