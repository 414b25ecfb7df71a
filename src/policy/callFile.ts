// Reading a call file (data/calls/*.yaml, `--call FILE`, `call:` in kjhz.config.yaml): YAML → the call
// schema → the policy the rules read. Any mistake (YAML syntax, a missing or unknown key, a wrong type, an
// impossible date, a rule without its quote) is a CallError naming FILE:LINE:COLUMN and what is wrong, in
// the user's language: a call is never half-read and no value is ever defaulted.
//
// The built-in call (the 2024 notice) is read from the build's JSON copy (dist/calls/*.json, written by
// scripts/reference-json.mjs after validating it) when one is at least as new as the YAML: JSON.parse takes
// a millisecond where the YAML parser takes several, on the path of every `kjhz check` and `kjhz rules`.
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { callSchema, type Policy } from './callSchema.js';
import { fill, type Lang, type Msg } from '../core/finding.js';
import { closest } from '../core/suggest.js';
import { UI, uiText, type UiKey } from '../i18n/ui.js';

/** A call file that cannot be used: the message is ready for the user (file:line:column: problem). */
export class CallError extends Error {}

export interface LoadedCall {
  policy: Policy;
  /** The file as reports name it: as the user gave it, or data/calls/….yaml for the built-in call. */
  file: string;
}

/** What a call is checked against besides its schema: the rules that quote it. */
export interface CallCheckOptions {
  /** Every rule id whose doc quotes the notice: each needs its quote, and no quote may name another id. */
  ruleIds?: readonly string[];
}

const DEFAULT_NAME = 'shanxi-2024-kjhz.yaml';
/** The built-in call, as reports name it (its path inside the kjhz package). */
export const DEFAULT_CALL_DISPLAY = `data/calls/${DEFAULT_NAME}`;
export const DEFAULT_CALL_FILE = fileURLToPath(new URL(`../../data/calls/${DEFAULT_NAME}`, import.meta.url));
/** dist/calls/*.json, written by `npm run build`; none next to src/. */
const builtDir = fileURLToPath(new URL('../calls/', import.meta.url));

const t = (lang: Lang, key: UiKey, params?: Record<string, unknown>) => fill(uiText(lang, key), params);

type Path = readonly PropertyKey[];

/** The YAML node at a path (the value, or for an unknown key the key itself), for its line and column. */
function nodeAt(doc: Document, path: Path, key?: string): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))?.value ?? undefined;
    else if (isSeq(node)) node = node.items[Number(seg)];
    else return undefined;
    if (node === undefined || node === null) return undefined;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    return (pair?.key as Node | undefined) ?? (node as Node);
  }
  return node as Node;
}

/** The nearest node that exists on the way to `path` (a missing key is reported at its parent). */
function nearestNode(doc: Document, path: Path): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

const dotted = (path: Path) => path.map(String).join('.');

/** A value as the message shows it. */
function shown(v: unknown): string {
  if (v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const TYPE_NAMES: Record<string, UiKey> = { string: 'call.type.string', number: 'call.type.number', object: 'call.type.object', array: 'call.type.array', boolean: 'call.type.boolean' };

/** One schema issue in words. */
function describe(issue: z.core.$ZodIssue, value: unknown, lang: Lang): string {
  const path = dotted(issue.path);
  const typeName = (name: string) => (TYPE_NAMES[name] ? uiText(lang, TYPE_NAMES[name]!) : name);
  const found = (v: unknown) => (Array.isArray(v) ? typeName('array') : v === null ? 'null' : typeName(typeof v));
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return t(lang, 'call.missing', { path });
      return t(lang, 'call.type', { path, expected: typeName(issue.expected === 'int' ? 'number' : issue.expected), found: found(value), value: shown(value) });
    case 'invalid_value':
      return t(lang, 'call.enum', { path, value: shown(value), values: issue.values.map(String).join(', ') });
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? t(lang, 'call.empty', { path })
        : t(lang, 'call.tooSmall', { path, value: shown(value), minimum: String(issue.minimum) });
    case 'too_big':
      return t(lang, 'call.tooBig', { path, value: shown(value), maximum: String(issue.maximum) });
    case 'invalid_format':
    case 'custom':
    default: {
      const known = (UI as Record<string, Msg | undefined>)[`call.problem.${issue.message}`];
      return t(lang, 'call.invalid', { path, value: shown(value), problem: known ? known[lang] : issue.message });
    }
  }
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
  return v;
}

/** Validates the text of a call file; throws CallError listing every problem with its position. */
export function parseCall(source: string, file: string, lang: Lang, options: CallCheckOptions = {}): Policy {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return '';
    const p = lines.linePos(offset);
    return `:${p.line}:${p.col}`;
  };
  const fail = (problems: { offset?: number; text: string }[]): never => {
    const shownProblems = problems.slice(0, 20);
    const more = problems.length - shownProblems.length;
    const body = shownProblems.map((p) => t(lang, 'call.error', { file, at: at(p.offset), problem: p.text }));
    if (more > 0) body.push(t(lang, 'call.more', { count: more }));
    throw new CallError(body.join('\n'));
  };
  if (doc.errors.length) fail(doc.errors.slice(0, 5).map((e) => ({ offset: e.pos[0], text: t(lang, 'call.syntax', { detail: e.message.split('\n')[0] }) })));
  if (!isMap(doc.contents)) fail([{ offset: (doc.contents as Node | null)?.range?.[0] ?? 0, text: t(lang, 'call.notMapping') }]);
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const parsed = callSchema.safeParse(data);
  const problems: { offset?: number; text: string }[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(keysAllowedAt(issue.path) ?? {});
        for (const key of issue.keys) {
          const s = closest(key, known);
          const text = t(lang, 'call.unknownKey', { path: [...issue.path, key].map(String).join('.'), suggestion: s ? t(lang, 'call.didYouMean', { key: s }) : '', known: known.join(', ') });
          problems.push({ offset: nodeAt(doc, issue.path, key)?.range?.[0], text });
        }
        continue;
      }
      problems.push({ offset: (nodeAt(doc, issue.path) ?? nearestNode(doc, issue.path))?.range?.[0], text: describe(issue, valueAt(data, issue.path), lang) });
    }
  } else if (options.ruleIds) {
    const quoted = new Set(Object.keys(parsed.data.quotes));
    for (const id of options.ruleIds) if (!quoted.has(id)) problems.push({ offset: nodeAt(doc, ['quotes'])?.range?.[0], text: t(lang, 'call.missingQuote', { rule: id }) });
    const ids = new Set(options.ruleIds);
    for (const id of quoted) {
      if (ids.has(id)) continue;
      const s = closest(id, options.ruleIds);
      problems.push({ offset: nodeAt(doc, ['quotes'], id)?.range?.[0], text: t(lang, 'call.unknownQuote', { rule: id, suggestion: s ? t(lang, 'call.didYouMean', { key: s }) : '' }) });
    }
  }
  if (problems.length) {
    problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    fail(problems);
  }
  return parsed.data!;
}

/** The keys the schema allows at a path (for "did you mean"). */
function keysAllowedAt(path: Path): Record<string, unknown> | undefined {
  let schema: unknown = callSchema;
  for (const seg of path) {
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    if (!shape) return undefined;
    schema = shape[seg as string];
    // unwrap refinements and metadata
    while (schema && !(schema as { shape?: unknown }).shape && (schema as { _zod?: { def?: { innerType?: unknown } } })._zod?.def?.innerType) schema = (schema as { _zod: { def: { innerType: unknown } } })._zod.def.innerType;
  }
  return (schema as { shape?: Record<string, unknown> }).shape;
}

/** Reads and validates a call file. `display`: how messages and reports name it. */
export async function loadCallFile(file: string, lang: Lang, display = file, options: CallCheckOptions = {}): Promise<LoadedCall> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > 1024 * 1024) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CallError(t(lang, 'call.notFound', { file: display }));
    throw new CallError(t(lang, 'call.unreadable', { file: display, detail: code ?? (err instanceof TypeError ? 'not UTF-8' : (err as Error).message) }));
  }
  return { policy: parseCall(text, display, lang, options), file: display };
}

let builtIn: LoadedCall | undefined;

/** The built-in call (the 2024 notice): the default of every command. Its file is validated by the build
 * and by test/call-file.test.ts; a broken one here is a defect of kjhz, thrown as such. */
export function defaultCall(): LoadedCall {
  if (builtIn) return builtIn;
  let data: unknown;
  try {
    const json = `${builtDir}${DEFAULT_NAME.replace(/\.yaml$/, '.json')}`;
    if (statSync(json).mtimeMs >= statSync(DEFAULT_CALL_FILE).mtimeMs) data = JSON.parse(readFileSync(json, 'utf8'));
  } catch {
    data = undefined;
  }
  // The build wrote the JSON from a validated parse: it is the policy as it was (zod's first parse of the
  // schema costs ~50 ms of start-up, so it is not repeated); without a current copy, the YAML is validated.
  const policy = data !== undefined ? (data as Policy) : parseCall(readFileSync(DEFAULT_CALL_FILE, 'utf8'), DEFAULT_CALL_DISPLAY, 'en');
  builtIn = { policy, file: DEFAULT_CALL_DISPLAY };
  return builtIn;
}

/**
 * The call as a YAML file (`kjhz call show`): every key in the schema's order with its Chinese
 * description as a comment — a starting point for next year's file. Read back with --call, it is the
 * same policy.
 */
export function callYaml(policy: Policy, file: string): string {
  const doc = new Document(policy, { keepUndefined: false });
  const described = (schema: unknown): string | undefined => {
    const meta = (schema as { meta?: () => { title?: string; description?: string } | undefined }).meta?.();
    if (!meta?.title) return undefined;
    return meta.description ? `${meta.title}：${meta.description}` : meta.title;
  };
  const shape = callSchema.shape as Record<string, unknown>;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const text = described(shape[key]);
      if (text && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
    }
  }
  const head = [
    ` kjhz 申报通知文件：${policy.name.zh}（${policy.id}），来自 ${file}`,
    ' 下一年度的通知：复制本文件，改 id、name、noticeTitle、noticeDate 和各项日期、数字、名单及 quotes 中的通知原文，',
    ' 再用 kjhz call check 文件 校验，kjhz check 申报材料/ --call 文件 使用。',
  ];
  doc.commentBefore = head.join('\n');
  return doc.toString({ lineWidth: 0 });
}
