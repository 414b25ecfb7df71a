// Finding the files a dossier declares, safely: a path that leaves the dossier folder, a strange name,
// a device or directory is refused before anything is opened.
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AttachmentFact } from '../core/attachments.js';

export interface AttachmentLimits {
  maxBytes: number;
}

const CONTROL = /[\u0000-\u001f\u007f]/;
/** How much of a file is looked at to judge whether it is a PDF. */
const HEAD_BYTES = 4096;
/** An indirect object ("1 0 obj") or a cross-reference section: a PDF whose header is missing. */
const PDF_OBJECT = /(?:^|[\s>\]])\d{1,7}\s+\d{1,5}\s+obj\b|\bxref\s+\d+\s+\d+|\btrailer\s*<</u;

/** Applicants on Windows write 附件\营业执照.pdf: treat backslashes as separators. */
export const normaliseDeclaredPath = (file: string): string => file.replace(/\\/g, '/');

/** The dossier folder's real path: the same for each of its attachments, so asked once in a row. */
let lastRoot: { root: string; real: string } | undefined;
function realRootOf(root: string): string {
  if (lastRoot?.root !== root) lastRoot = { root, real: realpathSync.native(root) };
  return lastRoot.real;
}

/** How a name is compared for "did you mean": full-width folded, case and spaces ignored. */
const foldName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
const stem = (s: string) => s.replace(/\.[^.]*$/, '');

/** A file in the declared file's folder whose name is the declared one but for case, width, spaces or
 * extension (申报书.pdf declared, 申报书.PDF or 申报书 .pdf there); as a path like the declared one. */
function similarName(root: string, declared: string): string | undefined {
  const dir = path.posix.dirname(declared);
  const want = foldName(path.posix.basename(declared));
  let names: string[];
  try {
    names = readdirSync(path.resolve(root, dir));
  } catch {
    return undefined;
  }
  const match = names.find((n) => foldName(n) === want) ?? names.find((n) => stem(foldName(n)) === stem(want) && /\.pdf$/i.test(n.normalize('NFKC'))) ?? names.find((n) => stem(foldName(n)) === stem(want));
  return match === undefined ? undefined : dir === '.' ? match : `${dir}/${match}`;
}

export async function inspectAttachment(dossierDir: string, fieldPath: string, file: string, limits: AttachmentLimits): Promise<AttachmentFact> {
  const base = { path: fieldPath, file };
  const control = CONTROL.exec(file);
  if (control) return { ...base, status: 'bad-name', detail: `U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` };
  const declared = normaliseDeclaredPath(file);
  if (path.isAbsolute(declared) || /^[A-Za-z]:/.test(declared)) return { ...base, status: 'outside', detail: '绝对路径 absolute path' };
  const root = path.resolve(dossierDir);
  const target = path.resolve(root, declared);
  const inside = (p: string, r: string) => p === r || p.startsWith(r + path.sep);
  if (!inside(target, root)) return { ...base, status: 'outside', detail: '../' };
  // Synchronous file system calls: a handful of small local operations per attachment, where the thread
  // pool's round trips cost more than the calls (npm run bench); the thread has nothing else to do meanwhile.
  let real: string;
  try {
    real = realpathSync.native(target);
  } catch {
    const similar = similarName(root, declared);
    return { ...base, status: 'missing', ...(similar ? { similar } : {}) };
  }
  const realRoot = realRootOf(root);
  if (!inside(real, realRoot)) return { ...base, status: 'outside', detail: '符号链接指向文件夹外 symlink leads outside' };
  const info = statSync(real);
  if (!info.isFile()) return { ...base, status: 'not-regular', detail: info.isDirectory() ? '文件夹 directory' : '设备或特殊文件 device or special file' };
  if (info.size === 0) return { ...base, status: 'empty', size: 0 };
  if (info.size > limits.maxBytes) return { ...base, status: 'too-large', size: info.size };
  const fd = openSync(real, 'r');
  let head: string;
  try {
    const buf = Buffer.alloc(Math.min(info.size, HEAD_BYTES));
    head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('latin1');
  } finally {
    closeSync(fd);
  }
  if (head.startsWith('%PDF-')) return { ...base, status: 'ok', size: info.size };
  // PDF readers look for the header in the first 1024 bytes and rebuild a file without one from its
  // objects (pdf.js, poppler): such a file is read, and warned about; anything else is not a PDF
  const at = head.slice(0, 1024).indexOf('%PDF-');
  if (at > 0) return { ...base, status: 'ok', size: info.size, headerOffset: at };
  if (PDF_OBJECT.test(head)) return { ...base, status: 'ok', size: info.size, headerOffset: -1 };
  return { ...base, status: 'not-pdf', size: info.size };
}

/** The real path of an attachment already judged 'ok' (for the PDF reader). */
export function attachmentPath(dossierDir: string, file: string): string {
  return path.resolve(dossierDir, normaliseDeclaredPath(file));
}
