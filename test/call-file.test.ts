// Issue 16: the call as a data file. The 2024 notice ships as data/calls/shanxi-2024-kjhz.yaml (the only place
// its numbers live); another call is a file given by --call or `call:` in kjhz.config.yaml; `kjhz call show`
// prints the active call (its output as --call gives the same reports); a bad call file is exit 2 with
// file:line:column in Chinese and English; messages, docs and templates quote the call in use; the batch rules
// and the pool's workers use the same call.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { callJsonSchema, callSchema } from '../src/policy/callSchema.js';
import { callYaml, DEFAULT_CALL_FILE, parseCall } from '../src/policy/callFile.js';
import { defaultCall } from '../src/policy/index.js';
import { allRules } from '../src/rules/index.js';
import { runCheck } from '../src/check/run.js';
import { readPdfFile } from '../src/pdf/read.js';
import { renderRuleDoc, renderRuleList } from '../src/report/rules.js';
import { dossierTemplate } from '../src/templates/dossier.js';
import type { DossierReport, RunReport } from '../src/core/report.js';
import { ensureBuilt, kjhz, ROOT } from './cli-bin.js';
import { idNumber, uniqueDossier, writeDossier } from './batch-fixture.js';

const root = mkdtempSync(path.join(tmpdir(), 'kjhz-call-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const shipped = readFileSync(DEFAULT_CALL_FILE, 'utf8');
const ruleIds = allRules.map((r) => r.id);

/** The shipped call with some values changed, comments kept (as a bureau edits its copy). */
function edited(changes: [string[], unknown][], from = shipped): string {
  const doc = parseDocument(from);
  for (const [p, v] of changes) {
    if (v === undefined) doc.deleteIn(p);
    else doc.setIn(p, v);
  }
  return doc.toString();
}

/** The 2025 notice as a bureau would write it from the 2024 file: new id, birth cut-off, novelty date, audit year, deadlines. */
const call2025 = edited([
  [['id'], 'shanxi-2025-kjhz'],
  [['name', 'zh'], '2025年度山西省科技合作交流专项'],
  [['name', 'en'], 'Shanxi 2025 S&T Cooperation and Exchange Programme'],
  [['noticeTitle'], '关于组织申报2025年度山西省科技合作交流专项的通知'],
  [['leadBornOnOrAfter'], '1968-01-01'],
  [['noveltySearchAfter'], '2025-05-01'],
  [['auditYear'], 2024],
  [['deadlines', 'online', 'at'], '2025-12-04T18:00:00+08:00'],
  [['deadlines', 'paper', 'at'], '2025-12-09T17:00:00+08:00'],
  [['quotes', 'lead-age'], '项目负责人须为1968年1月1日（含）以后出生。'],
]);

function file(name: string, text: string): string {
  const f = path.join(root, name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, text);
  return f;
}

describe('the shipped call file', () => {
  it('is valid, quotes every rule, and is the default policy', () => {
    const policy = parseCall(shipped, 'data/calls/shanxi-2024-kjhz.yaml', 'zh', { ruleIds });
    expect(policy).toEqual(defaultCall().policy);
    expect(defaultCall().file).toBe('data/calls/shanxi-2024-kjhz.yaml');
    for (const r of allRules) expect(policy.quotes[r.id], r.id).toMatch(/\p{Script=Han}/u);
    // the notice's values, as the notice gives them
    expect(policy).toMatchObject({ leadBornOnOrAfter: '1967-01-01', registeredOnOrBefore: '2023-01-01', noveltySearchAfter: '2024-05-01', auditYear: 2023, periodYears: { min: 2, max: 3 } });
    expect(policy.deadlines.online.at).toBe('2024-12-04T18:00:00+08:00');
  });

  it('is the only place its numbers live: no rule text states a date or limit of the call', () => {
    const texts = allRules.flatMap((r) => [r.title, ...(r.manual ? [] : [r.hint, ...Object.values(r.messages)])].flatMap((m) => [m.zh, m.en]));
    for (const t of texts) expect(t, t).not.toMatch(/1967|2023年1月1日|2024年5月1日|2024-05-01|2024年12月|至少4项|2—3年/);
  });

  it('has its JSON Schema committed as generated (npm run schema), with Chinese titles', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schemas/call.schema.json'), 'utf8'));
    expect(committed).toEqual(callJsonSchema());
    expect((committed.properties.leadBornOnOrAfter as { title: string }).title).toBe('项目负责人出生日期不早于（含）');
  });

  it('ships in the package (package.json files has data/ and schemas/)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toEqual(expect.arrayContaining(['data', 'schemas', 'dist']));
  });
});

describe('messages, docs and templates follow the call', () => {
  const policy = parseCall(call2025, 'c2025.yaml', 'zh', { ruleIds });
  it('kjhz rules shows the active call: title, message, quote and examples of lead-age say 1968', () => {
    const doc = renderRuleDoc('lead-age', 'zh', policy)!;
    expect(doc).toContain('项目负责人1968年1月1日（含）以后出生');
    expect(doc).toContain('项目负责人须为1968年1月1日（含）以后出生，当前为{date}');
    expect(doc).toContain('lead: { birthDate: 1967-12-31 }');
    expect(doc).not.toContain('1967年');
    expect(renderRuleDoc('lead-age', 'en', policy)).toContain('born on or after 1968-01-01');
    expect(renderRuleList('zh', policy)).toContain('科技查新报告为2025年5月1日之后完成');
    expect(renderRuleList('zh', policy)).not.toMatch(/\{call\./);
  });
  it('the dossier template quotes the call', () => {
    const t = dossierTemplate('key-country', policy, { schema: 'x.json' });
    expect(t).toContain('须为1968年1月1日（含）以后出生');
    expect(t).toContain('须为2025年5月1日之后完成');
    expect(t).toContain('2024年度审计报告.pdf');
    expect(t).toContain('2025年12月4日18:00');
    expect(t).not.toMatch(/\{call\./);
  });
});

/** Copies of the five valid samples, the lead born 1967-06-01 (ID number to match), `call:` as given. */
function samplesFor(dir: string, call: string): string[] {
  const out: string[] = [];
  for (const [i, s] of readdirSync(path.join(ROOT, 'samples')).filter((x) => x.startsWith('valid-')).sort().entries()) {
    const to = path.join(dir, s);
    cpSync(path.join(ROOT, 'samples', s), to, { recursive: true });
    const d = parse(readFileSync(path.join(to, 'dossier.yaml'), 'utf8')) as Record<string, any>;
    d.call = call;
    d.lead.birthDate = '1967-06-01';
    if (d.lead.idNumber) d.lead.idNumber = idNumber('1967-06-01', 7 + i);
    writeFileSync(path.join(to, 'dossier.yaml'), stringify(d));
    out.push(path.join(to, 'dossier.yaml'));
  }
  return out;
}

const keyOf = (f: { rule: string; path?: string }) => `${f.rule} ${f.path ?? ''}`;

describe('a 2025 call turns exactly the findings it should, and nothing else (issue 16 acceptance)', () => {
  // after both 2024 deadlines, long before the 2025 ones
  const asOf = new Date('2024-12-10T12:00:00+08:00');
  let before: RunReport;
  let after: RunReport;
  beforeAll(async () => {
    const a = samplesFor(path.join(root, 'accept-2024'), 'shanxi-2024-kjhz');
    const b = samplesFor(path.join(root, 'accept-2025'), 'shanxi-2025-kjhz');
    const policy = parseCall(call2025, 'shanxi-2025-kjhz.yaml', 'zh', { ruleIds });
    before = await runCheck(a, { asOf, lang: 'zh', cwd: path.join(root, 'accept-2024'), readPdf: readPdfFile });
    after = await runCheck(b, { policy, callFile: 'shanxi-2025-kjhz.yaml', asOf, lang: 'zh', cwd: path.join(root, 'accept-2025'), readPdf: readPdfFile });
  }, 120_000);

  it('names the call used in the report', () => {
    expect([before.call, before.callFile]).toEqual(['shanxi-2024-kjhz', 'data/calls/shanxi-2024-kjhz.yaml']);
    expect([after.call, after.callFile]).toEqual(['shanxi-2025-kjhz', 'shanxi-2025-kjhz.yaml']);
  });

  it('under 2024 the samples with a lead born 1967-06-01 have no error but the passed deadlines', () => {
    for (const d of before.dossiers) expect(d.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort(), d.file).toEqual(['deadline-online', 'deadline-paper']);
  });

  it('under 2025: the 1967 lead fails saying 1968, the 2024 novelty reports are too old, a 2023 audit report is last year\'s, the deadlines are ahead — nothing else changes', () => {
    for (const [i, d] of after.dossiers.entries()) {
      const old = before.dossiers[i]!;
      const dossier = parse(readFileSync(path.join(root, 'accept-2025', d.file), 'utf8')) as Record<string, any>;
      const expectedAdded = ['lead-age lead.birthDate', 'novelty-search-date attachments.noveltySearch.date'];
      if (dossier.applicant.kind === 'enterprise') expectedAdded.push('audit-report-text attachments.auditReport');
      const was = new Set(old.findings.map(keyOf));
      const now = new Set(d.findings.map(keyOf));
      expect([...now].filter((k) => !was.has(k)).sort(), d.file).toEqual(expectedAdded.sort());
      expect([...was].filter((k) => !now.has(k)).sort(), d.file).toEqual(['deadline-online ', 'deadline-paper ']);
      const said = (rule: string) => d.findings.find((f) => f.rule === rule)!.message;
      expect(said('lead-age')).toContain('须为1968年1月1日（含）以后出生，当前为1967-06-01');
      expect(said('novelty-search-date')).toContain('须为2025年5月1日之后');
      if (dossier.applicant.kind === 'enterprise') expect(said('audit-report-text')).toMatch(/为2023年度，须为上年度（2024年度）/);
      // the findings both runs have say the same, but for the checklist's call-quoting label
      for (const f of d.findings.filter((x) => was.has(keyOf(x)))) expect(f.message, f.rule).toBe(old.findings.find((o) => keyOf(o) === keyOf(f))!.message);
      expect(d.materials!.find((m) => m.id === 'noveltySearch')!.label).toBe('科技查新报告（2025年5月1日之后）');
    }
  });
});

describe('bad call files are exit 2 with file:line:column and what is wrong, in Chinese and English', () => {
  beforeAll(() => ensureBuilt(), 180_000);
  const cases: { name: string; text: string; zh: RegExp; en: RegExp; line: number | RegExp }[] = [
    { name: 'missing-key', text: edited([[['leadBornOnOrAfter'], undefined]]), zh: /缺少 leadBornOnOrAfter（每个数字、日期和名单都须写明，没有默认值）/, en: /leadBornOnOrAfter is missing/, line: /:\d+:\d+/ },
    { name: 'wrong-type', text: shipped.replace('auditYear: 2023', 'auditYear: 二〇二三'), zh: /auditYear 应为数字，当前为文字“二〇二三”/, en: /auditYear must be a number; found the text "二〇二三"/, line: shipped.split('\n').findIndex((l) => l.startsWith('auditYear:')) + 1 },
    { name: 'impossible-date', text: shipped.replace('leadBornOnOrAfter: 1967-01-01', 'leadBornOnOrAfter: 1968-02-30'), zh: /leadBornOnOrAfter 的值“1968-02-30”无效：不是日历上存在的日期/, en: /not a date on the calendar/, line: shipped.split('\n').findIndex((l) => l.startsWith('leadBornOnOrAfter:')) + 1 },
    { name: 'unknown-key', text: shipped.replace('leadBornOnOrAfter: 1967-01-01', 'leadBornOnOrAfter: 1967-01-01\nleadBornOnOrAfer: 1968-01-01'), zh: /未知的键 leadBornOnOrAfer（是否应为“leadBornOnOrAfter”？）/, en: /unknown key leadBornOnOrAfer \(did you mean "leadBornOnOrAfter"\?\)/, line: shipped.split('\n').findIndex((l) => l.startsWith('leadBornOnOrAfter:')) + 2 },
    { name: 'yaml-error', text: shipped.replace('periodYears: { min: 2, max: 3 }', 'periodYears: { min: 2, max: 3'), zh: /YAML 语法错误/, en: /YAML syntax error/, line: /:\d+:\d+/ },
    { name: 'missing-quote', text: edited([[['quotes', 'lead-age'], undefined]]), zh: /缺少 quotes\.lead-age：规则 lead-age 引用的通知原文/, en: /quotes\.lead-age is missing/, line: /:\d+:\d+/ },
    { name: 'bad-date-format', text: shipped.replace('noveltySearchAfter: 2024-05-01', 'noveltySearchAfter: 2024年5月1日'), zh: /日期应写作 YYYY-MM-DD/, en: /write dates as YYYY-MM-DD/, line: shipped.split('\n').findIndex((l) => l.startsWith('noveltySearchAfter:')) + 1 },
  ];
  for (const c of cases) {
    it(`${c.name}: kjhz call check and kjhz check --call both say where and what`, async () => {
      const f = file(`bad/${c.name}.yaml`, c.text);
      for (const [lang, re] of [['zh', c.zh], ['en', c.en]] as const) {
        const r = await kjhz(['call', 'check', f, '--lang', lang]);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(re);
        expect(r.stderr).toContain(typeof c.line === 'number' ? `${f}:${c.line}:` : f);
        if (typeof c.line !== 'number') expect(r.stderr).toMatch(c.line);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.stdout).toBe('');
      }
      const r = await kjhz(['check', path.join(ROOT, 'samples/valid-aid'), '--no-pdf', '--call', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(c.zh);
      expect(r.stdout).toBe('');
    }, 60_000);
  }
  it('a missing file and a folder are exit 2 too', async () => {
    for (const f of [path.join(root, 'nope.yaml'), root]) {
      const r = await kjhz(['check', path.join(ROOT, 'samples/valid-aid'), '--no-pdf', '--call', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/申报通知文件/);
    }
  }, 60_000);
  it('kjhz call check says a good file is valid (exit 0)', async () => {
    const r = await kjhz(['call', 'check', file('good/c2025.yaml', call2025)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('申报通知文件有效（2025年度山西省科技合作交流专项，shanxi-2025-kjhz）');
  }, 60_000);
});

describe('choosing the call on the command line', () => {
  beforeAll(() => ensureBuilt(), 180_000);
  const AS_OF = '2024-11-20T10:00:00+08:00';
  const samples = path.join(ROOT, 'samples');

  it('kjhz call show round-trips: its output as --call gives the same report on every sample', async () => {
    const shown = await kjhz(['call', 'show']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(callSchema.parse(parse(shown.stdout))).toEqual(defaultCall().policy);
    const f = file('show/current.yaml', shown.stdout);
    const [a, b] = await Promise.all([kjhz(['check', samples, '--format', 'json', '--as-of', AS_OF]), kjhz(['check', samples, '--format', 'json', '--as-of', AS_OF, '--call', f])]);
    expect([a.code, b.code]).toEqual([1, 1]);
    const ja = JSON.parse(a.stdout) as RunReport;
    const jb = JSON.parse(b.stdout) as RunReport;
    expect(jb.callFile).toBe(f);
    expect({ ...jb, callFile: ja.callFile }).toEqual(ja);
    // and the 2025 file shows as itself, with its comments from the schema
    const s2025 = await kjhz(['call', 'show', '--call', file('show/c2025.yaml', call2025)]);
    expect(s2025.stdout).toContain('leadBornOnOrAfter: 1968-01-01');
    expect(s2025.stdout).toContain('# 项目负责人出生日期不早于（含）');
  }, 180_000);

  it('call: in kjhz.config.yaml (relative to it) chooses the call; --call wins; reports name id and file', async () => {
    const dir = path.join(root, 'configured');
    cpSync(path.join(samples, 'valid-aid'), path.join(dir, 'valid-aid'), { recursive: true });
    file('configured/通知/c2025.yaml', call2025);
    file('configured/kjhz.config.yaml', 'call: 通知/c2025.yaml\n');
    const r = await kjhz(['check', dir, '--no-pdf', '--format', 'json', '--as-of', AS_OF]);
    const j = JSON.parse(r.stdout) as RunReport;
    expect([j.call, j.callFile]).toEqual(['shanxi-2025-kjhz', path.relative(ROOT, path.join(dir, '通知/c2025.yaml'))]);
    // the sample names call shanxi-2024-kjhz? it has no call: field, so no dossier-call finding; its novelty report is too old now
    expect(j.dossiers[0]!.findings.map((f) => f.rule)).toContain('novelty-search-date');
    const pretty = await kjhz(['check', dir, '--no-pdf', '--as-of', AS_OF, '--call', DEFAULT_CALL_FILE]);
    expect(pretty.stdout).toContain(`shanxi-2024-kjhz (${DEFAULT_CALL_FILE})`);
    const rules = await kjhz(['rules', 'lead-age'], { cwd: dir });
    expect(rules.stdout).toContain('项目负责人1968年1月1日（含）以后出生');
    const init = await kjhz(['init', path.join(root, 'init-2025'), '--category', 'aid', '--call', path.join(dir, '通知/c2025.yaml')]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('科技查新报告（2025年5月1日之后）');
    expect(readFileSync(path.join(root, 'init-2025/dossier.yaml'), 'utf8')).toContain('call: shanxi-2025-kjhz');
    const bad = file('configured-bad/kjhz.config.yaml', 'call: 没有这个文件.yaml\n');
    const rb = await kjhz(['check', path.join(samples, 'valid-aid'), '--no-pdf', '--config', bad]);
    expect(rb.code).toBe(2);
    expect(rb.stderr).toContain('找不到申报通知文件');
  }, 120_000);
});

describe('the batch rules and the pool workers use the same call', () => {
  it('a call allowing two applications a year and a higher threshold changes the batch findings; workers judge by it', async () => {
    const dir = path.join(root, 'batch');
    const lead = uniqueDossier(1).lead;
    const files = [
      writeDossier(path.join(dir, 'a'), uniqueDossier(2, { lead, project: { title: '高性能镁合金轻量化部件联合研发' } }), false),
      writeDossier(path.join(dir, 'b'), uniqueDossier(3, { lead, applicant: uniqueDossier(2).applicant, project: { title: '高性能镁合金轻量化部件联合研发与应用' } }), false),
      writeDossier(path.join(dir, 'c'), uniqueDossier(4), false),
    ];
    const base = defaultCall().policy;
    const policy = { ...base, applicationsPerYear: 2, similarityThreshold: 0.95, leadBornOnOrAfter: '1999-01-01' };
    const asOf = new Date('2024-11-20T10:00:00+08:00');
    const [here, pooled, plain] = await Promise.all([
      runCheck(files, { policy, asOf, lang: 'zh', cwd: dir }),
      runCheck(files, { policy, asOf, lang: 'zh', cwd: dir, workers: 2 }),
      runCheck(files, { asOf, lang: 'zh', cwd: dir, workers: 2 }),
    ]);
    const strip = (r: RunReport) => r.dossiers.map((d: DossierReport) => d.findings.map((f) => `${f.rule}: ${f.message}`).sort());
    expect(strip(pooled)).toEqual(strip(here));
    expect(pooled.batch).toEqual(here.batch);
    expect(here.batch.findings.map((f) => f.rule)).toEqual(['batch-duplicate-lead']);
    expect(here.dossiers[0]!.findings.find((f) => f.rule === 'batch-duplicate-lead')!.message).toContain('同一年度限申报2项');
    expect(plain.batch.findings.map((f) => f.rule)).toEqual(['batch-duplicate-lead', 'batch-similar-projects']);
    // every lead (born 1970–1994) is too old for this call, in the workers as on this thread
    for (const d of pooled.dossiers) expect(d.findings.find((f) => f.rule === 'lead-age')?.message).toContain('1999年1月1日');
    expect(plain.dossiers.some((d) => d.findings.some((f) => f.rule === 'lead-age'))).toBe(false);
  }, 120_000);
});

describe('callYaml', () => {
  it('writes every key of the schema, each with its description, and reads back as the same policy', () => {
    const text = callYaml(defaultCall().policy, 'x');
    for (const key of Object.keys(callSchema.shape)) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(parseCall(text, 'x', 'zh', { ruleIds })).toEqual(defaultCall().policy);
    copyFileSync(DEFAULT_CALL_FILE, path.join(root, 'copy.yaml'));
  });
});
