import { achievedShare, progressShare } from '../../../src/core/status';
import { expectedAt } from '../../../src/core/status/trajectory';

describe('achievedShare', () => {
  it('measures the way from baseline to target', () => {
    expect(achievedShare(100, 200, 150)).toBe(0.5);
    expect(achievedShare(0, 40, 51)).toBeCloseTo(1.275, 12);
  });

  it('reads falling indicators right: 541 → 400, actual 454 is 62 %', () => {
    expect(Math.round(achievedShare(541, 400, 454)! * 100)).toBe(62);
  });

  it('is negative when the actual moved away from the target', () => {
    expect(achievedShare(0, 1099, -4423)).toBeCloseTo(-4.0246, 4);
  });

  it('is actual / target where the target equals the baseline, null for a zero target', () => {
    expect(achievedShare(73, 73, 88.81)).toBeCloseTo(1.2166, 4);
    expect(achievedShare(0, 0, 3)).toBeNull();
  });
});

describe('progressShare', () => {
  it('compares the change with the expected change', () => {
    expect(progressShare(541, 470.5, 454)).toBeCloseTo(87 / 70.5, 12);
    expect(progressShare(0, 10, 5)).toBe(0.5);
  });

  it('is null while no change is expected', () => {
    expect(progressShare(100, 100, 120)).toBeNull();
    expect(progressShare(0.3, 0.1 + 0.2, 1)).toBeNull();
  });
});

describe('expectedAt', () => {
  const points = [
    { day: 0, value: 100 },
    { day: 100, value: 180 },
    { day: 200, value: 200 },
  ];

  it('interpolates each segment', () => {
    expect(expectedAt(points, 50)).toBe(140);
    expect(expectedAt(points, 100)).toBe(180);
    expect(expectedAt(points, 150)).toBe(190);
  });

  it('holds the baseline before the start and the end target after the end', () => {
    expect(expectedAt(points, -10)).toBe(100);
    expect(expectedAt(points, 500)).toBe(200);
  });
});
