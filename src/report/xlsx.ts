// --xlsx: the workbook a municipal bureau forwards to the province unchanged, in Chinese by default.
//   汇总表   what the province reads, printed: a title row, the bureau's 推荐单位 / 联系人 / 电话 / 日期, one row
//           per dossier in ten columns readable on A4 landscape, a total, and the 推荐单位（盖章） lines;
//   问题清单 every finding, printed; 材料清单 dossiers × the materials of 三, printed; 统计 counts, printed;
//   明细     every column kjhz knows of each dossier (credit code, partner, lead, period, files …), for the screen.
// Printed sheets: A4, fitted to the page width and no more (each is laid out to stay readable at that
// scale), their title rows repeated on every page, "第 &P 页 共 &N 页" in the footer, no local path in
// the print area (the dossier files are in columns outside it, other dossiers are named by their 序号).
// Row heights are computed here (no spreadsheet program measures them on opening): each wrapped text is
// laid out as the program will, CJK counted double width; a text taller than a row can be continues in
// the rows below, so that no text is ever cut on paper.
// Streamed with exceljs's WorkbookWriter (rows are committed as they are written, so memory stays flat),
// written to a temporary name and renamed (a failed run never leaves a half-written workbook nor
// replaces a good one). Every text cell is neutralised: a value starting with = + - @ tab or CR gets a
// leading apostrophe, so no cell becomes a formula in Excel, WPS, LibreOffice or a CSV export of them;
// ID numbers are masked wherever they appear. Only numbers kjhz computed or read as numbers are numbers.
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { rename, unlink } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Lang, Severity } from '../core/finding.js';
import type { DossierReport, MaterialState, RunReport } from '../core/report.js';
import { MATERIAL_MARK, verdictKind, type VerdictKind } from '../core/marks.js';
import { notReadSummary } from './words.js';
import { bidiWrittenOut } from './bidi.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { formatShanghai } from '../core/dates.js';
import { labelOf } from '../model/vocabulary.js';
import { defaultPolicy } from '../policy/index.js';
import type { Policy } from '../policy/policy.js';
import { uiText } from '../i18n/ui.js';
import type { Bureau } from '../config/config.js';
import { temporaryNameFor } from './atomic.js';

export interface XlsxOptions {
  lang: Lang;
  /** Shown in 统计 (default: now). */
  generatedAt?: Date;
  /** The bureau forwarding the batch (kjhz.config.yaml `bureau:`); blank lines to fill by hand where absent. */
  bureau?: Bureau;
  /** The call the run used (its name and country names); default: the built-in call. */
  policy?: Policy;
}

type T = { zh: string; en: string };

const SHEETS = {
  summary: { zh: '汇总表', en: 'Summary' },
  findings: { zh: '问题清单', en: 'Findings' },
  materials: { zh: '材料清单', en: 'Materials' },
  stats: { zh: '统计', en: 'Statistics' },
  details: { zh: '明细', en: 'Details' },
} satisfies Record<string, T>;

const L = {
  title: { zh: '{place}{call}申报材料形式审查汇总表', en: '{call}: formal review of the applications — {place}' },
  findingsTitle: { zh: '{place}{call}申报材料形式审查问题清单', en: '{call}: problems found in the applications — {place}' },
  materialsTitle: { zh: '{place}{call}申报材料清单', en: '{call}: materials of the applications — {place}' },
  statsTitle: { zh: '{place}{call}申报材料形式审查统计', en: '{call}: formal review statistics — {place}' },
  blankPlace: { zh: '________市', en: '________' },
  bureauLine: { zh: '推荐单位（盖章）：{name}　　　联系人：{contact}　　　电话：{phone}　　　日期：{date}', en: 'Recommending unit (seal): {name}    Contact: {contact}    Phone: {phone}    Date: {date}' },
  blank: { zh: '______________', en: '______________' },
  blankDate: { zh: '______年____月____日', en: '______________' },
  sealLine: { zh: '推荐单位（盖章）：', en: 'Recommending unit (seal):' },
  signLine: { zh: '负责人（签字）：______________　　　　　　日期：______年____月____日', en: 'Head (signature): ______________        Date: ______________' },
  note: { zh: 'kjhz {version} 形式审查预检；检查时间 {asOf}；每份申报的全部信息见“明细”表，问题见“问题清单”表', en: 'kjhz {version} pre-check, as of {asOf}; every detail of each dossier is on the Details sheet, every problem on Findings' },
  total: { zh: '合计（{count}项）', en: 'Total ({count})' },
  seq: { zh: '序号', en: 'No.' },
  recommender: { zh: '组织推荐部门', en: 'Recommending department' },
  applicant: { zh: '申报单位', en: 'Applicant' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  kind: { zh: '单位性质', en: 'Type of unit' },
  project: { zh: '项目名称', en: 'Project title' },
  category: { zh: '支持方向', en: 'Category' },
  categoryShort: { zh: '类别', en: 'Category' },
  field: { zh: '技术领域', en: 'Field' },
  partner: { zh: '主要合作单位', en: 'Main partner' },
  countries: { zh: '合作国别/地区', en: 'Partner countries/regions' },
  lead: { zh: '项目负责人', en: 'Project lead' },
  leadShort: { zh: '负责人', en: 'Lead' },
  birth: { zh: '出生年月', en: 'Born' },
  qualification: { zh: '职称/学位', en: 'Title/degree' },
  period: { zh: '执行期', en: 'Execution period' },
  requested: { zh: '申请引导资金(万元)', en: 'Requested (10k CNY)' },
  matching: { zh: '配套资金(万元)', en: 'Matching (10k CNY)' },
  ratio: { zh: '配套比例', en: 'Matching ratio' },
  errors: { zh: '错误数', en: 'Errors' },
  warnings: { zh: '警告数', en: 'Warnings' },
  errorsWarnings: { zh: '错误/\n警告数', en: 'Errors/\nwarnings' },
  verdict: { zh: '形式审查结论', en: 'Verdict' },
  precheck: { zh: '预检结论', en: 'Pre-check' },
  problems: { zh: '主要问题', en: 'Main problems' },
  notRead: { zh: '未核对内容的附件', en: 'Attachments not checked' },
  file: { zh: '申报文件', en: 'Dossier file' },
  rule: { zh: '规则', en: 'Rule' },
  clause: { zh: '条款', en: 'Clause' },
  severity: { zh: '级别', en: 'Severity' },
  where: { zh: '字段或附件', en: 'Field or attachment' },
  line: { zh: '行', en: 'Line' },
  message: { zh: '问题', en: 'Problem' },
  hint: { zh: '修改建议', en: 'How to fix' },
  count: { zh: '份数', en: 'Dossiers' },
  findingsCount: { zh: '问题数', en: 'Findings' },
  dossiersInvolved: { zh: '涉及申报数', en: 'Dossiers involved' },
  totalRow: { zh: '合计', en: 'Total' },
  requestedTotal: { zh: '申请引导资金合计(万元)', en: 'Requested in total (10k CNY)' },
  asOf: { zh: '检查时间（截止时间据此判断）', en: 'As of (deadlines judged at)' },
  policy: { zh: '申报通知', en: 'Call' },
  tool: { zh: '工具版本', en: 'Tool version' },
  generated: { zh: '生成时间', en: 'Generated' },
  byVerdict: { zh: '按形式审查结论', en: 'By verdict' },
  byCategory: { zh: '按支持方向', en: 'By category' },
  byRule: { zh: '按规则', en: 'By rule' },
  batch: { zh: '跨申报问题（二.2、二.6）', en: 'Across dossiers (二.2, 二.6)' },
  dossiers: { zh: '涉及申报（序号）', en: 'Dossiers (No.)' },
  none: { zh: '无', en: 'none' },
  legend: { zh: '材料清单图例', en: 'Materials legend' },
  legendOk: { zh: '✔ 已提供，内容已核对，未发现问题', en: '✔ present, content checked, no problem found' },
  legendBad: { zh: '✘ 缺少或有错误（见问题清单）', en: '✘ missing or with errors (see Findings)' },
  legendWarn: { zh: '! 有警告，需人工确认（见问题清单）', en: '! warnings to confirm by hand (see Findings)' },
  legendNotRead: { zh: '未核对：已提供，但内容未读取（未读取PDF、扫描件等），须人工核对', en: 'not checked: present, but its content was not read (PDFs not read, a scan …); check it by hand' },
  legendNo: { zh: '– 本项目不需要', en: '– not needed for this project' },
  unknown: { zh: '（无法读取）', en: '(unreadable)' },
  folder: { zh: '（文件夹名）', en: ' (folder name)' },
  skipped: { zh: '已跳过的文件夹（其中没有申报）', en: 'Folders skipped (no application in them)' },
  folderPath: { zh: '文件夹', en: 'Folder' },
  reason: { zh: '原因', en: 'Reason' },
  more: { zh: '等{n}项', en: 'and {n} more' },
  dossierNo: { zh: '第{n}份', en: 'No. {n}' },
} satisfies Record<string, T>;

const VERDICTS: readonly VerdictKind[] = ['pass', 'passWarnings', 'passNotRead', 'fail', 'unreadable'];
const verdictText = (v: VerdictKind, lang: Lang) => uiText(lang, `verdict.${v}`);

const SEVERITY: Record<Severity, T> = { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' }, info: { zh: '提示', en: 'info' } };

// The marks of every report; a material not read says so in words, which print and filter plainly.
const MARK: Record<MaterialState, T> = Object.fromEntries(
  Object.entries(MATERIAL_MARK).map(([state, mark]) => [state, state === 'not-read' ? { zh: '未核对', en: 'not checked' } : { zh: mark, en: mark }]),
) as Record<MaterialState, T>;

// Colours (ARGB): soft fills that print legibly in black and white.
const FILL = {
  header: 'FFDCE6F1',
  pass: 'FFC6EFCE',
  warn: 'FFFFEB9C',
  fail: 'FFFFC7CE',
  unreadable: 'FFD9D9D9',
  info: 'FFDDEBF7',
} as const;
const VERDICT_FILL: Record<VerdictKind, string> = { pass: FILL.pass, passWarnings: FILL.warn, passNotRead: FILL.warn, fail: FILL.fail, unreadable: FILL.unreadable };
const SEVERITY_FILL: Record<Severity, string> = { error: FILL.fail, warning: FILL.warn, info: FILL.info };
const MARK_FILL: Record<MaterialState, string | undefined> = { ok: FILL.pass, problem: FILL.fail, missing: FILL.fail, warning: FILL.warn, 'not-read': FILL.info, 'not-needed': undefined };

const MAX_CELL = 32_767;
// Characters XML 1.0 cannot carry (they would make the file unreadable).
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** ID numbers masked, the characters XML cannot carry removed, bidi controls written out (<U+202E>). */
const cleanText = (value: string) => bidiWrittenOut(maskIdNumbersIn(value).replace(LONE_SURROGATE, '\uFFFD').replace(XML_ILLEGAL, ''));
/** A leading = + - @ tab or CR neutralised with an apostrophe (OWASP's advice against formula injection). */
const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * A text as a cell may hold it: ID numbers masked, characters XML cannot carry removed, bidi controls
 * written out, at most 32,767 characters (Excel's limit), and a leading = + - @ tab or CR neutralised
 * with an apostrophe so that no program evaluates it.
 */
export function cellText(value: string): string {
  const s = neutralised(cleanText(value));
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
}

// ── Laying text out as a spreadsheet program wraps it ──────────────────────────────────────────────

/** Wide characters: CJK, full-width forms, and the punctuation CJK fonts draw full width (“”‘’…—·). */
const WIDE = /[\u1100-\u115f\u2014\u2018-\u201f\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u00b7]|[\u{10000}-\u{10ffff}]/u;
const charWidth = (ch: string) => (WIDE.test(ch) ? 2 : 1);

/** Columns a text takes: CJK and full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Opening punctuation stays with what follows it, closing punctuation with what precedes it (as UAX #14 has it). */
const OPENING = /^[(\[{（［｛〔【《〈「『“‘]$/u;
const CLOSING = /^[)\]},.;:!?%）］｝〕】》〉」』”’，。、；：！？…·]$/u;

/**
 * What a wrapping program keeps on one line: a word of narrow characters (letters, digits, dots …), or one
 * wide character, each with the opening punctuation before it and the closing punctuation after it; and
 * runs of spaces, where a line may break.
 */
function clusters(paragraph: string): string[] {
  const out: string[] = [];
  let current = '';
  let glueNext = false;
  for (const ch of paragraph) {
    if (/\s/.test(ch)) {
      if (current) out.push(current);
      out.push(ch);
      current = '';
      glueNext = false;
      continue;
    }
    const last = current ? [...current].at(-1)! : '';
    const joins = current !== '' && (glueNext || CLOSING.test(ch) || (!WIDE.test(ch) && !WIDE.test(last) && !OPENING.test(ch)));
    if (joins) current += ch;
    else {
      if (current) out.push(current);
      current = ch;
    }
    glueNext = OPENING.test(ch);
  }
  if (current) out.push(current);
  return out;
}

/**
 * The lines `text` takes in a column of `width` characters, wrapped as Excel, WPS and LibreOffice wrap:
 * between wide characters and at spaces, never after an opening or before a closing mark, and inside a
 * word only when it is longer than a line (then from a new line). Where programs differ, this counts more
 * lines, never fewer: a row is then a little tall, never cut.
 */
export function layoutLines(text: string, width: number): string[] {
  const capacity = Math.max(2, width - 1);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let w = 0;
    for (const piece of clusters(paragraph)) {
      const pw = displayWidth(piece);
      if (w + pw <= capacity) {
        line += piece;
        w += pw;
      } else if (/^\s+$/.test(piece)) {
        out.push(line);
        line = '';
        w = 0;
      } else {
        if (line) out.push(line);
        line = '';
        w = 0;
        for (const ch of piece) {
          const cw = charWidth(ch);
          if (w + cw > capacity && line) {
            out.push(line);
            line = '';
            w = 0;
          }
          line += ch;
          w += cw;
        }
      }
    }
    out.push(line);
  }
  return out;
}

/** Points per line of 11-point text (CJK fonts need more than Calibri's 15) and the cell's padding. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 4;
/** Excel's tallest row is 409 points: a text needing more lines continues in the next row. */
const MAX_LINES = 14;
const FONT_SIZE = 11;

type CellValue = string | number | undefined;
const fillOf = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thinLine = { style: 'thin', color: { argb: 'FF808080' } } as const;
const thin: Partial<ExcelJS.Borders> = { top: thinLine, bottom: thinLine, left: thinLine, right: thinLine };

interface Column {
  header: T;
  width: number;
  wrap?: boolean;
  numFmt?: string;
  center?: boolean;
}

/** Writes one row: strings neutralised, numbers as numbers, empty cells left empty, its height from its texts. */
function addRow(ws: ExcelJS.Worksheet, values: CellValue[], columns?: readonly Column[]): ExcelJS.Row {
  const cells = values.map((v) => (typeof v === 'string' ? cellText(v) : v === undefined || Number.isNaN(v) ? null : v));
  const row = ws.addRow(cells);
  let lines = 1;
  cells.forEach((v, i) => {
    const col = columns?.[i];
    if (!col) return;
    const cell = row.getCell(i + 1);
    cell.alignment = { vertical: 'top', wrapText: col.wrap === true, ...(col.center ? { horizontal: 'center' } : {}) };
    if (col.numFmt) cell.numFmt = col.numFmt;
    cell.border = thin;
    if (col.wrap && typeof v === 'string') lines = Math.max(lines, layoutLines(v, col.width).length);
  });
  // Every row's height is set: a program that sizes the others itself (LibreOffice, on opening) paginates
  // before it has, and prints a blank page where the content nearly fills one.
  row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT + ROW_PADDING;
  return row;
}

/**
 * Writes one row of a printed sheet: like addRow, but a wrapped text that needs more than MAX_LINES lines
 * goes on in the rows below it (the other cells of those rows left empty), so the whole text is on paper.
 * Returns the rows written (the first is the record's own).
 */
function addPrintedRow(ws: ExcelJS.Worksheet, values: CellValue[], columns: readonly Column[]): ExcelJS.Row[] {
  const parts = values.map((v, i) => {
    if (typeof v !== 'string' || !columns[i]?.wrap) return [v];
    const lines = layoutLines(cleanText(v), columns[i]!.width);
    if (lines.length <= MAX_LINES) return [v];
    const chunks: string[] = [];
    for (let k = 0; k < lines.length; k += MAX_LINES) chunks.push(lines.slice(k, k + MAX_LINES).join(''));
    return chunks;
  });
  const count = Math.max(...parts.map((p) => p.length));
  const rows: ExcelJS.Row[] = [];
  for (let k = 0; k < count; k++) rows.push(addRow(ws, parts.map((p) => (k < p.length ? p[k] : undefined)), columns));
  return rows;
}

/**
 * A name that identifies a row (its dossier's unit or title, repeated on each of its findings) shortened
 * to the lines one row holds, marked "…", where the whole of it is printed once elsewhere (汇总表).
 */
function identifying(text: string | undefined, width: number): string | undefined {
  if (text === undefined) return undefined;
  const lines = layoutLines(cleanText(text), width);
  if (lines.length <= MAX_LINES) return text;
  const kept = lines.slice(0, MAX_LINES).join('');
  return `${[...kept].slice(0, -2).join('')}…`;
}

function styleHeader(row: ExcelJS.Row, height: number): void {
  row.height = height;
  row.eachCell((cell) => {
    cell.font = { bold: true, size: FONT_SIZE };
    cell.fill = fillOf(FILL.header);
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = thin;
  });
}

const headerHeight = (columns: readonly Column[], lang: Lang) => Math.max(...columns.map((c) => layoutLines(c.header[lang], c.width).length)) * LINE_HEIGHT + ROW_PADDING + 4;

/** A4, fitted to the page width only (the sheet is laid out to stay readable at that scale), titles on every page. */
function printSetup(orientation: 'landscape' | 'portrait', titleRows: number, lang: Lang): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
      printTitlesRow: `1:${titleRows}`,
    },
    headerFooter: { oddFooter: lang === 'zh' ? '&C第 &P 页 共 &N 页' : '&CPage &P of &N', differentFirst: false, differentOddEven: false },
  };
}

/** A sheet's title row: one cell across the printed columns. */
function titleRow(ws: ExcelJS.Worksheet, text: string, columns: number, size = 16): void {
  const row = addRow(ws, [text]);
  row.height = size * 1.9;
  row.getCell(1).font = { bold: true, size };
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.mergeCells(row.number, 1, row.number, columns);
  row.commit();
}

/** A line of text across the printed columns (the bureau, the seal line, a note). */
function spanRow(ws: ExcelJS.Worksheet, text: string, columns: readonly Column[], height?: number, font: Partial<ExcelJS.Font> = { size: FONT_SIZE }): void {
  const width = columns.reduce((n, c) => n + c.width, 0);
  const row = addRow(ws, [text]);
  row.height = height ?? layoutLines(cellText(text), width).length * LINE_HEIGHT + ROW_PADDING;
  row.getCell(1).font = font;
  row.getCell(1).alignment = { vertical: 'middle', wrapText: true };
  ws.mergeCells(row.number, 1, row.number, columns.length);
  row.commit();
}

// (Never a width of exactly 9: exceljs takes it for its default and leaves the column out of the file.)
function newSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], options: Partial<ExcelJS.AddWorksheetOptions>, frozenRows: number): ExcelJS.Worksheet {
  const views: Partial<ExcelJS.WorksheetView>[] = frozenRows ? [{ state: 'frozen', xSplit: 0, ySplit: frozenRows, topLeftCell: `A${frozenRows + 1}`, activeCell: `A${frozenRows + 1}` }] : [];
  const ws = wb.addWorksheet(name, { views, ...options });
  ws.columns = columns.map((c) => ({ width: c.width }));
  return ws;
}

function tableHeader(ws: ExcelJS.Worksheet, columns: readonly Column[], lang: Lang): number {
  const row = ws.addRow(columns.map((c) => c.header[lang]));
  styleHeader(row, headerHeight(columns, lang));
  row.commit();
  return row.number;
}

const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
/** The print area A1:…: exceljs puts a $ before each side, so "A$1" becomes the absolute $A$1 programs expect. */
const printArea = (columns: number, lastRow: number) => `A$1:${columnLetter(columns)}$${lastRow}`;

/** Autofilter on the header row; the print area (when the last columns are for the screen only). */
function finishTable(ws: ExcelJS.Worksheet, headerRow: number, columns: number, lastRow: number, printedColumns?: number): void {
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, lastRow), column: columns } };
  if (printedColumns !== undefined) ws.pageSetup.printArea = printArea(printedColumns, Math.max(headerRow, lastRow));
}

const ROWS_PER_STEP = 200;
const MAX_BACKLOG = 1 << 20;

/**
 * Backpressure. exceljs hands a sheet's XML to the zip through a stream whose return values it ignores,
 * and the zip deflates only while the event loop turns: written in one go, the whole sheet would wait in
 * memory. Every few hundred rows, wait until the zip has taken what is pending (its 'drain'), so memory
 * stays flat however many dossiers there are. (Reads exceljs's internal pipe; without it, just yields.)
 */
async function catchUp(ws: ExcelJS.Worksheet): Promise<void> {
  const pipe = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as (NodeJS.EventEmitter & { writableLength?: number; _writableState?: { length?: number } }) | undefined;
  const backlog = pipe?._writableState?.length ?? pipe?.writableLength ?? 0;
  if (!pipe || backlog < MAX_BACKLOG) return new Promise((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      pipe.off('drain', done);
      resolve();
    };
    const timer = setTimeout(done, 5000);
    pipe.on('drain', done);
  });
}

/** Who applied: the unit's name, or (a dossier kjhz could not read, a name left out) its folder's name. */
function applicantOf(d: DossierReport, lang: Lang): string {
  const named = d.summary?.applicant ?? d.applicant;
  if (named) return named;
  const folder = path.dirname(d.file);
  return folder === '.' ? `${d.file}${L.folder[lang]}` : `${path.basename(folder)}${L.folder[lang]}`;
}

function countryName(code: string, lang: Lang, names: Record<string, T> | undefined, display: Intl.DisplayNames | undefined): string {
  const known = names?.[code]?.[lang];
  if (known) return known;
  try {
    return display?.of(code) ?? code;
  } catch {
    return code;
  }
}

const birthMonth = (s: string | undefined): string | undefined => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s.slice(0, 7) : s);

/** The place in the title: the bureau's city, else the 市 (州, 盟, 地区) its name begins with. */
function placeOf(bureau: Bureau | undefined, lang: Lang): string {
  if (bureau?.city) return bureau.city;
  const m = bureau?.name ? /^(.+?(?:市|州|盟|地区))/.exec(bureau.name) : null;
  return m?.[1] ?? (lang === 'en' && bureau?.name ? bureau.name : L.blankPlace[lang]);
}

/** Writes the workbook of `run` to `target` (atomically). Rejects if the file cannot be written; `target` is then untouched. */
export async function writeXlsx(run: RunReport, target: string, options: XlsxOptions): Promise<void> {
  const tmp = temporaryNameFor(target);
  const out: WriteStream = createWriteStream(tmp, { flags: 'wx' });
  let streamError: Error | undefined;
  out.on('error', (err) => {
    streamError = err;
  });
  try {
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    const generatedAt = options.generatedAt ?? new Date();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = `kjhz ${run.tool.version}`;
    wb.created = generatedAt;
    wb.modified = generatedAt;
    await writeSheets(wb, run, options, generatedAt);
    await wb.commit();
    if (streamError) throw streamError;
    await rename(tmp, target);
  } catch (err) {
    out.destroy();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

async function writeSheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, run: RunReport, options: XlsxOptions, generatedAt: Date): Promise<void> {
  const { lang, bureau } = options;
  const policy = options.policy ?? defaultPolicy();
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
  } catch {
    display = undefined;
  }
  const t = (x: T) => x[lang];
  const sep = lang === 'zh' ? '、' : ', ';
  const fillIn = (x: T, params: Record<string, string | number>) => t(x).replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
  const heading = (x: T) => fillIn(x, { place: placeOf(bureau, lang), call: policy?.name[lang] ?? run.call });
  const seqOf = new Map(run.dossiers.map((d, i) => [d.file, i + 1]));
  const dossierNo = (n: number) => fillIn(L.dossierNo, { n });
  // What is printed names another dossier by its 序号, never by its local path.
  const files = [...seqOf.keys()].sort((a, b) => b.length - a.length);
  const withoutPaths = (s: string) => (files.some((f) => s.includes(f)) ? files.reduce((text, f) => text.split(f).join(dossierNo(seqOf.get(f)!)), s) : s);
  const categoryOf = (d: DossierReport) => {
    const c = d.summary?.category ?? d.category;
    return c ? labelOf('category', c, lang) : undefined;
  };
  const titleOf = (d: DossierReport) => d.summary?.title ?? d.title;

  /** The errors (else the warnings), three at most, each with its clause. */
  function mainProblems(d: DossierReport): string {
    const pick = d.findings.filter((f) => f.severity === 'error');
    const shown = (pick.length ? pick : d.findings.filter((f) => f.severity === 'warning')).map((f) => `[${f.clause}] ${withoutPaths(f.message)}`);
    const semi = lang === 'zh' ? '；' : '; ';
    const head = shown.slice(0, 3).join(semi);
    return shown.length > 3 ? `${head}${semi}${fillIn(L.more, { n: shown.length })}` : head;
  }

  // ── 汇总表: what the province reads, printed ────────────────────────────────────────────────────
  const summaryColumns: Column[] = [
    { header: L.seq, width: 5, center: true },
    { header: L.project, width: 28, wrap: true },
    { header: L.applicant, width: 22, wrap: true },
    { header: L.categoryShort, width: 13, wrap: true },
    { header: L.leadShort, width: 9.5, wrap: true },
    { header: L.requested, width: 10, wrap: true },
    { header: L.matching, width: 10, wrap: true },
    { header: L.precheck, width: 11, wrap: true },
    { header: L.errorsWarnings, width: 8, center: true },
    { header: L.problems, width: 44, wrap: true },
  ];
  const PRECHECK = 8;
  let ws = newSheet(wb, t(SHEETS.summary), summaryColumns, printSetup('landscape', 3, lang), 3);
  titleRow(ws, heading(L.title), summaryColumns.length);
  spanRow(ws, fillIn(L.bureauLine, { name: bureau?.name ?? t(L.blank), contact: bureau?.contact ?? t(L.blank), phone: bureau?.phone ?? t(L.blank), date: bureau?.date ?? t(L.blankDate) }), summaryColumns, 26);
  const summaryHeader = tableHeader(ws, summaryColumns, lang);
  let requestedTotal = 0;
  let matchingTotal = 0;
  for (const [i, d] of run.dossiers.entries()) {
    const s = d.summary ?? {};
    const verdict = verdictKind(d);
    requestedTotal += s.requested ?? 0;
    matchingTotal += s.matching ?? 0;
    const rows = addPrintedRow(ws, [
      i + 1,
      titleOf(d),
      applicantOf(d, lang),
      categoryOf(d),
      s.lead,
      s.requested,
      s.matching,
      verdictText(verdict, lang),
      `${d.counts.error}/${d.counts.warning}`,
      // and what was not read: a pass on paper says which attachments nobody has checked yet
      [mainProblems(d), notReadSummary(d, lang)].filter(Boolean).join('\n') || undefined,
    ], summaryColumns);
    const cell = rows[0]!.getCell(PRECHECK);
    cell.fill = fillOf(VERDICT_FILL[verdict]);
    cell.font = { bold: true, size: FONT_SIZE };
    for (const r of rows) r.commit();
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await catchUp(ws);
  }
  const totalRow = addRow(ws, ['', fillIn(L.total, { count: run.dossiers.length }), '', '', '', requestedTotal, matchingTotal, '', '', ''], summaryColumns);
  totalRow.eachCell((c) => {
    c.font = { bold: true, size: FONT_SIZE };
  });
  totalRow.commit();
  const lastSummaryRow = totalRow.number;
  spanRow(ws, '', summaryColumns, 12);
  spanRow(ws, t(L.sealLine), summaryColumns, 60, { bold: true, size: 12 });
  spanRow(ws, t(L.signLine), summaryColumns, 30, { size: FONT_SIZE });
  spanRow(ws, fillIn(L.note, { version: run.tool.version, asOf: run.asOf }), summaryColumns, undefined, { size: FONT_SIZE, color: { argb: 'FF595959' } });
  finishTable(ws, summaryHeader, summaryColumns.length, lastSummaryRow - 1);
  ws.commit();

  // ── 问题清单: one row per finding (the batch findings are on each dossier involved), printed ──────
  const findingColumns: Column[] = [
    { header: L.seq, width: 5, center: true },
    { header: L.applicant, width: 16, wrap: true },
    { header: L.project, width: 18, wrap: true },
    { header: L.rule, width: 15, wrap: true },
    { header: L.clause, width: 8, wrap: true },
    { header: L.severity, width: 6, center: true },
    { header: L.where, width: 18, wrap: true },
    { header: L.line, width: 5, center: true },
    { header: L.message, width: 42, wrap: true },
    { header: L.hint, width: 28, wrap: true },
    { header: L.file, width: 30, wrap: true },
  ];
  const FINDINGS_PRINTED = findingColumns.length - 1;
  ws = newSheet(wb, t(SHEETS.findings), findingColumns, printSetup('landscape', 2, lang), 2);
  titleRow(ws, heading(L.findingsTitle), FINDINGS_PRINTED, 14);
  const findingsHeader = tableHeader(ws, findingColumns, lang);
  let findingRows = 0;
  let lastFindingRow = findingsHeader;
  for (const [i, d] of run.dossiers.entries()) {
    const applicant = identifying(applicantOf(d, lang), findingColumns[1]!.width);
    const title = identifying(titleOf(d), findingColumns[2]!.width);
    for (const f of d.findings) {
      const material = f.path === undefined ? undefined : d.materials?.find((m) => m.paths.some((p) => f.path === p || f.path!.startsWith(`${p}.`)));
      const where = f.path === undefined ? undefined : material ? `${material.label}（${f.path}）` : f.path;
      const rows = addPrintedRow(ws, [i + 1, applicant, title, f.rule, f.clause, t(SEVERITY[f.severity]), where, f.line, withoutPaths(f.message), f.hint, d.file], findingColumns);
      rows[0]!.getCell(6).fill = fillOf(SEVERITY_FILL[f.severity]);
      for (const r of rows) r.commit();
      lastFindingRow = rows.at(-1)!.number;
      findingRows += 1;
      if (findingRows % ROWS_PER_STEP === 0) await catchUp(ws);
    }
  }
  finishTable(ws, findingsHeader, findingColumns.length, lastFindingRow, FINDINGS_PRINTED);
  ws.commit();

  // ── 材料清单: dossiers × the materials of 三 (columns in the order the reports list them), printed ──
  const materialIds: { id: string; label: string; clause: string }[] = [];
  for (const d of run.dossiers) {
    for (const m of d.materials ?? []) if (!materialIds.some((x) => x.id === m.id)) materialIds.push({ id: m.id, label: m.label, clause: m.clause });
  }
  const materialColumns: Column[] = [
    { header: L.seq, width: 5, center: true },
    { header: L.applicant, width: 18, wrap: true },
    { header: L.project, width: 22, wrap: true },
    ...materialIds.map((m): Column => ({ header: { zh: `${m.label}\n${m.clause}`, en: `${m.label}\n${m.clause}` }, width: 8, wrap: true, center: true })),
    { header: L.verdict, width: 11, wrap: true },
    { header: L.file, width: 30, wrap: true },
  ];
  const MATERIALS_PRINTED = materialColumns.length - 1;
  ws = newSheet(wb, t(SHEETS.materials), materialColumns, printSetup('landscape', 2, lang), 2);
  titleRow(ws, heading(L.materialsTitle), MATERIALS_PRINTED, 14);
  const materialsHeader = tableHeader(ws, materialColumns, lang);
  let lastMaterialRow = materialsHeader;
  for (const [i, d] of run.dossiers.entries()) {
    const states = materialIds.map((m) => d.materials?.find((x) => x.id === m.id)?.state);
    const verdict = verdictKind(d);
    const rows = addPrintedRow(ws, [i + 1, identifying(applicantOf(d, lang), materialColumns[1]!.width), identifying(titleOf(d), materialColumns[2]!.width), ...states.map((s) => (s ? MARK[s][lang] : undefined)), verdictText(verdict, lang), d.file], materialColumns);
    states.forEach((s, k) => {
      const fill = s ? MARK_FILL[s] : undefined;
      if (fill) rows[0]!.getCell(4 + k).fill = fillOf(fill);
    });
    rows[0]!.getCell(4 + materialIds.length).fill = fillOf(VERDICT_FILL[verdict]);
    for (const r of rows) r.commit();
    lastMaterialRow = rows.at(-1)!.number;
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await catchUp(ws);
  }
  const legend = [L.legendOk, L.legendBad, L.legendWarn, L.legendNotRead, L.legendNo].map(t).join('　　');
  finishTable(ws, materialsHeader, materialColumns.length, lastMaterialRow, MATERIALS_PRINTED);
  spanRow(ws, `${t(L.legend)}：${legend}`, materialColumns.slice(0, MATERIALS_PRINTED), undefined, { size: 10 });
  ws.pageSetup.printArea = printArea(MATERIALS_PRINTED, lastMaterialRow + 1);
  ws.commit();

  // ── 统计: counts by verdict, category and rule; the run's facts; printed portrait ───────────────────
  // Six columns of varying use (each section has its own heads), laid out for a portrait page.
  const statsColumns: Column[] = [40, 11, 9.5, 9.5, 9.5, 16].map((width) => ({ header: { zh: '', en: '' }, width, wrap: true }));
  ws = newSheet(wb, t(SHEETS.stats), statsColumns, printSetup('portrait', 1, lang), 0);
  titleRow(ws, heading(L.statsTitle), statsColumns.length, 14);
  const section = (title: T, heads?: T[]): void => {
    const gap = addRow(ws, []);
    gap.height = 10;
    gap.commit();
    const r = addRow(ws, [t(title)]);
    r.getCell(1).font = { bold: true, size: 12 };
    r.height = 20;
    r.commit();
    if (heads) {
      const h = addRow(ws, heads.map(t), statsColumns);
      h.eachCell((c) => {
        c.font = { bold: true, size: FONT_SIZE };
        c.fill = fillOf(FILL.header);
        c.alignment = { vertical: 'middle', wrapText: true };
      });
      h.height = Math.max(...heads.map((x, k) => layoutLines(t(x), statsColumns[k]!.width).length)) * LINE_HEIGHT + ROW_PADDING;
      h.commit();
    }
  };
  const line = (values: CellValue[], fill?: string): void => {
    const rows = addPrintedRow(ws, values, statsColumns);
    if (fill) rows[0]!.getCell(1).fill = fillOf(fill);
    for (const r of rows) r.commit();
  };
  // The run's facts (and the folders skipped): a text, and its value across the other columns.
  const fact = (label: string, value: string, font?: Partial<ExcelJS.Font>): void => {
    const row = addRow(ws, [label, value], [statsColumns[0]!, { ...statsColumns[1]!, width: statsColumns.slice(1).reduce((n, c) => n + c.width, 0) }]);
    ws.mergeCells(row.number, 2, row.number, statsColumns.length);
    if (font) row.eachCell((c) => {
      c.font = font;
      c.fill = fillOf(FILL.header);
    });
    row.commit();
  };
  fact(t(L.asOf), run.asOf);
  fact(t(L.policy), `${policy.name[lang]}（${run.call}${run.callFile ? `，${run.callFile}` : ''}）`);
  fact(t(L.tool), `${run.tool.name} ${run.tool.version}`);
  fact(t(L.generated), formatShanghai(generatedAt));

  section(L.byVerdict, [L.verdict, L.count]);
  const verdicts = run.dossiers.map(verdictKind);
  for (const v of VERDICTS) line([verdictText(v, lang), verdicts.filter((x) => x === v).length], VERDICT_FILL[v]);
  line([t(L.totalRow), run.dossiers.length]);

  section(L.byCategory, [L.category, L.count, { zh: verdictText('pass', 'zh'), en: verdictText('pass', 'en') }, { zh: verdictText('fail', 'zh'), en: verdictText('fail', 'en') }, { zh: verdictText('unreadable', 'zh'), en: verdictText('unreadable', 'en') }, L.requestedTotal]);
  const categories = new Map<string, DossierReport[]>();
  for (const d of run.dossiers) {
    const key = d.summary?.category ?? d.category ?? '';
    categories.set(key, [...(categories.get(key) ?? []), d]);
  }
  const known = ['belt-and-road', 'key-country', 'base-platform', 'regional', 'aid'];
  for (const key of [...known, ...[...categories.keys()].filter((k) => !known.includes(k))]) {
    const ds = categories.get(key) ?? [];
    const label = key === '' ? t(L.unknown) : labelOf('category', key, lang);
    const requested = ds.reduce((n, d) => n + (d.summary?.requested ?? 0), 0);
    line([label, ds.length, ds.filter((d) => d.status === 'pass').length, ds.filter((d) => d.status === 'fail').length, ds.filter((d) => d.status === 'unreadable').length, requested]);
  }

  // One row per rule, clause and severity: a rule cites the clause of what it found (attachment-file: the
  // material's clause; dossier-schema: the field's), so one rule may have rows under several clauses.
  section(L.byRule, [L.rule, L.clause, L.severity, L.findingsCount, L.dossiersInvolved]);
  const rules = new Map<string, { rule: string; clause: string; severity: Severity; findings: number; dossiers: Set<number> }>();
  run.dossiers.forEach((d, i) => {
    for (const f of d.findings) {
      const key = `${f.rule}\u0000${f.clause}\u0000${f.severity}`;
      const r = rules.get(key) ?? { rule: f.rule, clause: f.clause, severity: f.severity, findings: 0, dossiers: new Set<number>() };
      r.findings += 1;
      r.dossiers.add(i);
      rules.set(key, r);
    }
  });
  const sevRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const ruleRows = [...rules.entries()].sort(([ka, a], [kb, b]) => sevRank[a.severity] - sevRank[b.severity] || b.dossiers.size - a.dossiers.size || (ka < kb ? -1 : 1));
  if (!ruleRows.length) line([t(L.none)]);
  for (const [, r] of ruleRows) line([r.rule, r.clause, t(SEVERITY[r.severity]), r.findings, r.dossiers.size], SEVERITY_FILL[r.severity]);

  section(L.batch, [L.message, L.rule, L.clause, L.severity, L.dossiersInvolved, L.dossiers]);
  if (!run.batch.findings.length) line([t(L.none)]);
  for (const f of run.batch.findings) {
    const numbers = f.dossiers.map((x) => seqOf.get(x)).filter((n): n is number => n !== undefined);
    line([withoutPaths(f.message), f.rule, f.clause, t(SEVERITY[f.severity]), f.dossiers.length, numbers.join(sep)], SEVERITY_FILL[f.severity]);
  }

  if (run.skipped?.length) {
    section(L.skipped);
    fact(t(L.folderPath), t(L.reason), { bold: true, size: FONT_SIZE });
    for (const f of run.skipped) fact(f.path, f.message);
  }
  ws.commit();

  // ── 明细: every column kjhz knows of each dossier, for the screen (its dossier file outside the print area) ──
  const detailColumns: Column[] = [
    { header: L.seq, width: 6 },
    { header: L.recommender, width: 18, wrap: true },
    { header: L.applicant, width: 28, wrap: true },
    { header: L.creditCode, width: 21 },
    { header: L.kind, width: 11, wrap: true },
    { header: L.project, width: 36, wrap: true },
    { header: L.category, width: 18, wrap: true },
    { header: L.field, width: 12, wrap: true },
    { header: L.partner, width: 30, wrap: true },
    { header: L.countries, width: 13, wrap: true },
    { header: L.lead, width: 10 },
    { header: L.birth, width: 10 },
    { header: L.qualification, width: 16, wrap: true },
    { header: L.period, width: 23 },
    { header: L.requested, width: 12 },
    { header: L.matching, width: 12 },
    { header: L.ratio, width: 10, numFmt: '0.00":1"' },
    { header: L.errors, width: 8 },
    { header: L.warnings, width: 8 },
    { header: L.verdict, width: 14 },
    { header: L.problems, width: 60, wrap: true },
    { header: L.notRead, width: 30, wrap: true },
    { header: L.file, width: 30, wrap: true },
  ];
  const verdictCol = detailColumns.findIndex((c) => c.header === L.verdict) + 1;
  const errorsCol = detailColumns.findIndex((c) => c.header === L.errors) + 1;
  ws = newSheet(wb, t(SHEETS.details), detailColumns, { pageSetup: { paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' } }, 1);
  tableHeader(ws, detailColumns, lang);
  for (const [i, d] of run.dossiers.entries()) {
    const s = d.summary ?? {};
    const verdict = verdictKind(d);
    const ratio = s.requested !== undefined && s.matching !== undefined && s.requested > 0 ? s.matching / s.requested : undefined;
    const row = addRow(ws, [
      i + 1,
      s.recommender,
      applicantOf(d, lang),
      s.creditCode,
      s.applicantKind ? labelOf('applicantKind', s.applicantKind, lang) : undefined,
      titleOf(d),
      categoryOf(d),
      s.field,
      s.mainPartner,
      s.partnerCountries?.length ? s.partnerCountries.map((c) => countryName(c, lang, policy?.countryNames, display)).join(sep) : undefined,
      s.lead,
      birthMonth(s.leadBirth),
      s.leadQualification,
      s.period,
      s.requested,
      s.matching,
      ratio,
      d.counts.error,
      d.counts.warning,
      verdictText(verdict, lang),
      mainProblems(d),
      notReadSummary(d, lang),
      d.file,
    ], detailColumns);
    const cell = row.getCell(verdictCol);
    cell.fill = fillOf(VERDICT_FILL[verdict]);
    cell.font = { bold: true };
    row.commit();
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await catchUp(ws);
  }
  if (run.dossiers.length) {
    // Once for the whole column (not per cell): errors stand out in red.
    const letter = ws.getColumn(errorsCol).letter;
    ws.addConditionalFormatting({
      ref: `${letter}2:${letter}${run.dossiers.length + 1}`,
      rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['0'], style: { font: { color: { argb: 'FF9C0006' }, bold: true } } }],
    });
  }
  finishTable(ws, 1, detailColumns.length, run.dossiers.length + 1, detailColumns.length - 1);
  ws.commit();
}
