// Checking many dossiers on all cores: a pool of worker threads, each checking one dossier at a time
// (PDF reading dominates and must stay off the main thread). A worker that crashes, runs out of memory
// or hangs costs exactly one failed row; a replacement takes over the rest. With one dossier, one
// worker, or workers that cannot start, the dossiers are checked in this thread instead.
//
// Workers read their PDFs on their own thread, watched from here: before each read a worker writes the
// read's deadline (the policy's time limit plus src/pdf/isolated.ts's grace) into memory it shares with
// the pool. A read that overruns it — one pdf.js step can run for minutes — gets its worker stopped, and
// the dossier is checked again by a fresh worker that gives that file problem 'timeout' without opening
// it; a worker that dies while reading (out of memory, say) likewise gives that file 'corrupt'. So a batch
// gets the same findings as a reader thread per worker would give (src/pdf/isolated.ts, which the CLI
// uses for one dossier), without a second thread per worker, its start-up, its memory, and a message
// round trip for every file.
//
// The worker entry is resolved next to this module: dist/check/poolWorker.js when running compiled,
// src/check/poolWorker.ts (loaded through tsx, a dev dependency) when running from sources (vitest).
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { countFindings, fill, type Finding, type Lang } from '../core/finding.js';
import type { DossierReport } from '../core/report.js';
import type { CheckedDossier } from '../batch/keys.js';
import type { RuleSettings } from '../rules/engine.js';
import { uiText } from '../i18n/ui.js';
import { DEFAULT_ISOLATION, READER_YOUNG_GENERATION_MB, readerError } from '../pdf/isolated.js';

/** What a worker needs to check like the main thread would: plain data only (functions cannot cross threads). */
export interface WorkerJob {
  asOf: string;
  lang: Lang;
  cwd: string;
  settings?: RuleSettings;
  /** Read PDFs with src/pdf/read.ts readPdfFile. */
  pdf: boolean;
  /** Key of the ID-number hash (src/batch/keys.ts); never leaves the process. */
  salt: Uint8Array;
}

/** Test-only: make a worker fail on a dossier whose path contains `on`, the way a PDF library might
 * ('exit-reading': exit while reading the dossier's first PDF). */
export interface FaultInjection {
  on: string;
  mode: 'throw' | 'exit' | 'hang' | 'exit-reading';
}

export interface WorkerInit extends WorkerJob {
  faults?: FaultInjection[];
  /** Shared with the pool (WATCH): the deadline of the worker's current PDF read, and which read it is. */
  watch?: SharedArrayBuffer;
}

/** A PDF a fresh worker must not open again: it overran its time limit, or its reader died on it. */
export type PdfSkip = { kind: 'timeout' } | { kind: 'crashed'; detail: string };

/** `skip`: by the index of the read among the dossier's PDF reads (their order is the dossier's). */
export type WorkerTask = { id: number; file: string; skip?: Record<number, PdfSkip> };

/** Slots of WorkerInit.watch (a BigInt64Array): the deadline (Date.now() ms, 0 when not reading), the read's index. */
export const WATCH = { deadline: 0, read: 1 } as const;
/** How often the pool looks at its workers' deadlines. */
const WATCH_EVERY_MS = 200;
export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; result: CheckedDossier };

export interface PoolOptions {
  /** How many worker threads; 1 or fewer (or a single dossier) checks in this thread. */
  workers: number;
  job: WorkerJob;
  /** Checks one dossier in this thread (fallback, and the path for a single dossier). */
  inProcess: (file: string) => Promise<CheckedDossier>;
  onProgress?: (done: number, total: number) => void;
  /** A dossier not done after this long is abandoned and its worker replaced (default 10 minutes). */
  dossierTimeoutMs?: number;
  faults?: FaultInjection[];
}

export const DEFAULT_DOSSIER_TIMEOUT_MS = 10 * 60_000;

/**
 * A worker reads PDFs: its young generation is sized as a reader thread's (src/pdf/isolated.ts), its old
 * generation has the reader's limit: a file that needs more is 'corrupt', its dossier checked again without it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: DEFAULT_ISOLATION.maxHeapMb } as const;

function duration(ms: number, lang: Lang): string {
  const minutes = ms / 60_000;
  if (minutes >= 1) return lang === 'zh' ? `${Math.round(minutes)}分钟` : `${Math.round(minutes)} min`;
  return lang === 'zh' ? `${Math.round(ms / 1000)}秒` : `${Math.round(ms / 1000)} s`;
}

/** The report of a dossier whose worker died or hung: one failed row, never a lost batch. */
export function failedReport(file: string, job: Pick<WorkerJob, 'cwd' | 'lang'>, why: { timeoutMs?: number; detail?: string }): DossierReport {
  const display = path.relative(job.cwd, file) || file;
  const message = why.timeoutMs !== undefined
    ? fill(uiText(job.lang, 'pool.timeout'), { duration: duration(why.timeoutMs, job.lang) })
    : fill(uiText(job.lang, 'pool.crashed'), { detail: why.detail ?? '?' });
  const findings: Finding[] = [{ rule: 'internal-error', severity: 'error', clause: '三', message, hint: uiText(job.lang, 'pool.crashedHint') }];
  return { file: display, status: 'unreadable', counts: countFindings(findings), findings };
}

/** The URL of tsx's ESM API (its package.json export map, "import" condition). */
function tsxEsmApi(from: string): string {
  const pkgFile = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: Record<string, unknown> };
  const entry = pkg.exports?.['./esm/api'] as { import?: { default?: string } | string } | undefined;
  const target = typeof entry?.import === 'string' ? entry.import : entry?.import?.default;
  if (!target) throw new Error('tsx/esm/api not found');
  return pathToFileURL(path.join(path.dirname(pkgFile), target)).href;
}

function workerSpec(): { entry: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { entry: new URL('./poolWorker.js', here), eval: false };
  const entry = new URL('./poolWorker.ts', here).href;
  const api = tsxEsmApi(here);
  return { entry: `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, eval: true };
}

/** Checks every file; results in the order of `files`, whatever order the workers finish in. */
export async function checkDossiers(files: readonly string[], o: PoolOptions): Promise<CheckedDossier[]> {
  const results = new Array<CheckedDossier>(files.length);
  let done = 0;
  let next = 0;
  /** Dossiers to check again, without the PDFs in their skips (see the header). */
  const again: number[] = [];
  const skipsOf = new Map<number, Record<number, PdfSkip>>();
  const take = (): number | undefined => (again.length ? again.shift() : next < files.length ? next++ : undefined);
  const finish = (i: number, r: CheckedDossier): void => {
    results[i] = r;
    done += 1;
    o.onProgress?.(done, files.length);
  };
  const drainHere = async (): Promise<void> => {
    for (let i = take(); i !== undefined; i = take()) finish(i, await o.inProcess(files[i]!));
  };

  const count = Math.min(Math.floor(o.workers), files.length);
  let spec: { entry: URL | string; eval: boolean } | undefined;
  if (count > 1) {
    try {
      spec = workerSpec();
    } catch {
      spec = undefined;
    }
  }
  if (!spec) {
    await drainHere();
    return results;
  }
  const timeoutMs = o.dossierTimeoutMs ?? DEFAULT_DOSSIER_TIMEOUT_MS;
  const init: WorkerInit = { ...o.job, ...(o.faults?.length ? { faults: o.faults } : {}) };
  const theSpec = spec;
  const watchers = new Set<() => void>();
  const watching = setInterval(() => watchers.forEach((w) => w()), WATCH_EVERY_MS);

  await new Promise<void>((resolve, reject) => {
    let live = 0;
    let draining = false;
    const settle = (): void => {
      if (done === files.length) return resolve();
      if (live === 0 && !draining) {
        // No worker could start (or none is left and none may be started): finish here.
        draining = true;
        drainHere().then(resolve, reject);
      }
    };
    const spawn = (): void => {
      let worker: Worker;
      const shared = new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT);
      const watch = new BigInt64Array(shared);
      try {
        worker = new Worker(theSpec.entry, { eval: theSpec.eval, workerData: { ...init, watch: shared } satisfies WorkerInit, stdout: true, stderr: true, resourceLimits: WORKER_LIMITS });
      } catch {
        return settle();
      }
      live += 1;
      let ready = false;
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      /** The read (index) that overran its deadline, when the worker was stopped for it. */
      let overran: number | undefined;
      let lastError: Error | undefined;
      // A PDF library's console noise must not reach stdout (a JSON report may be going there).
      worker.stdout.resume();
      worker.stderr.resume();
      const watcher = (): void => {
        if (current === undefined || overran !== undefined) return;
        const deadline = Number(Atomics.load(watch, WATCH.deadline));
        if (deadline > 0 && Date.now() > deadline) {
          overran = Number(Atomics.load(watch, WATCH.read));
          void worker.terminate();
        }
      };
      watchers.add(watcher);
      const dispatch = (): void => {
        const i = take();
        if (i === undefined) {
          void worker.terminate();
          return;
        }
        current = i;
        timer = setTimeout(() => {
          timedOut = true;
          void worker.terminate();
        }, timeoutMs);
        const skip = skipsOf.get(i);
        worker.postMessage({ id: i, file: files[i]!, ...(skip ? { skip } : {}) } satisfies WorkerTask);
      };
      worker.on('message', (m: WorkerReply) => {
        if (m.type === 'ready') {
          ready = true;
          dispatch();
        } else if (m.type === 'done' && m.id === current) {
          clearTimeout(timer);
          current = undefined;
          finish(m.id, m.result);
          dispatch();
        }
      });
      worker.on('messageerror', (err) => {
        lastError = err;
        void worker.terminate();
      });
      worker.on('error', (err) => {
        lastError = err;
      });
      worker.on('exit', (code) => {
        live -= 1;
        watchers.delete(watcher);
        clearTimeout(timer);
        if (current !== undefined) {
          const detail = lastError ? readerError(lastError, DEFAULT_ISOLATION.maxHeapMb) : `exit code ${code}`;
          // Stopped for a PDF that overran, or died while reading one: check the dossier again without it.
          const reading = overran ?? (Atomics.load(watch, WATCH.deadline) > 0n ? Number(Atomics.load(watch, WATCH.read)) : undefined);
          const skips = skipsOf.get(current) ?? {};
          if (!timedOut && reading !== undefined && !(reading in skips)) {
            // (worded as src/pdf/isolated.ts words a reader thread's death)
            skips[reading] = overran !== undefined ? { kind: 'timeout' } : { kind: 'crashed', detail: lastError ? detail : `exit ${code}` };
            skipsOf.set(current, skips);
            again.push(current);
          } else finish(current, { report: failedReport(files[current]!, o.job, timedOut ? { timeoutMs } : { detail }) });
          current = undefined;
        }
        // A worker that never became ready will not do better the second time: no replacement.
        if (ready && (next < files.length || again.length > 0)) spawn();
        settle();
      });
    };
    for (let k = 0; k < count; k++) spawn();
  }).finally(() => clearInterval(watching));
  return results;
}
