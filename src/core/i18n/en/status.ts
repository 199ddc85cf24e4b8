/** Status: labels, the reason given for each indicator and activity, and "How status is computed". */
export const status = {
  'status.error.badAsOf': 'Status cannot be judged as of "{value}": give a real date written YYYY-MM-DD.',
  'status.error.periodReversed':
    'In {file}, sheet "{sheet}", cell {cell}: the plan period ends ({periodEnd}) before it starts ({periodStart}), so no status can be judged. Correct the start and end dates in the settings.',
  'status.indicator.achieved': 'Achieved',
  'status.indicator.onTrack': 'On track',
  'status.indicator.atRisk': 'At risk',
  'status.indicator.offTrack': 'Off track',
  'status.indicator.notDueYet': 'Not due yet',
  'status.indicator.noData': 'No data',
  'status.indicator.notAssessable': 'Not assessable',
  'status.activity.done': 'Done',
  'status.activity.onSchedule': 'On schedule',
  'status.activity.delayed': 'Delayed',
  'status.activity.notStarted': 'Not started',
  'status.activity.cancelled': 'Cancelled',
  'status.activity.noData': 'No data',
  'status.activity.notAssessable': 'Not assessable',
  'status.rollup.onTrack': 'On track',
  'status.rollup.offTrack': 'Off track',
  'status.rollup.notAssessable': 'Not assessable',
  'status.twoWay.on': 'On track',
  'status.twoWay.off': 'Off track',
  'status.milestone.achieved': 'achieved',
  'status.milestone.partly': 'partly achieved',
  'status.milestone.notYet': 'not yet achieved',
  'status.scale.none': 'none',
  'status.scale.low': 'low',
  'status.scale.partial': 'partial',
  'status.scale.high': 'high',
  'status.scale.full': 'full',

  'status.reason.achieved': 'The end target is reached: actual {actual}, end target {target}.',
  'status.reason.onTrack':
    '{progress} % of the progress expected by {asOf} (on track from {onTrack} %): actual {actual}, expected {expected}, baseline {baseline}, end target {target}.',
  'status.reason.atRisk':
    'Only {progress} % of the progress expected by {asOf} (on track from {onTrack} %, off track below {offTrack} %): actual {actual}, expected {expected}, baseline {baseline}, end target {target}.',
  'status.reason.offTrack':
    '{progress} % of the progress expected by {asOf}, below the {offTrack} % that marks off track: actual {actual}, expected {expected}, baseline {baseline}, end target {target}.',
  'status.reason.noChangeExpected':
    'No change from the baseline {baseline} is expected by {asOf}, and actual {actual} has not moved away from the end target {target}.',
  'status.reason.movingAway':
    'Actual {actual} has moved from the baseline {baseline} away from the end target {target}.',
  'status.reason.maintainKept':
    'The level {target} was kept to the end date: actual {actual} is within {tolerance} % of it.',
  'status.reason.maintainWithin': 'Actual {actual} is within {tolerance} % of the level to keep, {target}.',
  'status.reason.maintainNear':
    'Actual {actual} is {deviation} % away from the level to keep, {target} (on track within {tolerance} %, off track beyond twice that).',
  'status.reason.maintainOutside':
    'Actual {actual} is {deviation} % away from the level to keep, {target}: more than twice the {tolerance} % allowed.',
  'status.reason.milestoneAchieved': 'Reported as {state} for {period}, which meets the target.',
  'status.reason.milestonePartly': 'Reported as {state} for {period}; due {due}.',
  'status.reason.milestoneNotYetEarly':
    'Reported as {state} for {period}; due {due}, and less than half of the time to it has passed.',
  'status.reason.milestoneNotYetLate':
    'Reported as {state} for {period}, though more than half of the time to {due} has passed.',
  'status.reason.milestoneMissed': 'Due {due} and reported as {state} for {period}, short of the target {target}.',
  'status.reason.notDueYet':
    'Nothing is due yet: the as-of date {asOf} is before {date}, when the plan or the trajectory from the baseline starts.',
  'status.reason.noReports': 'No value reported for a period that ends by {asOf}.',
  'status.reason.noUsableReports': 'None of the reported values can be used; the notes say why.',
  'status.reason.conflictingValues':
    'Agencies reported different values for {period} ({values}) that cannot be added up; report one total, or a numerator and a denominator.',
  'status.reason.zeroDenominator': 'The reported denominators add up to zero, so the ratio is undefined.',
  'status.reason.noBaseline': 'The indicator has no baseline.',
  'status.reason.baselineNotMeasurable': 'The baseline "{value}" is not a measurable value.',
  'status.reason.noTarget': 'The indicator has no end target.',
  'status.reason.targetNotMeasurable': 'The end target "{value}" is not a measurable value.',
  'status.reason.relativeTargetWithoutBaseline':
    'The end target "{value}" is a change from a baseline that is not a number.',
  'status.reason.kindMismatch':
    'The baseline "{baseline}" and the end target "{target}" are not the same kind of value.',
  'status.reason.directionConflict':
    'The direction is "{direction}", but the end target {target} lies the other way from the baseline {baseline}.',
  'status.reason.datesOutOfOrder': 'The end date {end} is not after the start of the trajectory, {start}.',

  'status.assume.baselineDate': 'No baseline date: the trajectory starts at the plan start, {date}.',
  'status.assume.baselineDateUnreadable':
    'The baseline date "{value}" cannot be read: the trajectory starts at the plan start, {date}.',
  'status.assume.endDate': 'No end date: the end target is due at the plan end, {date}.',
  'status.assume.endDateUnreadable':
    'The end date "{value}" cannot be read: the end target is due at the plan end, {date}.',
  'status.assume.noMidTarget':
    'No mid-term target: expected values follow a straight line from the baseline to the end target.',
  'status.assume.midTargetUnusable':
    'The mid-term target "{value}" cannot be used: expected values follow a straight line from the baseline to the end target.',
  'status.assume.midDate': 'No mid-term date: the mid-term target is due in the middle of the plan, {date}.',
  'status.assume.midDateUnreadable':
    'The mid-term date "{value}" cannot be read: the mid-term target is due in the middle of the plan, {date}.',
  'status.assume.noAggregation': 'No aggregation is set: the latest value counts.',
  'status.assume.percentNotSummed': 'A percentage is never added up: the latest value counts, not the sum.',
  'status.assume.midDateOutside':
    'The mid-term date {date} is not between the baseline date and the end date, so the mid-term target is left out.',

  'status.note.periodUnreadable': '{agency}: the period "{period}" cannot be read; the row is left out.',
  'status.note.periodAfterAsOf': '{agency}: {period} ends after the as-of date; left out.',
  'status.note.periodBeforeBaseline': '{agency}: {period} ends by the baseline date; left out.',
  'status.note.duplicate': '{agency} reported {period} more than once; the last row counts.',
  'status.note.overlap': '{agency}: {period} overlaps {other}; only {other} counts.',
  'status.note.valueNotUsable': '{agency}, {period}: "{value}" is not a value this indicator can use; left out.',
  'status.note.disaggregatedSummed':
    '{agency}, {period}: no total reported, so the values by {dimension} are added up.',
  'status.note.disaggregatedIgnored':
    '{agency}, {period}: only values by category were reported, and this indicator does not add them up; left out.',
  'status.note.latestSummed': 'The latest values of {agencies} are added up.',
  'status.note.ratioPartsMissing': '{agency}, {period}: no numerator and denominator; left out of the ratio.',
  'status.note.ratioFromLatest': 'No numerators and denominators were reported: the latest reported value counts.',
  'status.note.lowestState': 'Agencies reported different states for {period}; the lowest counts.',
  'status.note.selfAssessmentMismatch':
    '{agency} assessed it as {assessment} ({period}); the computed status is {status}.',

  'status.activity.reason.done': 'Reported completed ({period}).',
  'status.activity.reason.cancelled': 'Reported cancelled ({period}).',
  'status.activity.reason.onSchedule': 'Ongoing ({period}); planned completion {end}.',
  'status.activity.reason.delayed':
    'The planned completion {end} has passed and the activity is not reported completed.',
  'status.activity.reason.postponed': 'Reported postponed ({period}); planned completion {end}.',
  'status.activity.reason.notStartedYet': 'Not started; planned to start {start}.',
  'status.activity.reason.startOverdue': 'Not started, though planned to start {start}.',
  'status.activity.reason.notStarted': 'Reported not started ({period}); planned completion {end}.',
  'status.activity.reason.noReport': 'No implementation status reported for a period that ends by {asOf}.',
  'status.activity.reason.noCompletionDate':
    'The activity has no planned completion date, so a delay cannot be judged.',
  'status.activity.reason.completionWithoutYear':
    'The planned completion "{value}" has no year, and the plan runs over several years: add the year in the plan.',
  'status.activity.reason.completionDateUnreadable':
    'The planned completion date "{value}" cannot be read, so a delay cannot be judged.',

  'status.rollup.reason.onTrack':
    '{good} of {assessable} assessable indicators ({share} %) are on track or achieved; on track from {threshold} %.',
  'status.rollup.reason.offTrack':
    '{good} of {assessable} assessable indicators ({share} %) are on track or achieved; on track needs {threshold} %.',
  'status.rollup.reason.notAssessable': {
    one: 'Its one indicator cannot be assessed yet.',
    other: 'None of its {count} indicators can be assessed yet.',
  },

  'status.settingIssue.notAShare': 'The setting {key} = "{value}" is not a share from 0 to 100 %; the default applies.',
  'status.settingIssue.notYesNo': 'The setting {key} = "{value}" is not yes or no; the default applies.',
  'status.settingIssue.offTrackAboveOnTrack':
    'The off-track threshold is above the on-track threshold; the defaults apply to both.',

  'status.explain.title': 'How status is computed (as of {asOf})',
  'status.explain.actual':
    'Actual to date: for "sum" indicators, the baseline plus the values reported for the periods after the baseline date; for "latest" indicators, the most recent value; for "ratio" indicators, the reported numerators and denominators are each added up and then divided. A percentage is never added across agencies or periods.',
  'status.explain.periods':
    'Only periods that end by the as-of date count. Only totals count; where an agency reported only a breakdown (such as by sex), a sum or ratio indicator adds up one breakdown.',
  'status.explain.expected':
    'Expected value: a straight line from the baseline at the baseline date (or the plan start) through the mid-term target at its date to the end target at the end date; after the end date, the end target.',
  'status.explain.progress':
    'Progress = (actual − baseline) ÷ (expected − baseline); the share of the end target achieved = (actual − baseline) ÷ (end target − baseline). Both work for indicators that should fall.',
  'status.explain.thresholds':
    'Achieved: the end target is reached. On track: progress of at least {onTrack} % of what is expected. At risk: from {offTrack} % to below {onTrack} %. Off track: below {offTrack} %.',
  'status.explain.unchanged':
    'Where no change is expected yet (at the start, or when the target equals the baseline), an indicator is on track unless it has moved away from its target, which is off track.',
  'status.explain.maintain':
    'Indicators that should be maintained are on track within {tolerance} % of their level, at risk within twice that, and off track beyond.',
  'status.explain.milestones':
    'Milestones are achieved when reported so; partly achieved before the due date is on track; not yet achieved is on track in the first half of the time to the due date and at risk in the second; not achieved by the due date is off track.',
  'status.explain.scales': 'Qualitative scales count as numbers: none 0, low 1, partial 2, high 3, full 4.',
  'status.explain.notAssessed':
    'Not due yet: the as-of date is before the plan or the baseline starts. No data: nothing usable was reported. Not assessable: the indicator lacks a measurable baseline or target.',
  'status.explain.twoWayOff': 'In the two-way On track / Off track columns, at risk counts as off track.',
  'status.explain.twoWayOn': 'In the two-way On track / Off track columns, at risk counts as on track.',
  'status.explain.activities':
    'Activities: done or cancelled as reported; delayed when the planned completion has passed without completion, or when postponed; on schedule while ongoing; not started before it has begun.',
  'status.explain.rollup':
    'An outcome or area is on track when at least {share} % of its assessable indicators are on track or achieved.',
  'status.explain.selfAssessment':
    "Where an agency's own assessment differs from the computed status, the difference is shown.",
} as const;
