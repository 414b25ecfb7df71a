// `kjhz init` through the built bin: writes the template, lists the attachments, never overwrites
// without --force, and the unfilled template fails `kjhz check` loudly (exit 1), never silently passes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, ensureBuilt, kjhz } from './cli-bin.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-init-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('kjhz init', () => {
  it('writes DIR/dossier.yaml for the category, creating DIR, and lists the attachments', async () => {
    const dir = path.join(tmp, '申报', '重点国别');
    const r = await kjhz(['init', dir, '--category', 'key-country']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const text = readFileSync(path.join(dir, 'dossier.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+dossier\.schema\.json\n/);
    // Chinese values in the Chinese template (the loader reads them as key-country)
    expect(text).toContain('category: 重点国别科技合作项目');
    expect(r.stdout).toContain('重点国别科技合作项目（一.2）');
    expect(r.stdout).toContain('科技查新报告（2024年5月1日之后）（三.2(7)）');
    expect(r.stdout).toContain(`kjhz check ${dir}`);
  });

  it('a folder it cannot make is exit 2 with why, at once — also under /proc, where a recursive mkdir never returns', async () => {
    const r = await kjhz(['init', '/proc/kjhz-init/申报', '--category', 'aid']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/proc/kjhz-init/申报');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 20_000);

  it('never overwrites an existing dossier.yaml without --force (exit 2, file untouched); --force replaces it', async () => {
    const dir = path.join(tmp, 'existing');
    await kjhz(['init', dir, '--category', 'aid']);
    const file = path.join(dir, 'dossier.yaml');
    writeFileSync(file, '# 已填写的申报\n');
    const refused = await kjhz(['init', dir, '--category', 'regional']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('# 已填写的申报\n');
    const forced = await kjhz(['init', dir, '--category', 'regional', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('category: 区域合作项目');
  });

  it('a missing or unknown category, or DIR being a file, is exit 2 with the categories listed', async () => {
    const none = await kjhz(['init', path.join(tmp, 'x')]);
    expect(none.code).toBe(2);
    for (const c of ['belt-and-road', 'key-country', 'base-platform', 'regional', 'aid']) expect(none.stderr).toContain(c);
    expect(existsSync(path.join(tmp, 'x'))).toBe(false);
    const wrong = await kjhz(['init', path.join(tmp, 'y'), '--category', 'international', '--lang', 'en']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Choose the category with --category');
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, '');
    const notDir = await kjhz(['init', file, '--category', 'aid']);
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain('不是文件夹');
  });

  it('the unfilled template is checked: exit 1, each empty field reported at its line, no stack trace', async () => {
    const dir = path.join(tmp, 'unfilled');
    await kjhz(['init', dir, '--category', 'base-platform']);
    const r = await kjhz(['check', dir, '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).dossiers[0].findings as { rule: string; path?: string; line?: number }[];
    const paths = findings.filter((f) => f.rule === 'dossier-schema').map((f) => f.path);
    for (const p of ['project.title', 'lead.birthDate', 'applicant.creditCode', 'partners.0.name', 'agreements.0.type', 'attachments.noveltySearch.date']) expect(paths).toContain(p);
    expect(findings.every((f) => f.line === undefined || f.line > 0)).toBe(true);
  });

  it('--lang en writes English comments and the English codes; --category takes a Chinese name too', async () => {
    const dir = path.join(tmp, 'english');
    const r = await kjhz(['init', dir, '--category', '重点国别科技合作项目', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote');
    const text = readFileSync(path.join(dir, 'dossier.yaml'), 'utf8');
    expect(text).toContain('category: key-country');
    expect(text).toContain('# Birth date (二.2): on or after 1967-01-01');
    const comments = text.split('\n').filter((l) => /^\s*# /.test(l) && !/^\s*# [A-Za-z]+: /.test(l));
    expect(comments.length).toBeGreaterThan(60);
    // every comment is English (a Chinese name or clause may stand in it, never a Chinese sentence)
    for (const c of comments) expect(/[A-Za-z]{3,}/.test(c) || /^#\s*$|^#\s+-\s|三|二|一/.test(c.trim()), c).toBe(true);
    expect(comments.filter((c) => /[，。；]/u.test(c))).toEqual([]);
  });
});
