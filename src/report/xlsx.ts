// --xlsx: the municipal bureau's workbook (汇总表, 问题清单, 材料清单, 统计), in Chinese by default.
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
import { maskIdNumbersIn } from '../core/checksums.js';
import { formatShanghai } from '../core/dates.js';
import { getPolicy } from '../policy/index.js';
import { temporaryNameFor } from './atomic.js';
import { termOf, VOCABULARY } from '../model/vocabulary.js';

export interface XlsxOptions {
  lang: Lang;
  /** Shown in 统计 (default: now). */
  generatedAt?: Date;
}

type T = { zh: string; en: string };

const SHEETS = {
  summary: { zh: '汇总表', en: 'Summary' },
  findings: { zh: '问题清单', en: 'Findings' },
  materials: { zh: '材料清单', en: 'Materials' },
  stats: { zh: '统计', en: 'Statistics' },
} satisfies Record<string, T>;

const L = {
  seq: { zh: '序号', en: 'No.' },
  recommender: { zh: '组织推荐部门', en: 'Recommending department' },
  applicant: { zh: '申报单位', en: 'Applicant' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  kind: { zh: '单位性质', en: 'Type of unit' },
  title: { zh: '项目名称', en: 'Project title' },
  category: { zh: '支持方向', en: 'Category' },
  field: { zh: '技术领域', en: 'Field' },
  partner: { zh: '主要合作单位', en: 'Main partner' },
  countries: { zh: '合作国别/地区', en: 'Partner countries/regions' },
  lead: { zh: '项目负责人', en: 'Project lead' },
  birth: { zh: '出生年月', en: 'Born' },
  qualification: { zh: '职称/学位', en: 'Title/degree' },
  period: { zh: '执行期', en: 'Execution period' },
  requested: { zh: '申请引导资金(万元)', en: 'Requested (10k CNY)' },
  matching: { zh: '配套资金(万元)', en: 'Matching (10k CNY)' },
  ratio: { zh: '配套比例', en: 'Matching ratio' },
  errors: { zh: '错误数', en: 'Errors' },
  warnings: { zh: '警告数', en: 'Warnings' },
  verdict: { zh: '形式审查结论', en: 'Verdict' },
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
  total: { zh: '合计', en: 'Total' },
  requestedTotal: { zh: '申请引导资金合计(万元)', en: 'Requested in total (10k CNY)' },
  statsTitle: { zh: 'kjhz 形式审查预检汇总统计', en: 'kjhz pre-check statistics' },
  asOf: { zh: '检查时间（截止时间据此判断）', en: 'As of (deadlines judged at)' },
  policy: { zh: '申报通知', en: 'Call' },
  tool: { zh: '工具版本', en: 'Tool version' },
  generated: { zh: '生成时间', en: 'Generated' },
  byVerdict: { zh: '按形式审查结论', en: 'By verdict' },
  byCategory: { zh: '按支持方向', en: 'By category' },
  byRule: { zh: '按规则', en: 'By rule' },
  batch: { zh: '跨申报问题（二.2、二.6）', en: 'Across dossiers (二.2, 二.6)' },
  dossiers: { zh: '涉及申报', en: 'Dossiers' },
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
} satisfies Record<string, T>;

const VERDICT = {
  pass: { zh: '通过', en: 'Pass' },
  passWarnings: { zh: '通过（有警告）', en: 'Pass (warnings)' },
  passNotRead: { zh: '通过（未核对PDF内容）', en: 'Pass (PDF contents not checked)' },
  fail: { zh: '不通过', en: 'Fail' },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
} satisfies Record<VerdictKind, T>;
type Verdict = VerdictKind;

const SEVERITY: Record<Severity, T> = { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' }, info: { zh: '提示', en: 'info' } };

// The labels of the dossier's values: the one shared table (src/model/vocabulary.ts), as every report shows them.
const labels = (name: 'category' | 'applicantKind'): Record<string, T> => Object.fromEntries(VOCABULARY[name].codes.map((c: string) => [c, termOf(name, c)]));
const CATEGORY = labels('category');
const KIND = labels('applicantKind');

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
const VERDICT_FILL: Record<Verdict, string> = { pass: FILL.pass, passWarnings: FILL.warn, passNotRead: FILL.warn, fail: FILL.fail, unreadable: FILL.unreadable };
const SEVERITY_FILL: Record<Severity, string> = { error: FILL.fail, warning: FILL.warn, info: FILL.info };
const MARK_FILL: Record<MaterialState, string | undefined> = { ok: FILL.pass, problem: FILL.fail, missing: FILL.fail, warning: FILL.warn, 'not-read': FILL.info, 'not-needed': undefined };

const MAX_CELL = 32_767;
// Characters XML 1.0 cannot carry (they would make the file unreadable).
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as a cell may hold it: ID numbers masked, characters XML cannot carry removed, at most
 * 32,767 characters (Excel's limit), and a leading = + - @ tab or CR neutralised with an apostrophe
 * (OWASP's advice against formula injection) so that no program evaluates it.
 */
export function cellText(value: string): string {
  let s = maskIdNumbersIn(value).replace(LONE_SURROGATE, '\uFFFD').replace(XML_ILLEGAL, '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
}

type CellValue = string | number | undefined;
const fillOf = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } }, left: { style: 'thin', color: { argb: 'FFBFBFBF' } }, right: { style: 'thin', color: { argb: 'FFBFBFBF' } } };

interface Column {
  header: T;
  width: number;
  wrap?: boolean;
  numFmt?: string;
}

/** Writes one row: strings neutralised, numbers as numbers, empty cells left empty. */
/** Columns a text takes on screen: CJK and full-width characters count two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const LINE_HEIGHT = 15;
const MAX_LINES = 8;

/** Writes one row: strings neutralised, numbers as numbers, empty cells left empty. Rows whose wrapped
 * texts need several lines get that height (no spreadsheet program measures them on opening). */
function addRow(ws: ExcelJS.Worksheet, values: CellValue[], columns?: readonly Column[]): ExcelJS.Row {
  const cells = values.map((v) => (typeof v === 'string' ? cellText(v) : v === undefined || Number.isNaN(v) ? null : v));
  const row = ws.addRow(cells);
  let lines = 1;
  cells.forEach((v, i) => {
    const col = columns?.[i];
    if (!col) return;
    const cell = row.getCell(i + 1);
    cell.alignment = { vertical: 'top', wrapText: col.wrap === true };
    if (col.numFmt) cell.numFmt = col.numFmt;
    cell.border = thin;
    if (col.wrap && typeof v === 'string') {
      const perLine = Math.max(1, col.width - 1);
      lines = Math.max(lines, v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / perLine)), 0));
    }
  });
  if (lines > 1) row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT;
  return row;
}

function addHeader(ws: ExcelJS.Worksheet, columns: readonly Column[], lang: Lang, height: number): void {
  const row = ws.addRow(columns.map((c) => c.header[lang]));
  row.height = height;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = fillOf(FILL.header);
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = thin;
  });
  row.commit();
}

function newTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], lang: Lang, headerHeight = 30): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    // Printed as a bureau forwards it: A4 landscape, all columns on the page width, header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  addHeader(ws, columns, lang, headerHeight);
  return ws;
}

function finishTable(ws: ExcelJS.Worksheet, columns: number, rows: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: columns } };
  ws.commit();
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

const verdictOf = (d: DossierReport): Verdict => verdictKind(d);

/** Who applied: the unit's name, or (a dossier kjhz could not read, a name left out) its folder's name. */
function applicantOf(d: DossierReport, lang: Lang): string {
  const named = d.summary?.applicant ?? d.applicant;
  if (named) return named;
  const folder = path.dirname(d.file);
  return folder === '.' ? `${d.file}${L.folder[lang]}` : `${path.basename(folder)}${L.folder[lang]}`;
}

function mainProblems(d: DossierReport, lang: Lang): string {
  const pick = d.findings.filter((f) => f.severity === 'error');
  const shown = (pick.length ? pick : d.findings.filter((f) => f.severity === 'warning')).map((f) => `[${f.clause}] ${f.message}`);
  const head = shown.slice(0, 3).join(lang === 'zh' ? '；' : '; ');
  return shown.length > 3 ? `${head}${lang === 'zh' ? '；' : '; '}${L.more[lang].replace('{n}', String(shown.length))}` : head;
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
    await writeSheets(wb, run, options.lang, generatedAt);
    await wb.commit();
    if (streamError) throw streamError;
    await rename(tmp, target);
  } catch (err) {
    out.destroy();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

async function writeSheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, run: RunReport, lang: Lang, generatedAt: Date): Promise<void> {
  const policy = getPolicy(run.call);
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
  } catch {
    display = undefined;
  }
  const t = (x: T) => x[lang];
  const sep = lang === 'zh' ? '、' : ', ';

  // 汇总表: one row per dossier, in the columns a bureau forwards.
  const summaryColumns: Column[] = [
    { header: L.seq, width: 6 },
    { header: L.recommender, width: 18, wrap: true },
    { header: L.applicant, width: 28, wrap: true },
    { header: L.creditCode, width: 21 },
    { header: L.kind, width: 11, wrap: true },
    { header: L.title, width: 36, wrap: true },
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
  const verdictCol = summaryColumns.indexOf(summaryColumns.find((c) => c.header === L.verdict)!) + 1;
  const errorsCol = summaryColumns.findIndex((c) => c.header === L.errors) + 1;
  let ws = newTable(wb, t(SHEETS.summary), summaryColumns, lang);
  for (const [i, d] of run.dossiers.entries()) {
    const s = d.summary ?? {};
    const verdict = verdictOf(d);
    const ratio = s.requested !== undefined && s.matching !== undefined && s.requested > 0 ? s.matching / s.requested : undefined;
    const row = addRow(ws, [
      i + 1,
      s.recommender,
      applicantOf(d, lang),
      s.creditCode,
      s.applicantKind ? (KIND[s.applicantKind]?.[lang] ?? s.applicantKind) : undefined,
      s.title ?? d.title,
      s.category ? (CATEGORY[s.category]?.[lang] ?? s.category) : undefined,
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
      t(VERDICT[verdict]),
      mainProblems(d, lang),
      notReadSummary(d, lang),
      d.file,
    ], summaryColumns);
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
  finishTable(ws, summaryColumns.length, run.dossiers.length);

  // 问题清单: one row per finding (the batch findings are on each dossier involved).
  const findingColumns: Column[] = [
    { header: L.seq, width: 6 },
    { header: L.applicant, width: 26, wrap: true },
    { header: L.title, width: 30, wrap: true },
    { header: L.rule, width: 24 },
    { header: L.clause, width: 9 },
    { header: L.severity, width: 8 },
    { header: L.where, width: 30, wrap: true },
    { header: L.line, width: 6 },
    { header: L.message, width: 60, wrap: true },
    { header: L.hint, width: 40, wrap: true },
    { header: L.file, width: 30, wrap: true },
  ];
  ws = newTable(wb, t(SHEETS.findings), findingColumns, lang);
  let findingRows = 0;
  for (const [i, d] of run.dossiers.entries()) {
    const applicant = applicantOf(d, lang);
    const title = d.summary?.title ?? d.title;
    for (const f of d.findings) {
      const material = f.path === undefined ? undefined : d.materials?.find((m) => m.paths.some((p) => f.path === p || f.path!.startsWith(`${p}.`)));
      const where = f.path === undefined ? undefined : material ? `${material.label}（${f.path}）` : f.path;
      const row = addRow(ws, [i + 1, applicant, title, f.rule, f.clause, t(SEVERITY[f.severity]), where, f.line, f.message, f.hint, d.file], findingColumns);
      row.getCell(6).fill = fillOf(SEVERITY_FILL[f.severity]);
      row.commit();
      findingRows += 1;
      if (findingRows % ROWS_PER_STEP === 0) await catchUp(ws);
    }
  }
  finishTable(ws, findingColumns.length, findingRows);

  // 材料清单: dossiers × the materials of 三 (columns in the order the reports list them).
  const materialIds: { id: string; label: string; clause: string }[] = [];
  for (const d of run.dossiers) {
    for (const m of d.materials ?? []) if (!materialIds.some((x) => x.id === m.id)) materialIds.push({ id: m.id, label: m.label, clause: m.clause });
  }
  const materialColumns: Column[] = [
    { header: L.seq, width: 6 },
    { header: L.applicant, width: 26, wrap: true },
    { header: L.title, width: 30, wrap: true },
    ...materialIds.map((m): Column => ({ header: { zh: `${m.label}\n${m.clause}`, en: `${m.label}\n${m.clause}` }, width: 12, wrap: true })),
    { header: L.verdict, width: 14 },
    { header: L.file, width: 30, wrap: true },
  ];
  ws = newTable(wb, t(SHEETS.materials), materialColumns, lang, 60);
  for (const [i, d] of run.dossiers.entries()) {
    const states = materialIds.map((m) => d.materials?.find((x) => x.id === m.id)?.state);
    const verdict = verdictOf(d);
    const row = addRow(ws, [i + 1, applicantOf(d, lang), d.summary?.title ?? d.title, ...states.map((s) => (s ? MARK[s][lang] : undefined)), t(VERDICT[verdict]), d.file], materialColumns);
    states.forEach((s, k) => {
      const cell = row.getCell(4 + k);
      cell.alignment = { horizontal: 'center', vertical: 'top' };
      const fill = s ? MARK_FILL[s] : undefined;
      if (fill) cell.fill = fillOf(fill);
    });
    row.getCell(4 + materialIds.length).fill = fillOf(VERDICT_FILL[verdict]);
    row.commit();
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) await catchUp(ws);
  }
  finishTable(ws, materialColumns.length, run.dossiers.length);

  // 统计: counts by verdict, category and rule; the run's facts.
  ws = wb.addWorksheet(t(SHEETS.stats));
  ws.columns = [{ width: 50 }, { width: 24 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 40 }];
  const section = (title: T, heads?: T[]): void => {
    addRow(ws, []).commit();
    const r = addRow(ws, [t(title)]);
    r.getCell(1).font = { bold: true, size: 12 };
    r.commit();
    if (heads) {
      const h = addRow(ws, heads.map(t));
      h.eachCell((c) => {
        c.font = { bold: true };
        c.fill = fillOf(FILL.header);
        c.border = thin;
      });
      h.commit();
    }
  };
  const line = (values: CellValue[], fill?: string): void => {
    const r = addRow(ws, values);
    r.eachCell((c) => {
      c.border = thin;
    });
    if (fill) r.getCell(1).fill = fillOf(fill);
    r.commit();
  };
  const title = addRow(ws, [t(L.statsTitle)]);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  line([t(L.asOf), run.asOf]);
  line([t(L.policy), policy ? `${policy.name[lang]}（${run.call}）` : run.call]);
  line([t(L.tool), `${run.tool.name} ${run.tool.version}`]);
  line([t(L.generated), formatShanghai(generatedAt)]);

  section(L.byVerdict, [L.verdict, L.count]);
  const verdicts = run.dossiers.map(verdictOf);
  for (const v of Object.keys(VERDICT) as Verdict[]) line([t(VERDICT[v]), verdicts.filter((x) => x === v).length], VERDICT_FILL[v]);
  line([t(L.total), run.dossiers.length]);

  section(L.byCategory, [L.category, L.count, VERDICT.pass, VERDICT.fail, VERDICT.unreadable, L.requestedTotal]);
  const categories = new Map<string, DossierReport[]>();
  for (const d of run.dossiers) {
    const key = d.summary?.category ?? d.category ?? '';
    categories.set(key, [...(categories.get(key) ?? []), d]);
  }
  const categoryOrder = [...Object.keys(CATEGORY), ...[...categories.keys()].filter((k) => !(k in CATEGORY))];
  for (const key of categoryOrder) {
    const ds = categories.get(key) ?? [];
    const label = key === '' ? t(L.unknown) : (CATEGORY[key]?.[lang] ?? key);
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
    const r = addRow(ws, [f.message, f.rule, f.clause, t(SEVERITY[f.severity]), f.dossiers.length, f.dossiers.join(sep)]);
    r.eachCell((c) => {
      c.border = thin;
      c.alignment = { wrapText: true, vertical: 'top' };
    });
    r.getCell(4).fill = fillOf(SEVERITY_FILL[f.severity]);
    r.commit();
  }

  if (run.skipped?.length) {
    section(L.skipped, [L.folderPath, L.reason]);
    for (const f of run.skipped) line([f.path, f.message]);
  }

  section(L.legend);
  for (const x of [L.legendOk, L.legendBad, L.legendWarn, L.legendNotRead, L.legendNo]) line([t(x)]);
  ws.commit();
}
