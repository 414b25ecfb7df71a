// The worker thread of src/check/pool.ts: loads the checker (and the PDF library) as soon as it starts,
// then takes a run's job (the first message) and checks one dossier at a time, sending back its report
// and batch keys. PDFs are read on this thread, each read announced in the memory shared with the pool
// (its deadline and its index), so that the pool can stop this thread when a read overruns.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from './checkDossier.js';
import type { RunOptions } from './run.js';
import { installModelRunGate } from '../ocr/gate.js';
import { WATCH, type FaultInjection, type PdfSkip, type WorkerInit, type WorkerReply, type WorkerStart, type WorkerTask } from './pool.js';
import type { PdfFacts } from '../core/attachments.js';
import type { Policy } from '../policy/policy.js';

// pdf.js warns through console.log; from a worker that would reach the process's stdout, where a JSON
// report may be going.
for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;

const init = workerData as WorkerInit;
const port = parentPort!;
const watch = new BigInt64Array(init.watch);
// the pool stops this thread between model runs, never inside one (src/ocr/gate.ts)
installModelRunGate(watch, WATCH.modelRun);
const [reader, { crashed, DEFAULT_ISOLATION }, { problem, timeoutDetail, loadPdfLibrary }, { checkOneKeyed }] = await Promise.all([
  import('../pdf/read.js'),
  import('../pdf/isolated.js'),
  import('../pdf/inspect.js'),
  import('./run.js'),
]);
// loaded now, while the main thread is still finding the dossiers, not on the first dossier's first PDF
if (init.pdf) await loadPdfLibrary();

/** The run's job, from its first message. */
let run: { options: RunOptions; salt: Uint8Array; pdf: boolean; ocr?: WorkerStart['job']['ocr']; faults: FaultInjection[] } | undefined;

/** What a file the pool had this dossier checked again without says. */
function skipped(skip: PdfSkip, policy: Policy): PdfFacts {
  return skip.kind === 'timeout' ? problem('timeout', timeoutDetail(policy.attachment.readTimeoutMs)) : crashed(skip.detail);
}

/** Test-only (pool.ts FaultInjection): fail the way a PDF library might. True: do not check. */
function injectFault(file: string, faults: FaultInjection[]): boolean {
  const fault = faults.find((f) => file.includes(f.on) && f.mode !== 'exit-reading');
  if (!fault) return false;
  if (fault.mode === 'exit') process.exit(70);
  if (fault.mode === 'hang') for (;;);
  setImmediate(() => {
    throw new Error('injected fault');
  });
  return true;
}

/** The PDF reader for one task: this thread, watched by the pool; files the pool marked are not opened. */
function readerFor(task: WorkerTask, faults: FaultInjection[], ocr: WorkerStart['job']['ocr']): CheckOptions['readPdf'] {
  const exitReading = faults.some((f) => f.mode === 'exit-reading' && task.file.includes(f.on));
  let index = 0;
  return async (file, fact, policy) => {
    const read = index++;
    const skip = task.skip?.[read];
    if (skip) return skipped(skip, policy);
    Atomics.store(watch, WATCH.read, BigInt(read));
    Atomics.store(watch, WATCH.deadline, BigInt(Date.now() + policy.attachment.readTimeoutMs + DEFAULT_ISOLATION.graceMs));
    try {
      if (exitReading && read === 0) process.exit(70);
      // each page recognised gets its own time (0: recognition starts), and counts on the progress bar
      const onPage = (page: number): void => {
        Atomics.store(watch, WATCH.deadline, BigInt(Date.now() + reader.OCR_PAGE_BUDGET_MS + DEFAULT_ISOLATION.graceMs));
        if (page > 0) port.postMessage({ type: 'ocr-page' } satisfies WorkerReply);
      };
      return await reader.readPdfFileHere(file, fact, policy, ocr, onPage);
    } finally {
      Atomics.store(watch, WATCH.deadline, 0n);
    }
  };
}

port.on('message', (m: WorkerStart | WorkerTask) => {
  if ('job' in m) {
    const { job } = m;
    const options: RunOptions = { policy: job.policy, asOf: new Date(job.asOf), lang: job.lang, cwd: job.cwd, ...(job.settings ? { settings: job.settings } : {}) };
    run = { options, salt: job.salt, pdf: job.pdf, ...(job.ocr !== undefined ? { ocr: job.ocr } : {}), faults: m.faults ?? [] };
    return;
  }
  const task = m;
  const { options, salt, pdf, ocr, faults } = run!;
  void (async () => {
    if (injectFault(task.file, faults)) return;
    const readPdf = pdf ? readerFor(task, faults, ocr) : undefined;
    const result = await checkOneKeyed(task.file, { ...options, ...(readPdf ? { readPdf } : {}) }, salt);
    port.postMessage({ type: 'done', id: task.id, result } satisfies WorkerReply);
  })();
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
