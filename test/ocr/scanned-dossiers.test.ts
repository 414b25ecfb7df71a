// Every content rule and the seal rule on real scans (test/fixtures/scans, made by scripts/make-scans.ts
// from the born-digital samples: rasterised, stamped, skewed, noisy, JPEG, image-only PDFs). The clean
// scanned dossier must pass as its born-digital twin does, with the same facts verified; each planted
// mistake must be found on the scan. OCR results go to a fresh cache folder, so nothing passes from a
// cache filled before (and the second run shows the cache at work).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/check/checkDossier.js';
import { readPdfFile } from '../../src/pdf/read.js';
import type { DossierReport } from '../../src/core/report.js';
import type { CheckOptions } from '../../src/check/checkDossier.js';
import { nearlySame } from '../../src/core/textfacts.js';

const ROOT = path.join(import.meta.dirname, '../..');
const asOf = new Date('2024-11-20T10:00:00+08:00');
const cacheDir = mkdtempSync(path.join(tmpdir(), 'kjhz-ocr-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

let ocrPages = 0;
const withOcr: NonNullable<CheckOptions['readPdf']> = (file, fact, policy) => readPdfFile(file, fact, policy, { cacheDir }, (page) => void (page > 0 && ocrPages++));
const reports = new Map<string, Promise<DossierReport>>();
const check = (dir: string, readPdf: NonNullable<CheckOptions['readPdf']> = withOcr) => {
  const key = `${dir}:${readPdf === withOcr}`;
  if (!reports.has(key)) reports.set(key, checkDossier(path.join(ROOT, dir, 'dossier.yaml'), { asOf, lang: 'zh', readPdf }));
  return reports.get(key)!;
};
const textOnly: NonNullable<CheckOptions['readPdf']> = (file, fact, policy) => readPdfFile(file, fact, policy);
const line = (v: { path: string; what: string; value: string }) => `${v.path} ${v.what} ${v.value.replace(/（\d+%）$/, '')}`;

// OCR is slow on a shared two-core machine: minutes, not the suite's default minute
const OCR_TIMEOUT_MS = 900_000;

describe('a clean scanned dossier (every attachment a scan)', { timeout: OCR_TIMEOUT_MS }, () => {
  it('gets no error and no seal warning, and every fact verified on its born-digital twin is verified on the scan', async () => {
    const [scan, twin] = await Promise.all([check('test/fixtures/scans/regional-clean'), check('samples/valid-regional', textOnly)]);
    expect(scan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(scan.findings.filter((f) => f.rule === 'attachment-seal' || f.rule === 'attachment-no-text')).toEqual([]);
    expect(scan.status).toBe('pass');
    // the same facts; a passage quoted from the page (查新项目名称) may show the recogniser's one misread character
    for (const v of twin.verified!) {
      const same = scan.verified!.find((s) => s.path === v.path && s.what === v.what && nearlySame(s.value.replace(/（\d+%）$/, ''), v.value.replace(/（\d+%）$/, '')));
      expect(same, line(v)).toBeDefined();
    }
    // read from a scan, and said so
    expect(scan.verified!.filter((v) => v.path !== 'attachments.integrityPledge').every((v) => v.source === 'ocr')).toBe(true);
    expect(twin.verified!.some((v) => v.source)).toBe(false);
  });
  it('lists the seals found: both units on each agreement, the applicant on the proof, the commitment and the pledge', async () => {
    const seals = (await check('test/fixtures/scans/regional-clean')).verified!.filter((v) => v.what === '公章').map((v) => `${v.path} ${v.value}`);
    expect(seals).toEqual([
      'agreements.0.file 2枚（第1页）',
      'agreements.1.file 2枚（第1页）',
      'attachments.employmentProof 1枚（第1页）',
      'attachments.fundingCommitment 1枚（第1页）',
      'attachments.integrityPledge 1枚（第1页）',
    ]);
  });
  it('is read from the cache the second time: no page recognised again', async () => {
    await check('test/fixtures/scans/regional-clean');
    expect(readdirSync(cacheDir).length).toBeGreaterThanOrEqual(11);
    const before = ocrPages;
    const again = await checkDossier(path.join(ROOT, 'test/fixtures/scans/regional-clean/dossier.yaml'), { asOf, lang: 'zh', readPdf: withOcr });
    expect(ocrPages).toBe(before);
    expect(again.verified).toEqual((await check('test/fixtures/scans/regional-clean')).verified);
  });
  it('without OCR, is one "scan, check by hand" warning per attachment, as before', async () => {
    const r = await check('test/fixtures/scans/regional-clean', textOnly);
    expect(r.findings.filter((f) => f.rule === 'attachment-no-text').length).toBeGreaterThanOrEqual(9);
    expect(r.findings.filter((f) => f.rule === 'attachment-seal')).toEqual([]);
    expect(r.verified).toEqual([]);
  });
});

describe('mistakes planted in scanned documents are found on the scan', { timeout: OCR_TIMEOUT_MS }, () => {
  const planted = 'test/fixtures/scans/regional-planted';
  async function expectFinding(rule: string, severity: string, at: string, says: RegExp) {
    const r = await check(planted);
    const f = r.findings.filter((f) => f.rule === rule && f.path === at && says.test(f.message));
    expect(f, `${rule} at ${at}: ${JSON.stringify(r.findings.filter((x) => x.rule === rule))}`).toHaveLength(1);
    expect(f[0]!.severity).toBe(severity);
  }
  it('another unit\'s licence (a valid code of another unit, another name)', async () => {
    await expectFinding('license-content', 'error', 'attachments.businessLicense', /91140100MA0L1K2M9L/);
    await expectFinding('license-content', 'warning', 'attachments.businessLicense', /晋城新能源材料有限公司/);
  });
  it('a certificate of another person', () => expectFinding('qualification-content', 'warning', 'attachments.leadQualification', /赵敏/));
  it('a hiring term that ends before the period', () => expectFinding('employment-content', 'error', 'attachments.employmentProof', /2025-12-31/));
  it('an agreement without its IP clause, and without the partner\'s seal', async () => {
    await expectFinding('agreement-text', 'warning', 'agreements.0.file', /知识产权/);
    await expectFinding('attachment-seal', 'warning', 'agreements.0.file', /只见1枚公章.*北京科技大学/);
  });
  it('a smaller committed amount', () => expectFinding('funding-commitment-text', 'error', 'attachments.fundingCommitment', /45万元/));
  it('an audit of 2022 by no accounting firm', async () => {
    await expectFinding('audit-report-text', 'error', 'attachments.auditReport', /2022年度/);
    await expectFinding('audit-report-text', 'error', 'attachments.auditReport', /会计师事务所/);
  });
  it('a provincial platform', () => expectFinding('platform-proof-text', 'warning', 'attachments.platformProof', /国家级科技创新平台类型/));
  it('a 查新 of March, for another project', async () => {
    await expectFinding('novelty-search-text', 'error', 'attachments.noveltySearch.file', /2024-03-18/);
    await expectFinding('novelty-search-text', 'error', 'attachments.noveltySearch.file', /锂电池回收利用/);
  });
  it('an application form of another project (the clean scan, declared under another title)', async () => {
    // the clean dossier's scanned 申报书 (its OCR from the cache the clean run filled), under a new title
    const dir = path.join(cacheDir, 'other-title');
    cpSync(path.join(ROOT, 'test/fixtures/scans/regional-clean'), dir, { recursive: true });
    const yaml = path.join(dir, 'dossier.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^  title: .*$/m, '  title: 煤矸石综合利用关键技术联合研发'));
    const r = await checkDossier(yaml, { asOf, lang: 'zh', readPdf: withOcr });
    const form = r.findings.filter((f) => f.rule === 'application-form-text');
    expect(form.map((f) => [f.path, f.severity, f.message])).toEqual([['attachments.applicationForm', 'warning', '附件“申报书.pdf”中未找到项目名称“煤矸石综合利用关键技术联合研发”，请核对是否为本单位/本人的材料']]);
    // and the applicant's name is still found on it
    expect(r.verified!.some((v) => v.path === 'attachments.applicationForm' && v.source === 'ocr')).toBe(true);
  });
  it('a grey scan: its seal cannot be checked, said once (to check by hand) and never called missing; no ✔ on it', async () => {
    const r = await check(planted);
    const pledge = r.findings.filter((f) => f.path === 'attachments.integrityPledge');
    expect(pledge.map((f) => [f.rule, f.severity, f.message])).toEqual([['attachment-seal', 'warning', '附件“科研诚信承诺书.pdf”为灰度扫描，无法核对印章，请人工核对']]);
    expect(r.materials!.find((m) => m.paths.includes('attachments.integrityPledge'))!.state).toBe('warning');
  });
});

describe('international agreements on a scan', { timeout: OCR_TIMEOUT_MS }, () => {
  it('a bilingual scanned agreement is verified as Chinese and English, with the applicant\'s seal', async () => {
    const r = await check('test/fixtures/scans/key-country');
    expect(r.findings.filter((f) => f.path === 'agreements.0.file')).toEqual([]);
    const seen = r.verified!.filter((v) => v.path === 'agreements.0.file').map((v) => v.what);
    expect(seen).toEqual(expect.arrayContaining(['中英文对照', '合作单位', '有效期至', '公章']));
  });
  it('a Chinese-only scanned agreement with a foreign partner is an error', async () => {
    const r = await check('test/fixtures/scans/key-country-zh-only');
    expect(r.findings.filter((f) => f.rule === 'agreement-text' && f.severity === 'error').map((f) => f.message)).toEqual([expect.stringMatching(/没有英文文本/)]);
  });
});
