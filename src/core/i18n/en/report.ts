/** The annual monitoring report (Annex 6): the Report sheet, its exports and the Report panel. */
export const report = {
  'report.title': 'Annual monitoring report on the implementation of the National Action Plan',
  'report.subtitle': '{plan}, {country}: {from} to {to}',
  'report.sheet': 'Report',
  'report.fileName': 'NAP monitoring report {from} to {to}',
  'report.sheet.areas': 'Indicators by area',
  'report.toc': 'Contents',
  'report.page': 'Page {page} of {pages}',
  'report.footer': '{title}: page &P of &N',

  'report.titleBlock.plan': 'Plan',
  'report.titleBlock.country': 'Country',
  'report.titleBlock.period': 'Reporting period',
  'report.titleBlock.asOf': 'Data as of',
  'report.titleBlock.deadline': 'Annual data deadline',
  'report.titleBlock.generated': 'Generated on',
  'report.titleBlock.notSet': 'not set',
  'report.titleBlock.range': '{from} to {to}',

  'report.section.intro': '1. Introduction',
  'report.section.developments': '2. Observations of developments in the area of trafficking in persons',
  'report.section.policy': '3. The national anti-trafficking policies and legal framework',
  'report.section.compliance': '4. Compliance with the international legal standards',
  'report.section.progress': '5. Progress in the implementation of the National Action Plan ({from} to {to})',
  'report.section.general': 'a. General observations',
  'report.section.overall': 'b. Overall results and achievements in the reporting period',
  'report.section.detailed': 'Detailed results and achievements in the reporting period',
  'report.section.observations': 'c. Observations, comments',
  'report.section.lessons': 'd. Lessons learned',
  'report.section.nextSteps': 'e. Next steps / Way forward',
  'report.section.outcomeComment': 'Comment on outcome {code}',
  'report.section.summary': 'Summary',
  'report.section.kept': 'Text kept from an earlier report',
  'report.section.outcomes': 'Outcomes on and off track',

  'report.guidance.intro':
    'Who reports on what (institution, contact person); the reporting period; who the report goes to; who has been part of the reporting.',
  'report.guidance.developments':
    'Nature and scale of the problem and developments; developments in the modus operandi of perpetrators; developments in the profile of victims.',
  'report.guidance.policy': 'Changes in policies and the legal framework.',
  'report.guidance.compliance':
    'Status of and/or changes in the legal framework relating to compliance with the international legal standards.',
  'report.guidance.general':
    'How has the implementation been proceeding in the reporting phase; institutional arrangements for implementation; challenges identified; review or evaluation planned or in progress.',
  'report.guidance.overall':
    'Overall results and achievements of the implementation in relation to the goals and outcomes: the changes that can be attributed to the activities of the action plan.',
  'report.guidance.outcomeComment':
    'Your comment on this outcome: what the figures do not say, and why it is off track where it is.',
  'report.guidance.observations': 'Any observations or comments relating to the implementation of the NAP.',
  'report.guidance.lessons':
    'Lessons learned in the reporting period that call for a different approach in the next reporting period.',
  'report.guidance.nextSteps':
    'How the anti-trafficking response will proceed in the next reporting period: institutional changes, changes in focus, follow-up of a review or evaluation, reporting planned.',
  'report.guidance.kept':
    'Text that no longer belongs to a section of the report: move it where it belongs, or clear it.',
  'report.notWritten': '(not written yet)',

  'report.summary.group.indicators': 'Indicators',
  'report.summary.group.activities': 'Activities',
  'report.summary.group.reporting': 'Agencies reporting',
  'report.summary.group.rule': 'How status is computed',
  'report.summary.expected': 'Returns expected',
  'report.summary.received': 'Returns received',
  'report.summary.rate': 'Reporting rate',
  'report.summary.rateValue': '{rate} %',
  'report.summary.missing': 'Returns missing',
  'report.summary.reportingLine': 'Agencies reporting: {received} of {expected} returns expected ({rate} %).',
  'report.summary.reportingNone': 'Agencies reporting: no returns were expected in the reporting period.',

  'report.col.key': 'Key',
  'report.col.section': 'Section',
  'report.col.text': 'Your text',
  'report.col.item': 'Item',
  'report.col.count': 'Count',
  'report.col.area': 'Strategic area',
  'report.col.outcomeCode': 'Outcome',
  'report.col.outcome': 'Outcome text',
  'report.col.code': 'Code',
  'report.col.indicator': 'Indicator',
  'report.col.unit': 'Unit',
  'report.col.baseline': 'Baseline',
  'report.col.value': 'Value at end of period',
  'report.col.target': 'Target',
  'report.col.targetDate': 'Target date',
  'report.col.status': 'Status',
  'report.col.reason': 'Reason',
  'report.col.agencyView': "Agencies' own assessment",
  'report.col.assessment': 'Assessment (measured against the indicators)',
  'report.col.onTrackCount': 'Indicators on track',
  'report.col.achievements': 'Achievements',
  'report.col.activities': 'Activities implemented',
  'report.col.comments': 'Comments (why, if off track)',
  'report.col.resources': 'Resources spent',
  'report.col.donors': 'Donors',
  'report.col.year': 'Year',
  'report.col.twoWay': 'On / off track',

  'report.attributed': '{text} ({agency}, {period})',
  'report.activityReported': '{code} {text}: {implementation}',
  'report.agencyView': '{agency} ({period}): {assessment}',
  'report.agencyViewDiffers': '{agency} ({period}): {assessment}, where the data show {status}',
  'report.onTrackCount': '{good} of {assessable}',
  'report.resources': '{amount} {currency}',
  'report.none': '—',
  'report.chart.title': 'Indicators by status per strategic area',
  'report.areaHeading': 'Strategic area {code}: {name}',
  'report.outcomeHeading': 'Outcome {code}: {text}',
  'report.areaAssessment': 'Assessment of the area: {status}. {reason}',
  'report.indicatorsHeading': 'Indicators',

  'report.error.badRange': 'The reporting period must start on or before its end: {from} to {to}.',
  'report.error.narrativeColumn':
    'The table {table} on sheet "{sheet}" has lost its column "{column}": put the column back (undo), then build the report again. Nothing was changed.',
  'report.error.outsidePlan':
    'The reporting period {from} to {to} is outside the plan, which runs from {start} to {end}.',

  'cli.report.summary': 'The annual monitoring report (Annex 6) for a year or a range, as .docx, .xlsx or .csv.',
  'cli.report.usage':
    'Usage: nap-monitor report plan.xlsx (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) --out FILE\n' +
    '                          [--deadline YYYY-MM-DD] [--language CODE] [--force]\n\n' +
    'Writes the monitoring report for parliament from the plan, the Progress table and the narrative in the\n' +
    'Report sheet. The format follows the name of the file: .docx (Annex 6), .xlsx (values only) or .csv (one\n' +
    'row per indicator and year). The plan file is not changed; the Report sheet is built in the add-in.\n\n' +
    'Options:\n' +
    '  --year YYYY          the calendar year to report on\n' +
    '  --from, --to         any range of days instead of a year\n' +
    '  --out FILE           the file to write: report.docx, report.xlsx or report.csv\n' +
    '  --deadline DATE      the annual data deadline, shown in the title block\n' +
    '  --language CODE      language of the messages: {languages} (default: en); the report is in the\n' +
    '                       language of the plan, set in its Settings sheet\n' +
    '  --force              replace FILE if it exists',
  'cli.report.written': 'Wrote {file}: {indicators} indicators; {received} of {expected} returns received.',
  'cli.report.badFormat': 'Cannot tell the format of {file}: name it with one of {formats}.',
  'cli.report.badYear': '--year must be a year such as 2026, not "{value}".',
  'report.export.docx': 'Word report (.docx)',
  'report.export.xlsx': 'Values-only workbook (.xlsx)',
  'report.export.csv': 'Indicator results (.csv)',

  'ui.tab.report': 'Report',
  'ui.report.heading': 'Annual monitoring report',
  'ui.report.intro':
    'Builds the report of Annex 6 into the Report sheet from the plan, the Progress table and status at the end of the period. Write sections 1–4, the comments and the lessons in the sheet: they are kept when you build again. Then export it for parliament.',
  'ui.report.noPlan': 'This workbook has no plan yet: set one up first.',
  'ui.report.year': 'Year',
  'ui.report.customRange': 'Any range of dates',
  'ui.report.from': 'From',
  'ui.report.to': 'To',
  'ui.report.deadline': 'Annual data deadline (optional)',
  'ui.report.deadlineHint': 'Shown in the title block; the guide sets it one month before the report is due.',
  'ui.report.invalidYear': 'Enter a year such as 2026.',
  'ui.report.invalidRange': 'Enter two dates, the first on or before the second.',
  'ui.report.run': 'Build the Report sheet',
  'ui.report.running': 'Building the report…',
  'ui.report.built': 'The report is in the sheet "{sheet}".',
  'ui.report.outcomes': 'Outcomes: {onTrack} on track, {offTrack} off track, of {total}.',
  'ui.report.exports': 'Export for parliament',
  'ui.report.exporting': 'Preparing the file…',
} as const;
