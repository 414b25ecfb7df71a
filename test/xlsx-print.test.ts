// The workbook as the province sees it: printed. LibreOffice (headless) prints the whole workbook to PDF,
// as a bureau's clerk would; pdf.js and pdftotext read the pages back. Measured on every printed sheet:
// every cell's text is on paper whole and inside its row (a line of a record never runs into the next
// record, where a row too short would clip it), the scale leaves the text at 9 pt or more, the columns fit
// the page width (统计's labels and numbers on one line), the title rows and the footer's page numbers on
// every page, the bureau's 推荐单位/联系人/电话/日期 and the 推荐单位（盖章） line, and no local path
// anywhere on paper. The batch: every sample and the dossier of hostile texts (HTML, formulas, bidi
// controls, emoji, a 4,000-character title repeated in its findings). The pages are rendered to PNG beside
// the PDF (kept with KJHZ_KEEP_TEST_OUTPUT=1) for a person to look at.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/core/report.js';
import { AS_OF, ensureBuilt, kjhz } from './cli-bin.js';
import { HOSTILE, HOSTILE_ID, writeDeliverablesBatch } from './helpers/deliverables.js';
import { pdfItems, pdfPages, pdfToPng, PDFTOPPM, PDFTOTEXT, SOFFICE, sofficeConvert, type PrintedPage, type PrintedText } from './helpers/print.js';

// Carlito has Calibri's metrics (the workbook's font): without it LibreOffice lays the columns out wider
// than Excel does, and the scale measured would not be the one a person printing from Excel sees.
const CARLITO = existsSync('/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf');
const tools = SOFFICE && PDFTOTEXT && CARLITO;
if (!tools) console.warn('xlsx-print: soffice (LibreOffice), pdftotext (poppler-utils) or the Carlito font (fonts-crosextra-carlito) is not installed — skipping; .ci/run installs them');

const base = mkdtempSync(path.join(tmpdir(), 'kjhz-xlsx-print-'));
const BUREAU = { name: '太原市科学技术局', contact: '李明', phone: '0351-1234567', date: '2024年11月25日' };
let report: RunReport;
const wb = new ExcelJS.Workbook();
let pages: PrintedPage[];
let texts: string[];
/** The pages of each sheet, in order. */
const sheetPages = new Map<string, number[]>();

beforeAll(async () => {
  if (!tools) return;
  ensureBuilt();
  const batch = writeDeliverablesBatch(path.join(base, 'batch'));
  writeFileSync(path.join(batch, 'kjhz.config.yaml'), `bureau:\n${Object.entries(BUREAU).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
  const r = await kjhz(['check', 'batch', '--format', 'json', '-o', 'report.json', '--xlsx', '汇总.xlsx', '--as-of', AS_OF, '--jobs', '2'], { cwd: base });
  expect(r.code, r.stderr).toBe(1);
  report = JSON.parse(readFileSync(path.join(base, 'report.json'), 'utf8')) as RunReport;
  await wb.xlsx.readFile(path.join(base, '汇总.xlsx'));
  sofficeConvert(path.join(base, '汇总.xlsx'), 'pdf', base);
  const pdf = path.join(base, '汇总.pdf');
  pages = await pdfItems(pdf);
  texts = pdfPages(pdf);
  expect(texts).toHaveLength(pages.length);
  // Each printed sheet's pages begin with its title (repeated on every page); 明细 follows 统计.
  const titles: [string, RegExp][] = [['汇总表', /形式审查汇总表$/], ['问题清单', /形式审查问题清单$/], ['材料清单', /申报材料清单$/], ['统计', /形式审查统计$/]];
  let current = '';
  texts.forEach((text, i) => {
    const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
    const sheet = titles.find(([, re]) => re.test(first))?.[0] ?? (current === '统计' || current === '明细' ? '明细' : `?${first}`);
    current = sheet;
    sheetPages.set(sheet, [...(sheetPages.get(sheet) ?? []), i]);
  });
  if (PDFTOPPM && process.env.KJHZ_KEEP_TEST_OUTPUT) {
    pdfToPng(pdf, path.join(base, 'page'));
    console.info(`xlsx-print: pages rendered in ${base}`);
  }
}, 600_000);
afterAll(() => {
  if (!process.env.KJHZ_KEEP_TEST_OUTPUT) rmSync(base, { recursive: true, force: true });
});

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** What one text has that the other has not, character by character (order aside, spaces ignored). */
function charDiff(expected: string, printed: string): { missing: string; extra: string } {
  const count = new Map<string, number>();
  for (const ch of squeeze(expected)) count.set(ch, (count.get(ch) ?? 0) + 1);
  let extra = '';
  for (const ch of squeeze(printed)) {
    const n = count.get(ch) ?? 0;
    if (n > 0) count.set(ch, n - 1);
    else extra += ch;
  }
  const missing = [...count.entries()].map(([ch, n]) => ch.repeat(n)).join('');
  return { missing, extra };
}
const pagesOf = (sheet: string) => (sheetPages.get(sheet) ?? []).map((i) => pages[i]!);
const footerOf = (p: PrintedPage) => p.items.filter((it) => it.y > p.height - 40);
const bodyOf = (p: PrintedPage) => p.items.filter((it) => it.y <= p.height - 40);

/** The cells' values of a sheet's rows, as text (what the printed page must show). */
function cellTexts(sheet: string, row: number, columns: number): string[] {
  const r = wb.getWorksheet(sheet)!.getRow(row);
  const out: string[] = [];
  for (let c = 1; c <= columns; c++) {
    const cell = r.getCell(c);
    if (cell.isMerged && cell.master !== cell) continue; // a merged range shows its first cell's text once
    const v = cell.value;
    if (v !== null && v !== undefined && v !== '') out.push(String(v));
  }
  return out;
}

interface Record {
  seq: string;
  rows: number[];
}

/** A table's records: a row with a 序号 and the rows below it that continue its texts (no 序号). */
function recordsOf(sheet: string, headerRow: number, lastRow: number): Record[] {
  const ws = wb.getWorksheet(sheet)!;
  const out: Record[] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const seq = ws.getRow(r).getCell(1).value;
    if (typeof seq === 'number') out.push({ seq: String(seq), rows: [r] });
    else out.at(-1)?.rows.push(r);
  }
  return out;
}

interface Band {
  seq: string;
  items: PrintedText[];
  /** Where the next record starts on the same page (its first line's baseline), if it does. */
  next?: number;
}

/**
 * The printed records of a sheet: on each page, from each 序号 in the first column down to the next one;
 * what is above a page's first 序号 (below its titles) continues the record before it.
 */
function bandsOf(sheet: string, headerRow: number, stopAt?: (it: PrintedText) => boolean): Band[] {
  const bands: Band[] = [];
  const headerHeight = wb.getWorksheet(sheet)!.getRow(headerRow).height;
  for (const page of pagesOf(sheet)) {
    const body = bodyOf(page).sort((a, b) => a.y - b.y || a.x - b.x);
    const head = body.find((it) => it.str.trim() === '序号')!;
    expect(head, `序号 heads the table on every page of ${sheet}`).toBeDefined();
    // 序号 is one line in the middle of the header row: the row ends half its printed height below.
    const scale = head.size / 11;
    const headerBottom = head.y - 0.3 * head.size + (headerHeight * scale) / 2;
    const seqColumn = (it: PrintedText) => Math.abs(it.x + it.width / 2 - (head.x + head.width / 2)) < 8 && /^\d+$/.test(it.str.trim());
    const starts = body.filter((it) => it.y > headerBottom && seqColumn(it));
    const stop = stopAt ? body.find((it) => it.y > headerBottom && stopAt(it))?.y : undefined;
    for (const it of body) {
      if (it.y <= headerBottom) continue;
      if (stop !== undefined && it.y >= stop - 0.5) continue;
      const k = starts.findLastIndex((s) => s.y <= it.y + 0.5);
      if (k === -1) {
        bands.at(-1)?.items.push(it);
        continue;
      }
      const band = bands.find((b) => b.items[0] === starts[k]) ?? (() => {
        const b: Band = { seq: starts[k]!.str.trim(), items: [starts[k]!], ...(starts[k + 1] ? { next: starts[k + 1]!.y } : stop !== undefined ? { next: stop } : {}) };
        bands.push(b);
        return b;
      })();
      if (it !== starts[k]) band.items.push(it);
    }
  }
  return bands;
}

/** Every record of the sheet is on paper whole (same characters as its cells) and inside its rows. */
function expectWholeRecords(sheet: string, headerRow: number, lastRow: number, printedColumns: number, stopAt?: (it: PrintedText) => boolean): void {
  const records = recordsOf(sheet, headerRow, lastRow);
  const bands = bandsOf(sheet, headerRow, stopAt);
  expect(bands.map((b) => b.seq), `${sheet}: the records, in order`).toEqual(records.map((r) => r.seq));
  records.forEach((record, k) => {
    const band = bands[k]!;
    const expected = record.rows.flatMap((r) => cellTexts(sheet, r, printedColumns)).join('');
    const printed = band.items.map((it) => it.str).join('');
    expect(charDiff(expected, printed), `${sheet} record ${k + 1} (序号 ${record.seq}): its text on paper`).toEqual({ missing: '', extra: '' });
    if (band.next !== undefined) {
      // A row too short for its text would clip its last line: that line would sit less than a line's
      // pitch above the next record's first line.
      const last = Math.max(...band.items.map((it) => it.y));
      const size = Math.max(...band.items.map((it) => it.size));
      expect(band.next - last, `${sheet} record ${k + 1}: its last line is inside its row`).toBeGreaterThanOrEqual(size * 1.15);
    }
  });
}

describe.skipIf(!tools)('the workbook printed by LibreOffice', () => {
  it('prints 汇总表, 问题清单, 材料清单 and 统计 with their titles on every page, then 明细', () => {
    expect([...sheetPages.keys()]).toEqual(['汇总表', '问题清单', '材料清单', '统计', '明细']);
    for (const sheet of ['汇总表', '问题清单', '材料清单', '统计']) {
      for (const p of sheetPages.get(sheet)!) expect(texts[p]!.split('\n').find((l) => l.trim())!.trim()).toMatch(/^太原市2024年度山西省科技合作交流专项/);
    }
    // A4: 汇总表, 问题清单 and 材料清单 landscape, 统计 portrait
    for (const sheet of ['汇总表', '问题清单', '材料清单']) for (const p of pagesOf(sheet)) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    for (const p of pagesOf('统计')) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    // no blank page anywhere
    texts.forEach((t, i) => expect(t.trim(), `page ${i + 1}`).not.toBe(''));
  });

  it('each printed sheet takes the pages its rows need at its scale: rows never split, no page ends early', () => {
    // LibreOffice's own pagination, predicted from the workbook: A4, margins 0.5in top and 0.6in bottom,
    // the title rows repeated, rows at the scale the page width gave (read off the printed text's size).
    for (const [sheet, titleRows] of [['汇总表', 3], ['问题清单', 2], ['材料清单', 2], ['统计', 1]] as const) {
      const ws = wb.getWorksheet(sheet)!;
      const printed = pagesOf(sheet);
      const sizes = printed[0]!.items.map((it) => it.size).sort((a, b) => a - b);
      const scale = sizes[Math.floor(sizes.length / 2)]! / 11;
      const capacity = (printed[0]!.height - 36 - 43.2) / scale;
      const lastRow = Number(/(\d+)$/.exec(String(ws.pageSetup.printArea ?? ''))?.[1] ?? ws.rowCount);
      const heights = Array.from({ length: lastRow }, (_, r) => ws.getRow(r + 1).height ?? 15);
      const titles = heights.slice(0, titleRows).reduce((a, b) => a + b, 0);
      let expected = 1;
      let used = titles;
      for (const h of heights.slice(titleRows)) {
        if (used + h > capacity) {
          expected += 1;
          used = titles;
        }
        used += h;
      }
      expect(printed.length, `${sheet} at ${(scale * 100).toFixed(0)}%`).toBe(expected);
    }
  });

  it('numbers every page in the footer: 第 N 页 共 M 页', () => {
    pages.forEach((p, i) => {
      if (sheetPages.get('明细')!.includes(i)) return;
      const footer = footerOf(p).map((it) => it.str).join('');
      expect(squeeze(footer), `page ${i + 1}`).toBe(`第${i + 1}页共${pages.length}页`);
    });
  });

  it('汇总表: the title, the bureau\'s lines, the ten columns, ≥ 9 pt after scaling', () => {
    const first = texts[sheetPages.get('汇总表')![0]!]!;
    expect(first).toContain('太原市2024年度山西省科技合作交流专项申报材料形式审查汇总表');
    expect(squeeze(first)).toContain(squeeze('推荐单位（盖章）：太原市科学技术局 联系人：李明 电话：0351-1234567 日期：2024年11月25日'));
    for (const p of sheetPages.get('汇总表')!) {
      expect(squeeze(texts[p]!)).toContain('序号项目名称申报单位类别负责人');
      for (const h of ['申请引导', '配套资金', '预检结论', '错误/', '警告数', '主要问题']) expect(texts[p]).toContain(h);
    }
    const sizes = pagesOf('汇总表').flatMap((p) => p.items.map((it) => it.size));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    const last = texts[sheetPages.get('汇总表')!.at(-1)!]!;
    expect(last).toMatch(/合计（12项）/);
    expect(last).toContain('推荐单位（盖章）：');
    expect(last).toContain('负责人（签字）');
  });

  it('汇总表: every dossier\'s row on paper whole, none cut, the hostile one continued below itself', () => {
    const ws = wb.getWorksheet('汇总表')!;
    let total = 0;
    ws.eachRow((row, n) => {
      if (String(row.getCell(2).value ?? '').startsWith('合计')) total = n;
    });
    expectWholeRecords('汇总表', 3, total - 1, 10, (it) => it.str.startsWith('合计'));
    const hostile = recordsOf('汇总表', 3, total - 1).find((r) => String(ws.getRow(r.rows[0]!).getCell(2).value).startsWith(`'<script>`) || String(ws.getRow(r.rows[0]!).getCell(2).value).startsWith('<script>'))!;
    expect(hostile.rows.length).toBeGreaterThan(1);
  });

  it('问题清单 and 材料清单: every record whole and inside its rows, ≥ 9 pt', () => {
    const findings = wb.getWorksheet('问题清单')!;
    expectWholeRecords('问题清单', 2, findings.actualRowCount, 10);
    const materials = wb.getWorksheet('材料清单')!;
    const printed = materials.getRow(2).cellCount - 1;
    expectWholeRecords('材料清单', 2, materials.actualRowCount - 1, printed, (it) => it.str.includes('图例'));
    for (const sheet of ['问题清单', '材料清单']) expect(Math.min(...pagesOf(sheet).flatMap((p) => p.items.map((it) => it.size))), sheet).toBeGreaterThanOrEqual(9);
  });

  it('统计: on the page width — each label beside its numbers — and whole', () => {
    const stats = pagesOf('统计');
    const lines = sheetPages.get('统计')!.flatMap((p) => texts[p]!.split('\n'));
    const counts = (label: string) => lines.find((l) => l.trim().startsWith(label))?.trim().split(/\s{2,}/);
    expect(counts('合计')).toEqual(['合计', String(report.dossiers.length)]);
    expect(counts('不通过')?.[1]).toBe(String(report.dossiers.filter((d) => d.status === 'fail').length));
    expect(counts('重点国别科技合作项目')?.slice(1, 2)).toEqual([String(report.dossiers.filter((d) => d.category === 'key-country').length)]);
    // every cell of the sheet is printed, its title on each page
    const ws = wb.getWorksheet('统计')!;
    const expected: string[] = [];
    ws.eachRow((row, n) => expected.push(...cellTexts('统计', n, 6).map((x) => (n === 1 ? x.repeat(stats.length) : x))));
    const printed = stats.flatMap((p) => bodyOf(p)).map((it) => it.str);
    expect(charDiff(expected.join(''), printed.join(''))).toEqual({ missing: '', extra: '' });
    expect(Math.min(...stats.flatMap((p) => p.items.map((it) => it.size)))).toBeGreaterThanOrEqual(9);
  });

  it('prints no local path: no dossier file or folder, the other dossiers named by their 序号', () => {
    const printed = texts.join('\n');
    for (const d of report.dossiers) expect(printed.includes(d.file), d.file).toBe(false);
    expect(printed).not.toContain('batch/');
    expect(printed).not.toContain('fdp.exe');
    // the same lead in two dossiers: the finding names the other one by its number
    expect(printed).toMatch(/还是另外1份申报的负责人：第\d+份/);
  });

  it('hostile texts are printed as text: no formula ran, no ID number shown', () => {
    const printed = texts.join('\n');
    expect(printed).not.toContain(HOSTILE_ID);
    expect(printed).toContain(`'=cmd|' /C calc'!A0<b>x</b>`.slice(0, 10));
    expect(squeeze(printed)).toContain(squeeze(`<script>alert("t")</script>=cmd|' /C calc'!A0 <U+202E>gpj.exe`));
  });
});
