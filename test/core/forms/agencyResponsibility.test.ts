import { agenciesNamed } from '../../../src/core/forms/agencyResponsibility';

const agencies = [
  { code: 'MOI', name: 'Ministry of the Interior', contactPerson: '', email: '' },
  { code: 'PPO', name: "Public Prosecutor's Office", contactPerson: '', email: '' },
  { code: 'POL', name: 'Police Administration', contactPerson: '', email: '' },
  { code: 'SOC', name: 'State institution in charge of social and child protection', contactPerson: '', email: '' },
];

describe('agenciesNamed', () => {
  it('finds every agency a responsible text names, by name or code, with a unit or a partner', () => {
    expect(agenciesNamed(agencies, 'Ministry of the Interior (specific structural unit)')).toEqual(['MOI']);
    expect(
      agenciesNamed(agencies, "Ministry of the Interior in cooperation with the Public Prosecutor's Office"),
    ).toEqual(['MOI', 'PPO']);
    expect(agenciesNamed(agencies, 'POL, SOC')).toEqual(['POL', 'SOC']);
    expect(agenciesNamed(agencies, 'police administration')).toEqual(['POL']);
  });

  it('does not match a code inside a longer word, nor a text naming no agency', () => {
    expect(agenciesNamed(agencies, 'Polish border guard; MOIST unit')).toEqual([]);
    expect(agenciesNamed(agencies, '[list the relevant state bodies]')).toEqual([]);
    expect(agenciesNamed(agencies, '')).toEqual([]);
  });
});
