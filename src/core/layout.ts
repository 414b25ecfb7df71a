// How a person reads a page: lines from positioned runs, the cells and paragraphs they form, the order
// they are read in (columns, table rows), and "the value of label X" wherever it sits — after the label
// on its line, in the cell to its right, or in the cell below. Pure: it reads PageText (src/core/
// pagetext.ts), whether the runs are pdf.js text items (often pieces of a line) or OCR line boxes
// (whole lines, slightly skewed and imprecise); geometry only, no PDF or OCR library here.
//
// All text leaves this module in one normal form (normaliseText: NFKC, no layout spaces inside CJK),
// with the line breaks that only wrapping put there removed (a cell's long title, "80万⏎元", a credit
// code broken in a narrow cell), so that no rule handles whitespace itself.
//
// Units: PDF points; a run's height is its font size (text layer) or its box height (OCR); gaps are
// judged in multiples of the height ("em"), so that the thresholds hold for any font size or scan
// resolution.
import type { PageText, TextSource } from './pagetext.js';
import type { PdfFacts } from './attachments.js';
import { normaliseText } from '../pdf/text.js';

/** A piece of one line: runs close enough to read as one phrase (a table cell's line, a column's line). */
export interface Fragment {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Height of the text (font size). */
  h: number;
  /** Normal form. */
  text: string;
  source: TextSource;
}

/** Fragments stacked into one cell or paragraph, top to bottom. */
export interface Block {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  lines: Fragment[];
  /** The lines in normal form; a line that wrapped is joined to the next, other line breaks kept. */
  text: string;
  /** `text` without any whitespace: what labels and names are matched against. */
  compact: string;
}

export interface Layout {
  /** Every block of every page, in reading order. */
  blocks: Block[];
  /** The document in reading order, one block (or table row) a line, in normal form. */
  text: string;
  /** The same, page by page (page numbers as in the PageTexts laid out). */
  pages: { page: number; text: string }[];
}

// ---------------------------------------------------------------------------------------------
// Thresholds, in multiples of the text height.

/** A horizontal gap wider than this starts a new fragment (a table cell, the other column): between Latin
 * words (justified lines stretch their spaces), and next to CJK text, whose glyphs stand edge to edge
 * (the narrowest table cell gap, LibreOffice's 2 × 0.1 cm padding, is 0.54 em at 10.5 pt). */
const CELL_GAP = 1.2;
const CJK_CELL_GAP = 0.5;
/** A gap wider than this between runs of one fragment is a word space. */
const WORD_GAP = 0.15;
/** Lines of table cells further apart than this (centre to centre) are rows, not a cell's wrapped lines. */
const MAX_CELL_PITCH = 1.6;
/** Lines of prose (one fragment a line) this close belong to one paragraph (1.5 line spacing). */
const PROSE_LINE_GAP = 1.0;
/** A line ending this close to its block's right edge was wrapped there. */
const WRAP_SLACK = 1.5;
/** Runs whose vertical centres differ by less than this share a line (OCR boxes are skewed). */
const SAME_LINE = 0.45;
/** …or that overlap vertically by this share of the smaller one (a form field's box beside its text). */
const SAME_LINE_OVERLAP = 0.5;

// ---------------------------------------------------------------------------------------------
// Runs → lines → fragments.

/** A fragment before it is placed on its page: the box and the text. */
type Piece = Omit<Fragment, 'page' | 'source'>;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function piecesOf(page: PageText): Piece[] {
  const out: Piece[] = [];
  for (const r of page.runs) {
    if (!r.text || !/\S/u.test(r.text)) continue;
    const h = r.height > 0 ? r.height : 10;
    // pdf.js gives zero widths for some fonts: estimate from the characters
    const width = r.width > 0 ? r.width : [...r.text].length * h * 0.6;
    if (![r.x, r.y, width, h].every(Number.isFinite)) continue;
    out.push({ x0: r.x, x1: r.x + width, top: r.y, bottom: r.y + h, h, text: r.text.replace(/[\r\n]+/gu, ' ') });
  }
  return out;
}

const centre = (p: { top: number; bottom: number }) => (p.top + p.bottom) / 2;

/** Whether a box belongs to a line's band: centres close, or boxes overlapping most of the smaller. */
function onLine(p: { top: number; bottom: number; h: number }, line: { top: number; bottom: number; c: number; h: number }): boolean {
  if (Math.abs(centre(p) - line.c) <= SAME_LINE * Math.max(p.h, line.h)) return true;
  const overlap = Math.min(p.bottom, line.bottom) - Math.max(p.top, line.top);
  return overlap >= SAME_LINE_OVERLAP * Math.min(p.bottom - p.top, line.bottom - line.top);
}

/** Boxes grouped into lines (by vertical position), each sorted left to right. */
function group<T extends { top: number; bottom: number; h: number; x0: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => centre(a) - centre(b) || a.x0 - b.x0);
  const lines: { top: number; bottom: number; c: number; h: number; items: T[] }[] = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    if (last && onLine(p, last)) {
      last.items.push(p);
      last.h = Math.max(last.h, p.h);
    } else lines.push({ top: p.top, bottom: p.bottom, c: centre(p), h: p.h, items: [p] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.x0 - b.x0));
}

const linesOf = (pieces: Piece[]): Piece[][] => group(pieces);

/** A line's pieces split where the gap is a cell's or a column's, each part joined into one fragment. */
function fragmentsOf(line: Piece[], page: number, source: TextSource): Fragment[] {
  const out: Fragment[] = [];
  let cur: Piece[] = [];
  const flush = () => {
    if (!cur.length) return;
    let text = '';
    let x1 = -Infinity;
    for (const p of cur) {
      const gap = p.x0 - x1;
      if (text && gap > WORD_GAP * p.h) text += ' ';
      text += p.text;
      x1 = Math.max(x1, p.x1);
    }
    const h = Math.max(...cur.map((p) => p.h));
    out.push({
      page,
      x0: Math.min(...cur.map((p) => p.x0)),
      x1,
      top: Math.min(...cur.map((p) => p.top)),
      bottom: Math.max(...cur.map((p) => p.bottom)),
      h,
      text: normaliseText(text).replace(/\n/gu, ' '),
      source,
    });
    cur = [];
  };
  let right = -Infinity;
  for (const p of line) {
    const prev = cur[cur.length - 1];
    const cjk = prev && (CJK_END.test(prev.text) || CJK_START.test(p.text));
    if (prev && p.x0 - right > (cjk ? CJK_CELL_GAP : CELL_GAP) * Math.max(p.h, prev.h)) flush();
    cur.push(p);
    right = Math.max(right, p.x1);
  }
  flush();
  return distributed(out.filter((f) => f.text !== ''));
}

const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\s*$/u;
const CJK_START = /^\s*[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Characters spread evenly over a cell (分散对齐: "委    托    人") read as one fragment again. */
function distributed(frags: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  let i = 0;
  while (i < frags.length) {
    let j = i;
    const short = (f: Fragment) => [...f.text.replace(/\s+/gu, '')].length <= 2 && CJK_START.test(f.text);
    while (j + 1 < frags.length && short(frags[j]!) && short(frags[j + 1]!) && frags[j + 1]!.x0 - frags[j]!.x1 <= 3 * frags[j]!.h) j++;
    const run = frags.slice(i, j + 1);
    const gaps = run.slice(1).map((f, k) => f.x0 - run[k]!.x1);
    const even = gaps.length > 0 && Math.max(...gaps) - Math.min(...gaps) <= 0.4 * Math.max(...gaps) + 1;
    if (run.length >= 2 && even) {
      out.push({ ...run[0]!, x1: run[run.length - 1]!.x1, text: normaliseText(run.map((f) => f.text).join('')), bottom: Math.max(...run.map((f) => f.bottom)), top: Math.min(...run.map((f) => f.top)) });
    } else out.push(...run);
    i = j + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading order: columns of prose read one after the other, everything else row by row.

/** Fragments as lines again (fragments of one line share a band), top to bottom. */
const bands = (frags: Fragment[]): Fragment[][] => group(frags);

const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Whether fragments read as a column of wrapped prose: several lines of one fragment each (a table's
 * lines hold several cells), a good share of them ending at a common right edge. */
function isProse(frags: Fragment[]): boolean {
  if (frags.length < 3) return false;
  const right = Math.max(...frags.map((f) => f.x1));
  const left = Math.min(...frags.map((f) => f.x0));
  const h = median(frags.map((f) => f.h));
  if (right - left < 8 * h) return false;
  const lines = bands(frags);
  if (lines.filter((l) => l.length === 1).length < lines.length * 0.8) return false;
  const full = frags.filter((f) => right - f.x1 <= WRAP_SLACK * f.h).length;
  return full >= Math.max(2, frags.length * 0.35);
}

/** A vertical strip no fragment crosses, with prose columns on both sides: its x, or undefined. */
function columnGutter(frags: Fragment[]): number | undefined {
  const h = median(frags.map((f) => f.h));
  const spans = [...frags].sort((a, b) => a.x0 - b.x0);
  let reach = -Infinity;
  const gaps: number[] = [];
  for (const f of spans) {
    if (reach > -Infinity && f.x0 - reach >= CELL_GAP * h) gaps.push((reach + f.x0) / 2);
    reach = Math.max(reach, f.x1);
  }
  for (const g of gaps) {
    const left = frags.filter((f) => f.x1 <= g);
    const right = frags.filter((f) => f.x0 >= g);
    if (isProse(left) && isProse(right)) return g;
  }
  return undefined;
}

/** How many lines above (a title, the parties) or below prose columns may run across their gutter. */
const MAX_SPANNING_LINES = 3;

/** Reading order of a region: prose columns left to right (under and over lines that span them);
 * otherwise bands split where the vertical gap is wider than the lines' own. */
function order(frags: Fragment[], depth = 0): Fragment[][] {
  if (!frags.length) return [];
  if (depth > 8) return [frags];
  const lines = bands(frags);
  for (let head = 0; head <= Math.min(MAX_SPANNING_LINES, lines.length - 3); head++) {
    for (let foot = 0; foot <= Math.min(MAX_SPANNING_LINES, lines.length - head - 3); foot++) {
      const body = lines.slice(head, lines.length - foot).flat();
      const g = columnGutter(body);
      if (g === undefined) continue;
      return [
        ...(head ? order(lines.slice(0, head).flat(), depth + 1) : []),
        ...order(body.filter((f) => f.x1 <= g), depth + 1),
        ...order(body.filter((f) => f.x1 > g), depth + 1),
        ...(foot ? order(lines.slice(lines.length - foot).flat(), depth + 1) : []),
      ];
    }
  }
  if (lines.length < 2) return [frags];
  const gapsBelow = lines.slice(0, -1).map((l, i) => {
    const bottom = Math.max(...l.map((f) => f.bottom));
    const top = Math.min(...lines[i + 1]!.map((f) => f.top));
    return top - bottom;
  });
  const h = median(frags.map((f) => f.h));
  const usual = median(gapsBelow);
  const cuts = gapsBelow.map((gap, i) => (gap > usual + h ? i : -1)).filter((i) => i >= 0);
  if (!cuts.length) return [frags];
  const regions: Fragment[][] = [];
  let from = 0;
  for (const c of [...cuts, lines.length - 1]) {
    regions.push(lines.slice(from, c + 1).flat());
    from = c + 1;
  }
  if (regions.length < 2) return [frags];
  return regions.flatMap((r) => order(r, depth + 1));
}

// ---------------------------------------------------------------------------------------------
// Fragments → blocks (cells, paragraphs).

/** A line that starts a new item of a list or form: "委托人：", "第三条", "二、", "(1)", "Article 3". */
const NEW_ITEM = /^(?:[\p{Script=Han}A-Za-z ]{1,12}[:：]|第[一二三四五六七八九十百\d]{1,4}[条章节款]|[一二三四五六七八九十]{1,3}[、.]|[(（]?\d{1,2}[)）.、]\s?|Article\s|§)/u;

/** Heights are alike enough for one block. */
const alike = (f: Fragment, g: Fragment) => Math.abs(f.h - g.h) <= 0.25 * Math.max(f.h, g.h);

/** The pitch (centre to centre, in heights) of lines that wrapped here: the smallest usual one between a
 * fragment and the one under it. Relative, so that OCR boxes (taller than their text) are judged alike. */
function wrapPitchOf(lines: Fragment[][]): number {
  const pitches: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    for (const f of lines[k + 1]!) {
      for (const g of lines[k]!) {
        if (alike(f, g) && Math.min(f.x1, g.x1) - Math.max(f.x0, g.x0) > 0) pitches.push((centre(f) - centre(g)) / Math.max(f.h, g.h));
      }
    }
  }
  if (!pitches.length) return 1.2;
  pitches.sort((a, b) => a - b);
  return Math.max(0.6, pitches[Math.floor(pitches.length * 0.1)]!);
}

/** The right edge of each fragment's column: the furthest a line starting where it starts reaches, short
 * of the next cell on its line (a paragraph under a table starts where the table does, and runs on). */
function columnRights(lines: Fragment[][]): Map<Fragment, number> {
  const out = new Map<Fragment, number>();
  const all = lines.flat();
  for (const line of lines) {
    line.forEach((f, i) => {
      const limit = line[i + 1]?.x0 ?? Infinity;
      let right = f.x1;
      for (const g of all) if (Math.abs(g.x0 - f.x0) <= g.h && alike(f, g) && g.x1 <= limit) right = Math.max(right, g.x1);
      out.set(f, right);
    });
  }
  return out;
}

/** Whether a cell's line was wrapped: it reaches its column's right edge (for Latin text, to within the
 * next line's first word). */
function full(g: Fragment, right: number, next: Fragment): boolean {
  const slack = LATIN_END.test(g.text) ? 0.55 * g.h * ((/^\S+/u.exec(next.text)?.[0].length ?? 1) + 1) : 0.9 * g.h;
  return right - g.x1 <= slack;
}

/**
 * Fragments stacked into blocks: a fragment continues the block above it when it is in the same column
 * and close below it. Prose (one fragment a line) goes by the gap alone. Among cells side by side it must
 * also be as close as the region's wrapped lines (table rows are further apart: padding, borders), start
 * at the cell's left edge, and follow a line that was wrapped, i.e. reached its column's right edge —
 * so a row whose cells all hold one line is not taken for one tall cell.
 */
function stack(frags: Fragment[]): Block[] {
  const open: { block: Fragment[]; x0: number; x1: number; line: number }[] = [];
  const lines = bands(frags);
  const wrapPitch = wrapPitchOf(lines);
  const rights = columnRights(lines);
  lines.forEach((line, li) => {
    const taken = new Set<(typeof open)[number]>();
    for (const f of line) {
      let best: (typeof open)[number] | undefined;
      let bestGap = Infinity;
      for (const o of open) {
        if (o.line === li || taken.has(o)) continue;
        const g = o.block[o.block.length - 1]!;
        const h = Math.max(f.h, g.h);
        if (!alike(f, g)) continue;
        const gap = f.top - g.bottom;
        if (gap < -0.3 * h || gap > PROSE_LINE_GAP * h) continue;
        // the same column: overlapping, not starting far left of it (a first-line indent is), not running far past it
        const overlap = Math.min(f.x1, o.x1) - Math.max(f.x0, o.x0);
        if (overlap < 0.5 * Math.min(f.x1 - f.x0, o.x1 - o.x0)) continue;
        if (f.x0 < o.x0 - 2.5 * h || f.x1 > o.x1 + 2 * h) continue;
        const cells = line.length > 1 || lines[o.line]!.length > 1;
        if (cells) {
          if ((centre(f) - centre(g)) / h > Math.min(wrapPitch * 1.25, MAX_CELL_PITCH)) continue;
          if (Math.abs(f.x0 - o.x0) > h || NEW_ITEM.test(f.text) || !full(g, rights.get(g) ?? g.x1, f)) continue;
        }
        if (gap < bestGap) {
          best = o;
          bestGap = gap;
        }
      }
      if (best) {
        taken.add(best);
        best.block.push(f);
        best.x0 = Math.min(best.x0, f.x0);
        best.x1 = Math.max(best.x1, f.x1);
        best.line = li;
      } else open.push({ block: [f], x0: f.x0, x1: f.x1, line: li });
    }
  });
  return open.map((o) => toBlock(o.block));
}

const LATIN_END = /[A-Za-z]$/u;
const LATIN_START = /^[A-Za-z]/u;

/** Whether line a of a block was wrapped (ends at the block's right edge) and b continues it. */
function wrapped(a: Fragment, b: Fragment, right: number): boolean {
  return right - a.x1 <= WRAP_SLACK * a.h && !NEW_ITEM.test(b.text);
}

function toBlock(lines: Fragment[]): Block {
  const x0 = Math.min(...lines.map((f) => f.x0));
  const x1 = Math.max(...lines.map((f) => f.x1));
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (wrapped(a, b, x1)) text += LATIN_END.test(a.text) && LATIN_START.test(b.text) && !a.text.endsWith('-') ? ' ' : '';
    else text += '\n';
    text += b.text;
  }
  text = normaliseText(text);
  return {
    page: lines[0]!.page,
    x0,
    x1,
    top: Math.min(...lines.map((f) => f.top)),
    bottom: Math.max(...lines.map((f) => f.bottom)),
    lines,
    text,
    compact: text.replace(/\s+/gu, ''),
  };
}

/** Blocks of a region, read row by row: a block starting on the same line as another follows it. */
function readRegion(frags: Fragment[]): { blocks: Block[]; text: string } {
  const blocks = stack(frags).sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const rows: Block[][] = [];
  for (const b of blocks) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (first && Math.abs(centre(b.lines[0]!) - centre(first.lines[0]!)) <= SAME_LINE * Math.max(b.lines[0]!.h, first.lines[0]!.h)) row.push(b);
    else rows.push([b]);
  }
  const ordered = rows.flatMap((r) => r.sort((a, b) => a.x0 - b.x0));
  // cells of one row on one line (normalised again: the space between two CJK cells is layout)
  const text = rows.map((r) => normaliseText(r.map((b) => b.text).join(' '))).join('\n');
  return { blocks: ordered, text };
}

// ---------------------------------------------------------------------------------------------
// The document.

/** Lays out pages whose text can be read (an unreadable text layer is left out: it says nothing). */
export function layoutPages(pages: readonly PageText[]): Layout {
  const blocks: Block[] = [];
  const texts: { page: number; text: string }[] = [];
  for (const page of pages) {
    if (page.unreadable) {
      texts.push({ page: page.page, text: '' });
      continue;
    }
    const frags = linesOf(piecesOf(page)).flatMap((l) => fragmentsOf(l, page.page, page.source));
    const parts = order(frags).map(readRegion);
    for (const p of parts) blocks.push(...p.blocks);
    texts.push({ page: page.page, text: parts.map((p) => p.text).filter((t) => t !== '').join('\n') });
  }
  return { blocks, text: texts.map((t) => t.text).filter((t) => t !== '').join('\n'), pages: texts };
}

/** One page's text in reading order, in normal form (what PdfFacts.text holds for the page). */
export const pageTextOf = (page: PageText): string => layoutPages([page]).text;

/**
 * A layout of text known only as lines (facts made without positions: tests, older caches): each line
 * one block, left-aligned, one under the other — a label ending its line has its value on the next.
 */
export function layoutOfLines(pages: readonly string[]): Layout {
  const blocks: Block[] = [];
  const texts: { page: number; text: string }[] = [];
  pages.forEach((pageText, i) => {
    const lines = normaliseText(pageText).split('\n').filter((l) => l !== '');
    lines.forEach((line, k) => {
      const f: Fragment = { page: i + 1, x0: 0, x1: [...line].length * 10, top: k * 15, bottom: k * 15 + 10, h: 10, text: line, source: 'text' };
      blocks.push({ page: i + 1, x0: f.x0, x1: f.x1, top: f.top, bottom: f.bottom, lines: [f], text: line, compact: line.replace(/\s+/gu, '') });
    });
    texts.push({ page: i + 1, text: lines.join('\n') });
  });
  return { blocks, text: texts.map((t) => t.text).filter((t) => t !== '').join('\n'), pages: texts };
}

// ---------------------------------------------------------------------------------------------
// "The value of label X".

export interface LabelledValue {
  /** The label as asked for. */
  label: string;
  /** The value in normal form; a cell's wrapped lines joined. */
  value: string;
  /** Where it was: after the label on its line, in the cell to its right, or in the cell below. */
  where: 'inline' | 'right' | 'below';
  /** What the label's own cell adds after the label, such as a unit in brackets ("配套资金（万元）" → "万元"). */
  unit?: string;
  page: number;
  source: TextSource;
}

/** What may stand between a label and its value: a colon, brackets, spaces, "为". */
const LABEL_GAP = /^[\s:：)）\]】]*(?:为|是)?[\s:：]*/u;
/** A unit in brackets right after a label: 配套资金（万元）, 金额(元). */
const LABEL_UNIT = /^[(（]([^()（）]{1,6})[)）]/u;

/** Labels that forms and report covers print in their own cells: never the value of another label. */
const FORM_LABELS = new Set(
  ['委托人', '委托单位', '委托方', '查新机构', '查新员', '审核员', '联系人', '联系电话', '电话', '地址', '通讯地址', '邮编', '邮政编码', '日期', '项目名称', '查新项目名称', '项目负责人', '负责人', '申报单位', '单位名称', '完成日期', '查新完成日期', '报告编号', '编号', '名称', '法定代表人', '住所', '类型', '经营范围', '注册资本', '成立日期', '签字', '盖章', '金额', '备注'].map((l) => l),
);

/** Whether a cell reads as a label rather than a value: a known form label, or short text ending with a colon. */
export function looksLikeLabel(text: string): boolean {
  const t = text.replace(/\s+/gu, '').replace(/[(（][^)）]{0,8}[)）]$/u, '');
  return FORM_LABELS.has(t.replace(/[:：]$/u, '')) || (/[:：]$/u.test(t) && [...t].length <= 12);
}

/** Position in `text` of the compact index `k` (text without whitespace). */
function fromCompact(text: string, k: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!)) continue;
    if (seen === k) return i;
    seen++;
  }
  return text.length;
}

const overlapY = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
const overlapX = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/** The fragments of a page, for looking beside and below a label. */
function fragmentsOfPage(layout: Layout, page: number): Fragment[] {
  return layout.blocks.filter((b) => b.page === page).flatMap((b) => b.lines);
}

/** The value cell's text: the fragment beside or below the label and the lines of the same cell under it
 * (same column, close, no new label in the label's column on their line). */
function cellFrom(start: Fragment, labelBox: { x0: number; x1: number }, frags: Fragment[], labelFrags: Fragment[]): string {
  const parts = [start];
  let last = start;
  for (;;) {
    const below = frags
      .filter((f) => f !== last && f.top >= last.bottom - 0.3 * last.h && f.top - last.bottom <= PROSE_LINE_GAP * last.h && overlapX(f, last) > 0 && Math.abs(f.h - last.h) <= 0.25 * Math.max(f.h, last.h))
      .sort((a, b) => a.top - b.top)[0];
    if (!below || NEW_ITEM.test(below.text)) break;
    // a new row: something starts in the label's column on that line (the label's own wrapped lines do not count)
    const newRow = frags.some((f) => f !== below && !labelFrags.includes(f) && overlapY(f, below) > 0.3 * below.h && f.x1 <= below.x0 && overlapX(f, labelBox) > 0);
    if (newRow) break;
    parts.push(below);
    last = below;
  }
  const right = Math.max(...parts.map((f) => f.x1));
  let text = parts[0]!.text;
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    text += wrapped(a, b, right) ? (LATIN_END.test(a.text) && LATIN_START.test(b.text) ? ' ' : '') : '\n';
    text += b.text;
  }
  return normaliseText(text);
}

/**
 * The value printed for one of the labels: after it on its line (查新完成日期：2024年6月18日), in the cell
 * to its right, or in the cell below; a label split over lines (查新完成⏎日期) is found, and a value cell's
 * wrapped lines are joined. Labels are tried in the order given (put the most specific first); the first
 * that has a value wins. `accept` can refuse a value (not a date, say) so that the next place is tried.
 */
export function valueOf(layout: Layout, labels: readonly string[], accept: (value: string, unit?: string) => boolean = (v) => v !== ''): LabelledValue | undefined {
  for (const raw of labels) {
    const label = normaliseText(raw).replace(/\s+/gu, '');
    if (!label) continue;
    for (const [i, block] of layout.blocks.entries()) {
      for (let at = block.compact.indexOf(label); at >= 0; at = block.compact.indexOf(label, at + 1)) {
        const found = valueAt(layout, i, at, label, accept);
        if (found) return { label: raw, ...found };
      }
    }
  }
  return undefined;
}

function valueAt(layout: Layout, index: number, at: number, label: string, accept: (v: string, unit?: string) => boolean): Omit<LabelledValue, 'label'> | undefined {
  const block = layout.blocks[index]!;
  const base = { page: block.page, source: block.lines[0]!.source };
  const end = fromCompact(block.text, at + label.length - 1) + 1;
  let rest = block.text.slice(end);
  let unit: string | undefined;
  const u = LABEL_UNIT.exec(rest);
  if (u) {
    unit = u[1];
    rest = rest.slice(u[0].length);
  }
  rest = rest.replace(LABEL_GAP, '');
  // inline: the rest of the label's line (and the lines it wrapped onto); a value the layout could not
  // join (a date broken over two lines of a cell it took for separate items) with the next lines
  const lines = rest.split('\n');
  // (a label the layout joined to this one, as a cell's wrapped line, is no value: 查新项目名称⏎委托人)
  const inline = looksLikeLabel(lines[0]!) ? '' : lines[0]!.trim();
  if (inline) {
    if (accept(inline, unit)) return { ...base, value: inline, where: 'inline', ...(unit ? { unit } : {}) };
    const next = layout.blocks.slice(index + 1, index + 3).filter((b) => b.page === block.page).map((b) => b.text);
    const longer = [...lines.slice(0, 3), ...next].slice(0, 3).join('\n');
    if (longer !== inline && accept(longer, unit)) return { ...base, value: longer, where: 'inline', ...(unit ? { unit } : {}) };
    return undefined;
  }
  // the label ends its cell: the cell to its right, else the one below
  const labelFrags = labelFragments(block, at, label.length);
  const box = {
    x0: Math.min(...labelFrags.map((f) => f.x0)),
    x1: Math.max(...labelFrags.map((f) => f.x1)),
    top: Math.min(...labelFrags.map((f) => f.top)),
    bottom: Math.max(...labelFrags.map((f) => f.bottom)),
  };
  const frags = fragmentsOfPage(layout, block.page);
  const h = labelFrags[0]!.h;
  // the nearest cell to the right: its column's top line beside the label
  const beside = frags.filter((f) => !block.lines.includes(f) && f.x0 >= box.x1 - 0.3 * h && overlapY(f, box) > 0.3 * Math.min(f.h, box.bottom - box.top));
  const nearest = Math.min(...beside.map((f) => f.x0));
  const right = beside.filter((f) => f.x0 <= nearest + h).sort((a, b) => a.top - b.top)[0];
  if (right && !looksLikeLabel(right.text)) {
    const value = cellFrom(right, box, frags, labelFrags);
    if (accept(value, unit)) return { ...base, value, where: 'right', ...(unit ? { unit } : {}) };
  }
  const below = frags
    .filter((f) => !block.lines.includes(f) && f.top >= box.bottom - 0.3 * h && f.top - box.bottom <= 2.5 * h && overlapX(f, box) > 0.3 * Math.min(f.x1 - f.x0, box.x1 - box.x0))
    .sort((a, b) => a.top - b.top)[0];
  if (below && !looksLikeLabel(below.text)) {
    const value = cellFrom(below, { x0: box.x0 - 1, x1: box.x0 - 0.5 }, frags, labelFrags);
    if (accept(value, unit)) return { ...base, value, where: 'below', ...(unit ? { unit } : {}) };
  }
  return undefined;
}

/** The lines of a block that the label occupies (compact positions at .. at+length). */
function labelFragments(block: Block, at: number, length: number): Fragment[] {
  const out: Fragment[] = [];
  let k = 0;
  for (const f of block.lines) {
    const n = f.text.replace(/\s+/gu, '').length;
    if (k + n > at && k < at + length) out.push(f);
    k += n;
  }
  return out.length ? out : [block.lines[0]!];
}

const layouts = new WeakMap<PdfFacts, Layout>();

/** The layout of what the reader (or OCR) found in a PDF, made once per PdfFacts for all rules. */
export function documentLayout(pdf: PdfFacts): Layout {
  let layout = layouts.get(pdf);
  if (!layout) layouts.set(pdf, (layout = pdf.pageTexts ? layoutPages(pdf.pageTexts) : layoutOfLines(pdf.text)));
  return layout;
}
