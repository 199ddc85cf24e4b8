import type { Aggregation, Direction, IndicatorType } from '../../../src/core/model/enums';
import type { ProgressRow } from '../../../src/core/model/progress';
import { indicator, plan, report, row } from './fixture';

const SHAPES: {
  type: IndicatorType;
  aggregation: Aggregation;
  baseline: string | number;
  target: string | number;
  direction?: Direction;
}[] = [
  { type: 'number', aggregation: 'sum', baseline: 0, target: 400 },
  { type: 'number', aggregation: 'latest', baseline: 100, target: '+20%' },
  { type: 'percentage', aggregation: 'ratio', baseline: '30%', target: '50%' },
  { type: 'number', aggregation: 'latest', baseline: 541, target: 400, direction: 'decrease' },
];

describe('5,000 indicators with 4 ledger rows each', () => {
  it('runs through, every indicator judged', () => {
    const indicators = [];
    const rows: ProgressRow[] = [];
    for (let i = 0; i < 5000; i++) {
      const code = `I${(i % 2) + 1}.${i}`;
      const shape = SHAPES[i % SHAPES.length];
      indicators.push(
        indicator({ code, objective: String((i % 2) + 1), ...shape, endTarget: shape.target, midTarget: null }),
      );
      for (let q = 1; q <= 4; q++) {
        rows.push(
          row({
            code,
            period: `2026-Q${q}`,
            agency: q % 2 ? 'MOI' : 'POL',
            value: 100 + q * 10 + (i % 7),
            numerator: q * 10,
            denominator: 30,
          }),
        );
      }
    }
    const p = plan({ indicators });
    report(p, rows.slice(0, 400));
    const started = performance.now();
    const r = report(p, rows);
    const ms = performance.now() - started;
    process.stdout.write(`computeStatus: 5,000 indicators × 4 rows in ${ms.toFixed(1)} ms\n`);
    expect(r.indicators).toHaveLength(5000);
    expect(r.indicators.filter((x) => x.status === 'noData' || x.status === 'notAssessable')).toEqual([]);
    expect(r.unmatchedCodes).toEqual([]);
  });
});
