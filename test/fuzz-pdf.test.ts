// PDF fuzzing (issue 6), the fixed-seed sample that runs in CI: mutants of the committed PDFs
// (test/helpers/pdf-mutate.ts: truncation, bit flips, removed xref, bogus object streams, huge /Count,
// deep nesting …) through kjhz's PDF reader, each in a child process watched for crashes and hangs
// (test/helpers/pdf-fuzz.ts). `npm run fuzz` runs the long campaign (scripts/fuzz.ts).
// Plus the files the fuzzer found that broke kjhz, kept as regression fixtures (test/fixtures/pdf-fuzz).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../src/pdf/inspect.js';
import { inspectPdfIsolated } from '../src/pdf/isolated.js';
import { readPdfFile } from '../src/pdf/read.js';
import { defaultPolicy } from '../src/policy/index.js';
import { MUTATION_KINDS } from './helpers/pdf-mutate.js';
import { checkFacts, runPdfFuzz } from './helpers/pdf-fuzz.js';
import { contentParseHang } from './helpers/hang-pdf.js';

const SEED = Number(process.env.KJHZ_FUZZ_SEED ?? 20241120);
const COUNT = Number(process.env.KJHZ_FUZZ_PDF_SAMPLE ?? 160);
const policy = defaultPolicy();
const FOUND = path.join(import.meta.dirname, 'fixtures/pdf-fuzz');
const ROOT = path.join(import.meta.dirname, '..');

describe('PDF fuzzing: a fixed-seed sample of mutants of the real fixtures', () => {
  it('every mutant gives facts or a problem with an explanation: no crash, no hang, no inconsistent facts', async () => {
    // a per-file limit of 3 s (the policy allows 15 s) keeps the sample fast; the mechanism is the same
    const inspect = { firstPages: 30, timeoutMs: 3_000, maxPages: policy.attachment.maxPages };
    const s = await runPdfFuzz({ seed: SEED, count: COUNT, procs: 1, inspect, hangMs: 30_000 });
    console.log(`fuzz-pdf: ${s.count} cases (seed ${SEED}): ${JSON.stringify(s.outcomes)}; crashes ${s.crashes.length}, hangs ${s.hangs.length}, inconsistent ${s.invalid.length}; peak RSS ${s.peakRssMb} MB`);
    expect(s.count).toBe(COUNT);
    expect(s.crashes).toEqual([]);
    expect(s.hangs).toEqual([]);
    expect(s.invalid).toEqual([]);
    // the sample exercises every kind of mutation, and mutants both readable and refused
    for (const kind of MUTATION_KINDS) expect(s.byKind[kind], kind).toBeDefined();
    expect(s.outcomes.ok).toBeGreaterThan(0);
    expect(s.outcomes.corrupt).toBeGreaterThan(0);
  }, 180_000);
});

describe('PDF fuzzing: files the fuzzer found', () => {
  it('a page tree whose prefetched kids fail does not end the process with an unhandled rejection (pdf.js 5.4)', async () => {
    // in a child process: the test runner's own unhandled-rejection handler must not be the one that copes
    const file = path.join(FOUND, 'kids-prefetch-rejection.pdf');
    const script = `import { inspectPdf } from ${JSON.stringify(path.join(ROOT, 'src/pdf/inspect.ts'))};
      import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
      const f = await inspectPdf(readFileSync(${JSON.stringify(file)}), { firstPages: 30, timeoutMs: 15000, maxPages: 2000 });
      await new Promise((r) => setTimeout(r, 300)); // the stray rejection arrives after the result
      process.stdout.write(JSON.stringify(f));`;
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end();
    });
    expect(out.stderr).not.toMatch(/UnhandledPromiseRejection|ParserEOFException/);
    expect(out.code).toBe(0);
    const facts = JSON.parse(out.stdout.slice(out.stdout.indexOf('{"pages"')));
    expect(checkFacts(facts, { firstPages: 30, timeoutMs: 15000, maxPages: 2000 })).toEqual([]);
  }, 90_000);

  it('an /Encrypt /Length of 99999999999999999999 (minutes of hashing ~200 MB buffers in one pdf.js step) is stopped by the memory cap of a read, at once', async () => {
    const bytes = readFileSync(path.join(FOUND, 'encrypt-key-length-hang.pdf'));
    const t0 = performance.now();
    const f = await inspectPdfIsolated(bytes, { firstPages: 3, timeoutMs: 60_000, maxPages: 2000 });
    expect(f.problem).toBe('corrupt');
    expect(f.problemDetail).toContain('解压后过大');
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);

  it('a read that never yields (a content stream pdf.js parses for a minute) is stopped at the time limit', async () => {
    const f = await inspectPdfIsolated(contentParseHang(), { firstPages: 3, timeoutMs: 1_000, maxPages: 2000 });
    expect(f.problem).toBe('timeout');
    expect(f.problemDetail).toContain('超过时间限制');
    // and the reader is usable again afterwards (a fresh thread)
    const ok = await inspectPdfIsolated(readFileSync(path.join(import.meta.dirname, 'fixtures/pdf/valid-zh.pdf')), { firstPages: 3, timeoutMs: 15_000, maxPages: 2000 });
    expect(ok.problem).toBeUndefined();
    expect(ok.pages).toBe(2);
  }, 60_000);

  it('kjhz reads attachments through the stoppable reader (src/pdf/read.ts), at the policy time limit', async () => {
    const file = path.join(tmpdir(), `kjhz-hang-${process.pid}.pdf`);
    writeFileSync(file, contentParseHang());
    const short = { ...policy, attachment: { ...policy.attachment, readTimeoutMs: 1_000 } };
    try {
      const f = await readPdfFile(file, { path: 'attachments.businessLicense', file: 'x.pdf', status: 'ok' }, short);
      expect(f?.problem).toBe('timeout');
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);

  it('a negative page count (/Count -2147483648) is a corrupt file, not a scan without text', async () => {
    const src = readFileSync(path.join(import.meta.dirname, 'fixtures/pdf/broken-content.pdf'), 'latin1');
    const mutated = src.replace('/Count 1', '/Count -2147483648');
    expect(mutated).not.toBe(src);
    const f = await inspectPdf(Buffer.from(mutated, 'latin1'), { firstPages: 3, timeoutMs: 15_000, maxPages: 2000 });
    expect(f.problem).toBe('corrupt');
    expect(f.problemDetail).toContain('-2147483648');
    expect(f.hasText).toBe(false);
  });
});
