import type { MessageKey } from '../../core/i18n/translate';
import type { FileHost } from '../../excel/fileHost';
import { toBase64 } from './base64';
import { browserDownload } from './browserDownload';
import { deliveryRoute, type DeliveredFile } from './deliveryRoute';

export interface DeliveryOutcome {
  delivered: boolean;
  /** What to tell the user, as a message key with parameters: where the files went, or why they could not. */
  message: MessageKey;
  params: Record<string, string | number>;
}

const ZIP_MIME = 'application/zip';

/**
 * The one port through which the pane hands files to the user, whatever made them. `bundle` names the .zip
 * when several files go as one download. Never silent: the outcome says what happened or what to do instead.
 */
export async function deliverFiles(
  files: readonly DeliveredFile[],
  bundle: string,
  host: FileHost,
  io: { download: typeof browserDownload } = { download: browserDownload },
): Promise<DeliveryOutcome> {
  const route = deliveryRoute(files, host);
  switch (route.kind) {
    case 'download': {
      if (!route.zip) {
        io.download(files[0].bytes, files[0].name, files[0].mime);
        return { delivered: true, message: 'delivery.downloaded', params: { file: files[0].name } };
      }
      // Loaded when first needed, so the pane's first download stays small. The files are .xlsx/.docx,
      // already compressed: stored as they are, zipping is instant.
      const { zipSync } = await import(/* webpackChunkName: "zip" */ 'fflate');
      const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])), { level: 0 });
      io.download(zip, bundle, ZIP_MIME);
      return { delivered: true, message: 'delivery.zipped', params: { file: bundle, count: files.length } };
    }
    case 'openWorkbooks':
      for (const file of files) await host.openWorkbook!(toBase64(file.bytes));
      return { delivered: true, message: 'delivery.opened', params: { count: files.length } };
    default:
      return { delivered: false, message: `delivery.unavailable.${route.reason}`, params: { count: files.length } };
  }
}
