/** Relative tolerance for comparing computed values: 0.1 + 0.2 must equal 0.3 here. */
const EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The share of the end target achieved: (actual − baseline) / (target − baseline), which also reads
 * falling indicators right (baseline 541, target 400, actual 454 → 0.62). Where the target equals the
 * baseline there is no distance to cover, and the share is actual / target, as MCC's indicator tracking
 * tables publish it; null when that is undefined too (a target of zero).
 */
export function achievedShare(baseline: number, target: number, actual: number): number | null {
  if (!nearlyEqual(target, baseline)) return (actual - baseline) / (target - baseline);
  return target === 0 ? null : actual / target;
}

/** Progress against the trajectory: (actual − baseline) / (expected − baseline); null while no change is expected. */
export function progressShare(baseline: number, expected: number, actual: number): number | null {
  return nearlyEqual(expected, baseline) ? null : (actual - baseline) / (expected - baseline);
}
