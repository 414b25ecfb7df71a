// Reading PDFs on the CLI's own thread (one dossier, or --jobs 1) goes through a reader thread
// (src/pdf/isolated.ts) that needs a few hundred milliseconds to load the PDF library. Started before
// the rest of the CLI loads, that time runs alongside instead of adding up. Cheap checks only: a wrong
// guess costs an idle thread for a moment, or nothing.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/** Whether `kjhz check PATHS` will read PDFs on this thread rather than in pool workers. */
export function readsPdfsHere(paths: readonly string[], opts: { pdf?: boolean; jobs?: string }): boolean {
  if (opts.pdf === false) return false;
  if (opts.jobs?.trim() === '1' || (opts.jobs === undefined && availableParallelism() === 1)) return true;
  if (paths.length !== 1) return false;
  try {
    const p = paths[0]!;
    return statSync(p).isFile() || statSync(path.join(p, 'dossier.yaml')).isFile();
  } catch {
    return false;
  }
}

/** Starts the PDF reader thread now when `kjhz check` will need it on this thread. */
export function prestartPdfReader(paths: readonly string[], opts: { pdf?: boolean; jobs?: string }): void {
  if (!readsPdfsHere(paths, opts)) return;
  void import('../pdf/isolated.js').then((m) => m.prestartReader()).catch(() => undefined);
}
