// The bureau's workbook, as the CLI writes it for a batch of 44 dossiers (valid, broken, unreadable,
// duplicates, formula-injection attempts), read back with exceljs: sheets, rows, values, fills,
// frozen header and autofilter, print setup, no formula anywhere, no ID number unmasked; written
// atomically. (How it prints — every text whole, the scale, the pages — is test/xlsx-print.test.ts.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DossierReport, RunReport } from '../src/core/report.js';
import { cellText, displayWidth, layoutLines, writeXlsx } from '../src/report/xlsx.js';
import { AS_OF, ensureBuilt, INJECTION, kjhz, makeBatch, type Batch, type CliResult } from './batch-fixture.js';

const root = mkdtempSync(path.join(tmpdir(), 'kjhz-xlsx-'));
let batch: Batch;
let cli: CliResult;
let report: RunReport;
const wb = new ExcelJS.Workbook();
const XLSX = '汇总.xlsx';

beforeAll(async () => {
  batch = makeBatch(path.join(root, 'batch'));
  ensureBuilt();
  cli = await kjhz(['check', 'batch', '--no-pdf', '--as-of', AS_OF, '--format', 'json', '-o', 'report.json', '--xlsx', XLSX, '--jobs', '2'], root);
  report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as RunReport;
  await wb.xlsx.readFile(path.join(root, XLSX));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sheet = (name: string) => wb.getWorksheet(name)!;
/** The rows of a sheet as arrays of cell values (index 0 = column A), from its header row on. */
function rows(name: string, headerRow = 1): unknown[][] {
  const out: unknown[][] = [];
  sheet(name).eachRow({ includeEmpty: true }, (row, n) => {
    if (n >= headerRow) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}
/** The header row of each table (the printed sheets have title rows above it). */
const HEADER_ROW: Record<string, number> = { 汇总表: 3, 问题清单: 2, 材料清单: 2, 明细: 1 };
const header = (name: string) => rows(name, HEADER_ROW[name])[0] as string[];
const body = (name: string) => rows(name, HEADER_ROW[name]).slice(1);
const FILE = 22; // 明细's 申报文件 column
const rowOf = (folder: string) => rows('明细').find((r) => String(r[FILE]).startsWith(`batch/${folder}/`))!;
const summaryRowOf = (folder: string) => body('汇总表')[report.dossiers.findIndex((d) => d.file.startsWith(`batch/${folder}/`))]!;
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('kjhz check DIR --xlsx', () => {
  test('the run finishes with every dossier, exit 1, and says where the workbook is', () => {
    expect(cli.code).toBe(1);
    // No progress bar: stderr is not a terminal here.
    expect(cli.stderr).toBe(`已生成汇总表 ${XLSX}（44份申报）\n`);
    expect(report.dossiers).toHaveLength(44);
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('five sheets in order, in Chinese', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总表', '问题清单', '材料清单', '统计', '明细']);
  });

  test('汇总表: the title, blank lines for the bureau (no bureau: in the config), ten columns, a total and the seal lines', () => {
    const all = rows('汇总表');
    expect(all[0]![0]).toBe('________市2024年度山西省科技合作交流专项申报材料形式审查汇总表');
    expect(all[1]![0]).toBe('推荐单位（盖章）：______________　　　联系人：______________　　　电话：______________　　　日期：______年____月____日');
    expect(header('汇总表')).toEqual(['序号', '项目名称', '申报单位', '类别', '负责人', '申请引导资金(万元)', '配套资金(万元)', '预检结论', '错误/\n警告数', '主要问题']);
    const records = body('汇总表').slice(0, 44);
    expect(records.map((r) => r[0])).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(records.map((r) => r[1])).toEqual(report.dossiers.map((d) => (d.title === undefined ? undefined : cellText(d.title))));
    const total = body('汇总表')[44]!;
    expect(total[1]).toBe('合计（44项）');
    expect(total[5]).toBe(report.dossiers.reduce((n, d) => n + ((d as { summary?: { requested?: number } }).summary?.requested ?? 0), 0) || total[5]);
    const tail = body('汇总表').slice(45).map((r) => r[0]).filter(Boolean);
    expect(tail[0]).toBe('推荐单位（盖章）：');
    expect(String(tail[1])).toMatch(/^负责人（签字）/);
    const r = summaryRowOf('a04-valid-key-country');
    expect(r.slice(1, 9)).toEqual(['高性能镁合金轻量化部件联合研发', '山西晋材镁合金科技有限公司', '重点国别科技合作项目', '张晓明', 40, 80, '通过（未核对PDF内容）', '0/0']);
    expect(r[9]).toBe('未读取PDF内容（--no-pdf）：9份附件只检查了文件是否存在，内容须人工核对');
    expect(String(summaryRowOf('b04-broken-lead-too-old')[9])).toMatch(/^\[二\.2\] 项目负责人须为1967年1月1日（含）以后出生/);
    // the verdict coloured, as in every sheet
    const ws = sheet('汇总表');
    const line = (folder: string) => ws.getRow(HEADER_ROW['汇总表']! + 1 + report.dossiers.findIndex((d) => d.file.startsWith(`batch/${folder}/`)));
    expect(fillOf(line('b04-broken-lead-too-old').getCell(8))).toBe('FFFFC7CE');
    expect(fillOf(line(batch.unreadable).getCell(8))).toBe('FFD9D9D9');
  });

  test('汇总表 prints: A4 landscape fitted to the page width, title rows on every page, page numbers, frozen below the header', () => {
    const ws = sheet('汇总表');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:J47');
    // Rows as tall as their wrapped texts (no spreadsheet program measures rows on opening).
    const funding = ws.getRow(HEADER_ROW['汇总表']! + 1 + report.dossiers.findIndex((d) => d.file.includes('broken-enterprise-funding')));
    expect(funding.height).toBeGreaterThanOrEqual(45);
  });

  test('no local path in a printed sheet: dossier files are outside the print areas, other dossiers named by 序号', () => {
    for (const name of ['汇总表', '问题清单', '材料清单', '统计']) {
      const ws = sheet(name);
      const printedColumns = ws.pageSetup.printArea ? /:\$?([A-Z]+)/.exec(ws.pageSetup.printArea)![1]! : undefined;
      ws.eachRow((row) => row.eachCell((cell) => {
        if (printedColumns && cell.address.replace(/\d+$/, '') > printedColumns && cell.address.replace(/\d+$/, '').length >= printedColumns.length) return;
        for (const d of report.dossiers) expect(String(cell.value).includes(d.file), `${name}!${cell.address}`).toBe(false);
      }));
    }
    expect(sheet('问题清单').pageSetup.printArea).toBe(`A1:J${sheet('问题清单').actualRowCount}`);
    expect(String(summaryRowOf(batch.dupLeadById[0])[9])).toMatch(/还是另外1份申报的负责人：第\d+份/);
  });

  test('the bureau of kjhz.config.yaml heads 汇总表: its city in the title, its name, contact, phone and date', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-xlsx-bureau-'));
    const target = path.join(dir, 'b.xlsx');
    await writeXlsx(report, target, { lang: 'zh', bureau: { name: '大同市科学技术局', contact: '王芳', phone: '0352-7654321', date: '2024年11月26日' } });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(target);
    const ws = back.getWorksheet('汇总表')!;
    expect(ws.getCell('A1').value).toBe('大同市2024年度山西省科技合作交流专项申报材料形式审查汇总表');
    expect(ws.getCell('A2').value).toBe('推荐单位（盖章）：大同市科学技术局　　　联系人：王芳　　　电话：0352-7654321　　　日期：2024年11月26日');
    expect(back.getWorksheet('问题清单')!.getCell('A1').value).toBe('大同市2024年度山西省科技合作交流专项申报材料形式审查问题清单');
    rmSync(dir, { recursive: true, force: true });
  });

  test('明细: every column kjhz knows, one row per dossier in discovery order, frozen header and autofilter', () => {
    expect(header('明细')).toEqual([
      '序号', '组织推荐部门', '申报单位', '统一社会信用代码', '单位性质', '项目名称', '支持方向', '技术领域', '主要合作单位', '合作国别/地区', '项目负责人',
      '出生年月', '职称/学位', '执行期', '申请引导资金(万元)', '配套资金(万元)', '配套比例', '错误数', '警告数', '形式审查结论', '主要问题', '未核对内容的附件', '申报文件',
    ]);
    const details = body('明细');
    expect(details).toHaveLength(44);
    expect(details.map((r) => r[0])).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(details.map((r) => r[FILE])).toEqual(report.dossiers.map((d) => d.file));
    const ws = sheet('明细');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:W45');
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(30);
  });

  test('明细: values of a valid key-country dossier, counts from the report, the verdict cell coloured; --no-pdf is never a bare 通过', () => {
    const r = rowOf('a04-valid-key-country');
    expect(r.slice(1, 20)).toEqual([
      '太原市科学技术局', '山西晋材镁合金科技有限公司', '91140100MA0L1K2M9L', '企业', '高性能镁合金轻量化部件联合研发', '重点国别科技合作项目', '新材料',
      'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik', '德国', '张晓明', '1985-04', '正高级工程师/博士', '2025-01-01至2027-12-31', 40, 80, 2, 0, 0, '通过（未核对PDF内容）',
    ]);
    expect(r[21]).toBe('未读取PDF内容（--no-pdf）：9份附件只检查了文件是否存在，内容须人工核对');
    const ws = sheet('明细');
    const verdictOf = (folder: string) => {
      const i = rows('明细').findIndex((x) => String(x[FILE]).startsWith(`batch/${folder}/`));
      return ws.getRow(i + 1).getCell(20);
    };
    expect(fillOf(verdictOf('a04-valid-key-country'))).toBe('FFFFEB9C');
    expect(rows('明细').slice(1).some((x) => x[19] === '通过')).toBe(false);
    expect(verdictOf(batch.warningsOnly).value).toBe('通过（未核对PDF内容）');
    expect(fillOf(verdictOf(batch.warningsOnly))).toBe('FFFFEB9C');
    expect(verdictOf('b04-broken-lead-too-old').value).toBe('不通过');
    expect(fillOf(verdictOf('b04-broken-lead-too-old'))).toBe('FFFFC7CE');
    expect(verdictOf(batch.unreadable).value).toBe('无法读取');
    expect(fillOf(verdictOf(batch.unreadable))).toBe('FFD9D9D9');
    // a dossier kjhz could not read is named by its folder where its unit is unknown
    expect(rowOf(batch.unreadable)[2]).toBe(`${batch.unreadable}（文件夹名）`);
    expect(ws.getRow(2).getCell(17).numFmt).toBe('0.00":1"');
    for (const [i, d] of report.dossiers.entries()) {
      const r2 = rows('明细')[i + 1]!;
      expect([r2[17], r2[18]]).toEqual([d.counts.error, d.counts.warning]);
    }
    expect(String(rowOf('b04-broken-lead-too-old')[20])).toContain('[二.2] 项目负责人须为1967年1月1日（含）以后出生');
    // Long wrapped problems get the rows' height (no spreadsheet program measures rows on opening); printing fits the width.
    const funding = rows('明细').findIndex((x) => String(x[FILE]).includes('broken-enterprise-funding'));
    expect(ws.getRow(funding + 1).height).toBeGreaterThanOrEqual(45);
    // for the screen: printed, it is not fitted to a page, and its dossier files are outside the print area
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printArea: 'A1:V45' });
  });

  test('batch findings: same lead, two recommenders, near-same and same titles — on each dossier involved', () => {
    const byRule = (rule: string) => report.batch.findings.filter((f) => f.rule === rule).map((f) => [f.severity, f.dossiers.map((d) => d.split('/')[1])]);
    expect(byRule('batch-duplicate-lead')).toEqual([['error', [...batch.dupLeadById]], ['error', [...batch.dupLeadByNameBirth]]]);
    expect(byRule('batch-one-recommender')).toEqual([['error', [...batch.twoRecommenders]]]);
    expect(byRule('batch-similar-projects')).toEqual([['warning', [...batch.nearTitles]], ['error', [...batch.sameTitles]]]);
    const findings = body('问题清单');
    for (const folder of [...batch.dupLeadById, ...batch.twoRecommenders, ...batch.nearTitles, ...batch.sameTitles]) {
      expect(findings.some((f) => String(f[10]).startsWith(`batch/${folder}/`) && String(f[3]).startsWith('batch-'))).toBe(true);
    }
    expect(String(rowOf(batch.nearTitles[0])[20])).toContain('[二.6] 本项目的名称与同一申报单位的另外1份申报相近');
    expect(rowOf(batch.nearTitles[0])[19]).toBe('通过（未核对PDF内容）');
    expect(rowOf(batch.sameTitles[0])[19]).toBe('不通过');
    expect(String(rowOf(batch.dupLeadById[0])[20])).toContain('[二.2] 项目负责人');
  });

  test('问题清单: one row per finding of every dossier, severity coloured', () => {
    expect(header('问题清单')).toEqual(['序号', '申报单位', '项目名称', '规则', '条款', '级别', '字段或附件', '行', '问题', '修改建议', '申报文件']);
    const findings = body('问题清单');
    const withoutPaths = (m: string) => report.dossiers.reduce((t, d, i) => t.split(d.file).join(`第${i + 1}份`), m);
    const expected = report.dossiers.flatMap((d, i) => d.findings.map((f) => [i + 1, f.rule, f.clause, { error: '错误', warning: '警告', info: '提示' }[f.severity], f.message]));
    expect(findings.map((r) => [r[0], r[3], r[4], r[5], r[8]])).toEqual(expected.map((e) => e.map((v) => (typeof v === 'string' ? cellText(withoutPaths(v)) : v))));
    const ws = sheet('问题清单');
    const firstError = findings.findIndex((r) => r[5] === '错误');
    const firstWarning = findings.findIndex((r) => r[5] === '警告');
    expect(fillOf(ws.getRow(firstError + 3).getCell(6))).toBe('FFFFC7CE');
    expect(fillOf(ws.getRow(firstWarning + 3).getCell(6))).toBe('FFFFEB9C');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe(`A2:K${findings.length + 2}`);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:2' });
    const lead = findings.find((r) => r[3] === 'lead-age')!;
    expect(lead[6]).toBe('lead.birthDate');
    expect(typeof lead[7]).toBe('number');
  });

  test('材料清单: dossiers × the materials of 三; under --no-pdf every material present is 未核对, none ✔', () => {
    const head = header('材料清单');
    expect(head.slice(0, 3)).toEqual(['序号', '申报单位', '项目名称']);
    expect(head[3]).toBe('项目申报书\n三.1');
    expect(head.slice(-2)).toEqual(['形式审查结论', '申报文件']);
    const materials = body('材料清单');
    expect(materials).toHaveLength(45); // and the legend
    expect(String(materials[44]![0])).toMatch(/^材料清单图例：✔ 已提供，内容已核对/);
    const marks = new Set(materials.slice(0, 44).flatMap((r) => r.slice(3, head.length - 2)).filter((v) => v !== null && v !== undefined));
    expect([...marks].sort()).toEqual(['–', '✘', '未核对']);
    const valid = materials[report.dossiers.findIndex((d) => d.file.includes('a04-valid-key-country'))]!;
    const audit = head.findIndex((h) => h.startsWith('上年度审计报告'));
    const platform = head.findIndex((h) => h.startsWith('国家级科技创新平台证明'));
    expect([valid[3], valid[audit], valid[platform]]).toEqual(['未核对', '未核对', '–']);
    expect(valid[1]).toBe('山西晋材镁合金科技有限公司');
    expect(materials[report.dossiers.findIndex((d) => d.status === 'unreadable')]![1]).toBe(`${batch.unreadable}（文件夹名）`);
    const unreadable = materials[report.dossiers.findIndex((d) => d.status === 'unreadable')]!;
    expect(unreadable.slice(3, head.length - 2).every((v) => v === null || v === undefined)).toBe(true);
    const ws = sheet('材料清单');
    const funding = materials[report.dossiers.findIndex((d) => d.file.includes('broken-enterprise-funding'))]!;
    const bad = funding.findIndex((v, k) => k >= 3 && v === '✘');
    expect(fillOf(ws.getRow(report.dossiers.findIndex((d) => d.file.includes('broken-enterprise-funding')) + 3).getCell(bad + 1))).toBe('FFFFC7CE');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup.printArea).toBe(`A1:${ws.getColumn(head.length - 1).letter}47`);
  });

  test('统计: counts by verdict, category and rule, and the run\'s facts', () => {
    const body = rows('统计');
    const value = (label: string) => body.find((r) => r[0] === label)?.[1];
    expect(value('检查时间（截止时间据此判断）')).toBe(AS_OF);
    expect(value('申报通知')).toBe('2024年度山西省科技合作交流专项（shanxi-2024-kjhz，data/calls/shanxi-2024-kjhz.yaml）');
    expect(value('工具版本')).toBe('kjhz 1.0.0');
    expect(String(value('生成时间'))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const count = (s: string) => report.dossiers.filter((d) => s === d.status).length;
    expect([value('通过'), value('通过（有警告）'), value('通过（未核对PDF内容）'), value('不通过'), value('无法读取'), value('合计')]).toEqual([0, 0, count('pass'), count('fail'), count('unreadable'), 44]);
    expect(count('pass')).toBeGreaterThan(20);
    const keyCountry = body.find((r) => r[0] === '重点国别科技合作项目')!;
    expect(keyCountry[1]).toBe(report.dossiers.filter((d) => d.category === 'key-country').length);
    const lead = body.find((r) => r[0] === 'batch-duplicate-lead')!;
    expect(lead.slice(1, 5)).toEqual(['二.2', '错误', 4, 4]);
    expect(body.filter((r) => typeof r[0] === 'string' && (r[0] as string).startsWith('同一项目负责人'))).toHaveLength(2);
    // the dossiers of a finding across dossiers by their 序号, not their paths
    const across = body.find((r) => r[1] === 'batch-one-recommender')!;
    expect(across[5]).toBe(batch.twoRecommenders.map((f) => report.dossiers.findIndex((d) => d.file.startsWith(`batch/${f}/`)) + 1).join('、'));
    expect(sheet('统计').pageSetup).toMatchObject({ orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  test('统计: one row per rule and clause — a rule citing several clauses is counted under each, never under the first one found', () => {
    const body = rows('统计');
    const start = body.findIndex((r) => r[0] === '按规则');
    const end = body.findIndex((r, i) => i > start && r[0] === '跨申报问题（二.2、二.6）');
    const ruleRows = body.slice(start + 2, end).filter((r) => typeof r[0] === 'string' && r[0] !== '');
    const expected = new Map<string, number>();
    for (const d of report.dossiers) for (const f of d.findings) {
      const key = `${f.rule}|${f.clause}|${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(ruleRows.map((r) => [`${r[0]}|${r[1]}|${r[2]}`, r[3]]))).toEqual(expected);
  });

  test('no cell anywhere holds a formula; applicant text starting with = + - @ or a tab is neutralised', () => {
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        });
      });
    }
    const r = rowOf(batch.injection);
    expect([r[1], r[5], r[7], r[8]]).toEqual([`'${INJECTION.recommender}`, `'${INJECTION.title}`, `'${INJECTION.field}`, `'${INJECTION.mainPartner}`]);
  });

  test('no ID number appears unmasked, in the workbook or the report', async () => {
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    const all = `${texts.join('\n')}\n${readFileSync(path.join(root, 'report.json'), 'utf8')}`;
    expect(batch.idNumbers.length).toBeGreaterThan(30);
    for (const id of batch.idNumbers) expect(all.includes(id), id).toBe(false);
    expect(String(rowOf(batch.idInTitle)[5])).toMatch(/^负责人140105\*{8}\d{3}[\dX]主持的碳纤维研发$/);
  });
});

describe('writing the workbook', () => {
  const run = (dossiers: DossierReport[]): RunReport => ({ tool: { name: 'kjhz', version: '1.0.0' }, call: 'shanxi-2024-kjhz', asOf: AS_OF, dossiers, batch: { findings: [] } });

  test('a failed write leaves the previous workbook untouched and no temporary file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-xlsx-atomic-'));
    const target = path.join(dir, 'out.xlsx');
    writeFileSync(target, 'the good workbook');
    const poisoned = { file: 'x/dossier.yaml', status: 'pass', counts: { error: 0, warning: 0, info: 0 }, get findings(): never { throw new Error('boom'); } } as unknown as DossierReport;
    await expect(writeXlsx(run([poisoned]), target, { lang: 'zh' })).rejects.toThrow('boom');
    expect(readFileSync(target, 'utf8')).toBe('the good workbook');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    await writeXlsx(run([]), target, { lang: 'en' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(target);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Summary', 'Findings', 'Materials', 'Statistics', 'Details']);
    expect(back.getWorksheet('Details')!.rowCount).toBe(1);
    expect(back.getWorksheet('Summary')!.getCell('B4').value).toBe('Total (0)');
    rmSync(dir, { recursive: true, force: true });
  });

  test('--xlsx into a folder that does not exist is exit 2 before any checking', async () => {
    const r = await kjhz(['check', 'batch', '--no-pdf', '--xlsx', 'nowhere/汇总.xlsx'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--xlsx：文件夹不存在：nowhere');
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(root, 'nowhere'))).toBe(false);
  });

  test('统计 names each rule with the clause of each of its findings (one row per rule and clause)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-xlsx-clauses-'));
    const f = (rule: string, clause: string, p: string) => ({ rule, severity: 'error' as const, clause, path: p, message: `${rule} ${p}` });
    const findings = [f('dossier-schema', '三.2(7)', 'attachments.noveltySearch.date'), f('dossier-schema', '二.2', 'lead.birthDate'), f('attachment-file', '三.2(2)', 'attachments.employmentProof'), f('attachment-file', '三.2(7)', 'attachments.noveltySearch.file'), f('attachment-file', '三.2(7)', 'attachments.noveltySearch.file')];
    const d: DossierReport = { file: 'a/dossier.yaml', status: 'fail', counts: { error: findings.length, warning: 0, info: 0 }, findings };
    await writeXlsx(run([d]), path.join(dir, 'c.xlsx'), { lang: 'zh' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path.join(dir, 'c.xlsx'));
    const stats: unknown[][] = [];
    back.getWorksheet('统计')!.eachRow((row) => stats.push((row.values as unknown[]).slice(1)));
    const ruleRows = stats.filter((r) => r[0] === 'dossier-schema' || r[0] === 'attachment-file').map((r) => r.slice(0, 5).join(' | '));
    expect(ruleRows.sort()).toEqual([
      'attachment-file | 三.2(2) | 错误 | 1 | 1',
      'attachment-file | 三.2(7) | 错误 | 2 | 1',
      'dossier-schema | 三.2(7) | 错误 | 1 | 1',
      'dossier-schema | 二.2 | 错误 | 1 | 1',
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('layoutLines: wraps as spreadsheet programs do — CJK double width, marks kept with their words, long words broken', () => {
    expect(displayWidth('项目abc“”')).toBe(11);
    // a column of width 9 holds 8: four CJK characters a line
    expect(layoutLines('煤基碳纤维前驱体制备', 9)).toEqual(['煤基碳纤', '维前驱体', '制备']);
    // an opening mark goes with what follows it, a closing one with what precedes it
    expect(layoutLines('上年度（企业）审计', 9)).toEqual(['上年度', '（企业）', '审计']);
    // words break at spaces; a word longer than a line starts a new line and is broken inside
    expect(layoutLines('ab cd attachments.auditReport', 9)).toEqual(['ab cd ', 'attachme', 'nts.audi', 'tReport']);
    expect(layoutLines('第一行\n第二行', 20)).toEqual(['第一行', '第二行']);
  });

  test('cellText: formulas neutralised, ID numbers masked, characters XML cannot carry dropped, Excel\'s length limit kept', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1'].map(cellText)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\t=1", "'\r=1"]);
    expect(cellText('项目 =1 与 -2')).toBe('项目 =1 与 -2');
    expect(cellText('身份证140105198504120036')).toBe('身份证140105********0036');
    expect(cellText('a\u0000b\u0007c\ud800d')).toBe('abc\ufffdd');
    expect(cellText('长'.repeat(40_000))).toHaveLength(32_767);
    // bidi controls written out: a cell never shows "报告\u202Efdp.exe" as "报告exe.pdf"
    expect(cellText('报告\u202Efdp.exe\u200F')).toBe('报告<U+202E>fdp.exe<U+200F>');
  });
});
