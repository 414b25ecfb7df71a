// Issue 14 item 8: the cross-dossier rules on a city's real sizes — one unit with 2,000 copies of one project,
// a batch of 10,000 dossiers — give their findings (no "Maximum call stack size exceeded", no report lost, no
// message listing thousands of files), the new grouping finds exactly what comparing every pair finds, and a
// batch rule that throws is a finding. Timing is `npm run bench`'s business; these only must finish.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { CheckedDossier, BatchKeys } from '../src/batch/keys.js';
import { recommenderKey } from '../src/batch/keys.js';
import { runBatchRules } from '../src/batch/run.js';
import { batchRules, LISTED_AT_MOST, similarPairsOf } from '../src/batch/rules.js';
import { defineBatchRule, type BatchEntry } from '../src/batch/rule.js';
import type { DossierReport } from '../src/core/report.js';
import { nameKey, similarity } from '../src/core/textfacts.js';
import { defaultPolicy } from '../src/policy/index.js';

const policy = defaultPolicy();

function keys(over: Partial<BatchKeys> & { unit?: string; recommenderName?: string } = {}): BatchKeys {
  const { unit = 'U', recommenderName = '太原市科学技术局', ...rest } = over;
  return {
    leadId: `lead-${unit}`,
    lead: '王晓燕',
    leadBirth: '1990-03-07',
    applicantKeys: [`code:${unit}`, `name:山西${unit}公司`],
    applicant: `山西${unit}公司`,
    recommender: recommenderName,
    recommenderKey: recommenderKey(recommenderName),
    title: '高性能镁合金轻量化部件联合研发',
    summary: '面向轨道交通的镁合金轻量化部件联合研发与示范应用。',
    ...rest,
  };
}

function checked(list: BatchKeys[]): CheckedDossier[] {
  return list.map((k, i): CheckedDossier => ({ report: { file: `d${String(i).padStart(5, '0')}/dossier.yaml`, status: 'pass', counts: { error: 0, warning: 0, info: 0 }, findings: [] } satisfies DossierReport, keys: k }));
}

describe('one unit with 2,000 copies of one project', () => {
  const run = checked(Array.from({ length: 2000 }, (_, i) => keys({ recommenderName: i < 1000 ? '太原市科学技术局' : '山西省工业和信息化厅' })));
  const batch = runBatchRules(run, policy, { lang: 'zh' });

  test('the same lead, the two recommenders and the same project are each one batch finding over all 2,000', () => {
    expect(batch.map((f) => [f.rule, f.severity, f.dossiers.length])).toEqual([
      ['batch-duplicate-lead', 'error', 2000],
      ['batch-one-recommender', 'error', 2000],
      ['batch-similar-projects', 'error', 2000],
    ]);
  });

  test('every dossier gets its three findings, naming the count and only the first few others', () => {
    for (const c of run) {
      expect(c.report.findings.map((f) => f.rule)).toEqual(['batch-duplicate-lead', 'batch-one-recommender', 'batch-similar-projects']);
      expect(c.report.status).toBe('fail');
      for (const f of c.report.findings) expect(f.message.length).toBeLessThan(1500);
    }
    const first = run[0]!.report.findings;
    expect(first[0]!.message).toContain('另外1999份');
    expect(first[0]!.message).toContain('等1999份');
    expect(first[1]!.message).toContain('另外1000份');
    expect(first[2]!.message).toContain('另外1999份');
    expect(first[2]!.message).not.toContain(run[0]!.report.file);
    expect((first[2]!.message.match(/dossier\.yaml/g) ?? []).length).toBe(LISTED_AT_MOST);
    for (const f of batch) expect(f.message.length).toBeLessThan(1500);
  });
});

describe('a batch of 10,000 dossiers', () => {
  // 5,000 units of two dossiers each: unrelated titles, except that units 0–99 have two near-same titles and
  // units 100–199 the same one twice; leads are each unit's own, except that unit 200 shares unit 201's.
  const list: BatchKeys[] = [];
  for (let u = 0; u < 5000; u++) {
    for (const second of [false, true]) {
      const title = u < 100 ? `高性能镁合金轻量化部件联合研发${second ? '与应用' : ''}` : u < 200 ? '大同黄花良种繁育技术合作' : `课题${u}${second ? '乙：黄河流域生态修复监测' : '甲：煤矸石基陶瓷膜材料制备'}`;
      list.push(keys({ unit: `U${u}`, title, summary: `${u}${second ? 'b' : 'a'}`, leadId: `lead-${u === 200 ? 201 : u}-${u === 200 || u === 201 ? 'x' : second}`, lead: `负责人${u}`, leadBirth: '1980-01-01' }));
    }
  }
  test('finds the 100 near-same pairs, the 100 same pairs and the one shared lead, and nothing else', () => {
    const run = checked(list);
    const batch = runBatchRules(run, policy, { lang: 'zh' });
    const by = (rule: string, severity: string) => batch.filter((f) => f.rule === rule && f.severity === severity).length;
    expect(by('batch-similar-projects', 'warning')).toBe(100);
    expect(by('batch-similar-projects', 'error')).toBe(100);
    expect(batch.filter((f) => f.rule === 'batch-duplicate-lead').map((f) => f.dossiers.length)).toEqual([4]);
    expect(batch).toHaveLength(201);
    expect(run.filter((c) => c.report.findings.length > 0)).toHaveLength(404);
  });
});

/** The pairwise reading of 二.6 the rule had before issue 14 (every pair of a unit's projects compared), as the oracle. */
function pairwise(members: readonly BatchEntry[], threshold: number) {
  const fields = ['title', 'summary'] as const;
  const result: Record<'same' | 'near', Map<number, { count: number; partners: Set<number>; fields: Set<string>; cluster: number }>> = { same: new Map(), near: new Map() };
  const parent = new Map<string, number>();
  const links: Record<'same' | 'near', [number, number, string, number][]> = { same: [], near: [] };
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!.keys;
      const b = members[j]!.keys;
      const k = (s: string | undefined) => (s ? nameKey(s) : '');
      const sameField = fields.find((f) => k(a[f]) !== '' && k(a[f]) === k(b[f]));
      if (sameField) {
        links.same.push([i, j, sameField, 1]);
        continue;
      }
      let best: { score: number; field: string } | undefined;
      for (const f of fields) {
        if (!a[f] || !b[f]) continue;
        const score = similarity(a[f]!, b[f]!);
        if (!best || score > best.score) best = { score, field: f };
      }
      if (best && best.score >= threshold) links.near.push([i, j, best.field, best.score]);
    }
  }
  for (const kind of ['same', 'near'] as const) {
    const root = members.map((_, i) => i);
    const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
    for (const [i, j] of links[kind]) root[find(i)] = find(j);
    for (const [i, j, f] of links[kind]) {
      for (const [x, y] of [[i, j], [j, i]] as const) {
        const at = result[kind].get(members[x]!.index) ?? { count: 0, partners: new Set(), fields: new Set(), cluster: -1 };
        at.count++;
        at.partners.add(members[y]!.index);
        at.fields.add(f);
        result[kind].set(members[x]!.index, at);
      }
    }
    for (const [idx, at] of result[kind]) at.cluster = members[find(members.findIndex((m) => m.index === idx))]!.index;
  }
  void parent;
  return result;
}

describe('grouping first finds what comparing every pair finds', () => {
  const texts = ['镁合金轻量化部件联合研发', '镁合金轻量化部件联合研发与应用', '镁合金轻量化部件研发', '黄花良种繁育', '黄花良种繁育技术', '甲', '乙甲乙', '甲乙甲', ''];
  test('on random units of up to nine projects built from a few near texts', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.constantFrom(...texts), summary: fc.constantFrom(...texts) }), { minLength: 1, maxLength: 9 }), fc.constantFrom(0.8, 0.6, 0.9), (projects, threshold) => {
        const members: BatchEntry[] = projects.map((p, i) => ({ index: i * 3, file: `f${i}`, keys: keys({ ...(p.title ? { title: p.title } : { title: undefined }), ...(p.summary ? { summary: p.summary } : { summary: undefined }) }) }));
        const expected = pairwise(members, threshold);
        const got = similarPairsOf(members, threshold);
        for (const [kind, same] of [['same', true], ['near', false]] as const) {
          const clusters = got.find((k) => k.same === same)?.clusters ?? [];
          const flat = new Map(clusters.flatMap((c) => c.members.map((m) => [m.entry.index, { m, cluster: c.members[0]!.entry.index }] as const)));
          expect([...flat.keys()].sort((a, b) => a - b)).toEqual([...expected[kind].keys()].sort((a, b) => a - b));
          for (const [idx, want] of expected[kind]) {
            const { m, cluster } = flat.get(idx)!;
            expect(m.count).toBe(want.count);
            expect(new Set(m.partners.map((p) => p.entry.index))).toEqual(want.partners);
            expect(new Set([...m.fields].map((f) => f.key))).toEqual(want.fields);
            // one cluster holds exactly the members linked to each other
            const mates = [...expected[kind]].filter(([, w]) => w.cluster === want.cluster).map(([i]) => i);
            expect(clusters.find((c) => c.members[0]!.entry.index === cluster)!.members.map((x) => x.entry.index).sort((a, b) => a - b)).toEqual(mates.sort((a, b) => a - b));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('a batch rule that throws', () => {
  test('is an error finding of the batch naming the rule; the reports and the other rules are kept', () => {
    const broken = defineBatchRule({
      ...batchRules[0]!,
      id: 'batch-duplicate-lead',
      check(input, report) {
        report('sameLead', { lead: 'x', birth: 'y', by: 'z', count: 2 }, input.entries.slice(0, 2).map((entry) => ({ entry, messageId: 'sameLeadHere', params: { lead: 'x', birth: 'y', by: 'z', count: 1, limit: 1 } })));
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const run = checked([keys({ unit: 'A' }), keys({ unit: 'A' }), keys({ unit: 'B', title: '另一个项目' })]);
    const batch = runBatchRules(run, policy, { lang: 'zh', rules: [broken, batchRules[2]!] });
    expect(batch.map((f) => [f.rule, f.severity])).toEqual([
      ['batch-duplicate-lead', 'error'],
      ['batch-duplicate-lead', 'error'],
      ['batch-similar-projects', 'error'],
    ]);
    expect(batch[1]!.message).toContain('未能完成');
    expect(batch[1]!.message).toContain('Maximum call stack size exceeded');
    expect(batch[1]!.dossiers).toEqual([]);
    expect(run.map((c) => c.report.findings.length)).toEqual([2, 2, 0]);
    const en = runBatchRules(checked([keys()]), policy, { lang: 'en', rules: [broken] });
    expect(en.at(-1)!.message).toMatch(/could not run.*not checked/);
  });
});

describe('the CLI on a few hundred copies of one dossier (--no-pdf)', () => {
  test('every copy is in the report, each batch rule is one finding over all of them, and the messages stay short', async () => {
    const { mkdtempSync, mkdirSync, copyFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { kjhz, ensureBuilt, ROOT, AS_OF } = await import('./cli-bin.js');
    ensureBuilt();
    const root = mkdtempSync(path.join(tmpdir(), 'kjhz-copies-'));
    try {
      const copies = 300;
      for (let i = 0; i < copies; i++) {
        const dir = path.join(root, `copy${String(i).padStart(3, '0')}`);
        mkdirSync(dir);
        copyFileSync(path.join(ROOT, 'samples/valid-key-country/dossier.yaml'), path.join(dir, 'dossier.yaml'));
      }
      const r = await kjhz(['check', root, '--no-pdf', '--format', 'json', '--as-of', AS_OF, '--jobs', '2']);
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as { dossiers: { findings: { rule: string; message: string }[] }[]; batch: { findings: { rule: string; dossiers: string[]; message: string }[] } };
      expect(report.dossiers).toHaveLength(copies);
      expect(report.batch.findings.map((f) => [f.rule, f.dossiers.length])).toEqual([
        ['batch-duplicate-lead', copies],
        ['batch-similar-projects', copies],
      ]);
      for (const d of report.dossiers) {
        const batchFindings = d.findings.filter((f) => f.rule.startsWith('batch-'));
        expect(batchFindings).toHaveLength(2);
        for (const f of batchFindings) expect(f.message.length).toBeLessThan(1500);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
