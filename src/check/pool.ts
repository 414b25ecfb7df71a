// Checking many dossiers on all cores: a pool of worker threads, each checking one dossier at a time
// (PDF reading dominates and must stay off the main thread). A worker that crashes, runs out of memory
// or hangs costs exactly one failed row; a replacement takes over the rest. With one dossier, no
// workers asked for, or workers that cannot start, the dossiers are checked in this thread instead (its
// PDFs read on a reader thread, src/pdf/isolated.ts). One worker is a pool too: checking on this thread
// hands every PDF to the reader thread and back, which costs a third more CPU than a worker reading its
// own (npm run bench, 2,000 dossiers).
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
// Workers can be started before the run is known (prestartWorkers: the CLI does it first thing for a
// batch), so that they load the checker and the PDF library while the main thread loads the rest of the
// CLI and finds the dossiers; a run takes them, sends them its job, then its dossiers. Their code is
// poolWorker.ts beside this module (src/workerEntry.ts).
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { countFindings, fill, type Finding, type Lang } from '../core/finding.js';
import type { DossierReport } from '../core/report.js';
import type { CheckedDossier } from '../batch/keys.js';
import type { RuleSettings } from '../rules/engine.js';
import { uiText } from '../i18n/ui.js';
import { DEFAULT_ISOLATION, READER_YOUNG_GENERATION_MB, readerError } from '../pdf/isolated.js';
import { workerEntry, type WorkerEntry } from '../workerEntry.js';
import { stopWhenIdle } from '../ocr/gate.js';
import type { Policy } from '../policy/policy.js';

/** What a worker needs to check like the main thread would: plain data only (functions cannot cross threads). */
export interface WorkerJob {
  /** The call, as validated data (structured-cloned to the worker, never read again there). */
  policy: Policy;
  asOf: string;
  lang: Lang;
  cwd: string;
  settings?: RuleSettings;
  /** Read PDFs with src/pdf/read.ts readPdfFile. */
  pdf: boolean;
  /** With `pdf`: recognise scanned pages and look for seals (src/ocr); false: --no-ocr (said in the
   *  facts); absent: the text layer only. */
  ocr?: import('../ocr/scan.js').OcrChoice;
  /** Key of the ID-number hash (src/batch/keys.ts); never leaves the process. */
  salt: Uint8Array;
}

/** Test-only: make a worker fail on a dossier whose path contains `on`, the way a PDF library might
 * ('exit-reading': exit while reading the dossier's first PDF). */
export interface FaultInjection {
  on: string;
  mode: 'throw' | 'exit' | 'hang' | 'exit-reading';
}

/** What a worker is started with, before any run: whether it will read PDFs (it loads the library while it
 * waits), and the memory it shares with the pool (WATCH). */
export interface WorkerInit {
  pdf: boolean;
  watch: SharedArrayBuffer;
}

/** A run's first message to a worker it takes: how to check, and (tests only) how to fail. */
export interface WorkerStart {
  job: WorkerJob;
  faults?: FaultInjection[];
}

/** A PDF a fresh worker must not open again: it overran its time limit, or its reader died on it. */
export type PdfSkip = { kind: 'timeout' } | { kind: 'crashed'; detail: string };

/** `skip`: by the index of the read among the dossier's PDF reads (their order is the dossier's). */
export type WorkerTask = { id: number; file: string; skip?: Record<number, PdfSkip> };

/** Slots of WorkerInit.watch (a BigInt64Array): the deadline (Date.now() ms, 0 when not reading), the read's index. */
/** The cells a worker shares with the pool: its read's deadline, which read, and its model-run gate (src/ocr/gate.ts). */
export const WATCH = { deadline: 0, read: 1, modelRun: 2 } as const;
/** How often the pool looks at its workers' deadlines. */
const WATCH_EVERY_MS = 200;
export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; result: CheckedDossier } | { type: 'ocr-page' };

export interface PoolOptions {
  /** How many worker threads; 0 (or a single dossier) checks in this thread. */
  workers: number;
  job: WorkerJob;
  /** Checks one dossier in this thread (fallback, and the path for a single dossier). */
  inProcess: (file: string) => Promise<CheckedDossier>;
  onProgress?: (done: number, total: number) => void;
  /** A page of some attachment was recognised (the progress bar counts them). */
  onOcrPage?: () => void;
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

/** A worker, listened to from its start, so that nothing it says before a run takes it is lost. */
interface Started {
  worker: Worker;
  watch: BigInt64Array;
  pdf: boolean;
  /** True when it said it is ready; false when it exited first. */
  ready: Promise<boolean>;
  exited: Promise<number>;
  lastError?: Error;
}

function startWorker(entry: WorkerEntry, pdf: boolean): Started {
  const shared = new SharedArrayBuffer(Object.keys(WATCH).length * BigInt64Array.BYTES_PER_ELEMENT);
  // (no piped stdout/stderr: they would keep the process alive while the worker idles; the worker
  // silences the PDF library's console itself, so that nothing reaches stdout, where a report may go)
  const worker = new Worker(entry.entry, { eval: entry.eval, workerData: { pdf, watch: shared } satisfies WorkerInit, resourceLimits: WORKER_LIMITS });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  const started: Started = {
    worker,
    watch: new BigInt64Array(shared),
    pdf,
    exited,
    ready: new Promise<boolean>((resolve) => {
      const onMessage = (m: WorkerReply): void => {
        if (m.type !== 'ready') return;
        worker.off('message', onMessage);
        resolve(true);
      };
      worker.on('message', onMessage);
      void exited.then(() => resolve(false));
    }),
  };
  worker.on('error', (err) => (started.lastError = err));
  worker.on('messageerror', (err) => {
    started.lastError = err;
    void worker.terminate();
  });
  return started;
}

/** Workers started ahead of a run; they do not keep the process alive until a run takes them. */
const spare: Started[] = [];

/**
 * Starts `count` workers now, for the next checkDossiers to take: they load the checker (and, with `pdf`,
 * the PDF library) meanwhile. Never throws; a run that does not take them stops them.
 */
export function prestartWorkers(count: number, pdf: boolean): void {
  try {
    const entry = workerEntry(import.meta.url, 'poolWorker');
    for (let k = 0; k < count; k++) {
      const started = startWorker(entry, pdf);
      started.worker.unref();
      spare.push(started);
    }
  } catch {
    // none could start: the run starts its own, or checks in this thread
  }
}

/** How many prestarted workers wait for a run (for tests and diagnostics). */
export const spareWorkerCount = (): number => spare.length;

function stopSpareWorkers(): void {
  for (const s of spare.splice(0)) void s.worker.terminate();
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
  let entry: WorkerEntry | undefined;
  if (count >= 1 && files.length > 1) {
    try {
      entry = workerEntry(import.meta.url, 'poolWorker');
    } catch {
      entry = undefined;
    }
  }
  if (!entry) {
    stopSpareWorkers();
    await drainHere();
    return results;
  }
  const timeoutMs = o.dossierTimeoutMs ?? DEFAULT_DOSSIER_TIMEOUT_MS;
  const start: WorkerStart = { job: o.job, ...(o.faults?.length ? { faults: o.faults } : {}) };
  const theEntry = entry;
  /** A prestarted worker that reads PDFs as this run does, or a new one. */
  const takeWorker = (): Started => {
    const at = spare.findIndex((s) => s.pdf === o.job.pdf);
    return at >= 0 ? spare.splice(at, 1)[0]! : startWorker(theEntry, o.job.pdf);
  };
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
      let started: Started;
      try {
        started = takeWorker();
      } catch {
        return settle();
      }
      const { worker, watch } = started;
      worker.ref();
      worker.postMessage(start);
      live += 1;
      let ready = false;
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      /** The read (index) that overran its deadline, when the worker was stopped for it. */
      let overran: number | undefined;
      // (between its model runs: stopping a thread inside one aborts the process, src/ocr/gate.ts)
      const stop = (): void => stopWhenIdle(watch, WATCH.modelRun, () => void worker.terminate());
      const watcher = (): void => {
        if (current === undefined || overran !== undefined || timedOut) return;
        const deadline = Number(Atomics.load(watch, WATCH.deadline));
        if (deadline > 0 && Date.now() > deadline) {
          overran = Number(Atomics.load(watch, WATCH.read));
          stop();
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
          if (overran !== undefined) return;
          timedOut = true;
          stop();
        }, timeoutMs);
        const skip = skipsOf.get(i);
        worker.postMessage({ id: i, file: files[i]!, ...(skip ? { skip } : {}) } satisfies WorkerTask);
      };
      void started.ready.then((ok) => {
        if (!ok) return;
        ready = true;
        dispatch();
      });
      worker.on('message', (m: WorkerReply) => {
        if (m.type === 'ocr-page') o.onOcrPage?.();
        // (a dossier finished while its worker is being stopped is checked again, as the stop decided)
        else if (m.type === 'done' && m.id === current && overran === undefined && !timedOut) {
          clearTimeout(timer);
          current = undefined;
          finish(m.id, m.result);
          dispatch();
        }
      });
      void started.exited.then((code) => {
        live -= 1;
        watchers.delete(watcher);
        clearTimeout(timer);
        const { lastError } = started;
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
    // prestarted workers beyond what this run needs
    stopSpareWorkers();
  }).finally(() => clearInterval(watching));
  return results;
}
