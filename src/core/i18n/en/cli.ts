export const cli = {
  'cli.usage':
    'Usage: nap-monitor <command> [options]\n\nCommands:\n{commands}\n\nRun "nap-monitor help <command>" for the options of one command.',
  'cli.help.summary': 'Show this help, or the options of one command.',
  'cli.help.usage': 'Usage: nap-monitor help [command]\n\nShows the commands, or the options of one command.',
  'cli.init.summary': 'Create a new plan workbook (.xlsx), empty or with the example plan.',
  'cli.init.usage':
    'Usage: nap-monitor init --out plan.xlsx [options]\n\n' +
    'Creates a plan workbook with the NAP (Annex 3) and M&E plan (Annex 4) tables.\n\n' +
    'Options:\n' +
    '  --out FILE          the workbook to create (required)\n' +
    "  --example           fill it with the example plan from the practitioners' guide\n" +
    '  --title TEXT        title of the plan\n' +
    '  --country TEXT      country\n' +
    '  --start YYYY-MM-DD  first day of the plan period (default: 1 January this year)\n' +
    '  --end YYYY-MM-DD    last day of the plan period (default: 31 December two years later)\n' +
    '  --reporting FREQ    how often agencies report: {frequencies} (default: quarterly)\n' +
    '  --language CODE     language of the workbook: {languages} (default: en)\n' +
    '  --force             replace FILE if it exists',
  'cli.init.written': 'Wrote {file}.',
  'cli.check.summary': 'Check a plan workbook for SMART completeness; the file is not changed.',
  'cli.check.usage':
    'Usage: nap-monitor check plan.xlsx [--json] [--language CODE]\n\n' +
    'Checks every indicator and activity: baseline, targets with dates, means of verification, frequency,\n' +
    'responsible, measurable and time-bound. Exits 0 when the check ran, whatever it found.\n\n' +
    'Options:\n' +
    '  --json              print the findings as a JSON array (rule, severity, sheet, cell, code, message)\n' +
    '  --language CODE     language of the messages: {languages} (default: en)',
  'cli.check.summaryLine':
    '{errors} errors, {warnings} warnings. Complete without errors: {share} (indicators {indicatorsOk}/{indicators}, activities {activitiesOk}/{activities}).',
  'cli.status.summary': 'On track / off track for every indicator, activity, outcome and area at a date.',
  'cli.status.usage':
    'Usage: nap-monitor status plan.xlsx [--as-of YYYY-MM-DD] [--json] [--language CODE]\n\n' +
    'Computes status from the baselines, targets, dates and the values in the Progress table, with the\n' +
    'thresholds in the Settings sheet. The file is not changed.\n\n' +
    'Options:\n' +
    '  --as-of YYYY-MM-DD  the date to judge at (default: today)\n' +
    '  --json              print indicators, activities, outcomes and areas as JSON\n' +
    '  --language CODE     language of the reasons: {languages} (default: en)',
  'cli.status.area': 'Area',
  'cli.error.cannotRead': 'Could not read {file}: {detail}',
  'cli.error.unknownCommand': 'There is no command "{command}".',
  'cli.error.unknownOption': 'The command "{command}" has no option {option}.',
  'cli.error.missingValue': 'The option {option} needs a value.',
  'cli.error.missingOption': 'The option {option} is required.',
  'cli.error.unexpectedArgument': 'Unexpected argument "{value}".',
  'cli.error.badDate':
    'The option {option} needs a date written as YYYY-MM-DD, for example 2026-01-31; "{value}" is not one.',
  'cli.error.badChoice': 'The option {option} must be one of: {choices}; "{value}" is not.',
  'cli.error.fileExists': '{file} exists already. Choose another file name, or add --force to replace it.',
  'cli.error.cannotWrite': 'Could not write {file}: {detail}',
  'cli.error.seeHelp': 'Run "nap-monitor help {command}" to see the options.',
} as const;
