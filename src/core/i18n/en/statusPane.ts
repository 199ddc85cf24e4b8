/** The Status panel of the task pane: results people can read at a glance, each a click away from its row. */
export const statusPane = {
  'ui.status.asOfHint': 'By default, the end of the last reporting period that is over.',
  'ui.status.nothingAssessable':
    'Status as of {asOf}: no indicator can be judged yet ({notDueYet} not due yet, {noData} without data, {notAssessable} not assessable). Enter reported values in the Progress sheet, or choose a later date.',
  'ui.status.noIndicators':
    'Status as of {asOf}: the plan has no indicators yet. Add them to the indicators table on the NAP sheet, then compute status again.',
  'ui.status.progress': '{percent} % of the expected progress',
  'ui.status.movedAway': 'Moved away from the target',
  'ui.status.agencyView': '{agency} says {assessment} ({period})',
  'ui.status.goTo': '{code} {name}: go to its row in the sheet',
  'ui.status.sameReason': '{count} items, same reason:',
} as const;
