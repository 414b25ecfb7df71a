// The reader thread of src/pdf/isolated.ts: readPdfBytes (text layer, and OCR when asked) on one file at a
// time, facts sent back.
import { parentPort, workerData } from 'node:worker_threads';
import { installModelRunGate } from '../ocr/gate.js';
import { inspectPdf } from './inspect.js';
import { readPdfBytes, type ReadPlan } from './read.js';

// pdf.js warns through console.log; on this thread that would reach the process's stdout.
for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = () => undefined;

const port = parentPort!;
// src/pdf/isolated.ts stops this thread between model runs, never inside one (src/ocr/gate.ts)
if ((workerData as { modelRunGate?: SharedArrayBuffer } | null)?.modelRunGate) installModelRunGate(new BigInt64Array((workerData as { modelRunGate: SharedArrayBuffer }).modelRunGate), 0);
port.on('message', (m: { id: number; bytes: Uint8Array; plan: ReadPlan }) => {
  // a page recognised (or recognition starting) restarts the reader's time limit (src/pdf/isolated.ts)
  const alive = (page: number) => port.postMessage({ id: m.id, alive: page });
  void readPdfBytes(m.bytes, m.plan, alive).then((facts) => port.postMessage({ id: m.id, facts }));
});
// Load the rest of the library (pdf.js loads its parser module on the first document) before saying
// ready, so that a file's time limit measures reading that file, not starting the reader.
const WARM_UP = '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
await inspectPdf(new TextEncoder().encode(WARM_UP), { firstPages: 1, timeoutMs: 60_000, maxPages: 1 });
port.postMessage({ type: 'ready' });
