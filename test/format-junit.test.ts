// --format junit, read back by a real JUnit XML consumer: junit2json (Kesin11/ts-junit2json, MIT),
// a maintained TypeScript library whose job is turning the JUnit XML that CI systems exchange into
// typed objects, over xml2js in strict mode (malformed XML is rejected). Chosen over validating against
// an XSD because no JUnit XSD ships in a package we can install (npm or Debian), and a hand-written XSD
// would only check our own reading of the format.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { parse, type TestSuite, type TestSuites } from 'junit2json';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run.js';
import { readPdfFile } from '../src/pdf/read.js';
import { checkRules } from '../src/rules/index.js';
import { renderJunit } from '../src/report/junit.js';
import { errorsOnly } from '../src/report/quiet.js';
import type { RunReport } from '../src/core/report.js';
import { countFindings, type Finding } from '../src/core/finding.js';

const ROOT = path.resolve(__dirname, '..');
const AS_OF = new Date('2024-11-20T10:00:00+08:00');
let run: RunReport;

beforeAll(async () => {
  const samples = readdirSync(path.join(ROOT, 'samples')).map((d) => path.join(ROOT, 'samples', d, 'dossier.yaml'));
  run = await runCheck(samples, { asOf: AS_OF, lang: 'zh', readPdf: readPdfFile, cwd: ROOT });
});

async function consume(xml: string): Promise<TestSuites> {
  const parsed = await parse(xml);
  expect(parsed && 'testsuite' in parsed, 'a <testsuites> root').toBe(true);
  return parsed as TestSuites;
}

const suiteOf = (doc: TestSuites, file: string): TestSuite => {
  const s = doc.testsuite?.find((t) => t.name === file);
  expect(s, file).toBeDefined();
  return s!;
};

/** A suite property as text (junit2json reads numeric values as numbers). */
const prop = (s: TestSuite, name: string) => String(s.properties?.find((p) => p.name === name)?.value);

describe('junit report read by junit2json', () => {
  it('one testsuite per dossier, counts that agree with the testcases, totals that agree with the suites', async () => {
    const doc = await consume(renderJunit(run, { lang: 'zh', rules: checkRules }));
    expect(doc.testsuite!.map((s) => s.name)).toEqual(run.dossiers.map((d) => d.file));
    let tests = 0;
    let failures = 0;
    for (const s of doc.testsuite!) {
      const cases = s.testcase ?? [];
      expect(s.tests, s.name).toBe(cases.length);
      expect(s.failures, s.name).toBe(cases.filter((c) => c.failure?.length).length);
      expect(s.errors, s.name).toBe(cases.filter((c) => c.error?.length).length);
      expect(s.skipped, s.name).toBe(cases.filter((c) => c.skipped?.length).length);
      for (const c of cases) {
        expect(c.name, s.name).toBeTruthy();
        expect(c.classname, s.name).toBeTruthy();
      }
      tests += s.tests!;
      failures += s.failures!;
    }
    expect(doc.tests).toBe(tests);
    expect(doc.failures).toBe(failures);
  });

  it('counts agree with the JSON report: a suite\'s failures are its dossier\'s errors and warnings, one testcase each', async () => {
    const doc = await consume(renderJunit(run, { lang: 'zh', rules: checkRules }));
    for (const d of run.dossiers) {
      const s = suiteOf(doc, d.file);
      const internal = d.findings.filter((f) => f.rule === 'internal-error').length;
      expect(s.failures, d.file).toBe(d.counts.error + d.counts.warning - internal);
      expect(s.errors, d.file).toBe(internal);
      expect([prop(s, 'errors'), prop(s, 'warnings')], d.file).toEqual([String(d.counts.error), String(d.counts.warning)]);
    }
    const sum = run.dossiers.reduce((n, d) => n + d.counts.error + d.counts.warning, 0);
    expect(doc.failures! + doc.errors!).toBe(sum);
    expect(sum).toBeGreaterThan(15);
  });

  it('an attachment whose content was not read is a <skipped> testcase saying which and why (a scan, --no-pdf)', async () => {
    const doc = await consume(renderJunit(run, { lang: 'zh', rules: checkRules }));
    const scan = suiteOf(doc, 'samples/broken-attachments/dossier.yaml');
    const c = scan.testcase!.find((t) => t.name === '附件内容 attachments.employmentProof（在职证明.pdf）')!;
    expect(c.skipped![0]!.message).toBe('未核对：在职证明.pdf（扫描件，无文字层）');
    expect(prop(scan, 'notRead')).toBe('1');
    const unread = await runCheck([path.join(ROOT, 'samples', 'valid-aid', 'dossier.yaml')], { asOf: AS_OF, lang: 'zh', cwd: ROOT });
    const noPdf = (await consume(renderJunit(unread, { lang: 'zh', rules: checkRules }))).testsuite![0]!;
    expect(noPdf.properties).toContainEqual({ name: 'verdict', value: 'passNotRead' });
    expect(noPdf.skipped).toBe(unread.dossiers[0]!.attachments!.length);
    expect(noPdf.testcase!.filter((t) => t.skipped?.[0]?.message?.endsWith('（未读取PDF（--no-pdf））'))).toHaveLength(8);
  });

  it('a passing dossier: one passing testcase per rule that applies to its category, none failing', async () => {
    const doc = await consume(renderJunit(run, { lang: 'zh', rules: checkRules }));
    const report = run.dossiers.find((d) => d.file === 'samples/valid-aid/dossier.yaml')!;
    expect(report.status).toBe('pass');
    const suite = suiteOf(doc, report.file);
    const applicable = checkRules.filter((r) => !r.categories || r.categories.includes('aid'));
    for (const r of applicable) expect(suite.testcase!.some((c) => c.name!.startsWith(`${r.id} `)), r.id).toBe(true);
    // Rules of other categories were not checked on it: no testcase.
    expect(suite.testcase!.some((c) => c.name!.startsWith('category-key-country '))).toBe(false);
    expect(suite.failures).toBe(0);
    expect(suite.properties).toContainEqual({ name: 'status', value: 'pass' });
  });

  it('a failing dossier: the failing rule is a <failure> whose text has the clause, the message, the place and the fix', async () => {
    const doc = await consume(renderJunit(run, { lang: 'zh', rules: checkRules }));
    const report = run.dossiers.find((d) => d.file === 'samples/broken-lead-too-old/dossier.yaml')!;
    const finding = report.findings.find((f) => f.rule === 'lead-age')!;
    const testcase = suiteOf(doc, report.file).testcase!.find((c) => c.name!.startsWith('lead-age '))!;
    expect(testcase.failure).toHaveLength(1);
    const failure = testcase.failure![0]!;
    expect(failure.message).toContain(finding.message);
    expect(failure.inner).toContain(`[二.2] ${finding.message}`);
    expect(failure.inner).toContain(`${report.file}:${finding.line}:${finding.column}`);
    expect(failure.inner).toContain(finding.hint!);
    expect(suiteOf(doc, report.file).failures).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('an unreadable dossier: only what made it unreadable, as failures', async () => {
    const doc = await consume(renderJunit(run, { lang: 'zh', rules: checkRules }));
    const report = run.dossiers.find((d) => d.status === 'unreadable')!;
    const suite = suiteOf(doc, report.file);
    expect(suite.testcase!.map((c) => c.name!.split(' ')[0])).toEqual([...new Set(report.findings.map((f) => f.rule))]);
    expect(suite.failures).toBeGreaterThan(0);
  });

  it('a warning is a <failure type="警告"> of its own, visible as a warning; --quiet drops it', async () => {
    const warning: Finding = { rule: 'funding-amount', severity: 'warning', clause: '一', path: 'project.funding.requested', message: '申请引导资金60万元，与该类项目单项支持额度40万元左右相差较大', line: 10, column: 14 };
    const valid = run.dossiers.find((d) => d.file === 'samples/valid-key-country/dossier.yaml')!;
    const findings = [...valid.findings, warning];
    const withWarning: RunReport = { ...run, dossiers: [{ ...valid, findings, counts: countFindings(findings) }] };
    const doc = await consume(renderJunit(withWarning, { lang: 'zh', rules: checkRules }));
    const testcase = doc.testsuite![0]!.testcase!.find((c) => c.name!.startsWith('funding-amount '))!;
    expect(testcase.failure).toHaveLength(1);
    expect(testcase.failure![0]!.type).toBe('警告');
    expect(testcase.failure![0]!.message).toMatch(/^警告: \[一\] 申请引导资金60万元/);
    const quiet = await consume(renderJunit(errorsOnly(withWarning), { lang: 'zh', rules: checkRules }));
    const after = quiet.testsuite![0]!.testcase!.find((c) => c.name!.startsWith('funding-amount '))!;
    expect([after.failure, after['system-out']]).toEqual([undefined, undefined]);
    expect(prop(quiet.testsuite![0]!, 'hiddenWarnings')).toBe('1');
  });

  it('rules switched off by the config are <skipped> with the reason; batch findings are counted on their dossiers only; skipped folders have a suite', async () => {
    const valid = run.dossiers.find((d) => d.file === 'samples/valid-key-country/dossier.yaml')!;
    const configured: RunReport = {
      ...run,
      dossiers: [valid],
      config: { file: 'kjhz.config.yaml', rules: [{ rule: 'deadline-paper', setting: 'off', reason: '纸质材料由市局统一报送' }] },
      batch: { findings: [{ rule: 'batch-same-lead', severity: 'error', clause: '二.2', dossiers: ['a/dossier.yaml', 'b/dossier.yaml'], message: '同一项目负责人出现在2份申报中' }] },
      skipped: [{ path: 'batch/.git', reason: 'hidden', message: 'a hidden folder (its name starts with "."), not checked' }],
    };
    const doc = await consume(renderJunit(configured, { lang: 'en', rules: checkRules }));
    const skipped = doc.testsuite![0]!.testcase!.find((c) => c.name!.startsWith('deadline-paper '))!;
    expect(skipped.skipped![0]!.message).toContain('纸质材料由市局统一报送');
    expect(skipped.skipped![0]!.message).toContain('switched off by kjhz.config.yaml');
    expect(doc.testsuite![0]!.skipped).toBe(1);
    expect(doc.testsuite!.map((t) => t.name)).toEqual([valid.file, 'Folders skipped (1, no application in them)']);
    expect(doc.testsuite![1]!.testcase).toEqual([expect.objectContaining({ name: 'batch/.git', skipped: [expect.objectContaining({ message: 'a hidden folder (its name starts with "."), not checked' })] })]);
    expect(doc.failures).toBe(0);
  });

  it('text the applicant wrote cannot break the XML, and ID numbers stay masked', async () => {
    const nasty = 'A&B <x> "q" \'s\' ]]> \u0001\u0008\uFFFE end 身份证140105199003070020';
    const finding: Finding = { rule: 'lead-age', severity: 'error', clause: '二.2', path: 'lead.name', message: nasty, hint: nasty };
    const report: RunReport = {
      ...run,
      dossiers: [{ file: 'x/"<&>"/dossier.yaml', title: nasty, applicant: nasty, status: 'fail', counts: countFindings([finding]), findings: [finding] }],
      batch: { findings: [] },
    };
    const xml = renderJunit(report, { lang: 'zh', rules: checkRules });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toContain('140105199003070020');
    const doc = await consume(xml);
    const suite = doc.testsuite![0]!;
    expect(suite.name).toBe('x/"<&>"/dossier.yaml');
    expect(suite.properties).toContainEqual({ name: 'title', value: expect.stringContaining('A&B <x> "q" \'s\' ]]>') });
    const failure = suite.testcase!.find((c) => c.name!.startsWith('lead-age '))!.failure![0]!;
    expect(failure.inner).toContain('A&B <x> "q" \'s\' ]]> \uFFFD\uFFFD\uFFFD end');
  });
});
