// --no-ocr says so: the scans it leaves unread are 'ocr-off' (not 'no-text', not 'ocr-failed') in the JSON
// report and in the words of every format, whether the dossier is checked on the CLI's own thread or in the
// batch pool's workers (the choice crosses to them in the run's job).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/report.js';
import { FORMATS } from '../../src/cli/check.js';
import { checkDossier } from '../../src/check/checkDossier.js';
import { readPdfFile } from '../../src/pdf/read.js';
import { attachmentRead } from '../../src/core/marks.js';
import { defaultPolicy } from '../../src/policy/index.js';
import type { AttachmentFact } from '../../src/core/attachments.js';
import { AS_OF, ensureBuilt, kjhz, ROOT } from '../cli-bin.js';

const clean = path.join(ROOT, 'test/fixtures/scans/regional-clean');
const OFF_ZH = '扫描件，未进行文字识别（--no-ocr）';

async function checkJson(args: string[]): Promise<RunReport> {
  ensureBuilt();
  const r = await kjhz(['check', ...args, '--no-ocr', '--as-of', AS_OF, '-f', 'json']);
  expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  return JSON.parse(r.stdout) as RunReport;
}

describe('kjhz check --no-ocr', { timeout: 180_000 }, () => {
  it('one dossier: every scanned attachment is not read for reason ocr-off, and its finding says --no-ocr', async () => {
    const run = await checkJson([clean]);
    const d = run.dossiers[0]!;
    expect(d.attachments!.length).toBe(11);
    expect(d.attachments!.every((a) => a.read === 'not-read' && a.reason === 'ocr-off')).toBe(true);
    expect(d.notRead).toBe(11);
    const scans = d.findings.filter((f) => f.rule === 'attachment-no-text');
    // (the pledge has no content check: it is only listed as not read)
    expect(scans).toHaveLength(10);
    expect(scans[0]!.message).toBe('附件“申报书.pdf”是扫描件，未进行文字识别（--no-ocr），kjhz 未核对其内容，请人工检查');
    expect(scans.every((f) => f.message.includes('（--no-ocr）') && f.hint?.includes('去掉 --no-ocr'))).toBe(true);
    // no seal was looked for, so none is called missing
    expect(d.findings.filter((f) => f.rule === 'attachment-seal')).toEqual([]);

    // every format names the reason in the user's words
    for (const [format, render] of Object.entries(FORMATS)) {
      if (format === 'json') continue;
      const zh = render(run, { lang: 'zh', color: false, quiet: false });
      expect(zh, format).toContain(OFF_ZH);
      expect(zh, format).not.toContain('文字识别失败');
      expect(zh, format).not.toContain('无文字层');
    }
    expect(FORMATS.pretty(run, { lang: 'en', color: false, quiet: false })).toContain('a scan, not recognised (--no-ocr)');
  });

  it('a batch in the pool\'s workers: the same reason; born-digital attachments are read as before', async () => {
    const run = await checkJson([path.join(ROOT, 'test/fixtures/scans'), '--jobs', '2']);
    // (pages/ holds PDFs without a dossier: an unreadable entry)
    const dossiers = run.dossiers.filter((d) => d.attachments);
    const byName = new Map(dossiers.map((d) => [path.basename(path.dirname(d.file)), d]));
    expect([...byName.keys()].sort()).toEqual(['key-country', 'key-country-zh-only', 'regional-clean', 'regional-planted']);
    for (const d of dossiers) expect(d.attachments!.filter((a) => a.read === 'not-read').every((a) => a.reason === 'ocr-off'), d.file).toBe(true);
    expect(byName.get('regional-clean')!.notRead).toBe(11);
    // regional-planted: its 申报书 and 意向书 are born-digital
    expect(byName.get('regional-planted')!.attachments!.filter((a) => a.read === 'text').map((a) => a.file)).toEqual(['申报书.pdf', '合作意向书-上海储能.pdf']);
    expect(byName.get('regional-planted')!.notRead).toBe(9);
    // key-country: only its agreement is a scan
    const kc = byName.get('key-country')!;
    expect(kc.attachments!.filter((a) => a.read === 'not-read').map((a) => a.path)).toEqual(['agreements.0.file']);
    expect(kc.attachments!.filter((a) => a.read === 'text').length).toBe(kc.attachments!.length - 1);
  });

  it('is told apart from a scan read without OCR by a program (no-text) and from OCR that failed (ocr-failed)', async () => {
    // kjhz as a library, reading PDFs without asking for OCR: nothing says the user turned it off
    const r = await checkDossier(path.join(clean, 'dossier.yaml'), { asOf: new Date(AS_OF), lang: 'zh', readPdf: (f, fact, policy) => readPdfFile(f, fact, policy) });
    expect(new Set(r.attachments!.map((a) => a.reason))).toEqual(new Set(['no-text']));
    expect(r.findings.filter((f) => f.rule === 'attachment-no-text').every((f) => !f.message.includes('--no-ocr'))).toBe(true);
    // the same page read with OCR that fails (an image that does not decode), and with OCR switched off
    const file = path.join(ROOT, 'test/fixtures/scans/pages/bad-jpeg.pdf');
    const fact = (): AttachmentFact => ({ path: 'attachments.fundingCommitment', file: 'bad-jpeg.pdf', status: 'ok' });
    const policy = defaultPolicy();
    const failed = fact();
    failed.pdf = await readPdfFile(file, failed, policy, {});
    expect(attachmentRead(failed, true)).toMatchObject({ read: 'not-read', reason: 'ocr-failed' });
    const off = fact();
    off.pdf = await readPdfFile(file, off, policy, false);
    expect(off.pdf!.ocr).toBeUndefined();
    expect(attachmentRead(off, true)).toMatchObject({ read: 'not-read', reason: 'ocr-off' });
  });
});
