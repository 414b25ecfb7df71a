// Finding the dossiers a command names: a dossier.yaml, a folder holding one, or a folder of such folders.
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const DOSSIER_FILE = 'dossier.yaml';

export class PathError extends Error {
  constructor(
    readonly kind: 'not-found' | 'no-dossier',
    readonly target: string,
  ) {
    super(`${kind}: ${target}`);
  }
}

async function walk(dir: string, out: string[], depth: number): Promise<void> {
  if (depth > 12) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  // Symlinked folders are not followed: a batch folder must not loop or escape.
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    // A dossier.yaml that is a symlink, a FIFO or a device is still a dossier the bureau handed in: it is
    // listed (checkDossier refuses what is not a regular file, unread, as one unreadable row), never
    // silently left out of the batch.
    if (e.name === DOSSIER_FILE && !e.isDirectory()) out.push(full);
    else if (e.isDirectory()) await walk(full, out, depth + 1);
  }
}

/** Every dossier.yaml the paths name, each once, in a stable order. */
export async function discoverDossiers(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new PathError('not-found', p);
    if (!info.isDirectory()) {
      // a file named on the command line: checkDossier judges it (a FIFO or device is refused unread)
      found.push(path.resolve(p));
      continue;
    }
    const direct = path.join(p, DOSSIER_FILE);
    const directInfo = await lstat(direct).catch(() => undefined);
    if (directInfo && !directInfo.isDirectory()) {
      found.push(path.resolve(direct));
      continue;
    }
    const inner: string[] = [];
    await walk(path.resolve(p), inner, 0);
    if (inner.length === 0) throw new PathError('no-dossier', p);
    found.push(...inner);
  }
  return [...new Set(found)];
}
