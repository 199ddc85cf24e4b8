/** The add-in's name, description and ribbon texts in manifest.xml; test/manifest keeps the file equal to these. */
export const manifest = {
  'manifest.displayName': 'NAP Monitor',
  'manifest.description':
    'Plan, check and monitor a National Action Plan against trafficking in human beings in Excel: structured plan sheets, data checks, progress status and reports for NAP coordinators.',
  'manifest.getStartedTitle': 'NAP Monitor is ready',
  'manifest.getStartedDescription':
    'Open NAP Monitor from the Home tab to set up, check and report on your National Action Plan.',
  'manifest.groupLabel': 'NAP Monitor',
  'manifest.buttonLabel': 'NAP Monitor',
  'manifest.buttonTooltip': 'Open NAP Monitor to plan, check and monitor your National Action Plan in this workbook.',
} as const;
