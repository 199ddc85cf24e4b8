/** Why a workbook opened from disk or a file picker was refused, in words an official can act on. */
const REPAIR =
  'Open it in Excel, let Excel repair it if it offers to, save it as an Excel Workbook (.xlsx) and try again.';

export const reader = {
  'reader.error.notWorkbook': `{file} is not an Excel workbook (.xlsx), or it is damaged so badly that it cannot be opened. ${REPAIR}`,
  'reader.error.unreadable': `{file} could not be read: it is damaged or made in a way NAP Monitor does not understand. ${REPAIR}`,
  'reader.error.missingPart': `The file {file} is damaged: its part {part} is missing. ${REPAIR}`,
  'reader.error.damagedPart': `The file {file} is damaged: its part {part} is cut short or cannot be read. ${REPAIR}`,
  'reader.error.damagedSheet': `The file {file} is damaged: part of the sheet "{sheet}" is missing or cannot be read. ${REPAIR}`,
  'reader.error.sheetMissing': `The file {file} is damaged: the sheet "{sheet}" is listed but its content is missing. ${REPAIR}`,
  'reader.error.partChanged': `The file {file} is damaged: its part {part} does not match its checksum, so it was changed or broken after it was saved. ${REPAIR}`,
  'reader.error.partTwice': `The file {file} is damaged: it holds the part {part} twice, so it is not clear which one counts. It was not opened.`,
  'reader.error.unknownCompression': `The file {file} uses a kind of compression Excel does not write (in {part}). ${REPAIR}`,
  'reader.error.forbiddenContent': `The file {file} contains content that is not allowed in a workbook (an external reference or a document type declaration, in {part}). It was not opened.`,
  'reader.error.encoding': `The file {file} stores its part {part} in a text encoding Excel does not write. ${REPAIR}`,
  'reader.error.tooComplexPart': `The file {file} was not opened: its part {part} is nested, repeated or long far beyond anything Excel writes.`,
  'reader.error.tooComplexSheet': `The file {file} was not opened: the sheet "{sheet}" is nested or long far beyond anything Excel writes.`,
  'reader.error.danglingRelationship': `The file {file} is damaged: {part} refers to {target}, which is not in the file. ${REPAIR}`,
  'reader.error.sheetNameTwice': `The file {file} is damaged: two sheets are named "{sheet}". ${REPAIR}`,
  'reader.error.tooManyStrings': `The file {file} was not opened: it holds more than {limit} different texts, far more than NAP Monitor reads.`,
  'reader.error.cellOutsideSheet': `The file {file} is damaged: the sheet "{sheet}" has a cell {cell}, outside the 1,048,576 rows and 16,384 columns (A to XFD) of a worksheet. ${REPAIR}`,
  'reader.error.cellTextTooLong': `In {file}, sheet "{sheet}", cell {cell} holds more text than a cell can ({limit} characters). Shorten it and try again.`,
  'reader.error.badValue': `The file {file} is damaged: in the sheet "{sheet}", cell {cell} holds "{value}", which is not a value of its kind. ${REPAIR}`,
  'reader.error.sharedStringMissing': `The file {file} is damaged: in the sheet "{sheet}", the text of cell {cell} is missing. ${REPAIR}`,
  'reader.error.tooManyCells': `The file {file} was not opened: the sheet "{sheet}" brings the workbook over {limit} filled cells, more than NAP Monitor reads.`,
  'reader.error.cellTwice': `The file {file} is damaged: in the sheet "{sheet}", cell {cell} is stored twice with different content. ${REPAIR}`,
  'reader.error.tableDamaged': `The file {file} is damaged: the table {table} on the sheet "{sheet}" does not match its own columns or rows. ${REPAIR}`,
  'reader.error.tableOutsideSheet': `The file {file} is damaged: the table {table} on the sheet "{sheet}" runs to {ref}, past the edge of the sheet. ${REPAIR}`,
  'reader.error.tableNameTwice': `The file {file} is damaged: two tables are named {table} (on the sheets "{sheet}" and "{otherSheet}"), so it is not clear which one holds the data. Rename or delete one and try again.`,
  'reader.error.readOnly': 'NAP Monitor reads {file} and leaves it as it is; it was not changed.',
} as const;
