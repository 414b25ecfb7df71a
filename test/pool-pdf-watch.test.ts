// The pool's workers read PDFs on their own thread, watched by the pool (src/check/pool.ts): a read that
// overruns its time limit stops the worker and the dossier is checked again without that file, which
// gets problem 'timeout'; a worker that dies while reading gives that file 'corrupt'. The findings are
// the same as with the stoppable reader thread (src/pdf/isolated.ts) that one dossier is read with.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck, type RunOptions } from '../src/check/run.js';
import { readPdfFile } from '../src/pdf/read.js';
import { discoverDossiers } from '../src/load/discover.js';
import { contentParseHang } from './helpers/hang-pdf.js';

const SAMPLES = path.join(import.meta.dirname, '..', 'samples');
const AS_OF = new Date('2024-11-20T10:00:00+08:00');
const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-pool-watch-'));
let files: string[] = [];
const base: RunOptions = { asOf: AS_OF, lang: 'zh', cwd: dir, readPdf: readPdfFile };

beforeAll(async () => {
  for (const s of ['valid-aid', 'valid-key-country', 'valid-regional']) cpSync(path.join(SAMPLES, s), path.join(dir, s), { recursive: true });
  // a licence whose content stream keeps pdf.js parsing for over a minute in one step
  cpSync(path.join(SAMPLES, 'valid-key-country'), path.join(dir, 'hang-licence'), { recursive: true });
  writeFileSync(path.join(dir, 'hang-licence', '营业执照.pdf'), contentParseHang());
  files = await discoverDossiers([dir]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pool: PDF reads watched from the pool', () => {
  test('a PDF read that overruns the time limit gives that file a timeout, the rest of the dossier checked, as on one thread', async () => {
    const pooled = await runCheck(files, { ...base, workers: 2 });
    const hung = pooled.dossiers.find((d) => d.file.startsWith('hang-licence'))!;
    expect(hung.status).not.toBe('unreadable');
    const timeout = hung.findings.filter((f) => f.rule === 'attachment-pdf' && f.path === 'attachments.businessLicense');
    expect(timeout).toHaveLength(1);
    expect(timeout[0]!.message).toMatch(/读取超时/);
    // the dossier's other PDFs were read after the worker was replaced: what they say was verified
    expect((hung.verified ?? []).length).toBeGreaterThan(0);
    // exactly what the reader thread gives when the same files are checked on this thread
    const here = await runCheck(files, base);
    expect(pooled.dossiers).toEqual(here.dossiers);
  }, 120_000);

  test('a worker that dies while reading a PDF gives that file one corrupt finding; its other files and the other dossiers are checked as usual', async () => {
    const some = files.filter((f) => !f.includes('hang-licence'));
    const reference = await runCheck(some, base);
    const pooled = await runCheck(some, { ...base, workers: 2, faults: [{ on: 'valid-aid', mode: 'exit-reading' }] });
    expect(pooled.dossiers.some((d) => d.file.startsWith('valid-aid'))).toBe(true);
    pooled.dossiers.forEach((d, i) => {
      if (!d.file.startsWith('valid-aid')) return expect(d).toEqual(reference.dossiers[i]);
      const ref = reference.dossiers[i]!;
      // the first PDF read (the application form) is the one the worker died on
      const form = d.findings.filter((f) => f.path === 'attachments.applicationForm' && f.rule === 'attachment-pdf');
      expect(form).toHaveLength(1);
      expect(form[0]!.message).toMatch(/已损坏/);
      expect(form[0]!.message).toMatch(/阅读器异常退出（exit 70）/);
      expect(d.status).toBe('fail');
      // every other attachment was read: the same facts verified as on the reference run, less the form's
      const others = (v: typeof ref.verified) => (v ?? []).filter((x) => x.path !== 'attachments.applicationForm');
      expect(others(d.verified)).toEqual(others(ref.verified));
    });
  }, 120_000);
});
