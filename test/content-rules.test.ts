// The content rules on real PDFs (made by scripts/make-fixtures.ts and committed): each planted mistake in
// test/fixtures/dossiers/*/fixture.yaml is found, and the clean dossier gives none of them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../src/check/checkDossier.js';
import { readPdfFile } from '../src/pdf/read.js';
import { contentRules } from '../src/rules/content.js';
import type { DossierReport } from '../src/core/report.js';

const dir = (name: string) => path.join(new URL('./fixtures/dossiers/', import.meta.url).pathname, name, 'dossier.yaml');
const asOf = new Date('2024-11-20T10:00:00+08:00');
const reports = new Map<string, Promise<DossierReport>>();
const check = (name: string, pdf = true) => {
  const key = `${name}:${pdf}`;
  if (!reports.has(key)) reports.set(key, checkDossier(dir(name), { asOf, lang: 'zh', ...(pdf ? { readPdf: readPdfFile } : {}) }));
  return reports.get(key)!;
};
const contentIds = new Set(contentRules.map((r) => r.id));

async function expectFinding(name: string, rule: string, severity: string, pathOf: string, says: RegExp) {
  const r = await check(name);
  const f = r.findings.filter((f) => f.rule === rule && f.path === pathOf && says.test(f.message));
  expect(f, `${rule} at ${pathOf} in ${name}: ${JSON.stringify(r.findings.filter((x) => x.rule === rule))}`).toHaveLength(1);
  expect(f[0]!.severity).toBe(severity);
}

describe('a dossier whose PDFs say what it declares', () => {
  it('gets no content finding, and the report shows what was verified', async () => {
    const r = await check('key-country-ok');
    expect(r.findings.filter((f) => contentIds.has(f.rule))).toEqual([]);
    expect(r.status).toBe('pass');
    const verified = r.verified!.map((v) => `${v.path} ${v.what} ${v.value}`);
    expect(verified).toContain('attachments.noveltySearch.file 查新完成日期 2024-06-18');
    expect(verified.some((v) => v.startsWith('attachments.businessLicense 统一社会信用代码'))).toBe(true);
  });
  it('in English, the verified values are in English words (only what the PDFs say stays Chinese)', async () => {
    const zh = await check('key-country-ok');
    const en = await checkDossier(dir('key-country-ok'), { asOf, lang: 'en', readPdf: readPdfFile });
    const value = (r: DossierReport, what: RegExp) => r.verified!.find((v) => what.test(v.what))?.value;
    const hired = async (lang: 'zh' | 'en') => value(await checkDossier(dir('traps-regional'), { asOf, lang, readPdf: readPdfFile }), /^(受聘期限|hiring term)$/);
    expect(await hired('zh')).toBe('2023-07-01至2028-12-31');
    expect(await hired('en')).toBe('2023-07-01 to 2028-12-31');
    expect(value(zh, /^中英文对照$/)).toMatch(/^\d+字\/\d+个英文词$/);
    expect(value(en, /^Chinese and English$/)).toMatch(/^\d+ Chinese characters \/ \d+ English words$/);
    expect(value(en, /^project name$/)).toMatch(/ \(\d+%\)$/);
  });
  it('without reading the PDFs, no content rule runs at all', async () => {
    const r = await check('regional-planted', false);
    expect(r.findings.filter((f) => contentIds.has(f.rule))).toEqual([]);
  });
});

describe('planted mistakes (regional-planted)', () => {
  const d = 'regional-planted';
  it('license-content: another credit code on the certificate', () => expectFinding(d, 'license-content', 'error', 'attachments.businessLicense', /12140000405712349J/));
  it('employment-content: hiring term ends before the period', () => expectFinding(d, 'employment-content', 'error', 'attachments.employmentProof', /2026-06-30/));
  it('agreement-text: no 知识产权 clause', () => expectFinding(d, 'agreement-text', 'warning', 'agreements.0.file', /知识产权/));
  it('funding-commitment-text: 20万元 instead of the declared amount', () => expectFinding(d, 'funding-commitment-text', 'error', 'attachments.fundingCommitment', /20/));
  it('novelty-search-text: the report itself is from April 2024', () => expectFinding(d, 'novelty-search-text', 'error', 'attachments.noveltySearch.file', /2024-04-10/));
  it('attachment-no-text: a scan is one warning, never an error', async () => {
    await expectFinding(d, 'attachment-no-text', 'warning', 'attachments.leadQualification', /扫描件/);
    const r = await check(d);
    expect(r.findings.filter((f) => f.path === 'attachments.leadQualification' && f.severity === 'error')).toEqual([]);
  });
});

describe('planted mistakes (traps-key-country)', () => {
  const d = 'traps-key-country';
  it('agreement-text: no English text for a German partner', () => expectFinding(d, 'agreement-text', 'error', 'agreements.0.file', /没有英文/));
  it('audit-report-text: 2022 report, no accounting firm', async () => {
    await expectFinding(d, 'audit-report-text', 'error', 'attachments.auditReport', /2022年度/);
    await expectFinding(d, 'audit-report-text', 'error', 'attachments.auditReport', /会计师事务所/);
  });
  it('novelty-search-text: a report for another project, with how similar', () => expectFinding(d, 'novelty-search-text', 'error', 'attachments.noveltySearch.file', /稀土永磁.*相似度\d+%/));
  it('application-form-text: the form names another project', () => expectFinding(d, 'application-form-text', 'warning', 'attachments.applicationForm', /高性能镁合金/));
  it('qualification-content: someone else\'s certificate', async () => {
    await expectFinding(d, 'qualification-content', 'warning', 'attachments.leadQualification', /张晓明/);
    await expectFinding(d, 'qualification-content', 'warning', 'attachments.leadQualification', /正高级工程师/);
  });
  it('attachment-pdf: encrypted file, Letter pages', async () => {
    await expectFinding(d, 'attachment-pdf', 'error', 'attachments.fundingCommitment', /加密/);
    await expectFinding(d, 'attachment-pdf', 'warning', 'attachments.integrityPledge', /不是A4/);
  });
});

describe('agreement-text: a Chinese-only agreement is not 中英文对照 because it names its partner in English', () => {
  // 二.3 “涉及国际科技合作的项目需提供中英文对照协议”: test/fixtures/realistic (LibreOffice exports); the twin's
  // Chinese agreement with the Korea Institute of Science and Technology has its name, address and
  // signature block in English (27 words), its base the same agreement in both languages
  const realistic = (dir: string) => path.join(new URL('./fixtures/realistic/', import.meta.url).pathname, dir, 'dossier.yaml');
  const agreementText = async (dir: string) => (await checkDossier(realistic(dir), { asOf, lang: 'zh', readPdf: readPdfFile })).findings.filter((f) => f.rule === 'agreement-text' && f.severity === 'error');
  it('the Chinese-only one: no English text, an error', async () => {
    const f = await agreementText('twins/agreement-chinese-only-declared-bilingual');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/中韩合作协议\.pdf.*没有英文文本/)]);
    expect(f[0]!.path).toBe('agreements.0.file');
  });
  it('the bilingual one: no error', async () => {
    expect(await agreementText('cities/省直/14-山西省化工研究所-基地平台')).toEqual([]);
  });
});

describe('planted mistakes (traps-regional)', () => {
  const d = 'traps-regional';
  it('attachment-pdf: a truncated licence and a print-restricted proof', async () => {
    await expectFinding(d, 'attachment-pdf', 'error', 'attachments.businessLicense', /损坏/);
    await expectFinding(d, 'attachment-pdf', 'warning', 'attachments.employmentProof', /权限密码/);
  });
  it('novelty-search-text: the printed date differs from the declared one', () => expectFinding(d, 'novelty-search-text', 'error', 'attachments.noveltySearch.file', /2024-07-01.*2024-05-20/));
  it('agreement-text: the printed term ends before the period', () => expectFinding(d, 'agreement-text', 'error', 'agreements.0.file', /2026-12-31/));
  it('platform-proof-text: a provincial lab is no national platform type', () => expectFinding(d, 'platform-proof-text', 'warning', 'attachments.platformProof', /平台类型/));
});

describe('every content rule is exercised by a planted mistake', () => {
  it('covers all of contentRules', async () => {
    const fired = new Set<string>();
    for (const d of ['regional-planted', 'traps-key-country', 'traps-regional']) for (const f of (await check(d)).findings) fired.add(f.rule);
    expect([...contentIds].filter((id) => !fired.has(id))).toEqual([]);
  });
});
