// Hostile dossiers (issue 6), on real temp folders: YAML alias bombs, a 100 MB dossier.yaml, deep
// nesting, attachment paths with .., absolute paths, symlinks out of the folder, device files, FIFOs,
// directories named x.pdf, names with control characters. Each is refused with a finding, and the
// file is never read: a FIFO would block whoever opened it (the test would hang), /dev/zero would
// never end, and a regular file's access time (relatime) would move if it were read.
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkDossier } from '../src/check/checkDossier.js';
import type { AttachmentFact } from '../src/core/attachments.js';
import type { DossierReport } from '../src/core/report.js';
import { readPdfFile } from '../src/pdf/read.js';
import type { Policy } from '../src/policy/policy.js';
import { AS_OF, ensureBuilt, kjhz } from './cli-bin.js';

const ROOT = path.join(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples/valid-key-country');
let base: string;
const asOf = new Date(AS_OF);

const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
/** Access time far in the past, modification time now: with relatime, any read moves the access time. */
const armAtime = (p: string) => utimesSync(p, new Date('2001-01-01T00:00:00Z'), new Date());
const atimeMoved = (p: string) => statSync(p).atimeMs > new Date('2002-01-01T00:00:00Z').getTime();
let atimeWorks = false;

/** A copy of the valid key-country sample in `dir`, with `edit` applied to its data. */
function dossierFolder(dir: string, edit: (d: Record<string, any>) => void = () => {}): string {
  mkdirSync(dir, { recursive: true });
  for (const f of ['申报书.pdf', '营业执照.pdf', '职称证书.pdf', '在职证明.pdf', '配套资金承诺书.pdf', '2023年度审计报告.pdf', '科技查新报告.pdf', '科研诚信承诺书.pdf', '合作协议.pdf']) copyFileSync(path.join(SAMPLE, f), path.join(dir, f));
  const d = parse(readFileSync(path.join(SAMPLE, 'dossier.yaml'), 'utf8')) as Record<string, any>;
  edit(d);
  writeFileSync(path.join(dir, 'dossier.yaml'), stringify(d, { lineWidth: 0 }));
  return path.join(dir, 'dossier.yaml');
}

/** checkDossier with the real PDF reader, recording which attachments reached it. */
async function check(file: string): Promise<{ report: DossierReport; read: string[] }> {
  const read: string[] = [];
  const report = await checkDossier(file, {
    asOf,
    lang: 'zh',
    readPdf: (p: string, fact: AttachmentFact, policy: Policy) => {
      read.push(fact.path);
      return readPdfFile(p, fact, policy);
    },
  });
  return { report, read };
}

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'kjhz-hostile-'));
  const probe = path.join(base, 'atime-probe');
  writeFileSync(probe, 'x');
  armAtime(probe);
  readFileSync(probe);
  atimeWorks = atimeMoved(probe); // false on a noatime mount: those assertions are then skipped
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('hostile attachment paths: refused with a finding, never opened', () => {
  it('.., absolute paths, symlinks out, /dev/zero, FIFOs, a directory named x.pdf, control characters, a sparse 25 MB PDF', async () => {
    const root = path.join(base, 'paths');
    const outside = path.join(root, 'outside');
    mkdirSync(outside, { recursive: true });
    const secret = path.join(outside, 'secret.pdf');
    const secret2 = path.join(outside, 'secret2.pdf');
    copyFileSync(path.join(SAMPLE, '营业执照.pdf'), secret);
    copyFileSync(path.join(SAMPLE, '营业执照.pdf'), secret2);
    mkfifo(path.join(outside, 'fifo.pdf'));
    const dir = path.join(root, 'd');
    const file = dossierFolder(dir, (d) => {
      d.attachments.businessLicense = '../outside/secret.pdf';
      d.attachments.leadQualification = secret2; // absolute
      d.attachments.employmentProof = 'link-out.pdf'; // → FIFO outside
      d.attachments.fundingCommitment = 'zero.pdf'; // → /dev/zero
      d.attachments.auditReport = 'pipe.pdf'; // FIFO inside
      d.attachments.integrityPledge = 'x.pdf'; // a directory
      d.attachments.applicationForm = 'bad\u0007name.pdf'; // control character (and a FIFO of that name)
      d.attachments.noveltySearch.file = 'sub/secret.pdf'; // sub → symlink to the outside folder
      d.agreements[0].file = 'C:\\Windows\\合作协议.pdf';
      d.attachments.other = ['..\\outside\\secret.pdf', '\\\\server\\share\\x.pdf', 'a/../../outside/secret.pdf', 'loop.pdf', 'big.pdf', 'esc\u001b[31m.pdf', 'dev-null.pdf'];
    });
    symlinkSync('../outside/fifo.pdf', path.join(dir, 'link-out.pdf'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.pdf'));
    symlinkSync('/dev/null', path.join(dir, 'dev-null.pdf'));
    mkfifo(path.join(dir, 'pipe.pdf'));
    mkdirSync(path.join(dir, 'x.pdf'));
    mkfifo(path.join(dir, 'bad\u0007name.pdf'));
    symlinkSync(outside, path.join(dir, 'sub'));
    symlinkSync('loop.pdf', path.join(dir, 'loop.pdf'));
    // 25 MB (over the 20 MB policy limit), sparse: a real PDF header, then nothing
    const big = path.join(dir, 'big.pdf');
    writeFileSync(big, '%PDF-1.7\n');
    const fd = openSync(big, 'r+');
    ftruncateSync(fd, 25 * 1024 * 1024);
    closeSync(fd);
    for (const f of [secret, secret2, big]) armAtime(f);

    const { report, read } = await check(file);
    const byPath = (p: string) => report.findings.filter((f) => f.path === p && f.rule === 'attachment-file');
    const expectRefused = (p: string, says: string, severity = 'error') => {
      const found = byPath(p);
      expect(found, `${p}: ${JSON.stringify(report.findings.filter((f) => f.path === p))}`).toHaveLength(1);
      expect(found[0]!.severity).toBe(severity);
      expect(found[0]!.message).toContain(says);
    };
    expectRefused('attachments.businessLicense', '指向申报文件夹之外');
    expectRefused('attachments.leadQualification', '绝对路径');
    expectRefused('attachments.employmentProof', '符号链接指向文件夹外');
    expectRefused('attachments.fundingCommitment', '符号链接指向文件夹外');
    expectRefused('attachments.auditReport', '不是普通文件');
    expectRefused('attachments.integrityPledge', '文件夹');
    expectRefused('attachments.applicationForm', 'U+0007');
    expectRefused('attachments.noveltySearch.file', '符号链接指向文件夹外');
    expectRefused('agreements.0.file', '绝对路径');
    expectRefused('attachments.other.0', '指向申报文件夹之外');
    expectRefused('attachments.other.1', '绝对路径');
    expectRefused('attachments.other.2', '指向申报文件夹之外');
    expectRefused('attachments.other.3', '不存在'); // a symlink loop resolves to nothing
    expectRefused('attachments.other.4', '超过', 'warning');
    expectRefused('attachments.other.5', 'U+001B');
    expectRefused('attachments.other.6', '符号链接指向文件夹外');
    // every attachment is hostile here: none reached the PDF reader, and the regular files were not read
    expect(read).toEqual([]);
    if (atimeWorks) for (const f of [secret, secret2, big]) expect(atimeMoved(f), `${f} was read`).toBe(false);
    expect(report.status).toBe('fail');
  }, 60_000);
});

describe('hostile dossier.yaml: refused with a finding, never read', () => {
  const yamlCase = async (name: string, write: (file: string) => void) => {
    const dir = path.join(base, name);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'dossier.yaml');
    write(file);
    return (await check(file)).report;
  };

  it('a YAML alias bomb (billion laughs) is refused at the alias limit', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push('version: *a9');
    const r = await yamlCase('alias-bomb', (f) => writeFileSync(f, lines.join('\n')));
    expect(r.status).toBe('unreadable');
    expect(r.findings[0]!.rule).toBe('yaml-syntax');
    expect(r.findings[0]!.message).toMatch(/别名|alias/i);
  });

  it('a 100 MB dossier.yaml is refused by its size, before a byte is read', async () => {
    let file = '';
    const r = await yamlCase('huge', (f) => {
      file = f;
      writeFileSync(f, 'version: 1\n');
      const fd = openSync(f, 'r+');
      ftruncateSync(fd, 100 * 1024 * 1024); // sparse: no disk used
      closeSync(fd);
      armAtime(f);
    });
    expect(r.status).toBe('unreadable');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toContain('100.0 MB');
    if (atimeWorks) expect(atimeMoved(file), 'dossier.yaml was read').toBe(false);
  });

  it('deeply nested YAML (flow and block) is refused, without a stack overflow', async () => {
    const flow = await yamlCase('deep-flow', (f) => writeFileSync(f, `version: 1\nproject: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`));
    const block = await yamlCase('deep-block', (f) => writeFileSync(f, `version: 1\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`));
    for (const r of [flow, block]) {
      expect(r.status).toBe('unreadable');
      expect(r.findings[0]!.message).toContain('嵌套');
    }
  });

  it('dossier.yaml that is a FIFO, /dev/zero, a directory, a symlink loop, or binary: refused without blocking', async () => {
    const fifo = await yamlCase('yaml-fifo', (f) => mkfifo(f));
    const zero = await yamlCase('yaml-zero', (f) => symlinkSync('/dev/zero', f));
    const loop = await yamlCase('yaml-loop', (f) => symlinkSync('dossier.yaml', f));
    const binary = await yamlCase('yaml-binary', (f) => writeFileSync(f, Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28, 0x0a])));
    for (const r of [fifo, zero, loop, binary]) {
      expect(r.status).toBe('unreadable');
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.findings[0]!.severity).toBe('error');
    }
    expect(fifo.findings[0]!.message).toContain('不是普通文件');
    expect(zero.findings[0]!.message).toContain('不是普通文件');
  });

  it('tags, merge keys and __proto__ keys neither execute nor pollute', async () => {
    const r = await yamlCase('tags', (f) =>
      writeFileSync(f, ['version: 1', '__proto__: { polluted: yes }', 'x: !!js/function "function(){ return 1 }"', 'base: &b { a: 1 }', 'merged: { <<: *b }', 'bin: !!binary aGVsbG8='].join('\n')),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.findings.length).toBeGreaterThan(0);
    expect(['fail', 'unreadable']).toContain(r.status);
  });
});

describe('hostile dossiers in a batch (CLI)', () => {
  it('a dossier.yaml that is a FIFO or a symlink to /dev/zero is one unreadable row, not a silent omission nor a hang', async () => {
    ensureBuilt();
    const batch = path.join(base, 'batch');
    dossierFolder(path.join(batch, 'a-valid'));
    mkdirSync(path.join(batch, 'b-fifo'));
    mkfifo(path.join(batch, 'b-fifo', 'dossier.yaml'));
    mkdirSync(path.join(batch, 'c-zero'));
    symlinkSync('/dev/zero', path.join(batch, 'c-zero', 'dossier.yaml'));
    const r = await kjhz(['check', batch, '--format', 'json', '--as-of', AS_OF, '--no-pdf', '--jobs', '1']);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.code).toBe(1);
    const run = JSON.parse(r.stdout) as { dossiers: DossierReport[] };
    expect(run.dossiers.map((d) => [path.basename(path.dirname(d.file)), d.status])).toEqual([
      ['a-valid', 'pass'],
      ['b-fifo', 'unreadable'],
      ['c-zero', 'unreadable'],
    ]);
  }, 60_000);
});
