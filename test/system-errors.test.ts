// System errors in words (issue 13.6): ENOENT, EACCES, EISDIR … explained in Chinese and English, the
// code kept; what the CLI prints when it cannot write.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemError } from '../src/i18n/systemErrors.js';
import { AS_OF, ensureBuilt, kjhz, ROOT } from './cli-bin.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-errno-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('systemError', () => {
  it('says each code in words, keeping the code', () => {
    expect(systemError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'zh')).toBe('文件或文件夹不存在（ENOENT）');
    expect(systemError('EACCES', 'zh')).toBe('没有访问权限（EACCES）');
    expect(systemError('EISDIR', 'en')).toBe('it is a folder, not a file (EISDIR)');
    expect(systemError('ENOSPC', 'zh')).toContain('磁盘空间不足');
    expect(systemError('EWHATEVER', 'zh')).toBe('EWHATEVER');
    expect(systemError(new Error('boom'), 'en')).toBe('boom');
  });
});

describe('the CLI says why it cannot write', () => {
  it('-o into a folder that does not exist, and into a folder', async () => {
    const sample = path.join(ROOT, 'samples', 'valid-aid');
    const none = await kjhz(['check', sample, '--no-pdf', '--as-of', AS_OF, '-o', path.join(tmp, 'no', 'such', 'r.json')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('文件或文件夹不存在（ENOENT）');
    const dir = await kjhz(['check', sample, '--no-pdf', '--as-of', AS_OF, '-o', tmp, '--lang', 'en']);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('it is a folder, not a file (EISDIR)');
  });
  it('init into a place it cannot write', async () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await kjhz(['init', path.join(file, 'sub'), '--category', 'aid']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('路径中的某一段不是文件夹（ENOTDIR）');
    expect(r.stderr).not.toMatch(/: E[A-Z]+$/m);
  });
});
