/** Plan check findings (one per rule: what is wrong, then how to fix it) and the plan-quality checklist. */
export const checks = {
  'check.settings.period-reversed':
    'The plan period ends ({periodEnd}) before it starts ({periodStart}). Correct the start and end dates in the settings.',
  'check.sheet.missing-table':
    'A table NAP Monitor needs is missing from sheet "{sheet}". Restore it (undo the deletion or set up the plan workbook again).',
  'check.sheet.missing-column':
    'The column "{column}" is missing from the table on sheet "{sheet}" (header row {row}): it was deleted or its header renamed. Give the column back the header "{column}" so its values can be read.',
  'check.sheet.unknown-list-value':
    '"{value}" in column "{column}" on sheet "{sheet}", row {row}, is not one of the allowed values. Pick a value from the drop-down list.',
  'check.sheet.value-became-date':
    'Excel turned what was typed in column "{column}" on sheet "{sheet}", row {row}, into the date {value}. If a number or a fraction was meant, type it again as a decimal, or with an apostrophe in front (\'3/4) to keep it as text.',
  'check.structure.duplicate-code': 'The code {code} is used more than once. Give each record its own code.',
  'check.structure.parent-missing':
    '{code} points to "{parent}", which is not in the plan. Enter the code of an existing record it belongs to.',
  'check.structure.code-not-under-parent':
    '{code} does not sit under its parent {parent}. Number it {parent}.n, or move it under the right parent.',
  'check.structure.area-without-objective':
    'Strategic area {code} has no objective. Add at least one operational objective to it, or remove the area.',
  'check.structure.objective-without-indicator':
    'Objective {code} has no performance indicator. Add at least one indicator that shows how the change will be measured.',
  'check.structure.key-measure-without-activity':
    'Key measure {code} has no activity. Add the activities that will deliver it.',
  'check.structure.indicator-not-in-me-plan':
    'Indicator {code} is not in the M&E plan. Add a row for it saying how, how often and by whom it is measured.',
  'check.structure.me-row-not-in-nap':
    'The M&E plan has a row for indicator {code}, which the action plan does not have. Correct the code or delete the row.',
  'check.structure.me-value-differs':
    'The M&E plan shows "{value}" for the {field} of indicator {code}, but the action plan says "{expected}". Restore the formula or copy the value from the action plan.',
  'check.indicator.text-missing':
    'Indicator {code} has no text. Say what the indicator measures (e.g. "Number of identified victims").',
  'check.indicator.baseline-missing':
    'Indicator {code} has no baseline. Enter the value measured before the plan started (a number, a percentage or a state such as "no system in place").',
  'check.indicator.baseline-not-measurable':
    'The baseline of indicator {code}, "{value}", is not a measurable value. Enter a number, a percentage or a clear state.',
  'check.indicator.baseline-date-missing':
    'The baseline of indicator {code} has no date. Enter the year or date when it was measured.',
  'check.indicator.mid-target-missing':
    'Indicator {code} has no mid-term target. Enter the value expected in the middle of the implementation.',
  'check.indicator.end-target-missing':
    'Indicator {code} has no end target. Enter the value expected at the end of the implementation.',
  'check.indicator.target-not-measurable':
    'The {field} of indicator {code}, "{value}", is not measurable. Give a number, a percentage, a milestone ("established", "adopted") or a level.',
  'check.indicator.relative-target-unresolvable':
    'The {field} of indicator {code}, "{value}", is relative to the baseline, but the baseline "{baseline}" has no number to apply it to. Enter a numeric baseline or an absolute target.',
  'check.indicator.kind-mismatch':
    'The {field} of indicator {code}, "{value}", is not the same kind of value as its baseline "{baseline}" (for example a count against a percentage). Express both the same way.',
  'check.indicator.direction-contradicted':
    'Indicator {code} should go in the direction "{direction}", but its {field} ({value}) goes the other way from the baseline ({baseline}). Correct the target or the direction.',
  'check.indicator.target-equals-baseline':
    'Indicator {code} should go in the direction "{direction}", but its {field} ({value}) is the same as the baseline. Set the target the plan aims for, or change the direction to "maintain".',
  'check.indicator.mid-target-beyond-end':
    'The mid-term target of indicator {code} ({value}) goes further in the direction "{direction}" than its end target ({expected}). Correct one of the targets.',
  'check.indicator.value-approximate':
    'The {field} of indicator {code}, "{value}", is an approximation. Enter the figure itself, so progress can be measured against it.',
  'check.indicator.percent-out-of-range':
    'The {field} of percentage indicator {code} is {value}, outside 0–100. Correct the value or the indicator type.',
  'check.indicator.date-invalid':
    'The {field} of indicator {code}, "{value}", cannot be read as a date. Write a year, a quarter ("Q3 2026", "IV quarter") or a date.',
  'check.indicator.date-without-year':
    'The {field} of indicator {code}, "{value}", has no year, and the plan runs from {firstYear} to {lastYear}. Add the year (e.g. "Q4 {lastYear}").',
  'check.indicator.target-date-outside-period':
    'The {field} of indicator {code} ({value}) is outside the plan period {periodStart} to {periodEnd}. Set a date within the period.',
  'check.indicator.target-date-before-baseline':
    'The {field} of indicator {code} ({value}) is before its baseline date ({baseline}). A target must come after the baseline.',
  'check.indicator.mid-date-after-end-date':
    'The mid-term date of indicator {code} ({value}) is after its end date ({expected}). Swap or correct the dates.',
  'check.mePlan.means-of-verification-missing':
    'Indicator {code} has no means of verification in the M&E plan. Name the data source (statistics, reports, survey) it is measured from.',
  'check.mePlan.frequency-missing':
    'Indicator {code} has no frequency of data collection in the M&E plan. Choose how often the data is collected.',
  'check.mePlan.frequency-unknown':
    'The frequency "{value}" of indicator {code} is not one of the plan\'s frequencies. Choose one from the drop-down list.',
  'check.mePlan.responsible-missing':
    'Nobody is responsible for collecting the data of indicator {code}. Name the unit or person who collects it.',
  'check.mePlan.responsible-unknown':
    'The data collector of indicator {code}, "{value}", is not an agency of the plan. Use an agency from the agency list (followed by the unit, e.g. "MoI – Department X"), or add the agency.',
  'check.activity.text-missing': 'Activity {code} has no text. Describe what will be done.',
  'check.activity.responsible-missing': 'Activity {code} has no responsible body. Name the institution in charge.',
  'check.activity.responsible-unknown':
    'The responsible body of activity {code}, "{value}", is not an agency of the plan. Use an agency from the agency list (followed by the unit, e.g. "MoI – Department X"), or add the agency.',
  'check.activity.start-missing':
    'Activity {code} has no starting date. Enter a quarter ("I quarter", "Q1 2026") or a date.',
  'check.activity.completion-missing':
    'Activity {code} has no planned completion date. Enter a quarter ("IV quarter", "Q4 2026") or a date.',
  'check.activity.date-invalid':
    'The {field} of activity {code}, "{value}", cannot be read as a date. Write a quarter ("II quarter", "Q2 2026"), a year or a date.',
  'check.activity.date-without-year':
    'The {field} of activity {code}, "{value}", has no year, and the plan runs from {firstYear} to {lastYear}. Add the year (e.g. "IV quarter {firstYear}").',
  'check.activity.dates-reversed':
    'Activity {code} is planned to be completed ({value}) before it starts ({expected}). Correct the dates.',
  'check.activity.date-outside-period':
    'The {field} of activity {code} ({value}) is outside the plan period {periodStart} to {periodEnd}. Set a date within the period.',
  'check.activity.result-indicator-missing':
    'Activity {code} has no result indicator. Say what will show that it was done (e.g. "At least four meetings held").',
  'check.activity.financial-estimate-missing':
    'The financial estimate of activity {code} gives no amount and does not say that no funding is required. Enter an amount with its funding source, or "No funding required".',
  'check.activity.amount-without-source':
    'Activity {code} has an amount ({value}) but no funding source. Name the budget or donor that pays for it.',
  'check.field.baseline': 'baseline',
  'check.field.baselineDate': 'baseline date',
  'check.field.midTarget': 'mid-term target',
  'check.field.endTarget': 'end target',
  'check.field.midDate': 'mid-term date',
  'check.field.endDate': 'end date',
  'check.field.start': 'starting date',
  'check.field.completion': 'completion date',
  'checklist.a43-smart':
    'The outcomes and their indicators are Specific, Measurable, Achievable, Realistic and Time-bound (SMART).',
  'checklist.a43-influence':
    'The outcomes clearly outline an area of work where all relevant institutions and partners can have significant influence.',
  'checklist.a43-worded-as-change':
    'The outcomes are worded to communicate changes: what has changed, for whom (if relevant) and when.',
  'checklist.a43-gender':
    'The outcomes clearly address the specific interests and concerns of men, women and/or marginalised groups (if relevant).',
  'checklist.a43-institutional-change':
    'The outcomes address changes in institutional capacities and behaviour that should lead to sustainable improvement.',
  'checklist.a43-conditions-not-products':
    'The outcomes speak to changes in conditions and capacities, not the delivery of products and services.',
  'checklist.a43-objectives-have-indicators':
    'The outcomes have indicators that signal how the desired change will be measured.',
  'checklist.a43-clear-picture':
    'Each outcome and its indicators give a clear and precise picture of what the future should look like.',
  'checklist.a43-process-and-effect':
    'There are indicators that measure both the process of producing the outputs and the quality or effect of what was produced.',
  'checklist.annex1-areas-have-objectives': 'Every strategic area has operational objectives.',
  'checklist.annex1-activities-each-area': 'The action plan includes activities for each strategic area.',
  'checklist.annex1-responsibilities': 'Every activity has a clearly assigned responsible body.',
  'checklist.annex1-timelines': 'Every activity has a starting and a completion date within the plan period.',
  'checklist.annex1-budget':
    'Every activity has a budget line: an amount with its funding source, or "no funding required".',
  'checklist.annex1-baselines': 'Every indicator has a baseline, so that progress can be assessed later.',
  'checklist.annex1-measurable-indicators': 'The indicators are measurable, realistic and time-bound.',
  'checklist.annex1-qualitative-indicators': 'The plan includes qualitative indicators with baselines and targets.',
  'checklist.annex1-me-criteria':
    'The plan defines monitoring, evaluation and review: how, how often and by whom each indicator is measured, and how review and reporting work.',
  'checklist.annex1-risks': 'The plan includes a risk assessment and mitigation strategies.',
  'checklist.annex1-realistic-resources':
    'The action plan is realistic, given the human and financial resources and the capacities of the actors responsible.',
} as const;
