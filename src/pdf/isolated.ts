// Reading a PDF on a worker thread that can be stopped. inspectPdf (inspect.ts) checks its time limit
// between steps, but pdf.js runs each step to its end on the calling thread: a 15 KB file whose /Encrypt
// /Length is 99999999999999999999 keeps one step busy hashing ~200 MB buffers for six minutes, and
// nothing on that thread can interrupt it (found by the fuzzer, test/fuzz-pdf.test.ts). Here the reader
// runs on its own thread; when it has not answered by the time limit plus a grace, the thread is
// terminated and the file gets problem 'timeout'; a reader that runs out of memory or dies gets
// 'corrupt'. The next file starts a fresh thread. One thread per calling thread, files one at a time.
//
// The worker's code is inspectWorker.ts beside this module (src/workerEntry.ts). If no worker can be
// started, the file is read on this thread (inspectPdf, as before). The time limit runs from when the
// thread has loaded its modules (it says so), not from when it was started.
import { Worker } from 'node:worker_threads';
import type { PdfFacts } from '../core/attachments.js';
import { stopWhenIdle } from '../ocr/gate.js';
import { workerEntry } from '../workerEntry.js';
import { problem, timeoutDetail, type InspectOptions } from './inspect.js';
import type { ReadPlan } from './read.js';

export interface IsolationLimits {
  /** Time after opts.timeoutMs before the thread is stopped (inspectPdf usually stops itself first). */
  graceMs: number;
  /** V8 heap limit of the reader thread. */
  maxHeapMb: number;
}

export const DEFAULT_ISOLATION: IsolationLimits = { graceMs: 2_000, maxHeapMb: 1_024 };

/**
 * The young generation of a thread that reads PDFs (a reader here, a batch worker in src/check/pool.ts).
 * pdf.js makes a great deal of short-lived garbage. V8's default for a worker, 48 MB, is the largest part
 * of a batch's peak memory; 16 MB promoted each document's objects before they died, a third more time in
 * the garbage collector; 32 MB collects as cheaply as 48 (300 dossiers, 2 workers: GC 2.0 s at 16 MB,
 * 1.4 s at 32, 1.5 s at 48; peak RSS 243, 280, 278 MB).
 */
export const READER_YOUNG_GENERATION_MB = 32;

/** The reader's answer, or (`alive`) word that it is recognising a page: its time limit starts again. */
type Reply = { id: number; facts: PdfFacts } | { id: number; alive: number };

/** The time a reader may take per page it recognises (src/pdf/read.ts OCR_PAGE_BUDGET_MS; not imported:
 * read.ts imports this module). */
const OCR_PAGE_MS = 60_000;

/** The facts of a file whose reader died while reading it (also used by src/check/pool.ts for its workers). */
export const crashed = (detail: string): PdfFacts =>
  problem('corrupt', `读取该PDF时阅读器异常退出（${detail}），文件结构可能异常；请重新导出并上传 (the PDF reader failed on this file: ${detail})`);

/** What a reader's death says about the file: out of memory, or the error. */
export const readerError = (err: Error & { code?: string }, maxHeapMb: number): string =>
  err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `内存超过${maxHeapMb} MB memory limit` : err.message;

/** How long a reader thread may take to start (load its modules) before the file is read on this thread. */
const STARTUP_MS = 120_000;

class Reader {
  private worker: { w: Worker; ready: Promise<boolean>; gate: BigInt64Array } | undefined;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private unavailable = false;

  constructor(private readonly limits: IsolationLimits) {}

  /** The reader thread, started if needed; `ready` is false when it could not start. */
  private start(): { w: Worker; ready: Promise<boolean>; gate: BigInt64Array } | undefined {
    if (this.worker) return this.worker;
    if (this.unavailable) return undefined;
    let w: Worker;
    let gate: BigInt64Array;
    try {
      const spec = workerEntry(import.meta.url, 'inspectWorker');
      gate = new BigInt64Array(new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT));
      w = new Worker(spec.entry, {
        eval: spec.eval,
        workerData: { modelRunGate: gate.buffer },
        resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb, maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB },
        // (the worker silences the library's console itself: piped stdout/stderr streams would keep
        // the process alive, and its output must not reach stdout, where a JSON report may be going)
      });
    } catch {
      this.unavailable = true;
      return undefined;
    }
    // an idle reader does not keep the process alive; a pending read holds a timer that does
    w.unref();
    // loading the modules is not the file's time: the clock starts when the thread says it is ready
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), STARTUP_MS);
      const onMessage = (m: { type?: string }) => m?.type === 'ready' && done(true);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', fail);
        w.off('exit', fail);
        w.unref();
        if (!ok) {
          this.unavailable = true;
          void w.terminate();
        }
        resolve(ok);
      };
      const fail = () => done(false);
      w.on('message', onMessage);
      w.on('error', fail);
      w.on('exit', fail);
    });
    w.on('exit', () => {
      if (this.worker?.w === w) this.worker = undefined;
    });
    this.worker = { w, ready, gate };
    return this.worker;
  }

  prestart(): void {
    this.start();
  }

  inspect(bytes: Uint8Array, plan: ReadPlan, onPage?: (page: number) => void): Promise<PdfFacts> {
    const run = this.queue.then(() => this.once(bytes, plan, onPage));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async once(bytes: Uint8Array, plan: ReadPlan, onPage?: (page: number) => void): Promise<PdfFacts> {
    const opts = plan.inspect;
    const started = this.start();
    // no thread could be started: read here, as inspectPdf always did
    if (!started || !(await started.ready)) return (await import('./read.js')).readPdfBytes(bytes, plan, onPage);
    const { w, gate } = started;
    const id = ++this.nextId;
    const t0 = performance.now();
    return new Promise<PdfFacts>((resolve) => {
      let settled = false;
      const settle = (facts: PdfFacts, stop: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (stop) {
          if (this.worker?.w === w) this.worker = undefined;
          // between its model runs: stopping the thread inside one aborts the process (src/ocr/gate.ts)
          stopWhenIdle(gate, 0, () => void w.terminate());
        } else w.unref(); // adding a 'message' listener refs the port again
        resolve({ ...facts, ms: facts.ms ?? Math.round(performance.now() - t0) });
      };
      const onMessage = (m: Reply): void => {
        if (m.id !== id) return;
        if ('alive' in m) {
          onPage?.(m.alive);
          clearTimeout(timer);
          timer = setTimeout(() => settle(problem('timeout', timeoutDetail(OCR_PAGE_MS)), true), OCR_PAGE_MS + this.limits.graceMs);
        } else settle(m.facts, false);
      };
      const onError = (err: Error & { code?: string }): void =>
        settle(crashed(readerError(err, this.limits.maxHeapMb)), true);
      const onExit = (code: number): void => settle(crashed(`exit ${code}`), true);
      let timer = setTimeout(() => settle(problem('timeout', timeoutDetail(opts.timeoutMs)), true), Math.max(0, opts.timeoutMs) + this.limits.graceMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      // a copy whose buffer is handed over (the caller keeps its bytes)
      const copy = new Uint8Array(bytes); // (Buffer#slice would be a view: transferring it would detach the caller's bytes)
      w.postMessage({ id, bytes: copy, plan }, [copy.buffer]);
    });
  }
}

const readers = new Map<string, Reader>();

function readerFor(limits: IsolationLimits): Reader {
  const key = `${limits.graceMs}/${limits.maxHeapMb}`;
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = new Reader(limits)));
  return reader;
}

/** inspectPdf on a reader thread with a hard time limit (opts.timeoutMs + grace) and a memory limit. Never throws. */
export function inspectPdfIsolated(bytes: Uint8Array, opts: InspectOptions, limits: IsolationLimits = DEFAULT_ISOLATION): Promise<PdfFacts> {
  return readerFor(limits).inspect(bytes, { inspect: opts, seals: false });
}

/** readPdfBytes (src/pdf/read.ts) on the reader thread: the text layer, and with plan.ocr the scanned
 * pages and seals, each page recognised getting its own time limit. Never throws. */
export function readPdfIsolated(bytes: Uint8Array, plan: ReadPlan, onPage?: (page: number) => void, limits: IsolationLimits = DEFAULT_ISOLATION): Promise<PdfFacts> {
  return readerFor(limits).inspect(bytes, plan, onPage);
}

/**
 * Starts this thread's reader now, so that it loads the PDF library while the caller loads and does the
 * rest (the CLI calls it first thing when it will read PDFs on its own thread: one dossier).
 * An idle reader does not keep the process alive.
 */
export function prestartReader(limits: IsolationLimits = DEFAULT_ISOLATION): void {
  readerFor(limits).prestart();
}
