import { apiNotFound } from './errors';

/**
 * Requirement-set levels of the members the fake models. Like Office.js itself (which checks
 * `Office.context.requirements.isSetSupported` before it builds a request), touching a member above the
 * workbook's ExcelApi level throws ApiNotFound at once, synchronously, with errorLocation "Type.member".
 * Members not listed are ExcelApi 1.1.
 */
export const REQUIREMENTS: Record<string, string> = {
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  'ChartCollection.getItemOrNullObject': '1.4',
  'ConditionalFormatCollection.add': '1.6',
  'NamedItem.formula': '1.7',
  'NamedItem.getRange': '1.4',
  'NamedItem.getRangeOrNullObject': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'Range.conditionalFormats': '1.6',
  'Range.dataValidation': '1.8',
  'Range.getResizedRange': '1.7',
  'Range.getRowsAbove': '1.2',
  'Range.getRowsBelow': '1.2',
  'Range.isEntireColumn': '1.7',
  'Range.isEntireRow': '1.7',
  'Range.numberFormatLocal': '1.7',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.protection': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'Table.resize': '1.13',
  'Table.showBandedRows': '1.3',
  'Table.showBandedColumns': '1.3',
  'Table.showFilterButton': '1.3',
  'Table.worksheet': '1.2',
  'Table.convertToRange': '1.2',
  'TableCollection.getItemOrNullObject': '1.4',
  'TableColumnCollection.getItemOrNullObject': '1.4',
  'Workbook.names': '1.4',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.horizontalPageBreaks': '1.9',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.protection': '1.2',
  'Worksheet.tabColor': '1.7',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  getCount: '1.4',
};

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSupported(apiVersion: string, required: string): boolean {
  return compareVersions(apiVersion, required) >= 0;
}

/** Throws ApiNotFound when `member` needs a newer ExcelApi than the workbook has. */
export function requireApi(apiVersion: string, member: string): void {
  const required = REQUIREMENTS[member] ?? (member.endsWith('.getCount') ? REQUIREMENTS.getCount : undefined);
  if (required && !isSupported(apiVersion, required)) throw apiNotFound(member, required);
}
