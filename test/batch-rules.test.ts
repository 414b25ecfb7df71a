// Cross-dossier rules (二.2, 二.6): each case built from literal dossiers, then end to end through runCheck.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { batchKeysOf, type CheckedDossier } from '../src/batch/keys.js';
import { runBatchRules } from '../src/batch/run.js';
import { batchRules } from '../src/batch/rules.js';
import { defaultPolicy, type Policy } from '../src/policy/index.js';
import type { DossierReport } from '../src/core/report.js';
import type { LooseDossier } from '../src/model/dossier.js';
import { runCheck } from '../src/check/run.js';
import { renderJson } from '../src/report/json.js';
import { allRules } from '../src/rules/index.js';
import { exitCodeOf } from '../src/cli/check.js';
import { uniqueDossier, writeDossier } from './batch-fixture.js';

const policy: Policy = defaultPolicy();
const salt = new Uint8Array(32).fill(7);

function entry(i: number, over: Parameters<typeof uniqueDossier>[1] = {}): CheckedDossier {
  const d = uniqueDossier(i, over) as LooseDossier;
  const report: DossierReport = { file: `d${i}/dossier.yaml`, status: 'pass', counts: { error: 0, warning: 0, info: 0 }, findings: [] };
  return { report, keys: batchKeysOf(d, salt) };
}

const run = (checked: CheckedDossier[], p: Policy = policy, lang: 'zh' | 'en' = 'zh', settings = {}) => runBatchRules(checked, p, { lang, settings });

describe('batch-duplicate-lead (二.2)', () => {
  test('the same ID number in two dossiers is an error on the batch and on both dossiers', () => {
    const lead = uniqueDossier(1).lead;
    const a = entry(2, { lead });
    const b = entry(3, { lead: { ...lead, name: '另一个名字' } });
    const c = entry(4);
    const found = run([a, b, c]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'batch-duplicate-lead', severity: 'error', clause: '二.2', dossiers: ['d2/dossier.yaml', 'd3/dossier.yaml'] });
    expect(found[0]!.message).toContain('身份证号相同');
    expect(found[0]!.message).not.toContain(lead.idNumber);
    for (const [x, other] of [[a, 'd3/dossier.yaml'], [b, 'd2/dossier.yaml']] as const) {
      expect(x.report.status).toBe('fail');
      expect(x.report.counts.error).toBe(1);
      expect(x.report.findings[0]).toMatchObject({ rule: 'batch-duplicate-lead', path: 'lead.idNumber', severity: 'error' });
      expect(x.report.findings[0]!.message).toContain(other);
    }
    expect(c.report.findings).toEqual([]);
    expect(c.report.status).toBe('pass');
  });

  test('without ID numbers, the same name and birth date is the same lead', () => {
    const lead = { ...uniqueDossier(5).lead };
    delete lead.idNumber;
    const found = run([entry(6, { lead }), entry(7, { lead: { ...lead, name: ` ${lead.name.slice(0, 1)} ${lead.name.slice(1)}` } })]);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('姓名和出生日期相同');
    expect(found[0]!.message).toContain(lead.birthDate);
  });

  test('the same name with another birth date is another person; three dossiers of one lead are one finding', () => {
    const lead = { ...uniqueDossier(8).lead };
    delete lead.idNumber;
    expect(run([entry(9, { lead }), entry(10, { lead: { ...lead, birthDate: '1980-01-02' } })])).toEqual([]);
    const same = uniqueDossier(11).lead;
    const three = [entry(12, { lead: same }), entry(13, { lead: same }), entry(14, { lead: same })];
    const found = run(three);
    expect(found).toHaveLength(1);
    expect(found[0]!.dossiers).toHaveLength(3);
    expect(three[0]!.report.findings[0]!.message).toContain('另外2份');
  });
});

describe('batch-one-recommender (二.6)', () => {
  test('one unit (by credit code) through two recommending departments is an error on each of its dossiers', () => {
    const unit = uniqueDossier(20).applicant;
    const a = entry(21, { applicant: { ...unit, recommender: '太原市科学技术局' } });
    const b = entry(22, { applicant: { ...unit, name: '完全不同的写法', recommender: '山西省工业和信息化厅' } });
    const found = run([a, b]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'batch-one-recommender', severity: 'error', clause: '二.6' });
    expect(found[0]!.message).toContain('太原市科学技术局');
    expect(found[0]!.message).toContain('山西省工业和信息化厅');
    expect(a.report.findings[0]).toMatchObject({ rule: 'batch-one-recommender', path: 'applicant.recommender' });
    expect(a.report.findings[0]!.message).toContain('山西省工业和信息化厅');
    expect(b.report.status).toBe('fail');
  });

  test('科学技术局 and 科技局 are one department; a mistyped credit code is still the same unit by name', () => {
    const unit = uniqueDossier(23).applicant;
    expect(run([entry(24, { applicant: { ...unit, recommender: '太原市科学技术局' } }), entry(25, { applicant: { ...unit, recommender: '太原市 科技局' } })])).toEqual([]);
    const found = run([entry(26, { applicant: { ...unit, recommender: '太原市科学技术局' } }), entry(27, { applicant: { ...unit, creditCode: '91140100MA0000000X', recommender: '晋中市科学技术局' } })]);
    expect(found.map((f) => f.rule)).toEqual(['batch-one-recommender']);
  });
});

describe('batch-similar-projects (二.6)', () => {
  const unit = uniqueDossier(30).applicant;
  const near = () => [
    entry(31, { applicant: unit, project: { title: '高性能镁合金轻量化部件联合研发' } }),
    entry(32, { applicant: unit, project: { title: '高性能镁合金轻量化部件联合研发与应用' } }),
  ];

  test('near-identical titles of one unit are a warning that says how similar they are', () => {
    const [a, b] = near();
    const found = run([a!, b!]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'batch-similar-projects', severity: 'warning', clause: '二.6' });
    expect(found[0]!.message).toContain('相似度90%');
    expect(found[0]!.message).toContain('阈值80%');
    expect(a!.report.findings[0]).toMatchObject({ severity: 'warning', path: 'project.title' });
    expect(a!.report.findings[0]!.message).toContain('高性能镁合金轻量化部件联合研发与应用');
    expect(a!.report.status).toBe('pass');
    expect(a!.report.counts.warning).toBe(1);
  });

  test('--max-warnings counts a batch warning once per dossier involved', () => {
    const [a, b] = near();
    const batch = run([a!, b!]);
    const report = { tool: { name: 'kjhz' as const, version: '1.0.0' }, call: policy.id, asOf: '2024-11-20T10:00:00+08:00', dossiers: [a!.report, b!.report], batch: { findings: batch } };
    expect([exitCodeOf(report, 2), exitCodeOf(report, 1)]).toEqual([0, 1]);
  });

  test('the threshold is the policy\'s', () => {
    expect(run(near(), { ...policy, similarityThreshold: 0.95 })).toEqual([]);
    expect(run(near(), { ...policy, similarityThreshold: 0.9 })).toHaveLength(1);
  });

  test('identical titles (or summaries) are an error; other units may share a title', () => {
    const title = '大同黄花良种繁育技术合作';
    const found = run([entry(33, { applicant: unit, project: { title } }), entry(34, { applicant: unit, project: { title } })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0]!.message).toContain('名称相同');
    const summary = '面向煤矸石综合利用的陶瓷膜材料制备与中试验证。';
    const bySummary = run([entry(35, { applicant: unit, project: { summary } }), entry(36, { applicant: unit, project: { summary } })]);
    expect(bySummary[0]!.message).toContain('研究内容摘要相同');
    expect(run([entry(37, { project: { title } }), entry(38, { project: { title } })])).toEqual([]);
  });

  test('unrelated projects of one unit are fine', () => {
    expect(run([entry(39, { applicant: unit }), entry(40, { applicant: unit })])).toEqual([]);
  });
});

describe('batch rules and the run', () => {
  test('a bureau may switch a batch rule off or change its severity (kjhz.config.yaml settings)', () => {
    const lead = uniqueDossier(50).lead;
    expect(run([entry(51, { lead }), entry(52, { lead })], policy, 'zh', { off: new Set(['batch-duplicate-lead']) })).toEqual([]);
    const [a, b] = [entry(53, { lead }), entry(54, { lead })];
    const found = run([a, b], policy, 'zh', { severity: new Map([['batch-duplicate-lead', 'warning']]) });
    expect(found[0]!.severity).toBe('warning');
    expect(a.report.status).toBe('pass');
  });

  test('messages exist in English', () => {
    const lead = uniqueDossier(55).lead;
    const [a, b] = [entry(56, { lead }), entry(57, { lead })];
    const found = run([a, b], policy, 'en');
    expect(found[0]!.message).toMatch(/^The same project lead .* appears in 2 dossiers: d56\/dossier\.yaml, d57\/dossier\.yaml$/);
    expect(a.report.findings[0]!.message).toContain('also leads 1 other dossier');
    for (const r of batchRules) for (const m of Object.values(r.messages)) expect(m.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('kjhz rules lists the batch rules with their clauses', () => {
    expect(allRules.filter((r) => r.id.startsWith('batch-')).map((r) => [r.id, r.clause])).toEqual([
      ['batch-duplicate-lead', '二.2'],
      ['batch-one-recommender', '二.6'],
      ['batch-similar-projects', '二.6'],
    ]);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-batch-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('runCheck reports them in batch.findings and on each dossier; the ID number and its hash appear nowhere', async () => {
    const lead = uniqueDossier(60).lead;
    const files = [
      writeDossier(path.join(dir, 'x1'), uniqueDossier(61, { lead }), false),
      writeDossier(path.join(dir, 'x2'), uniqueDossier(62, { lead }), false),
      writeDossier(path.join(dir, 'x3'), uniqueDossier(63), false),
    ];
    const report = await runCheck(files, { asOf: new Date('2024-11-20T10:00:00+08:00'), lang: 'zh', cwd: dir });
    expect(report.batch.findings.map((f) => [f.rule, f.dossiers])).toEqual([['batch-duplicate-lead', ['x1/dossier.yaml', 'x2/dossier.yaml']]]);
    for (const d of report.dossiers.slice(0, 2)) expect(d.findings.filter((f) => f.rule === 'batch-duplicate-lead')).toHaveLength(1);
    expect(report.dossiers[2]!.findings.some((f) => f.rule.startsWith('batch-'))).toBe(false);
    const everything = JSON.stringify(report);
    expect(everything.includes(lead.idNumber)).toBe(false);
    expect(/"(leadId|leadNameBirth|applicantKeys|keys)"/.test(everything)).toBe(false);
    expect(renderJson(report).includes('"summary"')).toBe(false);
  });
});
