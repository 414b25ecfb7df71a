// The report is the truth (issue 12), through the built CLI as a bureau runs it: every folder of a batch
// accounted for in every format (a dossier.yml, a PDF-only folder, misspelt dossier files, an empty folder,
// .git, a folder of other files), what was not read said in every format (--no-pdf, a scan), limits that
// explain themselves (--max-warnings, --quiet), and a batch that reads like ESLint's stylish output.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseJunit, type TestSuites } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/core/report.js';
import { reportSchema } from '../src/core/reportSchema.js';
import { AS_OF, ensureBuilt, kjhz, ROOT, type CliResult } from './cli-bin.js';

const SAMPLES = path.join(ROOT, 'samples');
const tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-truth-'));
const batch = path.join(tmp, 'batch');
const sample = (name: string, as: string) => cpSync(path.join(SAMPLES, name), path.join(batch, as), { recursive: true });

/** Folder → what kjhz must make of it. */
const APPLICATIONS = [
  ['a01-valid', 'a01-valid/dossier.yaml', 'pass'],
  ['a02-yml', 'a02-yml/dossier.yml', 'pass'],
  ['a03-pdf-only', 'a03-pdf-only/dossier.yaml', 'unreadable'],
  ['a04-txt', 'a04-txt/dossier.yaml.txt', 'unreadable'],
  ['a05-case', 'a05-case/Dossier.yaml', 'unreadable'],
  ['a06-scan', 'a06-scan/dossier.yaml', 'fail'],
] as const;
const SKIPPED = [
  ['.git', 'hidden'],
  ['docs', 'no-application'],
  ['z-empty', 'empty'],
] as const;

const run = (args: string[]) => kjhz(['check', ...args, '--as-of', AS_OF], { cwd: tmp });
let json: RunReport;
let pretty: CliResult;
let junit: TestSuites;
let markdown: string;
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
  ensureBuilt();
  sample('valid-aid', 'a01-valid');
  sample('valid-regional', 'a02-yml');
  renameSync(path.join(batch, 'a02-yml', 'dossier.yaml'), path.join(batch, 'a02-yml', 'dossier.yml'));
  sample('valid-key-country', 'a03-pdf-only');
  unlinkSync(path.join(batch, 'a03-pdf-only', 'dossier.yaml'));
  sample('valid-belt-and-road', 'a04-txt');
  renameSync(path.join(batch, 'a04-txt', 'dossier.yaml'), path.join(batch, 'a04-txt', 'dossier.yaml.txt'));
  sample('valid-base-platform', 'a05-case');
  renameSync(path.join(batch, 'a05-case', 'dossier.yaml'), path.join(batch, 'a05-case', 'Dossier.yaml'));
  sample('broken-attachments', 'a06-scan');
  mkdirSync(path.join(batch, '.git', 'objects'), { recursive: true });
  writeFileSync(path.join(batch, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(path.join(batch, 'docs'));
  writeFileSync(path.join(batch, 'docs', '说明.docx'), 'not an application');
  mkdirSync(path.join(batch, 'z-empty'));
  const [j, p, x, m] = await Promise.all([
    run(['batch', '--format', 'json', '--xlsx', '汇总.xlsx', '--jobs', '2']),
    run(['batch', '--jobs', '2']),
    run(['batch', '--format', 'junit', '--jobs', '2']),
    run(['batch', '--format', 'markdown', '--jobs', '2']),
  ]);
  for (const r of [j, p, x, m]) expect(r.code, r.stderr).toBe(1);
  json = JSON.parse(j.stdout) as RunReport;
  pretty = p;
  junit = (await parseJunit(x.stdout)) as TestSuites;
  markdown = m.stdout;
  await wb.xlsx.readFile(path.join(tmp, '汇总.xlsx'));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const files = APPLICATIONS.map(([, file]) => `batch/${file}`);

describe('every folder of a batch is accounted for, in every format', () => {
  it('JSON: one entry per application folder, in order, and the skipped list at the top level', () => {
    expect(reportSchema.safeParse(json).success).toBe(true);
    expect(json.dossiers.map((d) => [d.file, d.status])).toEqual(APPLICATIONS.map(([, file, status]) => [`batch/${file}`, status]));
    expect(json.skipped?.map((s) => [s.path, s.reason])).toEqual(SKIPPED.map(([folder, reason]) => [`batch/${folder}`, reason]));
    expect(json.skipped!.find((s) => s.reason === 'no-application')!.message).toContain('说明.docx');
  });

  it('dossier.yml is accepted and checked like dossier.yaml', () => {
    const yml = json.dossiers.find((d) => d.file.endsWith('dossier.yml'))!;
    expect(yml.status).toBe('pass');
    expect(yml.materials?.length).toBeGreaterThan(10);
    expect(yml.attachments?.every((a) => a.read === 'text')).toBe(true);
  });

  it('a folder with PDFs and no dossier file, or a misspelt one, is unreadable with a finding that names what was found and the fix', () => {
    const of = (folder: string) => json.dossiers.find((d) => d.file.startsWith(`batch/${folder}/`))!.findings;
    expect(of('a03-pdf-only')).toEqual([expect.objectContaining({ rule: 'dossier-file', severity: 'error', message: '文件夹中有9个PDF，但没有 dossier.yaml，这份申报无法检查', hint: expect.stringContaining('kjhz init batch/a03-pdf-only') })]);
    expect(of('a04-txt')).toEqual([expect.objectContaining({ rule: 'dossier-file', message: expect.stringContaining('“dossier.yaml.txt”'), hint: expect.stringContaining('将“dossier.yaml.txt”改名为 dossier.yaml') })]);
    expect(of('a05-case')).toEqual([expect.objectContaining({ rule: 'dossier-file', message: expect.stringContaining('“Dossier.yaml”') })]);
  });

  it('pretty: each application once, the skipped folders listed once with why, the totals counting them, last', () => {
    const out = pretty.stdout;
    for (const f of files) expect(out.split('\n').filter((l) => l.includes(f)).length, f).toBeGreaterThanOrEqual(1);
    expect(out).toContain('已跳过的文件夹（3个，其中没有申报）');
    expect(out).toContain('  – batch/.git  隐藏文件夹（名称以“.”开头），未检查');
    expect(out).toContain('  – batch/z-empty  空文件夹');
    expect(out).toContain('  – batch/docs  没有 dossier.yaml，也没有PDF（1个其他文件：说明.docx）');
    const last = out.trimEnd().split('\n').pop()!;
    expect(last).toBe('共6份申报：2份通过，1份不通过，3份无法读取；7个错误，3个警告；另有3个文件夹中没有申报，已跳过');
  });

  it('JUnit: one suite per application folder, and the skipped folders as skipped testcases', () => {
    const names = junit.testsuite!.map((s) => s.name);
    expect(names).toEqual([...files, '已跳过的文件夹（3个，其中没有申报）']);
    expect(junit.testsuite!.at(-1)!.testcase!.map((c) => [c.name, c.skipped?.length])).toEqual(SKIPPED.map(([f]) => [`batch/${f}`, 1]));
  });

  it('Markdown: a row per application folder and the skipped folders', () => {
    for (const f of files) expect(markdown).toContain(`| \`${f}\` |`);
    expect(markdown).toContain('## 已跳过的文件夹（3个，其中没有申报）');
    for (const [f] of SKIPPED) expect(markdown).toContain(`| \`batch/${f}\` |`);
    expect(markdown).toContain('共6份申报：2份通过，1份不通过，3份无法读取；7个错误，3个警告；另有3个文件夹中没有申报，已跳过');
  });

  it('workbook: a row per application folder (unreadable ones named by their folder) and the skipped folders in 统计', () => {
    const rows: unknown[][] = [];
    wb.getWorksheet('明细')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const body = rows.slice(1);
    expect(body.map((r) => r.at(-1))).toEqual(files);
    expect(body.filter((r) => r[19] === '无法读取').map((r) => r[2])).toEqual(['a03-pdf-only（文件夹名）', 'a04-txt（文件夹名）', 'a05-case（文件夹名）']);
    const stats: unknown[][] = [];
    wb.getWorksheet('统计')!.eachRow((r) => stats.push((r.values as unknown[]).slice(1)));
    const at = stats.findIndex((r) => r[0] === '已跳过的文件夹（其中没有申报）');
    expect(stats.slice(at + 2, at + 5).map((r) => r[0])).toEqual(SKIPPED.map(([f]) => `batch/${f}`));
  });
});

describe('what was not checked is said, in every format', () => {
  // (the CLI recognises scans by default: this fake scan's grey bars are no text, so OCR read nothing)
  const scanText = '未核对内容的附件（1份）：在职证明.pdf（扫描件，文字识别失败）';

  it('an unread scan: JSON per attachment, the pretty and Markdown line, a JUnit skipped testcase, the workbook column and 材料清单', async () => {
    const scan = json.dossiers.find((d) => d.file === 'batch/a06-scan/dossier.yaml')!;
    expect(scan.attachments!.find((a) => a.file === '在职证明.pdf')).toEqual({ path: 'attachments.employmentProof', file: '在职证明.pdf', read: 'not-read', reason: 'ocr-failed' });
    expect(scan.notRead).toBe(1);
    expect(scan.materials!.find((m) => m.id === 'employmentProof')!.state).toBe('not-read');
    expect(pretty.stdout).toContain(`  ${scanText}`);
    expect(markdown).toContain(scanText);
    const suite = junit.testsuite!.find((s) => s.name === 'batch/a06-scan/dossier.yaml')!;
    expect(suite.testcase!.find((c) => c.skipped?.[0]?.message === '未核对：在职证明.pdf（扫描件，文字识别失败）')).toBeDefined();
    const rows: unknown[][] = [];
    wb.getWorksheet('明细')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r.at(-1) === 'batch/a06-scan/dossier.yaml')![21]).toBe(scanText);
    const materials: unknown[][] = [];
    wb.getWorksheet('材料清单')!.eachRow((r) => materials.push((r.values as unknown[]).slice(1)));
    const column = (materials[1] as string[]).findIndex((h) => String(h).startsWith('在职、在岗或在聘证明'));
    expect(materials.find((r) => r.at(-1) === 'batch/a06-scan/dossier.yaml')![column]).toBe('未核对');
  });

  it('--no-pdf: never a bare 通过 — the verdict, JSON, JUnit, Markdown and the workbook say the PDFs were not read', async () => {
    const dossier = path.join(batch, 'a01-valid');
    const [p, j, x, m] = await Promise.all([
      run([dossier, '--no-pdf']),
      run([dossier, '--no-pdf', '--format', 'json', '--xlsx', 'no-pdf.xlsx']),
      run([dossier, '--no-pdf', '--format', 'junit']),
      run([dossier, '--no-pdf', '--format', 'markdown']),
    ]);
    for (const r of [p, j, x, m]) expect(r.code, r.stderr).toBe(0);
    expect(p.stdout).toContain('  形式审查预检通过（未核对PDF内容）：未发现错误，0个警告，8份附件的内容未读取，须人工核对');
    expect(p.stdout).toContain('  未读取PDF内容（--no-pdf）：8份附件只检查了文件是否存在，内容须人工核对');
    expect(p.stdout).not.toContain('形式审查预检通过：');
    expect(p.stdout).not.toMatch(/^ {4}✔/m);
    const d = (JSON.parse(j.stdout) as RunReport).dossiers[0]!;
    expect([d.status, d.notRead]).toEqual(['pass', 8]);
    expect(d.attachments!.every((a) => a.read === 'not-read' && a.reason === 'pdf-off')).toBe(true);
    expect(d.materials!.filter((m) => m.paths.length).every((x) => x.state === 'not-read')).toBe(true);
    expect(d.verified).toEqual([]);
    const suite = ((await parseJunit(x.stdout)) as TestSuites).testsuite![0]!;
    expect(suite.properties).toContainEqual({ name: 'verdict', value: 'passNotRead' });
    expect(suite.skipped).toBe(8);
    expect(m.stdout).toContain('| ❔ 通过（未核对PDF内容） |');
    expect(m.stdout).toContain('未读取PDF内容（--no-pdf）：8份附件只检查了文件是否存在');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(tmp, 'no-pdf.xlsx'));
    expect(book.getWorksheet('明细')!.getRow(2).getCell(20).value).toBe('通过（未核对PDF内容）');
    expect(book.getWorksheet('汇总表')!.getRow(4).getCell(8).value).toBe('通过（未核对PDF内容）');
  });
});

describe('limits explain themselves; a batch reads like ESLint\'s stylish output', () => {
  /** valid-key-country with one warning only (60万 requested, far from the typical 40万); its PDFs, which
   * state the old amounts, are not read. */
  const warned = path.join(tmp, 'warned');
  beforeAll(() => {
    cpSync(path.join(SAMPLES, 'valid-key-country'), warned, { recursive: true });
    const file = path.join(warned, 'dossier.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/requested: 40/, 'requested: 60').replace(/matching: 80/, 'matching: 120'));
  });

  it('--max-warnings exceeded prints one line saying so; --quiet still counts the warnings it hides', async () => {
    const r = await run([warned, '--no-pdf', '--quiet', '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('警告共 1 个，超过 --max-warnings 上限 0，以退出码 1 结束\n');
    expect(r.stdout).toContain('  另有 1 个警告未显示（--quiet）');
    const within = await run([warned, '--no-pdf', '--max-warnings', '1']);
    expect([within.code, within.stderr]).toEqual([0, '']);
  });

  it('a batch: passing dossiers one line each, dossiers with findings in full without the checklist, the totals last', () => {
    const out = pretty.stdout;
    expect(out).toContain('✔ batch/a01-valid/dossier.yaml  南疆设施农业节水灌溉技术示范推广 · 山西农业节水技术研究所  通过\n');
    expect(out.match(/batch\/a01-valid\/dossier\.yaml/g)).toHaveLength(1);
    expect(out).not.toContain('申报材料（三）');
    expect(out).toContain('batch/a06-scan/dossier.yaml  矿井水深度处理与资源化中英联合研发');
    expect(out).toContain('    ! [三.2(2)] 附件“在职证明.pdf”是扫描件');
  });

  it('--verbose: every dossier\'s full checklist; --quiet: errors only, and how many warnings it hid', async () => {
    const [verbose, quiet] = await Promise.all([run(['batch', '--verbose', '--jobs', '2']), run(['batch', '--quiet', '--jobs', '2'])]);
    expect(verbose.stdout.match(/申报材料（三）/g)).toHaveLength(3);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/^ {4}! /m);
    expect(quiet.stdout).not.toContain('batch/a01-valid');
    expect(quiet.stdout).toContain('batch/a06-scan/dossier.yaml');
    expect(quiet.stdout.trimEnd().split('\n').pop()).toBe('共6份申报：2份通过，1份不通过，3份无法读取；7个错误，0个警告；另有3个文件夹中没有申报，已跳过；另有 3 个警告未显示（--quiet）');
  });
});
