/** A point of an indicator's trajectory: a day (Excel serial) and the value expected on it. */
export interface TrajectoryPoint {
  day: number;
  value: number;
}

/**
 * The value expected on a day: straight lines between the points (baseline, mid-term target, end
 * target), the first value before the first point and the last after the last. Points are in day order.
 */
export function expectedAt(points: readonly TrajectoryPoint[], day: number): number {
  const first = points[0];
  if (day <= first.day) return first.value;
  for (let i = 1; i < points.length; i++) {
    const b = points[i];
    if (day <= b.day) {
      const a = points[i - 1];
      return a.value + ((b.value - a.value) * (day - a.day)) / (b.day - a.day);
    }
  }
  return points[points.length - 1].value;
}
