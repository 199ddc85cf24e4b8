import type { MessageKey } from '../core/i18n/translate';
import { CliError } from './cliError';
import { EXIT } from './exitCodes';

type Access = 'read' | 'write';

/** Node's system errors carry their code ("ENOENT"); their message repeats paths, temporary ones too. */
function systemCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return /^(E[A-Z]+)\b/.exec(error instanceof Error ? error.message : '')?.[1] ?? 'EIO';
}

const KEYS: Record<string, Record<Access, MessageKey>> = {
  ENOENT: { read: 'files.error.notFound', write: 'files.error.folderMissing' },
  EACCES: { read: 'files.error.noPermissionRead', write: 'files.error.noPermissionWrite' },
  EPERM: { read: 'files.error.noPermissionRead', write: 'files.error.noPermissionWrite' },
  EROFS: { read: 'files.error.noPermissionRead', write: 'files.error.noPermissionWrite' },
  EISDIR: { read: 'files.error.isFolder', write: 'files.error.isFolder' },
  ENOTDIR: { read: 'files.error.notAFolder', write: 'files.error.notAFolder' },
  ELOOP: { read: 'files.error.badPath', write: 'files.error.badPath' },
  ENAMETOOLONG: { read: 'files.error.badPath', write: 'files.error.badPath' },
  ENOSPC: { read: 'files.error.readFailed', write: 'files.error.diskFull' },
  EDQUOT: { read: 'files.error.readFailed', write: 'files.error.diskFull' },
  EEXIST: { read: 'files.error.readFailed', write: 'cli.error.fileExists' },
};

/**
 * A failed read or write of `file` as a message in words, naming only the file the user gave: never the
 * system's own text, which may name a temporary file or carry a stack.
 */
export function fileSystemError(error: unknown, file: string, access: Access): CliError {
  const code = systemCode(error);
  const key = Object.prototype.hasOwnProperty.call(KEYS, code)
    ? KEYS[code][access]
    : access === 'read'
      ? 'files.error.readFailed'
      : 'files.error.writeFailed';
  return new CliError(key, { file, code }, EXIT.workbook);
}
