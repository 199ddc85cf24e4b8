import { FAMILY_STATUSES, statusColour, type StatusFamily } from '../../../src/core/status/palette';

/** sRGB channels of "#RRGGBB" in linear light. */
function linear(hex: string): number[] {
  return [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const FAMILIES: StatusFamily[] = ['indicator', 'activity', 'rollup'];

describe('the status palette', () => {
  it.each(FAMILIES)('gives every %s status text that reads on its fill (at least 4.5 : 1)', (family) => {
    for (const status of FAMILY_STATUSES[family]) {
      const { fill, ink } = statusColour(family, status);
      expect(fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrast(fill, ink)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(FAMILIES)('gives the %s statuses that judge progress fills of their own', (family) => {
    const judged = FAMILY_STATUSES[family].filter((status) => !['noData', 'notAssessable'].includes(status));
    const fills = judged.map((status) => statusColour(family, status).fill);
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('means the same thing in every family: on track, off track and no data look alike everywhere', () => {
    expect(statusColour('indicator', 'onTrack')).toEqual(statusColour('rollup', 'onTrack'));
    expect(statusColour('indicator', 'offTrack')).toEqual(statusColour('activity', 'delayed'));
    expect(statusColour('indicator', 'noData')).toEqual(statusColour('activity', 'noData'));
    expect(statusColour('indicator', 'achieved')).toEqual(statusColour('activity', 'done'));
  });

  it.each([
    ['deuteranopia', [0.29275, 0.70725, 0], [-0.02234, 0.02234, 1]],
    ['protanopia', [0.11238, 0.88762, 0], [0.00401, -0.00401, 1]],
  ])('keeps the judged statuses apart under %s (Viénot 1999 simulation)', (_, redGreen, blue) => {
    const seen = (hex: string) => {
      const rgb = linear(hex);
      const mix = (row: number[]) => row.reduce((sum, weight, i) => sum + weight * rgb[i], 0);
      return [mix(redGreen), mix(redGreen), mix(blue)];
    };
    const judged = ['achieved', 'onTrack', 'atRisk', 'offTrack'].map((status) =>
      seen(statusColour('indicator', status).fill),
    );
    for (let a = 0; a < judged.length; a++) {
      for (let b = a + 1; b < judged.length; b++) {
        expect(Math.hypot(...judged[a].map((v, i) => v - judged[b][i]))).toBeGreaterThan(0.1);
      }
    }
  });

  it('refuses a status it does not know', () => {
    expect(() => statusColour('rollup', 'delayed')).toThrow(RangeError);
  });
});
