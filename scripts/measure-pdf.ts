// npm run measure:pdf  — how fast inspectPdf reads on this machine (pages per second, one core).
//
// Makes dense Chinese+English A4 pages in memory (about 35 lines of text each, like a filled-in form)
// in files of 1, 10 and 100 pages, and reads every page of each, several times after a warm-up.
// Also the samples' real attachments as the checker reads them (first pages only).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectPdf } from '../src/pdf/inspect.js';
import { makePdf } from './pdfmake.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const LINE_ZH = '项目申报单位须为山西省行政区域内注册、具有独立法人资格的企事业单位，注册时间为2023年1月1日前。';
const LINE_EN = 'The Parties shall jointly carry out research on material design and process optimisation.';

function page(n: number): string[] {
  return Array.from({ length: 35 }, (_, i) => (i % 3 === 2 ? `${LINE_EN} (${n}.${i})` : `${n}.${i} ${LINE_ZH}`));
}

async function timeRead(bytes: Uint8Array, pages: number, runs: number): Promise<number> {
  const opts = { firstPages: pages, timeoutMs: 600_000, maxPages: 100_000 };
  await inspectPdf(bytes, opts); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const f = await inspectPdf(bytes, opts);
    if (f.problem || f.text.length !== pages) throw new Error(`unexpected: ${f.problem ?? f.text.length}`);
  }
  return (performance.now() - t0) / runs;
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.arch}`);
  console.log('pages/file  bytes      ms/file   pages/s   (all pages read)');
  for (const [n, runs] of [
    [1, 40],
    [10, 10],
    [100, 3],
  ] as const) {
    const bytes = await makePdf({ fontSize: 10, pages: Array.from({ length: n }, (_, i) => ({ lines: page(i + 1) })) });
    // makePdf wraps and flows lines: count the pages it actually made
    const pages = (await inspectPdf(bytes, { firstPages: 1, timeoutMs: 60_000, maxPages: 100_000 })).pages;
    const ms = await timeRead(bytes, pages, runs);
    console.log(`${String(pages).padStart(9)}  ${String(bytes.length).padStart(8)}  ${ms.toFixed(1).padStart(8)}  ${((pages * 1000) / ms).toFixed(0).padStart(8)}`);
  }

  // the bundled samples, as the checker reads them
  const files: string[] = [];
  for (const root of ['samples', 'test/fixtures/dossiers']) {
    const dir = join(ROOT, root);
    if (!existsSync(dir)) continue;
    for (const d of readdirSync(dir)) {
      const folder = join(dir, d);
      if (!statSync(folder).isDirectory()) continue;
      for (const f of readdirSync(folder)) if (f.endsWith('.pdf')) files.push(join(folder, f));
    }
  }
  if (files.length) {
    const blobs = files.map((f) => readFileSync(f));
    const opts = { firstPages: 5, timeoutMs: 60_000, maxPages: 2000 };
    for (const b of blobs) await inspectPdf(b, opts);
    const t0 = performance.now();
    let pages = 0;
    for (const b of blobs) pages += (await inspectPdf(b, opts)).text.length;
    const ms = performance.now() - t0;
    console.log(
      `samples: ${blobs.length} files, ${pages} pages read in ${ms.toFixed(0)} ms = ${((pages * 1000) / ms).toFixed(0)} pages/s, ${(ms / blobs.length).toFixed(1)} ms/file`,
    );
  }
}

await main();
