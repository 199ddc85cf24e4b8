/** The plan's settings as the task pane shows and changes them (Set up, once a plan exists). */
export const planSettings = {
  'settings.result.saved': 'Saved in the Settings sheet: {settings}.',
  'settings.result.unchanged': 'The Settings sheet already holds these values. Nothing was changed.',
  'settings.error.invalid': 'The value for "{setting}" cannot be saved. Correct it and save again.',
  'settings.error.missingRow':
    'In {file}, the Settings sheet "{sheet}" has no row for "{setting}". Add a row with {key} in its first column, then save again.',
  'ui.settings.heading': 'Plan settings',
  'ui.settings.intro':
    "This workbook already holds a plan. These are its settings from the Settings sheet; change them here and save. The plan's tables are not touched.",
  'ui.settings.loading': 'Reading the plan settings…',
  'ui.settings.language': 'Language of the workbook',
  'ui.settings.thresholds': 'When is an indicator on track?',
  'ui.settings.percent': '{label} (%)',
  'ui.settings.percentError': 'Enter a whole number from 0 to 100.',
  'ui.settings.offTrackAboveOnTrack': 'Off track must start below where on track starts.',
  'ui.settings.save': 'Save settings',
  'ui.settings.saving': 'Saving the settings…',
} as const;
