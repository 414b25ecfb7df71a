// `kjhz check` reads PDFs on threads that need a few hundred milliseconds to load the checker and the PDF
// library: the pool's workers for a batch, a reader thread (src/pdf/isolated.ts) for one dossier.
// Started before the rest of the CLI loads and the dossiers are found, that time runs alongside instead
// of adding up. Cheap checks only: a wrong guess costs idle threads for a moment, or nothing.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DOSSIER_FILES } from '../load/discover.js';

interface CheckFlags {
  pdf?: boolean;
  jobs?: string;
}

/** Whether PATHS is one dossier (a dossier.yaml, or a folder holding one). */
function isOneDossier(paths: readonly string[]): boolean {
  if (paths.length !== 1) return false;
  try {
    const p = paths[0]!;
    return statSync(p).isFile() || DOSSIER_FILES.some((name) => statSync(path.join(p, name), { throwIfNoEntry: false })?.isFile());
  } catch {
    return false;
  }
}

/** How many workers --jobs asks for (every core by default); undefined when it is not a positive count. */
export function jobsOf(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return availableParallelism();
  const n = /^\d+$/.test(jobs.trim()) ? Number(jobs) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** Starts now what `kjhz check PATHS` will read PDFs with: pool workers for a batch, else this thread's reader. */
export function prestartCheck(paths: readonly string[], opts: CheckFlags): void {
  if (!isOneDossier(paths)) {
    const jobs = jobsOf(opts.jobs);
    if (jobs === undefined) return; // the command will say what is wrong with --jobs
    // no more than the cores: a small batch may need fewer, and the run stops the ones it does not take
    const count = Math.min(jobs, availableParallelism());
    void import('../check/pool.js').then((m) => m.prestartWorkers(count, opts.pdf !== false)).catch(() => undefined);
  } else if (opts.pdf !== false) {
    void import('../pdf/isolated.js').then((m) => m.prestartReader()).catch(() => undefined);
  }
}
