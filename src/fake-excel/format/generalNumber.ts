/** How Excel shows a number in a General cell (about 11 characters) and when it turns a number into text. */

export function generalText(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return scientific(n);
  if (Number.isInteger(n)) return String(n);
  const budget = 11 - (n < 0 ? 1 : 0);
  const integerDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const decimals = Math.max(0, budget - integerDigits - 1);
  return trimZeros(n.toFixed(Math.min(decimals, 20)));
}

/** A number as text inside a formula (e.g. `=A1&""`): up to 15 significant digits. */
export function numberToText(n: number): string {
  const precise = Number(n.toPrecision(15));
  const abs = Math.abs(precise);
  if (abs !== 0 && (abs >= 1e21 || abs < 1e-9)) return scientific(precise);
  return String(precise);
}

function scientific(n: number): string {
  const [mantissa, exponent] = n.toExponential(5).split('e');
  const exp = Number(exponent);
  const sign = exp < 0 ? '-' : '+';
  return `${trimZeros(mantissa)}E${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
