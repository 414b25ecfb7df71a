// The operating system's error codes (ENOENT, EACCES, EISDIR …) in words a person understands, in both
// languages, with the code kept for whoever searches for it.
import type { Lang } from '../core/finding.js';
import { uiText, type UiKey } from './ui.js';

const KNOWN = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EROFS', 'EEXIST', 'EBUSY', 'EMFILE', 'ENFILE', 'ENAMETOOLONG', 'EXDEV', 'ELOOP', 'EIO', 'EDQUOT'] as const;

/** "目录或文件不存在（ENOENT）" for an error with a code, or a code alone; the message for anything else. */
export function systemError(err: unknown, lang: Lang): string {
  const code = typeof err === 'string' ? err : (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && (KNOWN as readonly string[]).includes(code)) return `${uiText(lang, `errno.${code}` as UiKey)}${lang === 'zh' ? `（${code}）` : ` (${code})`}`;
  if (code) return code;
  return err instanceof Error ? err.message : String(err);
}
