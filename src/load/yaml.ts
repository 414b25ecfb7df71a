// Reading dossier.yaml: YAML syntax and schema problems become findings placed at their line and column
// (from the yaml library's own source ranges), and fields that fail the schema are removed before rules run.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { z } from 'zod';
import { dossierSchema, type LooseDossier } from '../model/dossier.js';
import { fill, type Finding, type Lang } from '../core/finding.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { closest } from '../core/suggest.js';
import { uiText } from '../i18n/ui.js';
import { normaliseValues } from './normalise.js';
import { excerptAround, explainYamlError, explainYamlWarning, silentYamlMistake } from './yamlErrors.js';
import { chineseNames, labelOf, vocabularyOfCodes } from '../model/vocabulary.js';
import { isoDateOf, wanOf, yuanOf } from '../core/typed.js';

/** Every key of the dossier format, at any level: a full-width colon after one of these is a mistake. */
export const KNOWN_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const visit = (s: z.ZodType | undefined): void => {
    while (s && !(s instanceof z.ZodObject) && !(s instanceof z.ZodArray) && typeof (s as { unwrap?: unknown }).unwrap === 'function') s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
    if (s instanceof z.ZodArray) return visit(s.element as z.ZodType);
    if (!(s instanceof z.ZodObject)) return;
    for (const [k, v] of Object.entries(s.shape as Record<string, z.ZodType>)) {
      keys.add(k);
      visit(v);
    }
  };
  visit(dossierSchema);
  return keys;
})();

export const YAML_LIMITS = { maxBytes: 1024 * 1024, maxAliasCount: 100, maxDepth: 64 };

export type Locate = (path: string | undefined) => { line: number; column: number; endLine?: number; endColumn?: number } | undefined;

export type Loaded =
  /** invalid: the paths the schema rejected (reported, and removed from the dossier). */
  | { ok: true; dossier: LooseDossier; findings: Finding[]; locate: Locate; invalid: ReadonlySet<string> }
  | { ok: false; findings: Finding[] };

/** The notice clause a field belongs to, for schema findings. */
function clauseOf(path: (string | number)[]): string {
  const p = path.join('.');
  const table: [string, string][] = [
    ['project.funding', '二.4'],
    ['project.period', '二.7'],
    ['project.declarations.integrityPledge', '二.8'],
    ['project.declarations.ethics', '二.9'],
    ['project.declarations.humanGeneticResources', '二.9'],
    ['project.declarations', '二.6'],
    ['project.targets', '一'],
    ['project', '一'],
    ['applicant.credit', '二.8'],
    ['applicant.recommender', '二.6'],
    ['applicant', '二.1'],
    ['lead', '二.2'],
    ['partners', '二.3'],
    ['agreements', '二.3'],
    ['attachments.noveltySearch', '三.2(7)'],
    ['attachments', '三'],
  ];
  return table.find(([prefix]) => p === prefix || p.startsWith(`${prefix}.`))?.[1] ?? '三.1';
}

const text = (lang: Lang, key: Parameters<typeof uiText>[1], params?: Record<string, string | number>) => fill(uiText(lang, key), params);

function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    if (v && typeof v === 'object') for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

function locator(doc: Document, lines: LineCounter): Locate {
  return (path) => {
    if (path === undefined) return undefined;
    const segments: (string | number)[] = path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    // The nearest existing node: a missing key is reported where its parent is.
    for (let n = segments.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        const pos = lines.linePos(range[0]);
        // a value's end too; a block (a map or list) is located by its start only
        if (!isScalar(node) || range[1] <= range[0]) return { line: pos.line, column: pos.col };
        const end = lines.linePos(range[1]);
        return { line: pos.line, column: pos.col, endLine: end.line, endColumn: end.col };
      }
    }
    return undefined;
  };
}

/** Where a key itself is written (an unknown key is pointed at, not its value). */
function keyPosition(doc: Document, lines: LineCounter, path: string | undefined): { line: number; column: number; endLine: number; endColumn: number } | undefined {
  if (!path) return undefined;
  const segments = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const key = segments.pop();
  const parent = segments.length ? doc.getIn(segments, true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  if (!range) return undefined;
  const [start, end] = [lines.linePos(range[0]), lines.linePos(range[1])];
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function removeAt(data: unknown, path: PropertyKey[]): void {
  if (path.length === 0) return;
  const parent = valueAt(data, path.slice(0, -1));
  if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[path[path.length - 1]!];
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return maskIdNumbersIn(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}

function allowedKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  let s: z.ZodType | undefined = schema;
  for (const k of path) {
    while (s && ('unwrap' in s) && typeof (s as { unwrap?: unknown }).unwrap === 'function' && !(s instanceof z.ZodObject) && !(s instanceof z.ZodArray)) {
      s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
    }
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(k)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return [];
  }
  while (s && !(s instanceof z.ZodObject) && typeof (s as { unwrap?: unknown }).unwrap === 'function') s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function schemaFinding(issue: z.core.$ZodIssue, data: unknown, lang: Lang): Finding[] {
  const path = issue.path.map(String).join('.');
  const found = valueAt(data, issue.path);
  const base = { rule: 'dossier-schema', clause: clauseOf(issue.path as (string | number)[]) };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowedKeys(dossierSchema, issue.path));
        const full = path ? `${path}.${key}` : key;
        return {
          ...base,
          rule: 'dossier-unknown-field',
          severity: 'warning' as const,
          path: full,
          message: text(lang, 'schema.unknownKey', { key: full }),
          hint: suggestion ? text(lang, 'schema.didYouMean', { key: suggestion }) : text(lang, 'schema.unknownKeyHint'),
        };
      });
    case 'invalid_type': {
      if (found === undefined || found === null) {
        return [{ ...base, severity: 'error', path, message: text(lang, found === null ? 'schema.blank' : 'schema.required', { path }), hint: text(lang, 'schema.requiredHint') }];
      }
      const typed = { ...base, severity: 'error' as const, path };
      if (issue.expected === 'number' && typeof found === 'string') {
        const wan = wanOf(found);
        if (wan !== undefined) return [{ ...typed, message: text(lang, 'schema.amountUnit', { path, found: show(found) }), hint: text(lang, 'schema.amountUnitHint', { value: wan }) }];
        const yuan = yuanOf(found);
        if (yuan !== undefined) return [{ ...typed, message: text(lang, 'schema.amountYuan', { path, found: show(found), wan: yuan }), hint: text(lang, 'schema.amountYuanHint', { value: yuan }) }];
        return [{ ...typed, message: text(lang, 'schema.number', { path, found: show(found) }), hint: text(lang, 'schema.numberHint') }];
      }
      if (issue.expected === 'boolean') return [{ ...typed, message: text(lang, 'schema.boolean', { path, found: show(found) }), hint: text(lang, 'schema.booleanHint') }];
      const expected = TYPE_NAMES[issue.expected]?.[lang] ?? issue.expected;
      return [{ ...typed, message: text(lang, 'schema.type', { path, expected, found: show(found) }), hint: text(lang, issue.expected === 'array' ? 'schema.arrayHint' : issue.expected === 'object' ? 'schema.objectHint' : 'schema.stringHint') }];
    }
    case 'invalid_value': {
      const codes = issue.values.map(String);
      const vocabulary = vocabularyOfCodes(codes);
      const written = typeof found === 'string' ? found : '';
      const names = vocabulary ? codes.map((c) => `${c} ${labelOf(vocabulary, c, 'zh')}`) : codes;
      // (a did-you-mean for a word, not for a pasted paragraph: edit distance is quadratic)
      const suggestion = written && written.length <= 40 ? closest(written, vocabulary ? [...codes, ...chineseNames(vocabulary)] : codes) : undefined;
      return [
        {
          ...base,
          severity: 'error',
          path,
          message: text(lang, 'schema.enum', { path, found: show(found), values: (lang === 'zh' ? names : codes).join(' | ') }),
          hint: suggestion ? text(lang, 'schema.didYouMean', { key: suggestion }) : text(lang, 'schema.enumHint'),
        },
      ];
    }
    case 'too_small':
      return [{ ...base, severity: 'error', path, message: text(lang, issue.origin === 'array' ? 'schema.emptyList' : 'schema.empty', { path }), hint: text(lang, 'schema.requiredHint') }];
    default: {
      const date = issue.code === 'invalid_format' && typeof found === 'string' ? isoDateOf(found) : undefined;
      if (date) return [{ ...base, severity: 'error', path, message: text(lang, 'schema.dateForm', { path, found: show(found) }), hint: text(lang, 'schema.dateFormHint', { value: date }) }];
      const isCountry = path.endsWith('.country');
      const isDateField = !isCountry && (issue.code === 'invalid_format' || /日期|calendar/.test(issue.message));
      const hint = isCountry ? 'schema.countryHint' : isDateField ? 'schema.dateHint' : 'schema.stringHint';
      return [{ ...base, severity: 'error', path, message: text(lang, 'schema.invalid', { path, found: show(found), problem: issue.message }), hint: text(lang, hint) }];
    }
  }
}

/** zod's type names in words (never "类型应为number"). */
const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'number' },
  boolean: { zh: '是或否', en: 'yes or no' },
  array: { zh: '列表（[a, b] 或每行“- ”开头）', en: 'list ([a, b] or lines starting with "- ")' },
  object: { zh: '一组“键: 值”', en: 'a group of "key: value" lines' },
};

/**
 * Codes typed without quotes (creditCode: 121400004057063860, idNumber: 140105198003150018) are numbers to
 * YAML, and beyond 2^53 their last digits are lost: such a field keeps its digits as written. The codes are
 * text, and their check characters are verified by the rules.
 */
export function codesAsWritten(doc: Document): void {
  const asWritten = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'number' && node.source !== undefined && /^\d+$/.test(node.source)) node.value = node.source;
  };
  asWritten(doc.getIn(['applicant', 'creditCode'], true));
  asWritten(doc.getIn(['lead', 'idNumber'], true));
  const partners = doc.get('partners', true);
  if (isSeq(partners)) for (const p of partners.items) if (isMap(p)) asWritten(p.get('creditCode', true));
}

/** The first alias whose anchor is never set before it (the yaml library throws on it when converting). */
function unresolvedAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Parses dossier.yaml text. Never throws: every problem is a finding. */
export function loadDossierText(source: string, lang: Lang): Loaded {
  const lines = new LineCounter();
  const tooDeep = (): Loaded => ({ ok: false, findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: text(lang, 'yaml.tooDeep', { max: YAML_LIMITS.maxDepth }), hint: text(lang, 'yaml.syntaxHint'), line: 1, column: 1 }] });
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  } catch (err) {
    // Nesting deep enough to exhaust the parser's stack is refused like any other too-deep document.
    if (err instanceof RangeError) return tooDeep();
    throw err;
  }
  // Later errors are usually echoes of the first one; report that one, and how many follow.
  const first = doc.errors[0];
  if (first && /call stack/i.test(first.message)) return tooDeep();
  const syntaxFinding = (p: ReturnType<typeof explainYamlError>, more = 0): Finding => ({
    rule: 'yaml-syntax',
    severity: 'error',
    clause: '三.1',
    message: p.message + (more > 0 ? text(lang, 'yaml.more', { count: more }) : ''),
    hint: p.hint,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    excerpt: p.excerpt,
  });
  const syntax: Finding[] = [];
  if (first) {
    const [start, end] = [lines.linePos(first.pos[0]), lines.linePos(first.pos[1])];
    const problem = explainYamlError(source, { code: first.code, message: first.message, start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } }, lang);
    syntax.push(syntaxFinding(problem, doc.errors.length - 1));
  } else {
    const silent = silentYamlMistake(source, KNOWN_KEYS, lang);
    if (silent) syntax.push(syntaxFinding(silent));
  }
  if (syntax.length) return { ok: false, findings: syntax };
  if (doc.contents === null || (!isMap(doc.contents) && !isSeq(doc.contents))) {
    return { ok: false, findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: text(lang, 'yaml.notMapping'), hint: text(lang, 'yaml.syntaxHint'), line: 1, column: 1 }] };
  }
  codesAsWritten(doc);
  normaliseValues(doc, dossierSchema);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (err) {
    if (err instanceof RangeError && !/alias/i.test(err.message)) return tooDeep();
    // "*见附件" as a value: a reference to an anchor never set; say so at the alias, not "too many aliases".
    const unknown = err instanceof ReferenceError ? unresolvedAlias(doc) : undefined;
    if (unknown?.range) {
      const [start, end] = [lines.linePos(unknown.range[0]), lines.linePos(unknown.range[1])];
      const written = `*${unknown.source}`;
      return { ok: false, findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: text(lang, 'yaml.syntax', { detail: text(lang, 'yaml.unknownAlias', { line: start.line, written }) }), hint: text(lang, 'yaml.unknownAliasHint', { written }), line: start.line, column: start.col, endLine: end.line, endColumn: end.col, excerpt: excerptAround(source.split(/\r?\n/), start.line - 1) }] };
    }
    // The yaml library refuses alias expansion past maxAliasCount ("billion laughs").
    return { ok: false, findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: text(lang, 'yaml.aliases', { detail: (err as Error).message }), hint: text(lang, 'yaml.aliasesHint'), line: 1, column: 1 }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: text(lang, 'yaml.notMapping'), hint: text(lang, 'yaml.syntaxHint'), line: 1, column: 1 }] };
  }
  if (depthOf(data, YAML_LIMITS.maxDepth) > YAML_LIMITS.maxDepth) {
    return { ok: false, findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: text(lang, 'yaml.tooDeep', { max: YAML_LIMITS.maxDepth }), hint: text(lang, 'yaml.syntaxHint'), line: 1, column: 1 }] };
  }
  const locate = locator(doc, lines);
  const findings: Finding[] = doc.warnings.map((w) => {
    const [start, end] = [lines.linePos(w.pos[0]), lines.linePos(w.pos[1])];
    const p = explainYamlWarning(source, { code: w.code, message: w.message, start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } }, lang);
    return { rule: 'yaml-syntax', severity: 'warning', clause: '三.1', message: p.message, hint: p.hint, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, excerpt: p.excerpt };
  });
  const parsed = dossierSchema.safeParse(data);
  const invalid = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) if (issue.code !== 'unrecognized_keys' && issue.path.length) invalid.add(issue.path.map(String).join('.'));
    for (const issue of parsed.error.issues) findings.push(...schemaFinding(issue, data, lang));
    // Rules must not judge (and report again) what the schema already rejected.
    for (const issue of parsed.error.issues) if (issue.code !== 'unrecognized_keys' && issue.path.length) removeAt(data, issue.path);
  }
  for (const f of findings) if (f.line === undefined) Object.assign(f, f.rule === 'dossier-unknown-field' ? keyPosition(doc, lines, f.path) ?? locate(f.path) : locate(f.path));
  return { ok: true, dossier: data as LooseDossier, findings, locate, invalid };
}
