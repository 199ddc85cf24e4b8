import { translator } from '../../../src/core/i18n/translate';
import { DEFAULT_STATUS_SETTINGS } from '../../../src/core/status';
import { readThresholdFields, thresholdFields, thresholdLabel } from '../../../src/taskpane/settings/thresholdFields';

const t = translator('en');

describe('threshold fields', () => {
  it('show shares as whole percent and read them back', () => {
    const fields = thresholdFields(DEFAULT_STATUS_SETTINGS);
    expect(fields).toMatchObject({ onTrack: '85', offTrack: '50', maintainTolerance: '5' });
    expect(readThresholdFields({ ...fields, onTrack: '90', atRiskCountsAsOffTrack: false }, t).settings).toEqual({
      ...DEFAULT_STATUS_SETTINGS,
      onTrack: 0.9,
      atRiskCountsAsOffTrack: false,
    });
  });

  it('say what is wrong with each field', () => {
    const fields = thresholdFields(DEFAULT_STATUS_SETTINGS);
    expect(readThresholdFields({ ...fields, onTrack: '120', maintainTolerance: 'five' }, t)).toEqual({
      settings: null,
      errors: {
        onTrack: 'Enter a whole number from 0 to 100.',
        maintainTolerance: 'Enter a whole number from 0 to 100.',
      },
    });
    expect(readThresholdFields({ ...fields, offTrack: '90' }, t).errors).toEqual({
      offTrack: 'Off track must start below where on track starts.',
    });
  });

  it('are labelled as the Settings sheet labels them', () => {
    expect(thresholdLabel('onTrack', t)).toBe('Status: on track from this share of the expected progress (%)');
  });
});
