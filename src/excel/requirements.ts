/** Features above the manifest's ExcelApi 1.7 minimum are asked for at run time and degrade when absent. */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}
