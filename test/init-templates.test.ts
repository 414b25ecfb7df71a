// kjhz init templates: for all five categories they parse with the loader, comment every field in
// Chinese, point the yaml-language-server modeline at the shipped schema, cover the schema, and —
// filled with the values of the bundled valid sample of that category — pass the checker exactly as
// the sample itself does (PDFs read).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parse as parseYaml, parseDocument, type Document, type YAMLMap } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentsFor, dossierTemplate } from '../src/templates/dossier.js';
import { callText } from '../src/policy/text.js';
import { schemaReference, SCHEMA_FILE } from '../src/cli/init.js';
import { CATEGORIES, type Category } from '../src/model/dossier.js';
import { dossierJsonSchema } from '../src/model/jsonSchema.js';
import { defaultPolicy } from '../src/policy/index.js';
import { loadDossierText } from '../src/load/yaml.js';
import { labelOf } from '../src/model/vocabulary.js';
import { checkDossier } from '../src/check/checkDossier.js';
import { readPdfFile } from '../src/pdf/read.js';
import type { Finding } from '../src/core/finding.js';

const ROOT = path.resolve(__dirname, '..');
const AS_OF = new Date('2024-11-20T10:00:00+08:00');
const policy = defaultPolicy();
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-init-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const template = (category: Category, dir = path.join(tmp, category)) => dossierTemplate(category, policy, { schema: schemaReference(dir) });
const CJK = /[\u4e00-\u9fff]/;
const FIELD = /^\s*(?:- )?([A-Za-z][A-Za-z0-9]*):(?:\s|$)/;
const COMMENTED_FIELD = /^(\s*)# ([A-Za-z][A-Za-z0-9]*): /;
/** The template with its optional (commented-out) fields switched on. */
const uncommented = (text: string) => text.replace(/^(\s*)# ([A-Za-z][A-Za-z0-9]*: )/gm, '$1$2');

/** Every dotted path of a value, list indexes removed (partners.name). */
function pathsOf(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) pathsOf(v, prefix, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      pathsOf(v, p, out);
    }
  }
  return out;
}

/** Every property path the JSON Schema allows. */
function schemaPaths(schema: Record<string, unknown>, prefix = '', out = new Set<string>()): Set<string> {
  const s = schema as { properties?: Record<string, Record<string, unknown>>; items?: Record<string, unknown>; anyOf?: Record<string, unknown>[] };
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.add(p);
    schemaPaths(v, p, out);
  }
  if (s.items) schemaPaths(s.items, prefix, out);
  for (const alt of s.anyOf ?? []) schemaPaths(alt, prefix, out);
  return out;
}

describe.each(CATEGORIES)('template for %s', (category) => {
  it('parses with the loader: no YAML error, no unknown field, also with its optional fields switched on', () => {
    for (const text of [template(category), uncommented(template(category))]) {
      const loaded = loadDossierText(text, 'zh');
      expect(loaded.ok).toBe(true);
      expect(loaded.findings.filter((f) => f.rule !== 'dossier-schema')).toEqual([]);
    }
    // Chinese values in the Chinese template, read as the codes by the loader; the English one writes codes
    expect(parseYaml(template(category)).project.category).toBe(labelOf('category', category, 'zh'));
    const loaded = loadDossierText(template(category), 'zh');
    expect(loaded.ok && loaded.dossier.project?.category).toBe(category);
    const english = dossierTemplate(category, policy, { schema: 'x.json', lang: 'en' });
    expect(parseYaml(english).project.category).toBe(category);
    expect(loadDossierText(english, 'en').findings.filter((f) => f.rule !== 'dossier-schema')).toEqual([]);
  });

  it('has a Chinese comment on every field, right above it', () => {
    const lines = template(category).split('\n');
    let fields = 0;
    lines.forEach((line, i) => {
      if (!FIELD.test(line) && !COMMENTED_FIELD.test(line)) return;
      fields++;
      const above = lines[i - 1] ?? '';
      expect(above.trimStart().startsWith('#') && CJK.test(above) && !COMMENTED_FIELD.test(above), `line ${i + 1}: ${line}`).toBe(true);
    });
    expect(fields).toBeGreaterThan(60);
  });

  it('cites the clause and states the limits from the policy', () => {
    const text = template(category);
    for (const s of ['1967年1月1日（含）以后', '2023年1月1日（含）前', '2024年5月1日之后', `${policy.typicalFunding[category]}万元左右`, '2—3年', '不低于1:1', '不低于2:1', '二.2', '二.3', '三.2(7)']) {
      expect(text, s).toContain(s);
    }
    if (category === 'aid') expect(text).toContain('新疆 | 西藏 | 青海');
    if (category === 'key-country') expect(text).toContain('德国（DE）');
    if (category === 'regional') expect(text).toContain('京津冀、长三角、粤港澳大湾区');
  });

  it('lists the attachments this category needs', () => {
    const text = template(category);
    const needed = attachmentsFor(category);
    for (const m of needed) expect(text).toContain(`#   - ${callText(m.label.zh, policy, 'zh')}（${m.clause}`);
    expect(text).not.toMatch(/\{call\./);
    expect(text.includes('国家级科技创新平台证明')).toBe(category === 'regional');
  });

  it('the yaml-language-server modeline points at the shipped JSON Schema', () => {
    const dir = path.join(tmp, 'modeline', category);
    const first = template(category, dir).split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
    expect(m).not.toBeNull();
    expect(path.resolve(dir, m![1]!)).toBe(SCHEMA_FILE);
    expect(existsSync(SCHEMA_FILE)).toBe(true);
  });
});

describe('templates together', () => {
  it('cover every field of the dossier schema', () => {
    const covered = new Set<string>();
    for (const c of CATEGORIES) for (const p of pathsOf(parseYaml(uncommented(template(c))))) covered.add(p);
    const all = CATEGORIES.map((c) => template(c)).join('\n');
    const missing = [...schemaPaths(dossierJsonSchema() as Record<string, unknown>)].filter((p) => !covered.has(p));
    // List items shown as an example in the comment ([] in the template): lead.ongoingProjects, lead.cooperationProjects.
    for (const p of missing) {
      const [parent, leaf] = [p.slice(0, p.lastIndexOf('.')), p.slice(p.lastIndexOf('.') + 1)];
      expect(['lead.ongoingProjects', 'lead.cooperationProjects'], p).toContain(parent);
      expect(all, p).toMatch(new RegExp(`#.*\\{[^}]*\\b${leaf}: `));
    }
  });
});

/** Lays the sample's values into the template document, keeping the comments. */
function fillIn(doc: Document, node: YAMLMap, value: Record<string, unknown>): void {
  for (const pair of [...node.items]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    // A prefilled name the sample does not use (auditReport for an institution): the comment says to delete the line.
    if (!(key in value) && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value !== '') node.delete(key);
  }
  for (const [key, v] of Object.entries(value)) {
    const existing = node.get(key, true);
    const plain = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
    if (plain(v) && isMap(existing)) fillIn(doc, existing, v);
    else if (Array.isArray(v) && v.every(plain) && isSeq(existing) && existing.items.every(isMap)) {
      v.forEach((item, i) => (i < existing.items.length ? fillIn(doc, existing.items[i] as YAMLMap, item) : existing.items.push(doc.createNode(item))));
      existing.items.length = v.length;
    } else node.set(key, doc.createNode(v));
  }
}

const essence = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.path ?? ''} ${f.message}`).sort();

describe.each(CATEGORIES)('template for %s, filled with the values of its valid sample', (category) => {
  it('passes the checker exactly as the sample does, its comments kept', async () => {
    const sampleDir = path.join(ROOT, 'samples', `valid-${category}`);
    const sample = parseYaml(readFileSync(path.join(sampleDir, 'dossier.yaml'), 'utf8')) as Record<string, unknown>;
    const dir = path.join(tmp, 'filled', category);
    cpSync(sampleDir, dir, { recursive: true });
    const doc = parseDocument(template(category, dir));
    fillIn(doc, doc.contents as YAMLMap, sample);
    const filled = doc.toString({ lineWidth: 0 });
    expect(filled).toContain('# 出生日期（二.2）：须为1967年1月1日（含）以后出生');
    writeFileSync(path.join(dir, 'dossier.yaml'), filled);
    if (process.env.KJHZ_SHOW_FILLED) process.stdout.write(filled);
    expect(readdirSync(dir).some((f) => f.endsWith('.pdf'))).toBe(true);

    const options = { asOf: AS_OF, lang: 'zh' as const, readPdf: readPdfFile };
    const expected = await checkDossier(path.join(sampleDir, 'dossier.yaml'), options);
    const actual = await checkDossier(path.join(dir, 'dossier.yaml'), options);
    expect(expected.status).toBe('pass');
    expect(actual.status).toBe('pass');
    expect(actual.counts.error).toBe(0);
    expect(essence(actual.findings)).toEqual(essence(expected.findings));
  });
});
