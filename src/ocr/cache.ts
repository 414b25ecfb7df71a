// The OCR cache: what was recognised on a file's pages, kept by the file's content (SHA-256) and the
// engine version, so that a bureau's second run over the same batch does no OCR. One JSON file per PDF
// in the user's cache folder ($XDG_CACHE_HOME/kjhz/ocr, else ~/.cache/kjhz/ocr; --cache-dir). Written
// atomically (a temporary file renamed), read leniently: a damaged or foreign entry is a miss.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PageText } from '../core/pagetext.js';
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

export function readCache(dir: string, key: string, engine: string): CacheEntry | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, key, engine), 'utf8')) as CacheEntry;
    return entry && entry.engine === engine && entry.pages && typeof entry.pages === 'object' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Never throws: a cache that cannot be written (read-only home, full disk) only costs the next run. */
export function writeCache(dir: string, key: string, entry: CacheEntry): void {
  try {
    mkdirSync(dir, { recursive: true });
    const target = entryPath(dir, key, entry.engine);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, target);
  } catch {
    // no cache this time
  }
}
