import { ExtensionErrorCodes, OfficeExtensionError } from './errors';
import { ClientResult } from './proxy/base';
import { compareVersions } from './requirements';

export const HostType = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
} as const;

export const PlatformType = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
} as const;

/**
 * The `Office` global of Excel on the web: onReady resolves at once; isSetSupported answers ExcelApi up to
 * `apiVersion` (read through `apiVersion()`, so changing the workbook's level later is seen) and nothing else.
 */
export function createOfficeNamespace(apiVersion: () => string) {
  const info = { host: HostType.Excel, platform: PlatformType.OfficeOnline };
  const isSetSupported = (name: string, version?: string): boolean =>
    name === 'ExcelApi' && (version === undefined || compareVersions(apiVersion(), version) >= 0);
  return {
    HostType,
    PlatformType,
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: HostType.Excel,
      platform: PlatformType.OfficeOnline,
      displayLanguage: 'en-US',
      contentLanguage: 'en-US',
      requirements: { isSetSupported },
      diagnostics: { host: HostType.Excel, platform: PlatformType.OfficeOnline, version: '16.0.0.0' },
    },
  };
}

/** The `OfficeExtension` global. */
export const OfficeExtension = {
  Error: OfficeExtensionError,
  ErrorCodes: ExtensionErrorCodes,
  ClientResult,
};
