// `kjhz check --fix`: the mechanical mistakes of a hand-written dossier.yaml mended in its text — a Tab or
// 全角空格 indenting a line, a full-width colon after a key, a date written 2024/6/18 or 2024年6月18日,
// full-width digits in a code, an amount or a date, an amount written "40万元". Each edit replaces only the
// characters at fault (located by the yaml library's source ranges), so comments, order, quoting and
// layout stay as they were, and no line is added or removed. Never what a value means: no 元 → 万元, no
// renaming of files, no guessing of an enum.
import { LineCounter, parseDocument, Scalar, type Node } from 'yaml';
import { z } from 'zod';
import type { Msg } from '../core/finding.js';
import { isoDateOf, toHalfWidth, wanOf } from '../core/typed.js';
import { dossierSchema } from '../model/dossier.js';
import { KNOWN_KEYS } from './yaml.js';
import { walkScalars } from './schemaWalk.js';
import { maskIdNumbersIn } from '../core/checksums.js';

export interface FixChange {
  /** 1-based line of dossier.yaml. */
  line: number;
  before: string;
  after: string;
  what: Msg;
}

export interface FixResult {
  text: string;
  changes: FixChange[];
}

const KEY = '[A-Za-z][A-Za-z0-9_-]*';
const WHAT = {
  tab: { zh: 'Tab 缩进改为空格', en: 'Tab indentation to spaces' },
  ideographic: { zh: '全角空格缩进改为半角空格', en: 'full-width space indentation to spaces' },
  colon: { zh: '全角冒号“：”改为“: ”', en: 'full-width colon "：" to ": "' },
  date: { zh: '日期改为 YYYY-MM-DD', en: 'date to YYYY-MM-DD' },
  wan: { zh: '金额去掉单位“万元”', en: 'amount without the unit 万元' },
  halfWidth: { zh: '全角数字、字母改为半角', en: 'full-width digits and letters to ASCII' },
} satisfies Record<string, Msg>;

/** Line by line, before the text is parsed (it may not parse until these are mended). */
function fixLines(lines: string[], changes: FixChange[]): void {
  lines.forEach((line, i) => {
    let next = line;
    const what: Msg[] = [];
    const indent = /^[ \t\u3000]*/u.exec(next)![0];
    if (/[\t\u3000]/u.test(indent)) {
      if (indent.includes('\t')) what.push(WHAT.tab);
      if (indent.includes('\u3000')) what.push(WHAT.ideographic);
      next = indent.replace(/\t|\u3000/gu, '  ') + next.slice(indent.length);
    }
    const colon = new RegExp(`^(\\s*(?:-\\s+)?)(${KEY})\\s*：[ \\u3000]*`, 'u').exec(next);
    if (colon && KNOWN_KEYS.has(colon[2]!)) {
      const rest = next.slice(colon[0].length);
      next = `${colon[1]}${colon[2]}:${rest === '' || rest.startsWith('#') ? (rest ? ' ' : '') : ' '}${rest}`;
      what.push(WHAT.colon);
    }
    if (next !== line) {
      lines[i] = next;
      changes.push({ line: i + 1, before: line, after: next, what: what.length === 1 ? what[0]! : { zh: what.map((w) => w.zh).join('；'), en: what.map((w) => w.en).join('; ') } });
    }
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
  what: Msg;
}

/** The same value written in the node's own quoting. */
function written(node: Scalar, value: string, asNumber = false): string {
  if (asNumber) return value;
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return value;
}

function valueEdit(node: Scalar, schema: z.ZodType, key: string | undefined): Edit | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const [start, end] = [node.range[0], node.range[1]];
  if (schema instanceof z.ZodNumber) {
    const wan = wanOf(value);
    if (wan !== undefined) return { start, end, text: String(wan), what: WHAT.wan };
    const half = toHalfWidth(value).trim();
    if (half !== value && /^-?\d+(\.\d+)?$/.test(half)) return { start, end, text: half, what: WHAT.halfWidth };
    return undefined;
  }
  if (schema instanceof z.ZodString && z.globalRegistry.get(schema)?.format === 'date') {
    const iso = isoDateOf(value);
    if (iso !== undefined && iso !== value) return { start, end, text: written(node, iso), what: toHalfWidth(value) === iso ? WHAT.halfWidth : WHAT.date };
    return undefined;
  }
  if (schema instanceof z.ZodString && (key === 'creditCode' || key === 'idNumber')) {
    const half = toHalfWidth(value);
    if (half !== value) return { start, end, text: written(node, half), what: WHAT.halfWidth };
  }
  return undefined;
}

/** The dossier text with its mechanical mistakes mended, and each change by line. Never throws. */
export function fixDossierText(source: string): FixResult {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source.split(/\r?\n/);
  const changes: FixChange[] = [];
  fixLines(lines, changes);
  let text = lines.join(eol);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length === 0) {
    const edits: Edit[] = [];
    walkScalars(doc.contents as Node | null, dossierSchema, (node, schema, key) => {
      const e = valueEdit(node, schema, key);
      if (e) edits.push(e);
    });
    const byLine = new Map<number, { before: string; what: Msg[] }>();
    for (const e of edits) {
      const line = counter.linePos(e.start).line;
      if (!byLine.has(line)) byLine.set(line, { before: text.split(/\r?\n/)[line - 1] ?? '', what: [] });
      byLine.get(line)!.what.push(e.what);
    }
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    const after = text.split(/\r?\n/);
    for (const [line, { before, what }] of byLine) {
      const earlier = changes.find((c) => c.line === line);
      const unique = [...new Map(what.map((w) => [w.zh, w])).values()];
      const msg = { zh: unique.map((w) => w.zh).join('；'), en: unique.map((w) => w.en).join('; ') };
      if (earlier) {
        earlier.after = after[line - 1]!;
        earlier.what = { zh: `${earlier.what.zh}；${msg.zh}`, en: `${earlier.what.en}; ${msg.en}` };
      } else changes.push({ line, before, after: after[line - 1]!, what: msg });
    }
  }
  changes.sort((a, b) => a.line - b.line);
  return { text, changes };
}

/** The changes as a unified diff (no line is added or removed, so each hunk is one line). */
export function fixDiff(file: string, changes: readonly FixChange[]): string {
  if (!changes.length) return '';
  const out = [`--- ${file}`, `+++ ${file}`];
  // the lines are the applicant's: an ID number in them is masked like in every other output
  for (const c of changes) out.push(`@@ -${c.line} +${c.line} @@`, `-${maskIdNumbersIn(c.before)}`, `+${maskIdNumbersIn(c.after)}`);
  return `${out.join('\n')}\n`;
}
