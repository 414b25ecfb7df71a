// The worker pool: the same reports as checking in this thread (PDFs read in the workers), in the
// order of the files; a worker that exits, throws or hangs costs one failed row, never the batch.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck, type RunOptions } from '../src/check/run.js';
import { prestartWorkers, spareWorkerCount } from '../src/check/pool.js';
import { discoverDossiers } from '../src/load/discover.js';
import type { RunReport } from '../src/core/report.js';
import { AS_OF, ensureBuilt, kjhz, SAMPLES, uniqueDossier, writeDossier } from './batch-fixture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-pool-'));
let files: string[] = [];
const base: RunOptions = { asOf: new Date(AS_OF), lang: 'zh', cwd: dir };

beforeAll(async () => {
  // Samples with their PDFs (one whose PDFs contradict its dossier), and a pair with the same lead
  // (a batch finding must come through the pool too).
  for (const s of ['broken-attachments', 'valid-aid', 'valid-key-country', 'valid-regional']) cpSync(path.join(SAMPLES, s), path.join(dir, s), { recursive: true });
  const lead = uniqueDossier(1).lead;
  writeDossier(path.join(dir, 'pair', 'p1'), uniqueDossier(2, { lead }), false);
  writeDossier(path.join(dir, 'pair', 'p2'), uniqueDossier(3, { lead }), false);
  files = await discoverDossiers([dir]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker pool', () => {
  test('workers give exactly the reports of the main thread, in file order, with progress for each', async () => {
    const inThread = await runCheck(files, base);
    const seen: string[] = [];
    const pooled = await runCheck(files, { ...base, workers: 2, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(pooled).toEqual(inThread);
    expect(pooled.dossiers.map((d) => d.file)).toEqual(files.map((f) => path.relative(dir, f)));
    expect(pooled.batch.findings.map((f) => f.rule)).toContain('batch-duplicate-lead');
    expect(seen).toEqual(files.map((_, i) => `${i + 1}/${files.length}`));
  });

  test('workers started ahead of the run (as the CLI does for a batch) are taken by it, with the same reports; the ones it does not need are stopped', async () => {
    const inThread = await runCheck(files, base);
    // one that does not read PDFs cannot serve a run that does
    prestartWorkers(1, false);
    prestartWorkers(2, true);
    expect(spareWorkerCount()).toBe(3);
    const pooled = await runCheck(files, { ...base, workers: 2, readPdf: async () => undefined });
    expect(spareWorkerCount()).toBe(0);
    // the workers read the PDFs themselves (readPdf only says that PDFs are read): their facts are in the reports
    expect(pooled.dossiers.some((d) => (d.verified ?? []).length > 0)).toBe(true);
    const withPdfs = await runCheck(files, { ...base, readPdf: (await import('../src/pdf/read.js')).readPdfFile });
    expect(pooled).toEqual(withPdfs);
    expect(pooled).not.toEqual(inThread);
  });

  test('the built CLI reads the PDFs in its workers (dist/check/poolWorker.js) and reports as with one thread', async () => {
    ensureBuilt();
    const args = ['check', '.', '--as-of', AS_OF, '--format', 'json'];
    const [one, two] = await Promise.all([kjhz([...args, '--jobs', '1'], dir), kjhz([...args, '--jobs', '2'], dir)]);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as RunReport;
    expect(report.dossiers).toHaveLength(files.length);
    // What the PDFs say was cross-checked: verified facts, and the contradictions of broken-attachments.
    expect(report.dossiers.some((d) => (d.verified ?? []).length > 0)).toBe(true);
    expect(report.dossiers.find((d) => d.file.startsWith('broken-attachments'))!.findings.some((f) => f.rule !== 'attachment-file' && f.path === 'attachments.businessLicense')).toBe(true);
  });

  test('a worker that exits, throws or hangs on a dossier gives that dossier one failed row; every other dossier is reported as usual', async () => {
    const reference = await runCheck(files, base);
    const faults = [
      { on: 'valid-aid', mode: 'exit' },
      { on: 'valid-key-country', mode: 'throw' },
      { on: 'valid-regional', mode: 'hang' },
    ] as const;
    const pooled = await runCheck(files, { ...base, workers: 2, faults: [...faults], dossierTimeoutMs: 3000 });
    expect(pooled.dossiers).toHaveLength(files.length);
    pooled.dossiers.forEach((d, i) => {
      const fault = faults.find((f) => d.file.includes(f.on));
      if (!fault) return expect(d).toEqual(reference.dossiers[i]);
      expect(d.file).toBe(reference.dossiers[i]!.file);
      expect(d.status).toBe('unreadable');
      expect(d.counts.error).toBe(1);
      expect(d.findings[0]).toMatchObject({ rule: 'internal-error', severity: 'error' });
      expect(d.findings[0]!.message).toMatch(fault.mode === 'hang' ? /超过3秒仍未完成/ : /处理线程异常终止/);
    });
    expect(pooled.batch).toEqual(reference.batch);
  });

  test('with no workers, or one dossier, checking stays in this thread (the worker-only fault never fires); one worker is a pool', async () => {
    const none = await runCheck(files, { ...base, workers: 0, faults: [{ on: 'valid-aid', mode: 'exit' }] });
    expect(none.dossiers.find((d) => d.file.includes('valid-aid'))!.status).toBe('pass');
    const one = await runCheck(files, { ...base, workers: 1, faults: [{ on: 'valid-aid', mode: 'exit' }] });
    expect(one.dossiers.find((d) => d.file.includes('valid-aid'))!.status).toBe('unreadable');
    expect(one.dossiers.filter((d) => !d.file.includes('valid-aid'))).toEqual(none.dossiers.filter((d) => !d.file.includes('valid-aid')));
    const alone = await runCheck(files.filter((f) => f.includes('valid-aid')), { ...base, workers: 4, faults: [{ on: 'valid-aid', mode: 'exit' }] });
    expect(alone.dossiers[0]!.status).toBe('pass');
  });
});
