// The worker thread of src/check/pool.ts: checks one dossier at a time, sends back its report and
// batch keys. Everything it needs arrives as plain data (workerData); the PDF reader is imported here.
// PDFs are read on this thread, each read announced in the memory shared with the pool (its deadline and
// its index), so that the pool can stop this thread when a read overruns (see src/check/pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from './checkDossier.js';
import type { RunOptions } from './run.js';
import { WATCH, type PdfSkip, type WorkerInit, type WorkerReply, type WorkerTask } from './pool.js';
import type { PdfFacts } from '../core/attachments.js';
import type { Policy } from '../policy/policy.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const watch = init.watch ? new BigInt64Array(init.watch) : undefined;
const reader = init.pdf ? await import('../pdf/read.js') : undefined;
const { crashed, DEFAULT_ISOLATION } = await import('../pdf/isolated.js');
const { problem, timeoutDetail } = await import('../pdf/inspect.js');
const { checkOneKeyed } = await import('./run.js');
const options: RunOptions = {
  asOf: new Date(init.asOf),
  lang: init.lang,
  cwd: init.cwd,
  ...(init.settings ? { settings: init.settings } : {}),
};

/** What a file the pool had this dossier checked again without says. */
function skipped(skip: PdfSkip, policy: Policy): PdfFacts {
  return skip.kind === 'timeout' ? problem('timeout', timeoutDetail(policy.attachment.readTimeoutMs)) : crashed(skip.detail);
}

/** Test-only (pool.ts FaultInjection): fail the way a PDF library might. True: do not check. */
function injectFault(file: string): boolean {
  const fault = init.faults?.find((f) => file.includes(f.on) && f.mode !== 'exit-reading');
  if (!fault) return false;
  if (fault.mode === 'exit') process.exit(70);
  if (fault.mode === 'hang') for (;;);
  setImmediate(() => {
    throw new Error('injected fault');
  });
  return true;
}

/** The PDF reader for one task: this thread, watched by the pool; files the pool marked are not opened. */
function readerFor(task: WorkerTask): CheckOptions['readPdf'] {
  if (!reader) return undefined;
  // without shared memory (never, from pool.ts): the reader thread, which stops itself
  if (!watch) return reader.readPdfFile;
  const exitReading = init.faults?.some((f) => f.mode === 'exit-reading' && task.file.includes(f.on));
  let index = 0;
  return async (file, fact, policy) => {
    const read = index++;
    const skip = task.skip?.[read];
    if (skip) return skipped(skip, policy);
    Atomics.store(watch, WATCH.read, BigInt(read));
    Atomics.store(watch, WATCH.deadline, BigInt(Date.now() + policy.attachment.readTimeoutMs + DEFAULT_ISOLATION.graceMs));
    try {
      if (exitReading && read === 0) process.exit(70);
      return await reader.readPdfFileHere(file, fact, policy);
    } finally {
      Atomics.store(watch, WATCH.deadline, 0n);
    }
  };
}

port.on('message', (task: WorkerTask) => {
  void (async () => {
    if (injectFault(task.file)) return;
    const readPdf = readerFor(task);
    const result = await checkOneKeyed(task.file, { ...options, ...(readPdf ? { readPdf } : {}) }, init.salt);
    port.postMessage({ type: 'done', id: task.id, result } satisfies WorkerReply);
  })();
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
