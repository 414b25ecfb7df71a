// The OCR cache: what was recognised on a file's pages, kept by the file's content (SHA-256) and the
// engine version, so that a bureau's second run over the same batch does no OCR. One JSON file per PDF
// in the user's cache folder ($XDG_CACHE_HOME/kjhz/ocr, else ~/.cache/kjhz/ocr; --cache-dir). Written
// atomically (a temporary file renamed), read leniently: a damaged or foreign entry is a miss.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PageText } from '../core/pagetext.js';
import { makeDirs } from '../report/atomic.js';
import type { SealScan } from './seal.js';

/** What is kept of one page. */
export interface CachedPage {
  /** The recognised text (absent when the page was only checked for seals). */
  text?: PageText;
  /** Why the page could not be read, if it could not. */
  failed?: string;
  seals?: SealScan;
  /** The quarter turn the page was read at (0 upright). */
  rotation?: number;
}

export interface CacheEntry {
  engine: string;
  pages: Record<string, CachedPage>;
}

/** The cache folder by default: the XDG user cache, as on every Linux desktop; ~/.cache otherwise. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'kjhz', 'ocr');
}

export const contentKey = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function entryPath(dir: string, key: string, engine: string): string {
  const tag = createHash('sha256').update(engine).digest('hex').slice(0, 8);
  return join(dir, `${key}-${tag}.json`);
}

/** Entries above this are not ours (ours: a few kB a page). */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

export function readCache(dir: string, key: string, engine: string): CacheEntry | undefined {
  let fd: number | undefined;
  try {
    // opened without blocking and read only if a regular file: a FIFO or device planted under the entry's
    // name must not stop the run
    fd = openSync(entryPath(dir, key, engine), constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_ENTRY_BYTES) return undefined;
    const entry = JSON.parse(readFileSync(fd, 'utf8')) as CacheEntry;
    return entry && entry.engine === engine && entry.pages && typeof entry.pages === 'object' ? entry : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether results can be kept in `dir`: it is made if missing, and a file is written and removed there.
 * The reason when not (read-only, not a folder, under /proc or /sys): the run then recognises without a
 * cache and says so once, instead of failing on every file.
 */
export function cacheDirProblem(dir: string): string | undefined {
  try {
    makeDirs(dir);
    const probe = join(dir, `.probe-${process.pid}-${Math.random().toString(36).slice(2)}`);
    writeFileSync(probe, '', { flag: 'wx' });
    unlinkSync(probe);
    return undefined;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
}

/** Never throws: a cache that cannot be written (read-only home, full disk) only costs the next run. */
export function writeCache(dir: string, key: string, entry: CacheEntry): void {
  try {
    makeDirs(dir);
    const target = entryPath(dir, key, entry.engine);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, target);
  } catch {
    // no cache this time
  }
}
