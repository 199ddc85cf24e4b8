import { fail } from '../errors';

/** Colors as Excel accepts them: "#RRGGBB" or an HTML color name; read back as upper-case "#RRGGBB". */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  purple: '#800080',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  pink: '#FFC0CB',
};

export function normalizeColor(value: unknown, location: string): string {
  if (typeof value !== 'string') fail('InvalidArgument', location);
  const hex = /^#?([0-9a-f]{6})$/i.exec(value);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const named = NAMED[value.toLowerCase()];
  if (!named) fail('InvalidArgument', location);
  return named;
}
