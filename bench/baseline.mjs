// The benchmark's baseline: bare text extraction with pdf-parse of exactly the pages kjhz reads, and
// nothing else (no dossier.yaml, no rules, no report). Plain JavaScript, run as its own process like
// `kjhz check`, so that both include Node's start-up and are measured the same way.
//
//   node bench/baseline.mjs TASKS.json WORKERS
//
// TASKS.json: [[{ "file": "/abs/x.pdf", "first": 3 }, …], …] — one array per dossier (bench.ts derives
// `first` from dist/pdf/read.js pagesNeeded, per attachment path). WORKERS 1: this thread; more: that
// many worker threads taking one dossier at a time, as src/check/pool.ts does.
// Prints {"files":…, "pages":…, "chars":…} on stdout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** The same load parameters as src/pdf/inspect.ts (CMaps and standard fonts next to the installed pdfjs-dist). */
function pdfjsDir(sub) {
  try {
    const req = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    return join(dirname(req.resolve('pdfjs-dist/package.json')), sub) + '/';
  } catch {
    return undefined;
  }
}

async function extractor() {
  const { PDFParse } = await import('pdf-parse');
  const cMapUrl = pdfjsDir('cmaps');
  const standardFontDataUrl = pdfjsDir('standard_fonts');
  return async (task) => {
    let pages = 0;
    let chars = 0;
    for (const { file, first } of task) {
      // read synchronously, the cheapest way (kjhz does the same)
      const data = new Uint8Array(readFileSync(file));
      const parser = new PDFParse({
        data,
        ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
        ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
        stopAtErrors: false,
        isEvalSupported: false,
      });
      try {
        const r = await parser.getText({ first });
        pages += r.pages.length;
        for (const p of r.pages) chars += p.text.length;
      } catch {
        // a damaged file counts as read
      } finally {
        await parser.destroy().catch(() => undefined);
      }
    }
    return { files: task.length, pages, chars };
  };
}

if (isMainThread) {
  const [tasksFile, workersArg] = process.argv.slice(2);
  const tasks = JSON.parse(readFileSync(tasksFile, 'utf8'));
  const workers = Math.max(1, Math.min(Number(workersArg ?? 1), tasks.length));
  const total = { files: 0, pages: 0, chars: 0 };
  const add = (r) => {
    total.files += r.files;
    total.pages += r.pages;
    total.chars += r.chars;
  };
  if (workers === 1) {
    const extract = await extractor();
    for (const t of tasks) add(await extract(t));
  } else {
    let next = 0;
    await Promise.all(
      Array.from(
        { length: workers },
        () =>
          new Promise((resolve, reject) => {
            const w = new Worker(new URL(import.meta.url), { workerData: null, stdout: true });
            w.stdout.resume();
            const dispatch = () => {
              if (next < tasks.length) w.postMessage(tasks[next++]);
              else void w.terminate();
            };
            w.on('message', (m) => {
              if (m !== 'ready') add(m);
              dispatch();
            });
            w.on('error', reject);
            w.on('exit', () => resolve());
          }),
      ),
    );
  }
  process.stdout.write(`${JSON.stringify(total)}\n`);
} else {
  void workerData;
  const extract = await extractor();
  parentPort.on('message', async (task) => parentPort.postMessage(await extract(task)));
  parentPort.postMessage('ready');
}
