// Outputs are written to a temporary name beside the target and renamed: a failed or killed run never
// leaves a half-written file, nor destroys the good one it would replace.
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

export async function writeAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryNameFor(target);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
