// Checking many dossiers on all cores: a pool of worker threads, each checking one dossier at a time
// (PDF reading dominates and must stay off the main thread). A worker that crashes, runs out of memory
// or hangs costs exactly one failed row; a replacement takes over the rest. With one dossier, one
// worker, or workers that cannot start, the dossiers are checked in this thread instead.
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

/** Test-only: make a worker fail on a dossier whose path contains `on`, the way a PDF library might. */
export interface FaultInjection {
  on: string;
  mode: 'throw' | 'exit' | 'hang';
}

export interface WorkerInit extends WorkerJob {
  faults?: FaultInjection[];
}

export type WorkerTask = { id: number; file: string };
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
 * A worker's young generation is capped: pdf.js makes a great deal of short-lived garbage, and V8's
 * default lets each worker's young generation grow to 48 MB, the largest part of a batch's peak memory
 * (npm run bench: 2,000 dossiers on two workers peaked at 415 MB with the default, 275 MB with 16 MB,
 * no measurable cost in CPU time). The old generation keeps V8's default: one large PDF may need it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;

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
  const take = (): number | undefined => (next < files.length ? next++ : undefined);
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
      try {
        worker = new Worker(theSpec.entry, { eval: theSpec.eval, workerData: init, stdout: true, stderr: true, resourceLimits: WORKER_LIMITS });
      } catch {
        return settle();
      }
      live += 1;
      let ready = false;
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      let lastError: Error | undefined;
      // A PDF library's console noise must not reach stdout (a JSON report may be going there).
      worker.stdout.resume();
      worker.stderr.resume();
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
        worker.postMessage({ id: i, file: files[i]! } satisfies WorkerTask);
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
        clearTimeout(timer);
        if (current !== undefined) {
          const detail = lastError ? lastError.message : `exit code ${code}`;
          finish(current, { report: failedReport(files[current]!, o.job, timedOut ? { timeoutMs } : { detail }) });
          current = undefined;
        }
        // A worker that never became ready will not do better the second time: no replacement.
        if (ready && next < files.length) spawn();
        settle();
      });
    };
    for (let k = 0; k < count; k++) spawn();
  });
  return results;
}
