// Runs PDF mutants (pdf-mutate.ts) through kjhz's PDF reader in child processes, the way a campaign
// must: a child that crashes (an exception, an unhandled rejection, running out of memory) or hangs
// (no answer long after the per-file time limit) costs one recorded mutant, is killed and replaced,
// and the campaign goes on. Used by test/fuzz-pdf.test.ts (a fixed-seed sample) and scripts/fuzz.ts
// (the long campaign).
//
// What is read is what kjhz reads: inspectPdfIsolated (src/pdf/isolated.ts, inspectPdf on a reader
// thread stopped at the time limit), with the policy's limits unless told otherwise.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PdfFacts } from '../../src/core/attachments.js';
import type { InspectOptions } from '../../src/pdf/inspect.js';

export interface PdfFuzzOptions {
  seed: number;
  count: number;
  /** Child processes (default 1). */
  procs?: number;
  /** What the reader is asked (default: the policy's limits, 30 pages like an agreement). */
  inspect: InspectOptions;
  /** No answer this long after a mutant started: a hang (default inspect.timeoutMs + 20 s). */
  hangMs?: number;
  /** Heap limit of each child, MB (default 2048): running past it is a crash. */
  maxOldSpaceMb?: number;
  onProgress?: (done: number) => void;
}

export interface MutantResult {
  index: number;
  seed: string;
  kinds: string[];
  /** 'ok' or the problem kind; 'crash' and 'hang' are failures of kjhz. */
  outcome: string;
  ms: number;
  /** What was wrong with the facts returned (a lie): empty when they are well-formed. */
  invalid: string[];
  detail?: string;
}

export interface PdfFuzzSummary {
  count: number;
  outcomes: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
  crashes: MutantResult[];
  hangs: MutantResult[];
  invalid: MutantResult[];
  /** Peak resident set size of any child (its reader threads included), MB. */
  peakRssMb: number;
  slowest: MutantResult[];
  wallMs: number;
}

const PROBLEMS = new Set(['encrypted', 'corrupt', 'no-pages', 'timeout', 'too-many-pages']);

/** Whether facts are well-formed and consistent with what was asked: the reader must not lie. */
export function checkFacts(f: PdfFacts, o: InspectOptions): string[] {
  const bad: string[] = [];
  if (!f || typeof f !== 'object') return ['not an object'];
  if (!Number.isInteger(f.pages) || f.pages < 0) bad.push(`pages ${String(f.pages)}`);
  if (!Array.isArray(f.pageSizes)) bad.push('pageSizes not an array');
  if (!Array.isArray(f.text) || f.text.some((t) => typeof t !== 'string')) bad.push('text not strings');
  if (typeof f.hasText !== 'boolean') bad.push('hasText not boolean');
  if (f.problem !== undefined) {
    if (!PROBLEMS.has(f.problem)) bad.push(`unknown problem ${f.problem}`);
    if (typeof f.problemDetail !== 'string' || f.problemDetail.trim() === '') bad.push('problem without explanation');
    else if (/undefined|\[object /.test(f.problemDetail)) bad.push(`explanation says ${f.problemDetail}`);
  } else {
    if (f.pages < 1) bad.push('no problem but no pages');
    if (f.pages > o.maxPages) bad.push(`no problem but ${f.pages} pages > ${o.maxPages}`);
    const read = Math.min(Math.max(1, Math.floor(o.firstPages)), f.pages);
    if (f.text.length !== read) bad.push(`text of ${f.text.length} pages, expected ${read}`);
    if (f.pageSizes.length !== read) bad.push(`sizes of ${f.pageSizes.length} pages, expected ${read}`);
    for (const s of f.pageSizes) if (!Number.isFinite(s?.width) || !Number.isFinite(s?.height)) bad.push(`page size ${JSON.stringify(s)}`);
    if (f.hasText && !f.text.some((t) => t.trim() !== '')) bad.push('hasText but no text');
  }
  return bad;
}

// ------------------------------------------------------------------ parent side

type FromChild =
  | { type: 'ready' }
  | { type: 'start'; index: number; seed: string; kinds: string[] }
  | { type: 'done'; result: MutantResult; rssMb: number }
  | { type: 'end'; rssMb: number };

const CHILD = fileURLToPath(new URL('./pdf-fuzz-child.ts', import.meta.url));

export async function runPdfFuzz(o: PdfFuzzOptions): Promise<PdfFuzzSummary> {
  const t0 = performance.now();
  const procs = Math.max(1, o.procs ?? 1);
  const hangMs = o.hangMs ?? o.inspect.timeoutMs + 20_000;
  const results: MutantResult[] = [];
  let peakRssMb = 0;
  let done = 0;
  // each child takes a contiguous range; a replacement continues after the mutant that killed its predecessor
  const ranges: [number, number][] = [];
  const per = Math.ceil(o.count / procs);
  for (let p = 0; p < procs; p++) if (p * per < o.count) ranges.push([p * per, Math.min(o.count, (p + 1) * per)]);

  const runRange = (from: number, to: number): Promise<void> =>
    new Promise((resolve, reject) => {
      if (from >= to) return resolve();
      const child: ChildProcess = fork(CHILD, [String(o.seed), String(from), String(to), JSON.stringify(o.inspect)], {
        execArgv: ['--import', 'tsx', `--max-old-space-size=${o.maxOldSpaceMb ?? 2048}`],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
      let ready = false;
      let ended = false;
      let killedForHang = false;
      let current: { index: number; seed: string; kinds: string[]; at: number } | undefined;
      let watchdog: NodeJS.Timeout | undefined;
      const record = (r: MutantResult): void => {
        results.push(r);
        done += 1;
        o.onProgress?.(done);
      };
      child.on('message', (m: FromChild) => {
        if (m.type === 'ready') ready = true;
        else if (m.type === 'start') {
          const started = { index: m.index, seed: m.seed, kinds: m.kinds, at: performance.now() };
          current = started;
          clearTimeout(watchdog);
          watchdog = setTimeout(() => {
            if (current !== started) return;
            killedForHang = true;
            record({ ...started, outcome: 'hang', ms: performance.now() - started.at, invalid: [], detail: `no answer after ${hangMs} ms` });
            current = undefined;
            child.kill('SIGKILL');
            runRange(started.index + 1, to).then(resolve, reject);
          }, hangMs);
        } else if (m.type === 'done') {
          clearTimeout(watchdog);
          peakRssMb = Math.max(peakRssMb, m.rssMb);
          current = undefined;
          record(m.result);
        } else if (m.type === 'end') {
          peakRssMb = Math.max(peakRssMb, m.rssMb);
          ended = true;
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(watchdog);
        if (killedForHang) return; // the replacement is already running
        if (ended && !current) return resolve();
        if (!ready) return reject(new Error(`fuzz child did not start (${signal ?? code}): ${stderr}`));
        // it died on the mutant it was reading (an exception, an unhandled rejection, out of memory)
        const at = current;
        if (!at) return reject(new Error(`fuzz child died between mutants (${signal ?? code}): ${stderr}`));
        record({ ...at, outcome: 'crash', ms: performance.now() - at.at, invalid: [], detail: `child exited (${signal ?? code}): ${stderr.trim().split('\n').slice(-4).join(' | ')}` });
        runRange(at.index + 1, to).then(resolve, reject);
      });
    });

  await Promise.all(ranges.map(([a, b]) => runRange(a, b)));
  results.sort((a, b) => a.index - b.index);
  const outcomes: Record<string, number> = {};
  const byKind: Record<string, Record<string, number>> = {};
  for (const r of results) {
    outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    for (const k of r.kinds.length ? r.kinds : ['(none)']) {
      byKind[k] ??= {};
      byKind[k][r.outcome] = (byKind[k][r.outcome] ?? 0) + 1;
    }
  }
  return {
    count: results.length,
    outcomes,
    byKind,
    crashes: results.filter((r) => r.outcome === 'crash'),
    hangs: results.filter((r) => r.outcome === 'hang'),
    invalid: results.filter((r) => r.invalid.length > 0),
    peakRssMb,
    slowest: [...results].sort((a, b) => b.ms - a.ms).slice(0, 5),
    wallMs: performance.now() - t0,
  };
}
