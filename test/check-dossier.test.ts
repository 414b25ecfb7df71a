// src/check/checkDossier.ts on real temporary folders: a dossier that cannot be read is `unreadable`
// with a finding saying why, never a thrown error; a readable one is judged with its attachments.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkDossier } from '../src/check/checkDossier.js';
import { declaredFiles } from '../src/rules/materials.js';
import { AS_OF, validDossier } from './helpers/dossier.js';

const root = mkdtempSync(path.join(tmpdir(), 'kjhz-check-dossier-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh folder; with `pdfs`, every file the valid dossier declares, as a tiny file starting with %PDF-. */
function folder(yaml?: string | Buffer, pdfs = false): string {
  const dir = path.join(root, `d${++n}`);
  mkdirSync(dir);
  if (yaml !== undefined) writeFileSync(path.join(dir, 'dossier.yaml'), yaml);
  if (pdfs) for (const f of declaredFiles(validDossier('key-country'))) writeFileSync(path.join(dir, f.file), '%PDF-1.4\n%%EOF\n');
  return dir;
}
const run = (dir: string, lang: 'zh' | 'en' = 'zh') => checkDossier(path.join(dir, 'dossier.yaml'), { asOf: AS_OF, lang, displayPath: 'x/dossier.yaml' });
const source = stringify(validDossier('key-country'));

describe('checkDossier', () => {
  it('passes the valid dossier with its files in place', async () => {
    const report = await run(folder(source, true));
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report).toMatchObject({ file: 'x/dossier.yaml', status: 'pass', category: 'key-country', title: '高性能镁合金轻量化部件联合研发', applicant: '山西省材料科学研究院' });
  });

  it('places rule findings at their line in dossier.yaml', async () => {
    const text = source.replace('birthDate: 1990-03-07', 'birthDate: 1966-12-31').replace('  idNumber: "140105199003070020"\n', '');
    const report = await run(folder(text, true));
    const line = text.split('\n').findIndex((l) => l.includes('birthDate:')) + 1;
    expect(report.status).toBe('fail');
    expect(report.findings.find((f) => f.rule === 'lead-age')).toMatchObject({ severity: 'error', path: 'lead.birthDate', line });
  });

  it('reports declared files that are not there, under attachment-file', async () => {
    const report = await run(folder(source, false));
    const missing = report.findings.filter((f) => f.rule === 'attachment-file');
    expect(missing.map((f) => f.path)).toContain('attachments.businessLicense');
    expect(report.status).toBe('fail');
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const report = await run(folder(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source)]), true));
    expect(report.status).toBe('pass');
  });

  it('is unreadable when there is no file (a dangling symlink)', async () => {
    const dir = folder();
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dossier.yaml'));
    const report = await run(dir);
    expect(report.status).toBe('unreadable');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ severity: 'error' });
    expect(report.findings[0]!.message).toContain('ENOENT');
    expect(report.counts.error).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('is unreadable when the file may not be read', async () => {
    const dir = folder(source);
    chmodSync(path.join(dir, 'dossier.yaml'), 0o000);
    const report = await run(dir);
    expect(report.status).toBe('unreadable');
    expect(report.findings[0]!.message).toContain('EACCES');
  });

  it('is unreadable when dossier.yaml is a directory', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'dossier.yaml'));
    const report = await run(dir);
    expect(report.status).toBe('unreadable');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toContain('dossier.yaml');
  });

  it('is unreadable when the text is not UTF-8 (GBK), saying so in both languages', async () => {
    // "version: 1\nproject:\n  title: 测试" with 测试 in GBK (B2E2 CAD4).
    const gbk = Buffer.concat([Buffer.from('version: 1\nproject:\n  title: '), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from('\n')]);
    const dir = folder(gbk);
    const zh = await run(dir);
    expect(zh.status).toBe('unreadable');
    expect(zh.findings[0]!.message).toContain('UTF-8');
    expect(zh.findings[0]!.hint).toContain('UTF-8');
    const en = await run(dir, 'en');
    expect(en.findings[0]!.message).toMatch(/not UTF-8/);
  });

  it('is unreadable when the file is too large, stating the size and limit', async () => {
    const big = `${source}\n${'# padding\n'.repeat(110_000)}`;
    const report = await run(folder(big));
    expect(report.status).toBe('unreadable');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toMatch(/1\.\d MB/);
    expect(report.findings[0]!.message).toContain('1 MB');
  });

  it('judges a dossier naming another call by the call in use, with an error at the line of `call` naming both', async () => {
    const text = `version: 1\ncall: shanxi-2025-kjhz\n${source.replace('version: 1\n', '')}`;
    const report = await run(folder(text, true));
    expect(report.status).toBe('fail');
    const f = report.findings.find((x) => x.path === 'call');
    expect(f).toMatchObject({ rule: 'dossier-call', severity: 'error', line: 2 });
    expect(f!.message).toContain('shanxi-2025-kjhz');
    expect(f!.message).toContain('shanxi-2024-kjhz');
  });

  it('is unreadable for a YAML syntax error, with its line and column', async () => {
    const report = await run(folder('version: 1\nproject:\n  title: x\n  field 新材料\n'));
    expect(report.status).toBe('unreadable');
    expect(report.findings).toMatchObject([{ rule: 'yaml-syntax', severity: 'error', line: 4, column: 3 }]);
  });
});
