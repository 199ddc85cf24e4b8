/** What the Office host lets the task pane do with a file it made. */
export interface FileHost {
  platform: 'windows' | 'mac' | 'web' | 'mobile' | 'other';
  /** Opens .xlsx bytes (base64) as a new workbook the user then saves (ExcelApi 1.8); null where unsupported. */
  openWorkbook: ((base64: string) => Promise<void>) | null;
}

const PLATFORMS: Record<string, FileHost['platform']> = {
  PC: 'windows',
  Mac: 'mac',
  OfficeOnline: 'web',
  iOS: 'mobile',
  Android: 'mobile',
};

/** The running Office's platform and, where ExcelApi 1.8 is there, Excel.createWorkbook. */
export function officeFileHost(): FileHost {
  const platform = PLATFORMS[String(Office.context.platform)] ?? 'other';
  const canOpen = Office.context.requirements.isSetSupported('ExcelApi', '1.8');
  return {
    platform,
    openWorkbook: canOpen ? (base64) => Excel.createWorkbook(base64) : null,
  };
}
