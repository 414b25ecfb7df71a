// A real spreadsheet program opens the workbook: LibreOffice (headless) converts every sheet to CSV, and
// every cell it shows matches what exceljs reads — texts (the neutralised ones included: LibreOffice
// computed no formula), numbers, the 配套比例 format, a merged title row once. Skipped, saying so,
// only when soffice is not installed (.ci/run installs libreoffice-calc-nogui).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { runCheck } from '../src/check/run.js';
import { discoverDossiers } from '../src/load/discover.js';
import { writeXlsx } from '../src/report/xlsx.js';
import { AS_OF, INJECTION, makeBatch } from './batch-fixture.js';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) console.warn('xlsx-libreoffice: soffice (LibreOffice) is not installed — skipping the round-trip test; .ci/run installs libreoffice-calc-nogui');

const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

test.skipIf(!soffice)('LibreOffice opens the workbook and each of its sheets shows exactly what was written', async () => {
  makeBatch(path.join(dir, 'batch'));
  const files = await discoverDossiers([path.join(dir, 'batch')]);
  const run = await runCheck(files, { asOf: new Date(AS_OF), lang: 'zh', cwd: dir });
  const xlsx = path.join(dir, '汇总.xlsx');
  await writeXlsx(run, xlsx, { lang: 'zh' });

  const out = path.join(dir, 'csv');
  // UTF-8 (76), comma, quote, every sheet to its own file (-1), cells as shown (so number formats apply).
  execFileSync(soffice, [
    `-env:UserInstallation=file://${path.join(tmpdir(), `kjhz-test-lo-profile-${process.pid}`)}`,
    '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, xlsx,
  ], { stdio: 'pipe', timeout: 180_000 });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const csvOf = (sheet: string) => {
    const file = readdirSync(out).find((f) => f.endsWith(`-${sheet}.csv`));
    expect(file, `soffice wrote no CSV of ${sheet}`).toBeDefined();
    return parseCsv(readFileSync(path.join(out, file!), 'utf8').replace(/^\ufeff/, ''));
  };
  const shown = (sheet: string): string[][] => {
    const ws = wb.getWorksheet(sheet)!;
    const expected: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        const v = cell.value;
        // a merged range shows its text in its first cell only
        if (v === null || v === undefined || (cell.isMerged && cell.master !== cell)) cells.push('');
        else if (typeof v === 'number') cells.push(cell.numFmt === '0.00":1"' ? `${v.toFixed(2)}:1` : String(v));
        else cells.push(String(v));
      }
      expected.push(cells);
    });
    return expected;
  };
  for (const sheet of ['汇总表', '问题清单', '材料清单', '统计', '明细']) {
    const csv = csvOf(sheet);
    const expected = shown(sheet);
    expect(csv.length, sheet).toBeGreaterThanOrEqual(expected.length);
    for (let r = 0; r < expected.length; r++) expect(csv[r]!.slice(0, expected[r]!.length), `${sheet} row ${r + 1}`).toEqual(expected[r]);
    // and nothing more than blank lines after it
    for (const extra of csv.slice(expected.length)) expect(extra.join(''), sheet).toBe('');
  }
  const summary = csvOf('汇总表');
  expect(summary[0]![0]).toBe('________市2024年度山西省科技合作交流专项申报材料形式审查汇总表');
  expect(summary[2]!.slice(0, 3)).toEqual(['序号', '项目名称', '申报单位']);
  // The formula-injection attempts arrive in LibreOffice as text, apostrophe and all, never evaluated.
  const details = csvOf('明细');
  const injected = details.find((r) => r[22]!.includes('e02-injection'))!; // 申报文件, the last column
  expect(injected[5]).toBe(`'${INJECTION.title}`);
  expect(injected[7]).toBe(`'${INJECTION.field}`);
  expect(summary.some((r) => r[1] === `'${INJECTION.title}`)).toBe(true);
  expect(details.some((r) => r.includes('2.00:1'))).toBe(true);
});
