// The properties of the dossier model (issue 6), as plain functions that throw on a violation: used by
// test/property-dossier.test.ts (fast-check, fixed seed) and scripts/fuzz.ts (the long campaign).
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { SEVERITIES, type Finding } from '../../src/core/finding.js';
import type { AttachmentFact, AttachmentStatus, PdfFacts } from '../../src/core/attachments.js';
import { codesAsWritten, loadDossierText, YAML_LIMITS } from '../../src/load/yaml.js';
import { normaliseValues } from '../../src/load/normalise.js';
import { dossierSchema, type LooseDossier } from '../../src/model/dossier.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { checkRules } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/engine.js';
import { declaredFiles } from '../../src/rules/materials.js';
import { anyString, applyMutation, EXTREME_DATES, toYaml, type Mutation } from './dossier-arb.js';

export const policy = defaultPolicy();

const STATUSES: AttachmentStatus[] = ['ok', 'ok', 'ok', 'missing', 'outside', 'not-regular', 'bad-name', 'empty', 'not-pdf', 'too-large'];
const SNIPPETS = [
  '查新完成日期：2024年6月18日',
  '报告日期 2024-04-30',
  '二〇二四年六月',
  '统一社会信用代码：91140100MA0G1H2KXP',
  '配套资金 80 万元',
  '本协议有效期自2024年10月20日起至2028年12月31日止',
  'This Agreement is valid from October 20, 2024 to December 31, 2028',
  '会计师事务所 审计报告 2023年12月31日',
  '国家重点实验室',
  '受聘期限：2022年1月1日至2099年12月31日',
  '9999年99月99日',
  '0001-01-01',
  '金额：1e308万元',
  '研究内容 任务分工 合同期限 经费分配 知识产权',
];

/** Facts for every file a dossier declares: any status, and for readable ones any text the PDF might hold. */
export function attachmentFactsArb(d: LooseDossier): fc.Arbitrary<Map<string, AttachmentFact>> {
  const files = (() => {
    try {
      return declaredFiles(d);
    } catch {
      return [];
    }
  })();
  const pdf: fc.Arbitrary<PdfFacts> = fc.record({
    pages: fc.integer({ min: 1, max: 40 }),
    pageSizes: fc.array(fc.constantFrom({ width: 595.28, height: 841.89 }, { width: 612, height: 792 }, { width: 1, height: 1e6 }), { maxLength: 3 }),
    text: fc.array(fc.array(fc.oneof(fc.constantFrom(...SNIPPETS), anyString(), fc.constantFrom(...EXTREME_DATES)), { maxLength: 5 }).map((xs) => xs.join('\n')), { maxLength: 4 }),
    hasText: fc.boolean(),
    restricted: fc.boolean(),
    problem: fc.option(fc.constantFrom('encrypted', 'corrupt', 'no-pages', 'timeout', 'too-many-pages'), { nil: undefined }),
    problemDetail: fc.constant('问题 problem'),
  }).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as PdfFacts);
  return fc.tuple(...files.map(() => fc.tuple(fc.constantFrom(...STATUSES), pdf, fc.integer({ min: 0, max: 2 ** 31 })))).map((facts) => {
    const m = new Map<string, AttachmentFact>();
    files.forEach((f, i) => {
      const [status, p, size] = facts[i]!;
      m.set(f.path, { path: f.path, file: f.file, status, size, ...(status === 'ok' ? { pdf: p } : {}) });
    });
    return m;
  });
}

export const asOfArb = fc.oneof(
  fc.constantFrom(new Date('2024-11-20T10:00:00+08:00'), new Date('2024-12-04T18:00:00+08:00'), new Date('2024-12-04T18:00:01+08:00')),
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
);

const CLAUSE = /^[一二三四](\.\d+)?(\(\d+\))?$/;

/** Throws unless every finding is well-formed and says nothing it could not know. */
export function assertWellFormed(findings: readonly Finding[], source: string): void {
  for (const f of findings) {
    const where = `${f.rule} ${f.path ?? ''}: ${f.message.slice(0, 200)}`;
    if (typeof f.rule !== 'string' || !f.rule) throw new Error(`finding without rule: ${JSON.stringify(f).slice(0, 300)}`);
    if (!SEVERITIES.includes(f.severity)) throw new Error(`bad severity ${f.severity}: ${where}`);
    if (!CLAUSE.test(f.clause)) throw new Error(`bad clause ${f.clause}: ${where}`);
    if (typeof f.message !== 'string' || !f.message.trim()) throw new Error(`empty message: ${where}`);
    if (f.path !== undefined && typeof f.path !== 'string') throw new Error(`path not a string: ${where}`);
    for (const token of ['undefined', '[object Object]', 'NaN']) {
      const typed = token === 'NaN' ? /nan/i.test(source) : source.includes(token);
      if ((f.message.includes(token) || (f.hint ?? '').includes(token)) && !typed) throw new Error(`message says "${token}" that the dossier does not: ${where}`);
    }
    if (/\{[a-z]\w*\}/i.test(f.message) && !source.includes('{')) throw new Error(`unfilled placeholder: ${where}`);
    if (f.line !== undefined && (!Number.isInteger(f.line) || f.line < 1 || !Number.isInteger(f.column) || f.column! < 1)) throw new Error(`bad position ${f.line}:${f.column}: ${where}`);
  }
}

export interface Outcome {
  readable: boolean;
  findings: Finding[];
  /** Over the size limit: checkDossier refuses such a file before reading it (test/hostile-dossiers.test.ts). */
  oversized?: boolean;
}

/** loadDossierText + runRules, as checkDossier runs them, on the text of a dossier. */
export function judge(source: string, asOf: Date, facts: (d: LooseDossier) => Map<string, AttachmentFact>): Outcome {
  const loaded = loadDossierText(source, 'zh');
  if (!loaded.ok) {
    if (loaded.findings.length === 0) throw new Error('unreadable without a finding');
    for (const f of loaded.findings) if (f.line === undefined && f.rule === 'yaml-syntax' && !/depth|深|别名|alias/i.test(f.message)) throw new Error(`unreadable without a position: ${f.message}`);
    assertWellFormed(loaded.findings, source);
    return { readable: false, findings: loaded.findings };
  }
  const { findings } = runRules(checkRules, { dossier: loaded.dossier, policy, asOf, attachments: facts(loaded.dossier) }, 'zh');
  assertWellFormed(loaded.findings, source);
  assertWellFormed(findings, source);
  return { readable: true, findings: [...loaded.findings, ...findings] };
}

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** The YAML data as kjhz's loader sees it (undefined when it cannot be parsed or expanded): codes typed
 * as digits are text to it, and values in another accepted form are normalised (是 → true, ４０ → 40). */
function dataOf(source: string): unknown {
  try {
    const doc = parseDocument(source, { uniqueKeys: true, merge: false });
    if (doc.errors.length) return undefined;
    codesAsWritten(doc);
    normaliseValues(doc, dossierSchema);
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** The property of a mutation: never an exception; when the data breaks the schema, a finding names the place. */
export function checkMutation(base: Record<string, unknown>, m: Mutation, style: 'block' | 'flow' | 'json', asOf: Date, facts: (d: LooseDossier) => Map<string, AttachmentFact>): Outcome {
  const mutated = applyMutation(base, m);
  const source = toYaml(mutated, style);
  if (Buffer.byteLength(source) > YAML_LIMITS.maxBytes) return { readable: false, findings: [], oversized: true };
  const outcome = judge(source, asOf, facts);
  const data = dataOf(source);
  if (outcome.readable && data !== undefined && !dossierSchema.safeParse(data).success) {
    const p = m.path.map(String).join('.');
    const schemaFindings = outcome.findings.filter((f) => f.rule === 'dossier-schema' || f.rule === 'dossier-unknown-field');
    if (schemaFindings.length === 0) throw new Error(`schema-invalid dossier (${m.kind} at ${p}) but no schema finding`);
    if (!schemaFindings.every((f) => typeof f.path === 'string')) throw new Error(`schema finding without a path (${m.kind} at ${p})`);
    // the place broken is named (or, for a value that became something else entirely, its field)
    if (!schemaFindings.some((f) => related(f.path!, p) || (f.path === '' && p.split('.').length === 1))) {
      throw new Error(`no finding at or around ${p} (${m.kind}); paths: ${schemaFindings.map((f) => f.path).join(', ')}`);
    }
  }
  return outcome;
}
