export const setup = {
  'setup.result.created': 'The plan workbook is set up: {tables} tables on {sheets} sheets.',
  'setup.result.createdExample':
    'The plan workbook is set up with the example plan: {indicators} indicators and {activities} activities in {areas} strategic areas.',
  'setup.result.existing': 'These tables were already in the workbook and were left as they are: {tables}.',
  'setup.result.alreadyComplete': 'The plan workbook is already complete. Nothing was changed.',
  'setup.result.addedColumns':
    'The table on sheet "{sheet}", set up by an earlier version of NAP Monitor, got the columns it lacked: {columns}.',
  'setup.result.addedPlanId':
    'The plan had no ID; it now has one ({planId}), which its return forms carry so that the import recognises them.',
  'setup.result.renamedSheet': 'The sheet name "{wanted}" was taken, so the new sheet is called "{used}".',
  'setup.error.invalidSettings': 'The settings are not valid: {detail}',
  'setup.error.periodReversed': 'The plan period ends before it starts.',
} as const;
