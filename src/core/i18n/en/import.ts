/** Import of returned forms: problems in cells, files refused, register and audit, the Import panel, the CLI. */
export const importReturns = {
  'col.progress.submission': 'Submission',
  'col.progress.supersededBy': 'Superseded by',
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
  'import.privacy.undecided':
    '{file} was not applied: {count} cells seem to hold personal data. Remove or confirm each one first.',
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
    '{file}, sheet "{sheet}", cell {cell}: a prefilled cell was changed ("{value}"). Ask the agency to fill in a fresh copy of the form.',
  'import.refused.rowsChanged':
    '{file}, sheet "{sheet}": rows were added or removed (row {row}). Ask the agency to fill in a fresh copy of the form.',
  'import.refused.sheetMissing': '{file}: the sheet "{sheet}" is missing or was renamed.',
  'import.refused.damaged': '{file} could not be read: {reason}',
  'import.refused.periodClosed':
    '{file} was not imported: the period {period} was closed on {date} by {who} ({reason}). Reopen it with a reason first.',
  'import.refused.sameFileTwice': '{file} was chosen twice; it is imported once.',
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
} as const;
