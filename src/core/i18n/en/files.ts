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
  'files.error.notFound': '{file} does not exist. Check the name and the folder.',
  'files.error.folderMissing': '{file} could not be written: its folder does not exist.',
  'files.error.noPermissionRead': 'NAP Monitor may not read {file}: you do not have permission to open it.',
  'files.error.noPermissionWrite': 'NAP Monitor may not write {file}: you do not have permission to write there.',
  'files.error.isFolder': '{file} is a folder, not a workbook file.',
  'files.error.notAFolder': '{file} cannot be used: a part of its path is a file, not a folder.',
  'files.error.badPath': '{file} cannot be used: its path is too long or loops through links.',
  'files.error.notRegularFile':
    '{file} is not an ordinary file (it is a device, a pipe or another special file), so NAP Monitor does not read it.',
  'files.error.diskFull': '{file} could not be written: the disk is full. Nothing was written.',
  'files.error.readFailed': '{file} could not be read (system error {code}).',
  'files.error.writeFailed': '{file} could not be written (system error {code}). Nothing was written.',
} as const;
