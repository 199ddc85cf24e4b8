import type { FileHost } from '../../excel/fileHost';

/** A file the pane hands to the user: any kind (forms, reports, exports). */
export interface DeliveredFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

export type DeliveryRoute =
  /** `<a download>`: one file as it is, several as one .zip (one download bar, no "multiple downloads" prompt). */
  | { kind: 'download'; zip: boolean }
  /** Excel opens each .xlsx as a new workbook for the user to save: the only client-side route on a Mac. */
  | { kind: 'openWorkbooks' }
  | { kind: 'unavailable'; reason: 'macNotWorkbook' | 'macNoCreateWorkbook' | 'mobile' };

const XLSX = /\.xlsx$/i;

/**
 * Which way files can reach the user on this host (research §1): downloads work in Excel on the web and on
 * Windows, and do nothing at all in Excel for Mac, where only Excel.createWorkbook (ExcelApi 1.8, .xlsx only)
 * gets a file out. Where nothing works the route says why, so the pane never fails silently.
 */
export function deliveryRoute(files: readonly DeliveredFile[], host: FileHost): DeliveryRoute {
  if (host.platform === 'mobile') return { kind: 'unavailable', reason: 'mobile' };
  if (host.platform === 'mac') {
    if (!files.every((file) => XLSX.test(file.name))) return { kind: 'unavailable', reason: 'macNotWorkbook' };
    return host.openWorkbook ? { kind: 'openWorkbooks' } : { kind: 'unavailable', reason: 'macNoCreateWorkbook' };
  }
  return { kind: 'download', zip: files.length > 1 };
}
