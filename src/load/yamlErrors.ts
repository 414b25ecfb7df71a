// YAML mistakes named as a person makes them: the parser reports where its reading broke down (often the
// line after the mistake, or the start of a key that spans two lines); this finds the character that
// caused it — 全角冒号“：”, 全角空格, Tab, 中文引号, a colon with no space after it, a quote or bracket
// never closed — and points at it, with the lines around it for the report's code frame.
import type { Lang } from '../core/finding.js';
import { fill } from '../core/finding.js';
import { uiText, type UiKey } from '../i18n/ui.js';

export interface Excerpt {
  /** 1-based number of the first line shown. */
  firstLine: number;
  lines: string[];
}

export interface YamlProblem {
  message: string;
  hint: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: Excerpt;
}

type Kind =
  | 'fullWidthColon'
  | 'fullWidthSpace'
  | 'tab'
  | 'chineseQuotes'
  | 'colonNoSpace'
  | 'colonInValue'
  | 'fullWidthComma'
  | 'unclosedQuote'
  | 'unclosedBracket'
  | 'badIndent'
  | 'duplicateKey';

interface Culprit {
  kind: Kind;
  /** 0-based line index and character index in it; length in characters. */
  line: number;
  index: number;
  length: number;
  params?: Record<string, string | number>;
}

const KEY = '[A-Za-z][A-Za-z0-9_-]*';
const indentOf = (l: string) => /^ */.exec(l)![0].length;
const blank = (l: string) => /^\s*(#.*)?$/.test(l);
/** The text of a line without a trailing comment (a # after a space, outside quotes: close enough here). */
const code = (l: string) => l.replace(/\s+#.*$/, '');

/** What is wrong on one line, judged by the line alone (and the one before it for indentation). */
function onLine(lines: string[], i: number): Culprit | undefined {
  const l = lines[i] ?? '';
  if (blank(l)) return undefined;
  const at = (kind: Kind, index: number, length = 1, params?: Culprit['params']): Culprit => ({ kind, line: i, index, length, ...(params ? { params } : {}) });
  const tab = /^[ ]*\t/.exec(l);
  if (tab) return at('tab', tab[0].length - 1);
  const ideographic = /^[ \t]*\u3000/.exec(l) ?? new RegExp(`^\\s*(?:-\\s+)?${KEY}\\s*:\\u3000`).exec(l);
  if (ideographic) return at('fullWidthSpace', ideographic[0].length - 1);
  const fwColon = new RegExp(`^(\\s*(?:-\\s+)?${KEY})\\s*：`).exec(l);
  if (fwColon) return at('fullWidthColon', fwColon[0].length - 1, 1, { key: fwColon[1]!.replace(/^\s*(-\s+)?/, '') });
  const value = new RegExp(`^\\s*(?:-\\s+)?${KEY}\\s*:\\s+(.*)$`).exec(code(l));
  if (value) {
    const v = value[1]!;
    const start = l.indexOf(v, l.indexOf(':') + 1);
    if (/^[“‘]/u.test(v)) return at('chineseQuotes', start);
    if (/^[[{]/.test(v) && /，/u.test(v)) return at('fullWidthComma', l.indexOf('，', start));
    if (!/^["'[{|>&*!]/.test(v) && /:\s/.test(v)) return at('colonInValue', start + v.search(/:\s/));
    if (/^"/.test(v) && !/^"(?:[^"\\]|\\.)*"\s*$/.test(v)) return at('unclosedQuote', start);
    if (/^'/.test(v) && !/^'(?:[^']|'')*'\s*$/.test(v)) return at('unclosedQuote', start);
    const opens = (v.match(/[[{]/g) ?? []).length;
    const closes = (v.match(/[\]}]/g) ?? []).length;
    if (/^[[{]/.test(v) && opens > closes) return at('unclosedBracket', start);
  }
  const noSpace = new RegExp(`^(\\s*(?:-\\s+)?${KEY}):(?=[^\\s:/])`).exec(l);
  if (noSpace) return at('colonNoSpace', noSpace[1]!.length, 1, { key: noSpace[1]!.replace(/^\s*(-\s+)?/, '') });
  // Deeper than the line before, which holds a value (not a key that opens a block): a stray indent.
  let j = i - 1;
  while (j >= 0 && blank(lines[j]!)) j--;
  const prev = j >= 0 ? lines[j] : undefined;
  if (prev !== undefined && indentOf(l) > indentOf(prev) && new RegExp(`^\\s*(?:-\\s+)?${KEY}\\s*:\\s*[^\\s#|>]`).test(prev) && !/^\s*-/.test(l)) {
    return at('badIndent', 0, indentOf(l), { extra: indentOf(l) - indentOf(prev) });
  }
  return undefined;
}

/** Where the key duplicated on line i was first written (same indentation, same block). */
function firstOccurrence(lines: string[], i: number): number | undefined {
  const m = new RegExp(`^(\\s*)(?:-\\s+)?(${KEY})\\s*:`).exec(lines[i] ?? '');
  if (!m) return undefined;
  const indent = m[1]!.length;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (blank(l)) continue;
    if (indentOf(l) < indent) return undefined;
    const k = new RegExp(`^\\s{${indent}}(${KEY})\\s*:`).exec(l);
    if (k && k[1] === m[2]) return j;
  }
  return undefined;
}

const HINTS: Record<Kind, UiKey> = {
  fullWidthColon: 'yaml.fullWidthColonHint',
  fullWidthSpace: 'yaml.fullWidthSpaceHint',
  tab: 'yaml.tabHint',
  chineseQuotes: 'yaml.chineseQuotesHint',
  colonNoSpace: 'yaml.colonNoSpaceHint',
  colonInValue: 'yaml.colonInValueHint',
  fullWidthComma: 'yaml.fullWidthCommaHint',
  unclosedQuote: 'yaml.unclosedQuoteHint',
  unclosedBracket: 'yaml.unclosedBracketHint',
  badIndent: 'yaml.badIndentHint',
  duplicateKey: 'yaml.duplicateKeyHint',
};

export function excerptAround(lines: string[], line: number): Excerpt {
  const first = Math.max(0, line - 2);
  return { firstLine: first + 1, lines: lines.slice(first, Math.min(lines.length, line + 2)).map((l) => (l.length > 200 ? `${l.slice(0, 199)}…` : l)) };
}

function problemOf(c: Culprit, lines: string[], lang: Lang): YamlProblem {
  const text = (k: UiKey, p?: Record<string, unknown>) => fill(uiText(lang, k), p);
  const params = { line: c.line + 1, ...c.params };
  return {
    message: text('yaml.syntax', { detail: text(`yaml.${c.kind}` as UiKey, params) }),
    hint: text(HINTS[c.kind], params),
    line: c.line + 1,
    column: c.index + 1,
    endLine: c.line + 1,
    endColumn: c.index + 1 + c.length,
    excerpt: excerptAround(lines, c.line),
  };
}

/** The parser's own words for what it found, when no known mistake explains it. */
const PARSER_WORDS: Record<string, UiKey> = {
  BLOCK_AS_IMPLICIT_KEY: 'yaml.code.BLOCK_AS_IMPLICIT_KEY',
  MULTILINE_IMPLICIT_KEY: 'yaml.code.MULTILINE_IMPLICIT_KEY',
  BAD_INDENT: 'yaml.code.BAD_INDENT',
  TAB_AS_INDENT: 'yaml.tab',
  DUPLICATE_KEY: 'yaml.code.DUPLICATE_KEY',
  MISSING_CHAR: 'yaml.code.MISSING_CHAR',
  UNEXPECTED_TOKEN: 'yaml.code.UNEXPECTED_TOKEN',
};

export interface ParserError {
  code: string;
  message: string;
  /** 1-based start and end, as the parser gives them. */
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** A parser error explained: the mistake that caused it where one is found near it, else the parser's words. */
export function explainYamlError(source: string, e: ParserError, lang: Lang): YamlProblem {
  const lines = source.split(/\r?\n/);
  const start = e.start.line - 1;
  if (e.code === 'DUPLICATE_KEY') {
    const first = firstOccurrence(lines, start);
    const key = new RegExp(`^\\s*(?:-\\s+)?(${KEY})`).exec(lines[start] ?? '')?.[1] ?? '';
    return problemOf({ kind: 'duplicateKey', line: start, index: indentOf(lines[start] ?? ''), length: Math.max(1, key.length), params: { key, first: first === undefined ? '?' : first + 1 } }, lines, lang);
  }
  // The line the parser names, the lines its range covers and the one after, then the one before it.
  const candidates = [...new Set([start, ...Array.from({ length: Math.max(0, e.end.line - e.start.line) + 1 }, (_, k) => start + 1 + k), start - 1])].filter((i) => i >= 0 && i < lines.length);
  for (const i of candidates) {
    const c = onLine(lines, i);
    if (c) return problemOf(c, lines, lang);
  }
  // A quote opened on an earlier line and never closed: the parser notices only at the end.
  if (e.code === 'MISSING_CHAR') {
    for (let i = start; i >= 0; i--) {
      const c = onLine(lines, i);
      if (c && (c.kind === 'unclosedQuote' || c.kind === 'unclosedBracket')) return problemOf(c, lines, lang);
    }
  }
  const words = PARSER_WORDS[e.code];
  const original = e.message.split('\n')[0] ?? e.code;
  const detail = words ? `${uiText(lang, words)}（${original}）` : original;
  return {
    message: fill(uiText(lang, 'yaml.syntax'), { detail }),
    hint: uiText(lang, e.code === 'TAB_AS_INDENT' ? 'yaml.tabHint' : 'yaml.syntaxHint'),
    line: e.start.line,
    column: e.start.column,
    endLine: e.end.line,
    endColumn: Math.max(e.end.column, e.start.line === e.end.line ? e.start.column + 1 : e.end.column),
    excerpt: excerptAround(lines, start),
  };
}

type WarningKind = 'unknownTag' | 'tagWrongKind' | 'unknownDirective' | 'yamlVersion' | 'ambiguousAnchor' | 'ambiguousAlias';

/** The yaml library's warnings (it reads on, but not what the writer meant), by code and its words. */
function warningKind(code: string, message: string): WarningKind | undefined {
  if (code === 'TAG_RESOLVE_FAILED' && message.startsWith('Unresolved tag')) return 'unknownTag';
  if (code === 'BAD_COLLECTION_TYPE') return 'tagWrongKind';
  if (code === 'BAD_DIRECTIVE' && message.startsWith('Unknown directive')) return 'unknownDirective';
  if (code === 'BAD_DIRECTIVE' && message.startsWith('Unsupported YAML version')) return 'yamlVersion';
  if (code === 'BAD_ALIAS' && message.startsWith('Anchor ending in :')) return 'ambiguousAnchor';
  if (code === 'BAD_ALIAS' && message.startsWith('Alias ending in :')) return 'ambiguousAlias';
  return undefined;
}

/**
 * A parser warning explained, at the text it is about: the tag, directive, anchor or alias as written
 * (the parser points at the colon ending an anchor; this points at the whole "&name:"). A warning this
 * does not know keeps the parser's words.
 */
export function explainYamlWarning(source: string, w: ParserError, lang: Lang): YamlProblem {
  const lines = source.split(/\r?\n/);
  const i = w.start.line - 1;
  const l = lines[i] ?? '';
  const kind = warningKind(w.code, w.message);
  const text = (k: UiKey, p?: Record<string, unknown>) => fill(uiText(lang, k), p);
  let index = w.start.column - 1;
  let end = w.end.line === w.start.line ? Math.max(w.end.column - 1, index + 1) : l.length;
  if (kind === 'ambiguousAnchor' || kind === 'ambiguousAlias') {
    index = l.lastIndexOf(kind === 'ambiguousAnchor' ? '&' : '*', index);
    end = w.start.column;
  }
  if (kind === 'unknownDirective') end = /^\S*/.exec(l.slice(index))![0].length + index;
  const written = l.slice(index, end);
  const params = { line: w.start.line, written };
  const detail = kind ? text(`yaml.warn.${kind}`, params) : w.message.split('\n')[0] ?? w.code;
  return {
    message: text('yaml.warning', { detail }),
    hint: text(kind ? `yaml.warn.${kind}Hint` : 'yaml.syntaxHint', params),
    line: w.start.line,
    column: index + 1,
    endLine: w.start.line,
    endColumn: end + 1,
    excerpt: excerptAround(lines, i),
  };
}

/**
 * Mistakes YAML reads without complaint but that surely break the dossier's structure: indentation with
 * 全角空格 (the key becomes "　　title"), and a known field followed by a full-width colon (field：新能源
 * folded into the value above it). The first one, or undefined.
 */
export function silentYamlMistake(source: string, knownKeys: ReadonlySet<string>, lang: Lang): YamlProblem | undefined {
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    // only lines with one of the two characters are looked at closely
    if (!/[\u3000：]/u.test(lines[i]!)) continue;
    const c = onLine(lines, i);
    if (!c) continue;
    if ((c.kind === 'fullWidthSpace' && /^[ \t]*\u3000/.test(lines[i]!)) || (c.kind === 'fullWidthColon' && knownKeys.has(String(c.params?.key)))) return problemOf(c, lines, lang);
  }
  return undefined;
}
