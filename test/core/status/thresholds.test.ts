import { DEFAULT_STATUS_SETTINGS, StatusSettings, statusSettingsFromRecord } from '../../../src/core/status';

describe('StatusSettings', () => {
  it('defaults to the issue thresholds', () => {
    expect(DEFAULT_STATUS_SETTINGS).toEqual({
      onTrack: 0.85,
      offTrack: 0.5,
      atRiskCountsAsOffTrack: true,
      rollupOnTrackShare: 0.75,
      maintainTolerance: 0.05,
    });
  });

  it('refuses an off-track threshold above the on-track one', () => {
    expect(StatusSettings.safeParse({ onTrack: 0.4, offTrack: 0.6 }).success).toBe(false);
  });
});

describe('statusSettingsFromRecord', () => {
  it('takes defaults from an empty table', () => {
    expect(statusSettingsFromRecord({})).toEqual({ settings: DEFAULT_STATUS_SETTINGS, issues: [] });
  });

  it('reads fractions, percents and yes/no as the workbook holds them', () => {
    const { settings, issues } = statusSettingsFromRecord({
      'status.onTrack': 0.9,
      'status.offTrack': '60 %',
      'status.rollupOnTrackShare': 80,
      'status.maintainTolerance': '0,1',
      'status.atRiskCountsAsOffTrack': 'no',
      'other.key': 'ignored',
    });
    expect(settings).toEqual({
      onTrack: 0.9,
      offTrack: 0.6,
      rollupOnTrackShare: 0.8,
      maintainTolerance: 0.1,
      atRiskCountsAsOffTrack: false,
    });
    expect(issues).toEqual([]);
  });

  it('reads booleans and blanks', () => {
    expect(
      statusSettingsFromRecord({ 'status.atRiskCountsAsOffTrack': false, 'status.onTrack': '  ' }).settings,
    ).toEqual({
      ...DEFAULT_STATUS_SETTINGS,
      atRiskCountsAsOffTrack: false,
    });
  });

  it('reports unusable values and keeps their defaults', () => {
    const { settings, issues } = statusSettingsFromRecord({
      'status.onTrack': 'high',
      'status.offTrack': 150,
      'status.atRiskCountsAsOffTrack': 'maybe',
    });
    expect(settings).toEqual(DEFAULT_STATUS_SETTINGS);
    expect(issues).toEqual([
      { key: 'status.onTrack', value: 'high', problem: 'notAShare' },
      { key: 'status.offTrack', value: '150', problem: 'notAShare' },
      { key: 'status.atRiskCountsAsOffTrack', value: 'maybe', problem: 'notYesNo' },
    ]);
  });

  it('falls back to both default thresholds when off track would exceed on track', () => {
    const { settings, issues } = statusSettingsFromRecord({ 'status.onTrack': 0.6, 'status.offTrack': 0.7 });
    expect(settings.onTrack).toBe(0.85);
    expect(settings.offTrack).toBe(0.5);
    expect(issues).toEqual([{ key: 'status.offTrack', value: '0.7', problem: 'offTrackAboveOnTrack' }]);
  });

  it('reads numbers in the comma locale', () => {
    expect(statusSettingsFromRecord({ 'status.onTrack': '0,8' }, 'comma').settings.onTrack).toBe(0.8);
  });
});

describe('yes and no in the plan language', () => {
  it('reads them when the languages were registered after the module loaded, as in the task pane', async () => {
    await jest.isolateModulesAsync(async () => {
      // A fresh module registry holds English only, as the pane's first bytes do.
      const { statusSettingsFromRecord: read } = await import('../../../src/core/status/thresholds');
      const record = { 'status.atRiskCountsAsOffTrack': 'Ne' };
      expect(read(record).issues).toEqual([expect.objectContaining({ problem: 'notYesNo' })]);
      const { registerAllLanguages } = await import('../../../src/core/i18n/allLanguages');
      registerAllLanguages();
      expect(read(record)).toEqual({
        settings: { ...DEFAULT_STATUS_SETTINGS, atRiskCountsAsOffTrack: false },
        issues: [],
      });
      expect(read({ 'status.atRiskCountsAsOffTrack': 'Да' }).settings.atRiskCountsAsOffTrack).toBe(true);
      expect(read({ 'status.atRiskCountsAsOffTrack': 'Jo' }).settings.atRiskCountsAsOffTrack).toBe(false);
    });
  });
});
