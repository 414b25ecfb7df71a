// The worker thread of src/check/pool.ts: checks one dossier at a time, sends back its report and
// batch keys. Everything it needs arrives as plain data (workerData); the PDF reader is imported here.
import { parentPort, workerData } from 'node:worker_threads';
import type { RunOptions } from './run.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './pool.js';

const init = workerData as WorkerInit;
const port = parentPort!;
// This worker's PDF reader thread (src/pdf/isolated.ts) starts first, so that it loads the PDF library
// while this thread loads the checker, rather than after it.
if (init.pdf) (await import('../pdf/isolated.js')).prestartReader();
const readPdf = init.pdf ? (await import('../pdf/read.js')).readPdfFile : undefined;
const { checkOneKeyed } = await import('./run.js');
const options: RunOptions = {
  asOf: new Date(init.asOf),
  lang: init.lang,
  cwd: init.cwd,
  ...(init.settings ? { settings: init.settings } : {}),
  ...(readPdf ? { readPdf } : {}),
};

/** Test-only (pool.ts FaultInjection): fail the way a PDF library might. True: do not check. */
function injectFault(file: string): boolean {
  const fault = init.faults?.find((f) => file.includes(f.on));
  if (!fault) return false;
  if (fault.mode === 'exit') process.exit(70);
  if (fault.mode === 'hang') for (;;);
  setImmediate(() => {
    throw new Error('injected fault');
  });
  return true;
}

port.on('message', (task: WorkerTask) => {
  void (async () => {
    if (injectFault(task.file)) return;
    const result = await checkOneKeyed(task.file, options, init.salt);
    port.postMessage({ type: 'done', id: task.id, result } satisfies WorkerReply);
  })();
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
