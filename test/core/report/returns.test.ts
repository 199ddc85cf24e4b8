import type { RegisterEntry } from '../../../src/core/consolidation/submission';
import { reportingRate, returnsFromRegister, yearRange } from '../../../src/core/report';

const entry = (agency: string, period: string, state: RegisterEntry['state']): RegisterEntry => ({
  agency,
  period,
  formId: `${agency}-${period}`,
  dueDate: '',
  issuedAt: '',
  receivedAt: state === 'expected' ? '' : '2026-07-14T09:30',
  timeliness: null,
  state,
  fileName: '',
  sha256: state === 'expected' ? '' : 'ab',
  values: null,
  problems: null,
});

describe('returnsFromRegister', () => {
  it('expects what the register expects in the range, and counts accepted and superseded submissions', () => {
    const register = [
      entry('POL', '2026-Q1', 'expected'),
      entry('POL', '2026-Q1', 'superseded'),
      entry('POL', '2026-Q1', 'accepted'),
      entry('MOI', '2026-Q1', 'expected'),
      entry('MOI', '2026-Q1', 'refused'),
      entry('SOC', '2026-Q2', 'acceptedWithWarnings'),
      entry('SOC', '2027-Q1', 'accepted'),
    ];
    const rate = reportingRate(returnsFromRegister(register, yearRange(2026)));
    expect(rate).toEqual({ expected: 3, received: 2, rate: 2 / 3, missing: [{ agency: 'MOI', period: '2026-Q1' }] });
    expect(reportingRate(returnsFromRegister([], yearRange(2026)))).toMatchObject({ expected: 0, rate: null });
  });
});
