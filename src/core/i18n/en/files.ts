export const files = {
  'files.error.oldFormat':
    '{file} is an Excel 97–2003 workbook (.xls) or is protected by a password. Open it in Excel, remove any password and save it as "Excel Workbook (.xlsx)", then try again.',
  'files.error.tooManyParts':
    '{file} was not opened: it holds more than {limit} parts, far more than any workbook NAP Monitor reads.',
  'files.error.unpacksTooLarge': '{file} was not opened: its content unpacks to more than {limit} MB.',
  'files.error.packedTooTightly':
    '{file} was not opened: its part {part} unpacks to far more than it should, which is how files built to overload a program look.',
  'files.error.tableTooLarge':
    'In {file}, the table {table} on sheet "{sheet}" has more than {limit} cells, more than NAP Monitor reads.',
  'files.error.noVisibleSheet': 'The workbook has no visible sheet, so Excel could not open it. Nothing was saved.',
  'files.degraded.noCharts':
    'The charts were not drawn: a workbook saved as a file by NAP Monitor cannot hold them. The figures are in the sheet; open it in Excel with the add-in to get the charts.',
} as const;
