// Outputs are written to a temporary name beside the target and renamed: a failed or killed run never
// leaves a half-written file, nor destroys the good one it would replace.
// Only a regular file (or nothing yet) is replaced that way. A symlink to a file: the file it points to
// is replaced, the link stays. A device, FIFO or socket (-o /dev/stdout, a pipe) has no content to
// protect and must not be replaced by a file — as root, renaming over /dev/stdout would replace that
// link for the whole system: it is written to as it is.
import { mkdirSync, statSync } from 'node:fs';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

export async function writeAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isFile() && !info.isDirectory()) {
    await writeFile(target, data);
    return;
  }
  // (a directory: the rename below fails with EISDIR, and the caller says so)
  const real = info?.isFile() ? await realpath(target) : target;
  const tmp = temporaryNameFor(real);
  try {
    await writeFile(tmp, data);
    await rename(tmp, real);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/**
 * mkdir -p, one folder at a time. Not mkdirSync's `recursive`: under /proc (mkdir fails ENOENT below a
 * folder that exists) Node 20's recursive mkdir retries for ever at full CPU. Throws on the first folder
 * that cannot be made.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !statSync(at, { throwIfNoEntry: false })?.isDirectory(); at = path.dirname(at)) {
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
