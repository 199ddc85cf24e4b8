import { agencyMatcher } from '../../../src/core/checks/agencyMatch';

describe('agencyMatcher', () => {
  const known = agencyMatcher([
    { code: 'MoI', name: 'Ministry of the Interior', contactPerson: '', email: '' },
    { code: 'SZ-NGO', name: 'Astra', contactPerson: '', email: '' },
  ]);

  it.each([
    'MoI',
    ' moi ',
    'Ministry of the Interior',
    'MoI – Department X',
    'MoI - Police Directorate',
    'Ministry of the Interior (Statistics unit)',
    'MoI, analytics',
    'SZ-NGO',
    'Astra / hotline',
  ])('%p is known', (text) => expect(known(text)).toBe(true));

  it.each(['Police', 'MoIJ', 'Ministry', 'SZ', 'Astral', 'Department X of MoI'])('%p is not known', (text) =>
    expect(known(text)).toBe(false),
  );
});
