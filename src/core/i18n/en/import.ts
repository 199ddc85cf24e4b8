/** Import of returned forms: problems in cells, files refused, register and audit, the Import panel, the CLI. */
export const importReturns = {
  'col.progress.submission': 'Submission',
  'col.progress.supersededBy': 'Superseded by',
  'sheet.audit': 'Audit',
  'title.audit': 'Audit trail: imports, supersessions, closed and reopened periods',
  'col.audit.time': 'Time',
  'col.audit.who': 'Who',
  'col.audit.action': 'Action',
  'col.audit.period': 'Period',
  'col.audit.agency': 'Agency',
  'col.audit.formId': 'Form ID',
  'col.audit.fileName': 'File',
  'col.audit.sha256': 'SHA-256',
  'col.audit.values': 'Values',
  'col.audit.superseded': 'Superseded',
  'col.audit.problems': 'Problems',
  'col.audit.reason': 'Reason',
  'import.cell.notANumber':
    '{file}, sheet "{sheet}", cell {cell} ({code}): "{value}" is not a number. Type the number only.',
  'import.cell.numberWithWords':
    '{file}, sheet "{sheet}", cell {cell} ({code}): "{value}" has words next to the number. Type the number only ({number}); put any explanation in the comment.',
  'import.cell.decimal.dot':
    '{file}, sheet "{sheet}", cell {cell} ({code}): "{value}" uses a comma for decimals, but this plan writes decimals with a point (12.5). Type it again with a point.',
  'import.cell.decimal.comma':
    '{file}, sheet "{sheet}", cell {cell} ({code}): "{value}" uses a point for decimals, but this plan writes decimals with a comma (12,5). Type it again with a comma.',
  'import.cell.negative':
    '{file}, sheet "{sheet}", cell {cell} ({code}): {value} is below zero; a count or an amount cannot be.',
  'import.cell.percentOver100': '{file}, sheet "{sheet}", cell {cell} ({code}): {value} % is more than 100 %.',
  'import.cell.numeratorAboveDenominator':
    '{file}, sheet "{sheet}", cell {cell} ({code}): the numerator ({numerator}) is larger than the denominator ({denominator}).',
  'import.cell.partsDoNotAddUp':
    '{file}, sheet "{sheet}", cell {cell} ({code}): the parts add up to {sum}, but the total is {total}.',
  'import.cell.partsIncomplete':
    '{file}, sheet "{sheet}", cell {cell} ({code}): only some parts are filled in ({sum} of the total {total}).',
  'import.cell.totalFromParts':
    '{file}, sheet "{sheet}", cell {cell} ({code}): the total is empty; the sum of the parts is taken as the total.',
  'import.cell.outsideList':
    '{file}, sheet "{sheet}", cell {cell} ({code}): "{value}" is not one of the choices of the list. Pick one from the dropdown.',
  'import.cell.notADate':
    '{file}, sheet "{sheet}", cell {cell} ({code}): "{value}" is not a real date. Write it as 2026-06-30.',
  'import.cell.required': '{file}, sheet "{sheet}", cell {cell} ({code}): this value is required and is empty.',
  'import.cell.unknownCode': '{file}, sheet "{sheet}", cell {cell}: the code {code} is not in this plan.',
  'import.privacy.email': 'an e-mail address',
  'import.privacy.phone': 'a phone number',
  'import.privacy.personalNumber': 'a personal identification number (JMBG/EMBG)',
  'import.privacy.passport': 'a passport or identity card number',
  'import.privacy.birthDate': 'a date of birth',
  'import.privacy.flag':
    '{file}, sheet "{sheet}", cell {cell} ({code}) seems to hold {what}. Personal data of victims must not enter the plan workbook: remove it, or confirm that it is not personal data.',
  'import.privacy.undecided': {
    one: '{file}: the text of one cell seems to be personal data. Remove it or confirm it before the form is imported.',
    other:
      '{file}: the text of {count} cells seems to be personal data. Remove it or confirm it before the form is imported.',
  },
  'import.privacy.removed': '{count} pieces of personal data were removed from {file} before it was written.',
  'import.refused.notAWorkbook': '{file} is not an Excel workbook (.xlsx), so it is not a return form.',
  'import.refused.notAForm': '{file} is not a NAP Monitor return form: it has no form information sheet.',
  'import.refused.otherPlan': '{file} is a return form of another plan ({planId}), not of this one.',
  'import.refused.otherLayout':
    '{file} was made with an older form layout (version {version}; this plan uses version {expected}). Send the agency a new form.',
  'import.refused.unknownAgency': '{file} is for an agency this plan does not have ({agency}).',
  'import.refused.unknownPeriod': '{file} is for a reporting period this plan does not have ({period}).',
  'import.refused.unknownForm': '{file} has a form number that was never issued ({formId}).',
  'import.refused.tampered':
    '{file}, sheet "{sheet}": prefilled cells (codes, texts, baselines or targets) were changed. Ask the agency to fill in a fresh copy of the form.',
  'import.refused.rowsChanged':
    '{file}, sheet "{sheet}": rows were added or removed (row {row}). Ask the agency to fill in a fresh copy of the form.',
  'import.refused.sheetMissing': '{file}: the sheet "{sheet}" is missing or was renamed.',
  'import.refused.damaged': '{file} could not be read: {reason}',
  'import.refused.sameFileTwice': '{file} was chosen twice; it is imported once.',
  'import.error.noLedger': '{file} has no Progress table ({table}) to import into. Run Set up on this workbook first.',
  'import.closed':
    '{file} was not imported: the period {period} was closed on {date} by {who} ({reason}). Reopen it with a reason first.',
  'import.problems.notApplied': {
    one: '{file}: one cell is wrong. Import the valid rows anyway, or send the form back to the agency to correct.',
    other:
      '{file}: {count} cells are wrong. Import the valid rows anyway, or send the form back to the agency to correct.',
  },
  'import.reminder.subject': 'Reminder: progress report {period} for {plan}',
  'import.reminder.body':
    'Dear {name},\n\nthe progress report of {agency} for {period} was due on {dueDate} and has not reached us yet. Please fill in the return form you received and send it back as soon as possible. Do not enter any personal data of victims.\n\nThank you.',
  'import.status.refused': 'refused',
  'import.status.closed': 'period closed',
  'import.status.unchanged': 'unchanged',
  'import.status.problems': 'wrong cells',
  'import.status.personalData': 'personal data to check',
  'import.status.ready': 'ready to import',
  'import.status.applied': 'imported',
  'import.severity.error': 'Error',
  'import.severity.warning': 'Warning',
  'import.summary.counts':
    'New values: {added} · changed: {changed} · left out compared with the earlier submission: {dropped} · earlier values superseded: {superseded}',
  'import.summary.change': '{code} {category}: {before} → {after}',
  'import.reminder.line': '{agency} has not sent its report for {period} (due {dueDate}); contact: {email}',
  'cli.import.summary':
    'Import returned forms into the plan: check them, then add their values to the Progress ledger.',
  'cli.import.usage':
    'Usage: nap-monitor import plan.xlsx FORM.xlsx... [options]\n\n' +
    "Reads each returned form, refuses files that are not this plan's forms, lists wrong cells and text that\n" +
    'looks like personal data, and adds the values to the Progress ledger, the Submissions register and the\n' +
    'Audit table. Only those parts of the plan file change.\n\n' +
    'Options:\n' +
    '  --dry-run                  show what would be added and changed; write nothing\n' +
    '  --out FILE                 write the result to a copy instead of the plan file\n' +
    '  --feedback DIR             write a feedback copy of each form with problems into DIR\n' +
    '  --accept-valid-rows        take the valid rows of forms that have wrong cells\n' +
    '  --personal-data ACTION     remove or keep text flagged as personal data (without it, such forms wait)\n' +
    '  --who NAME                 who imports, for the audit table\n' +
    '  --json                     print the result as JSON\n' +
    '  --force                    replace the files --out and --feedback write if they exist\n' +
    '  --language CODE            language of the messages: {languages} (default: en)',
  'cli.import.noForms':
    'Name at least one returned form after the plan file: nap-monitor import plan.xlsx forms/*.xlsx',
  'cli.import.defaultWho': 'nap-monitor command line',
  'cli.import.dryRun': 'Dry run: {file} was not changed.',
  'cli.import.written': 'Wrote {file}.',
  'cli.import.nothingWritten': 'Nothing to write: {file} was not changed.',
  'ui.tab.import': 'Import',
  'ui.import.heading': 'Import returned forms',
  'ui.import.intro':
    'Choose the forms the agencies sent back. Each is checked first: nothing is written until you apply.',
  'ui.import.noPlan': 'This workbook has no plan yet. Set it up first.',
  'ui.import.pick': 'Returned forms (.xlsx), one or many',
  'ui.import.drop': 'You can also drop the files here.',
  'ui.import.reading': 'Reading the files…',
  'ui.import.dryRunHeading': 'What the import would do',
  'ui.import.resultHeading': 'What was imported',
  'ui.import.changes': 'Values that change',
  'ui.import.problems': 'Problems',
  'ui.import.moreProblems': 'and {count} more (all of them are in the feedback list)',
  'ui.import.acceptValid': {
    one: 'Import the valid rows anyway (the wrong cell is left out)',
    other: 'Import the valid rows anyway (the {count} wrong cells are left out)',
  },
  'ui.import.decide': 'Personal data in cell {cell}',
  'ui.import.remove': 'Remove it',
  'ui.import.keep': 'Keep: it is not personal data',
  'ui.import.apply': 'Apply',
  'ui.import.applying': 'Writing into the workbook…',
  'ui.import.applied': '{files} of {of} files imported',
  'ui.import.clear': 'Start again',
  'ui.import.register': 'Who has reported',
  'ui.import.late': 'Late: {agencies}.',
  'ui.import.missing': 'Missing reports',
  'ui.import.missingLine': '{agency}, {period} (due {dueDate}):',
  'ui.import.remind': 'write a reminder to {name}',
  'ui.import.noEmail': 'no e-mail address in the agencies table',
  'ui.import.who': 'Task pane',
  'import.feedback.sheet': 'Problems',
  'import.feedback.title': 'Please correct the cells marked in red and send the form back',
  'import.feedback.col.sheet': 'Sheet',
  'import.feedback.col.cell': 'Cell',
  'import.feedback.col.message': 'What is wrong',
  'cli.import.feedbackWritten': {
    one: 'Wrote {file} ({count} problem to correct).',
    other: 'Wrote {file} ({count} problems to correct).',
  },
  'ui.import.feedback': 'Feedback copies for the agencies',
  'ui.import.feedbackZip': 'feedback-copies.zip',
  'ui.import.noFeedback': 'No form has problems to send back.',
  'import.error.reasonRequired': 'Say why the period is closed or reopened: the reason goes into the audit table.',
  'import.error.unknownPeriod': '{file} has no reporting period {period}. Its periods are: {known}.',
  'cli.period.summary': 'Close a reporting period to imports, or reopen it, with a reason kept in the audit table.',
  'cli.period.usage':
    'Usage: nap-monitor period plan.xlsx (--close PERIOD | --reopen PERIOD) --reason TEXT [--who NAME] [--out copy.xlsx]\n\n' +
    'A closed period refuses returned forms until it is reopened. Both are recorded in the Audit table.\n\n' +
    'Options:\n' +
    '  --close PERIOD     close the period (e.g. 2026-Q2)\n' +
    '  --reopen PERIOD    open it again\n' +
    '  --reason TEXT      why (required)\n' +
    '  --who NAME         who does it, for the audit table\n' +
    '  --out FILE         write the result to a copy instead of the plan file\n' +
    '  --force            replace FILE given by --out if it exists\n' +
    '  --language CODE    language of the messages: {languages} (default: en)',
  'cli.period.closed': 'The period {period} is closed to imports ({file}).',
  'cli.period.reopened': 'The period {period} is open to imports again ({file}).',
  'cli.period.already': 'Nothing changed: the period {period} was already {state}.',
  'cli.period.stateClosed': 'closed',
  'cli.period.stateOpen': 'open',
  'cli.period.oneAction': 'Give either --close PERIOD or --reopen PERIOD.',
  'import.unchanged': '{file} was imported before ({date}); nothing changed.',
  'import.audit.import': 'Import',
  'import.audit.supersede': 'Superseded by a resubmission',
  'import.audit.refuse': 'Refused',
  'import.audit.lock': 'Period closed',
  'import.audit.reopen': 'Period reopened',
  'import.summary.file':
    '{file}: {added} values to add, {changed} changed compared with the earlier submission, {errors} cells wrong, {warnings} warnings.',
  'import.summary.applied': 'Imported {files} files: {added} values added, {superseded} earlier values superseded.',
  'import.rate.line': '{period}: {received} of {expected} received ({rate}), {onTime} on time ({onTimeRate}).',
  'ui.period.heading': 'Close or reopen a reporting period',
  'ui.period.intro':
    'The returned forms of a closed period are refused until it is reopened. Both are written in the Audit table, with the reason.',
  'ui.period.period': 'Period to close or reopen',
  'ui.period.optionOpen': '{period}: open',
  'ui.period.optionClosed': '{period}: closed',
  'ui.period.stateOpen': '{period} is open: its forms can be imported.',
  'ui.period.stateClosed': '{period} was closed on {date} by {who}. Reason: {reason}',
  'ui.period.reason': 'Reason',
  'ui.period.who': 'Your name, for the Audit table',
  'ui.period.whoHint': 'Office does not tell an add-in who is using it. Left empty, the Audit table says "{fallback}".',
  'ui.period.close': 'Close {period}',
  'ui.period.reopen': 'Reopen {period}',
  'ui.period.writing': 'Writing into the Audit table…',
  'ui.period.closed': '{period} closed: imports for it are refused until reopened.',
  'ui.period.reopened': '{period} reopened: its forms can be imported again.',
  'ui.period.alreadyClosed': 'Nothing changed: {period} was already closed.',
  'ui.period.alreadyOpen': 'Nothing changed: {period} was already open.',
} as const;
