import { compareIso } from '../values/isoDate';
import { expectedTimeliness, isAccepted, type RegisterEntry } from './submission';

/** DHIS2's reporting rates for one period: expected, actual and on-time reports, and who is missing or late. */
export interface ReportingRate {
  period: string;
  expected: number;
  received: number;
  onTime: number;
  /** Shares of expected, 0..1; null when nothing is expected. */
  rate: number | null;
  onTimeRate: number | null;
  missing: string[];
  late: string[];
  /** Expected, not received, not yet due. */
  pending: string[];
}

/**
 * Per period: an agency is expected when the register has any row for it; received when one of its
 * submissions was accepted (superseded ones included: a correction does not undo a report); on time when
 * its first accepted submission arrived by the due date, so a late correction keeps an on-time report.
 */
export function reportingRates(register: readonly RegisterEntry[], asOf: string): ReportingRate[] {
  const periods = new Map<string, Map<string, RegisterEntry[]>>();
  for (const entry of register) {
    const agencies = periods.get(entry.period) ?? new Map<string, RegisterEntry[]>();
    periods.set(entry.period, agencies);
    agencies.set(entry.agency, [...(agencies.get(entry.agency) ?? []), entry]);
  }
  return [...periods.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, agencies]) => {
      const rate: ReportingRate = {
        period,
        expected: agencies.size,
        received: 0,
        onTime: 0,
        rate: null,
        onTimeRate: null,
        missing: [],
        late: [],
        pending: [],
      };
      for (const [agency, entries] of [...agencies.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const reports = entries
          .filter((e) => isAccepted(e.state) || e.state === 'superseded')
          .sort((a, b) => compareIso(a.receivedAt, b.receivedAt));
        if (reports.length === 0) {
          const expected = entries.find((e) => e.state === 'expected');
          if (expected && expectedTimeliness(expected, asOf) === 'missing') rate.missing.push(agency);
          else rate.pending.push(agency);
          continue;
        }
        rate.received += 1;
        if (reports[0].timeliness === 'late') rate.late.push(agency);
        else rate.onTime += 1;
      }
      rate.rate = rate.expected > 0 ? rate.received / rate.expected : null;
      rate.onTimeRate = rate.expected > 0 ? rate.onTime / rate.expected : null;
      return rate;
    });
}
