/** Return forms (Annex 5): the form itself, its instructions, the submission register, the Forms panel, the CLI. */
export const forms = {
  'forms.sheet.instructions': 'Instructions',
  'forms.sheet.form': 'Progress report',
  'forms.title': 'Progress report on the {plan}',
  'forms.header.institution': 'Institution / organization',
  'forms.header.contactPerson': 'Contact person',
  'forms.header.period': 'Reporting period',
  'forms.header.dueDate': 'Please return by',
  'forms.header.reportingTo': 'Reporting to',
  'forms.header.observations': 'General observations',
  'forms.periodRange': '{period} ({start} to {end})',
  'forms.section.indicators': 'Performance indicators',
  'forms.section.activities': 'Activities',
  'forms.row.area': 'Area {code}: {name}',
  'forms.row.outcome': 'Outcome {code}: {text}',
  'forms.row.category': '   of which: {category}',
  'forms.col.code': 'Code',
  'forms.col.indicator': 'Indicator',
  'forms.col.activity': 'Activity',
  'forms.col.unit': 'Unit',
  'forms.col.baseline': 'Baseline',
  'forms.col.midTarget': 'Mid-term target',
  'forms.col.endTarget': 'End target',
  'forms.col.lastValue': 'Your value last period',
  'forms.col.value': 'Value this period',
  'forms.col.numerator': 'Numerator',
  'forms.col.denominator': 'Denominator',
  'forms.col.outputs': 'Output(s) achieved',
  'forms.col.activities': 'Activities implemented',
  'forms.col.assessment': 'Assessment',
  'forms.col.budgetSpent': 'Budget spent',
  'forms.col.donors': 'Donor(s)',
  'forms.col.comment': 'Comment',
  'forms.col.start': 'Planned start',
  'forms.col.completion': 'Planned completion',
  'forms.col.implementation': 'Implementation status',
  'forms.col.implementationDate': 'Date',
  'forms.instructions.title': 'Progress report on the {plan}',
  'forms.instructions.for': 'For: {agency}. Reporting period: {period}.',
  'forms.instructions.fill':
    'Fill in the yellow cells with a blue border on the sheet "{sheet}": the contact person, general observations, and for each indicator and activity what your institution achieved in the period.',
  'forms.instructions.numbers':
    'Type figures as plain numbers (12, not "12 cases"); dates as dates. The grey cells show the plan (baseline, targets) and your value last period: they cannot be changed.',
  'forms.instructions.ratio':
    'Where an indicator is a share, give the numerator and the denominator, not the percentage. Where the form asks for a breakdown (women, men, girls, boys or other categories), give each part as well as the total.',
  'forms.instructions.assessment':
    'Assess each indicator yourself, On track or Off track, realistically against the targets and the results achieved, and say why in the comment.',
  'forms.instructions.activities':
    'For each activity, choose its implementation status and give the date it was completed or last moved forward.',
  'forms.instructions.locked':
    "Do not add, delete or move rows or sheets, and do not rename the file's sheets: the form is read back automatically.",
  'forms.instructions.deadline': 'Please return the filled form by {dueDate} to: {returnTo}.',
  'forms.instructions.coordinator': 'the office coordinating the National Action Plan',
  'forms.instructions.personalData':
    'Do not enter any personal data of victims or of other persons: no names, dates of birth, personal or passport numbers, addresses, phone numbers or e-mail addresses. Report figures and anonymous descriptions only.',
  'forms.validation.title': 'Please check this value',
  'forms.validation.number': 'Type a number only, without words or units (12, not "12 cases").',
  'forms.validation.notNegative': 'Type a number of zero or more, without words or units.',
  'forms.validation.date': 'Type a date, for example 2026-06-30.',
  'forms.validation.list': 'Choose one of the values in the list.',
  'forms.error.unknownPeriod': 'In {file}, the plan has no reporting period "{period}". Its periods are: {known}.',
  'forms.error.unknownAgency': 'In {file}, the agencies list has no agency "{agency}". The agencies are: {known}.',
  'forms.settingIssue.notDays':
    'The setting {key} has the value "{value}", which is not a number of days; 15 days are used.',
  'forms.settingIssue.notADate':
    'The setting {key} has the value "{value}", which is not a date (YYYY-MM-DD); 31 March is used.',
  'cli.forms.summary':
    "Write each agency's return form (Annex 5) for a reporting period; the plan file is not changed.",
  'cli.forms.usage':
    'Usage: nap-monitor forms plan.xlsx --period PERIOD --out FOLDER [--agency CODE,...] [--force] [--language CODE]\n\n' +
    'Writes one .xlsx progress form per agency responsible for an indicator (M&E plan) or an activity, for a\n' +
    'reporting period of the plan, into an existing folder. The forms are protected, with input cells marked.\n' +
    "They are recorded as expected in the plan file's Submissions register; nothing else in the file changes.\n\n" +
    'Options:\n' +
    '  --period PERIOD     the reporting period, e.g. 2026-Q2, 2026-H1 or 2026, as the plan reports\n' +
    '  --out FOLDER        the folder the forms are written to\n' +
    '  --agency CODE,...   only these agencies (default: every agency with something to report)\n' +
    '  --force             replace forms already in the folder\n' +
    '  --language CODE     language of the messages: {languages} (default: en); forms are in the plan language',
  'cli.forms.written': '{file}\t{agency}\t{indicators} indicators, {activities} activities',
  'cli.forms.skipped': 'No form for {agencies}: no indicator or activity names them as responsible.',
  'cli.forms.summaryLine': '{count} forms for {period}, due {due}.',
  'cli.forms.planUntouched':
    '{file} was left as it was, so these forms are not in its Submissions register: {detail}. Generate them from the Forms panel of the add-in to record them.',
  'cli.forms.registered': '{file}: {count} forms recorded as expected in the Submissions register.',
  'cli.forms.alreadyRegistered': '{file} was not changed: these forms were already in its Submissions register.',
  'delivery.downloaded': '{file} is downloading: look for it in your Downloads folder.',
  'delivery.zipped': '{count} files are downloading as one zip file, {file}: look for it in your Downloads folder.',
  'delivery.opened':
    'Excel opened {count} new workbooks (they may open behind this window): save each one where you keep the forms.',
  'delivery.unavailable.macNotWorkbook':
    'Excel for Mac cannot save this file from an add-in. Open the workbook in Excel on the web, or use the nap-monitor command line, to get it.',
  'delivery.unavailable.macNoCreateWorkbook':
    'This version of Excel for Mac cannot hand files to you from an add-in (it needs Excel 2021 or Microsoft 365). Use Excel on the web or the nap-monitor command line instead.',
  'delivery.unavailable.mobile':
    'Excel on a phone or tablet cannot save files from an add-in. Open the workbook in Excel on a computer or on the web.',
  'ui.tab.forms': 'Forms',
  'ui.forms.heading': 'Progress forms for the agencies',
  'ui.forms.intro':
    "Makes each agency's progress form (Annex 5) for a reporting period, with its own indicators and activities, ready to send. The forms are recorded as expected in the Submissions sheet.",
  'ui.forms.noPlan': 'Set up the plan workbook first: the forms are made from its indicators, activities and agencies.',
  'ui.forms.period': 'Reporting period',
  'ui.forms.periodOption': '{period} (due {due})',
  'ui.forms.agencies': 'Agencies',
  'ui.forms.share': 'Indicators: {indicators}, activities: {activities}',
  'ui.forms.nothingToReport': 'Nothing to report: no indicator or activity names this agency as responsible.',
  'ui.forms.run': 'Make {count} forms',
  'ui.forms.running': 'Making the forms…',
  'ui.forms.noneChosen': 'Choose at least one agency.',
  'ui.forms.noPeriods':
    'The plan has no reporting period: check that its period ends after it starts, in the Settings sheet.',
  'ui.forms.zipName': 'progress-forms-{period}.zip',
  'ui.forms.built': '{count} forms for {period}, due {due}',
  'ui.forms.registered':
    'Added to the Submissions sheet as expected: {count} (forms already there are kept as they are).',
  'setting.forms.dueDays': 'Forms: days after a reporting period ends until the form is due',
  'setting.forms.reportDueDate':
    'Annual report due (the first; later years on the same day and month). Data deadline: a month before',
  'setting.forms.returnTo': 'Forms: whom agencies send them back to (office, e-mail)',
  'setting.forms.password': 'Forms: protection password (leave blank for none)',
  'title.submissions': 'Submissions: who has reported for which period',
  'forms.category.women': 'women',
  'forms.category.men': 'men',
  'forms.category.girls': 'girls',
  'forms.category.boys': 'boys',
  'forms.category.adults': 'adults',
  'forms.category.children': 'children',

  'col.submission.agency': 'Agency',
  'col.submission.period': 'Period',
  'col.submission.formId': 'Form ID',
  'col.submission.dueDate': 'Due date',
  'col.submission.issuedAt': 'Form issued',
  'col.submission.receivedAt': 'Received',
  'col.submission.timeliness': 'On time',
  'col.submission.state': 'State',
  'col.submission.fileName': 'File',
  'col.submission.sha256': 'SHA-256',
  'col.submission.values': 'Values',
  'col.submission.problems': 'Problems',
  'sheet.submissions': 'Submissions',
  'forms.state.expected': 'Expected',
  'forms.state.accepted': 'Accepted',
  'forms.state.acceptedWithWarnings': 'Accepted with warnings',
  'forms.state.refused': 'Refused',
  'forms.state.superseded': 'Superseded',
  'forms.timeliness.onTime': 'On time',
  'forms.timeliness.late': 'Late',
  'forms.timeliness.missing': 'Missing',
} as const;
