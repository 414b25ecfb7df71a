// A bureau's batch folder with one dossier in ten broken in every way issue 6 names, checked by the CLI
// (node bin/kjhz.js, worker pool, real PDF reading, JSON and workbook): every dossier must be reported,
// with the status its kind calls for, the exit code 1, and 明细 holding one row per dossier.
// Good dossiers have distinct identities (valid credit codes and ID numbers, own titles: no batch rule
// links them) and "scanned" attachments (copies of test/fixtures/pdf/scanned.pdf): read by the PDF
// reader, one warning each, no error. Used by test/hostile-batch.test.ts and scripts/fuzz.ts (500).
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse, stringify } from 'yaml';
import { ensureBuilt, ROOT } from '../cli-bin.js';

const AS_OF = '2024-11-20T10:00:00+08:00';
const SAMPLE = path.join(ROOT, 'samples/valid-key-country');
const SCANNED = path.join(ROOT, 'test/fixtures/pdf/scanned.pdf');
const FILES = ['申报书.pdf', '营业执照.pdf', '职称证书.pdf', '在职证明.pdf', '配套资金承诺书.pdf', '2023年度审计报告.pdf', '科技查新报告.pdf', '科研诚信承诺书.pdf', '合作协议.pdf'];

const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A valid unified social credit code (GB 32100) for number n, registered in 太原. */
export function creditCode(n: number): string {
  const body = `91140100MA${n.toString(31).toUpperCase().padStart(7, '0').split('').map((c) => USCC[parseInt(c, 31)]).join('')}`;
  const sum = [...body].reduce((s, c, i) => s + USCC.indexOf(c) * USCC_W[i]!, 0);
  return body + USCC[(31 - (sum % 31)) % 31]!;
}
/** A valid ID number (GB 11643) born 1985-04-12, sequence n. */
export function idNumber(n: number): string {
  const body = `140105` + '19850412' + String(n % 1000).padStart(3, '0');
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + '10X98765432'[[...body].reduce((s, c, i) => s + Number(c) * w[i]!, 0) % 11]!;
}

type Status = 'pass' | 'fail' | 'unreadable';
interface Kind {
  name: string;
  expect: Status;
  /** Makes the dossier folder `dir` broken this way (it already holds a good dossier). */
  make: (dir: string, d: Record<string, any>, write: () => void) => void;
}

const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
const sparse = (file: string, head: string, size: number) => {
  writeFileSync(file, head);
  const fd = openSync(file, 'r+');
  ftruncateSync(fd, size);
  closeSync(fd);
};

export const BROKEN_KINDS: Kind[] = [
  { name: 'alias-bomb', expect: 'unreadable', make: (dir) => writeFileSync(path.join(dir, 'dossier.yaml'), ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array.from({ length: 10 }, () => `*a${i}`).join(', ')}]`), 'version: *a9'].join('\n')) },
  { name: 'yaml-100mb', expect: 'unreadable', make: (dir) => sparse(path.join(dir, 'dossier.yaml'), 'version: 1\n', 100 * 1024 * 1024) },
  { name: 'deep-nesting', expect: 'unreadable', make: (dir) => writeFileSync(path.join(dir, 'dossier.yaml'), `version: 1\nproject: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`) },
  { name: 'yaml-tab-syntax', expect: 'unreadable', make: (dir) => writeFileSync(path.join(dir, 'dossier.yaml'), 'version: 1\nproject:\n\ttitle: x\n') },
  { name: 'yaml-binary', expect: 'unreadable', make: (dir) => writeFileSync(path.join(dir, 'dossier.yaml'), Buffer.from([0xff, 0xfe, 0, 0x80, 0xc3, 0x28])) },
  { name: 'yaml-fifo', expect: 'unreadable', make: (dir) => (rmSync(path.join(dir, 'dossier.yaml')), mkfifo(path.join(dir, 'dossier.yaml'))) },
  { name: 'yaml-dev-zero', expect: 'unreadable', make: (dir) => (rmSync(path.join(dir, 'dossier.yaml')), symlinkSync('/dev/zero', path.join(dir, 'dossier.yaml'))) },
  { name: 'path-dotdot', expect: 'fail', make: (_dir, d, write) => ((d.attachments.businessLicense = '../../etc/营业执照.pdf'), write()) },
  { name: 'path-absolute', expect: 'fail', make: (_dir, d, write) => ((d.attachments.businessLicense = '/etc/hostname'), write()) },
  { name: 'symlink-out', expect: 'fail', make: (dir) => (rmSync(path.join(dir, '营业执照.pdf')), symlinkSync('/etc/hostname', path.join(dir, '营业执照.pdf'))) },
  { name: 'symlink-dev-zero', expect: 'fail', make: (dir) => (rmSync(path.join(dir, '营业执照.pdf')), symlinkSync('/dev/zero', path.join(dir, '营业执照.pdf'))) },
  { name: 'attachment-fifo', expect: 'fail', make: (dir) => (rmSync(path.join(dir, '营业执照.pdf')), mkfifo(path.join(dir, '营业执照.pdf'))) },
  { name: 'attachment-directory', expect: 'fail', make: (dir) => (rmSync(path.join(dir, '营业执照.pdf')), mkdirSync(path.join(dir, '营业执照.pdf'))) },
  { name: 'control-char-name', expect: 'fail', make: (dir, d, write) => (mkfifo(path.join(dir, 'a\u0007.pdf')), (d.attachments.businessLicense = 'a\u0007.pdf'), write()) },
  { name: 'pdf-truncated', expect: 'fail', make: (dir) => copyFileSync(path.join(ROOT, 'test/fixtures/pdf/truncated.pdf'), path.join(dir, '营业执照.pdf')) },
  { name: 'pdf-encrypted', expect: 'fail', make: (dir) => copyFileSync(path.join(ROOT, 'test/fixtures/pdf/encrypted-user.pdf'), path.join(dir, '营业执照.pdf')) },
  { name: 'pdf-not-a-pdf', expect: 'fail', make: (dir) => writeFileSync(path.join(dir, '营业执照.pdf'), 'PK\u0003\u0004 a zip renamed to .pdf') },
  // the file that used to end the whole process (pdf.js unhandled rejection): now read, Letter pages, no text
  { name: 'pdf-crasher', expect: 'pass', make: (dir) => copyFileSync(path.join(ROOT, 'test/fixtures/pdf-fuzz/kids-prefetch-rejection.pdf'), path.join(dir, '营业执照.pdf')) },
  { name: 'wrong-type', expect: 'fail', make: (_dir, d, write) => ((d.project.funding.requested = '四十万'), write()) },
  { name: 'missing-key', expect: 'fail', make: (_dir, d, write) => (delete d.applicant.creditCode, write()) },
  { name: 'extreme-date', expect: 'fail', make: (_dir, d, write) => ((d.lead.birthDate = '0001-01-01'), (d.lead.idNumber = undefined), write()) },
  { name: 'huge-number', expect: 'fail', make: (_dir, d, write) => ((d.project.funding.requested = 1e308), write()) },
  { name: 'nan-like', expect: 'fail', make: (_dir, d, write) => ((d.project.funding.matching = 'NaN'), write()) },
];
/** The file that keeps one pdf.js step busy for minutes: stopped at the policy's 15 s. Only in big batches. */
const SLOW: Kind = { name: 'pdf-slow-encrypt', expect: 'pass', make: (dir) => copyFileSync(path.join(ROOT, 'test/fixtures/pdf-fuzz/encrypt-key-length-hang.pdf'), path.join(dir, '营业执照.pdf')) };

function goodDossier(dir: string, n: number): { d: Record<string, any>; write: () => void } {
  mkdirSync(dir, { recursive: true });
  // copies, not hard links: a broken kind writing over one would write into the committed fixture
  for (const f of FILES) copyFileSync(SCANNED, path.join(dir, f));
  const d = parse(readFileSync(path.join(SAMPLE, 'dossier.yaml'), 'utf8')) as Record<string, any>;
  d.project.title = `${d.project.title}（第${n}号）`;
  d.project.summary = `编号${n}：${n.toString(36)}号课题，研究方向${(n * 7919).toString(36)}。`;
  d.applicant.name = `山西测试${n}号新材料有限公司`;
  d.applicant.creditCode = creditCode(n + 1);
  d.lead.name = `测试负责人${n}`;
  d.lead.idNumber = idNumber(n);
  const write = () => writeFileSync(path.join(dir, 'dossier.yaml'), stringify(d, { lineWidth: 0 }));
  write();
  return { d, write };
}

export interface HostileBatchResult {
  total: number;
  broken: number;
  reported: number;
  exitCode: number | null;
  statuses: Record<string, number>;
  mismatches: string[];
  ms: number;
}

/** Builds the batch of `total` dossiers (one in ten broken), runs the CLI on it and compares. */
export async function runHostileBatch(total: number, o: { jobs?: number; keep?: boolean } = {}): Promise<HostileBatchResult> {
  ensureBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-batch-'));
  try {
    const kinds = total >= 500 ? [...BROKEN_KINDS, SLOW] : BROKEN_KINDS;
    const broken = Math.round(total / 10);
    const expected = new Map<string, Status>();
    for (let i = 0; i < total; i++) {
      // the broken ones spread through the batch
      const isBroken = i % 10 === 5 && Math.floor(i / 10) < broken;
      const kind = isBroken ? kinds[Math.floor(i / 10) % kinds.length]! : undefined;
      const name = `${String(i).padStart(4, '0')}-${kind?.name ?? 'good'}`;
      const folder = path.join(dir, name);
      const { d, write } = goodDossier(folder, i);
      kind?.make(folder, d, write);
      expected.set(name, kind?.expect ?? 'pass');
    }
    const xlsx = path.join(dir, '汇总.xlsx');
    const t0 = performance.now();
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/kjhz.js'), 'check', dir, '--format', 'json', '--xlsx', xlsx, '--as-of', AS_OF, ...(o.jobs ? ['--jobs', String(o.jobs)] : [])], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    const ms = performance.now() - t0;
    const mismatches: string[] = [];
    if (run.code !== 1) mismatches.push(`exit code ${run.code}, expected 1; stderr: ${run.stderr.slice(0, 500)}`);
    if (/\n\s+at .+:\d+:\d+/.test(run.stderr)) mismatches.push(`a stack trace on stderr: ${run.stderr.slice(0, 500)}`);
    let report: { dossiers: { file: string; status: Status; findings: { rule: string }[] }[]; batch: { findings: unknown[] } };
    try {
      report = JSON.parse(run.stdout);
    } catch {
      return { total, broken, reported: 0, exitCode: run.code, statuses: {}, mismatches: [...mismatches, `no JSON report: ${run.stdout.slice(0, 300)}`], ms };
    }
    const statuses: Record<string, number> = {};
    for (const r of report.dossiers) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (report.dossiers.length !== total) mismatches.push(`${report.dossiers.length} dossiers reported, expected ${total}`);
    for (const r of report.dossiers) {
      const name = path.basename(path.dirname(r.file));
      const want = expected.get(name);
      if (want === undefined) mismatches.push(`unexpected dossier ${r.file}`);
      else if (r.status !== want) mismatches.push(`${name}: ${r.status}, expected ${want} (${r.findings.map((f) => f.rule).join(', ').slice(0, 300)})`);
      if (r.findings.some((f) => f.rule === 'internal-error')) mismatches.push(`${name}: internal error`);
    }
    if (report.batch.findings.length) mismatches.push(`${report.batch.findings.length} batch findings; the identities are distinct`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows = wb.getWorksheet('明细')?.actualRowCount ?? 0;
    if (rows !== total + 1) mismatches.push(`明细 has ${rows} rows, expected ${total} and a header`);
    return { total, broken, reported: report.dossiers.length, exitCode: run.code, statuses, mismatches, ms };
  } finally {
    if (!o.keep) rmSync(dir, { recursive: true, force: true });
  }
}
