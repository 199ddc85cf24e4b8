import type { FileHost } from '../../excel/fileHost';

/** A plain browser (the preview, Excel on the web's frame as far as files go): downloads work, nothing else. */
export const BROWSER_FILE_HOST: FileHost = { platform: 'web', openWorkbook: null };
