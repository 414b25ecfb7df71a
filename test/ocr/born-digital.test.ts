// Born-digital dossiers cost what they cost before OCR existed: with OCR on (the default), a run whose
// pages all have text never loads ONNX Runtime or the OCR models. Seen from outside the process, as the
// operating system sees it: the libraries and model files mapped into the kjhz process (its workers
// included) when it exits.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, ensureBuilt, ROOT } from '../cli-bin.js';

const work = mkdtempSync(path.join(tmpdir(), 'kjhz-born-digital-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const probe = path.join(work, 'maps.cjs');

/** What of the OCR engine the kjhz process had mapped when it exited, for `kjhz check ARGS`. */
function ocrMapped(args: string[]): Promise<{ code: number | null; mapped: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', probe, path.join(ROOT, 'bin/kjhz.js'), 'check', ...args, '--as-of', AS_OF, '-f', 'json', '-o', path.join(work, 'out.json')], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', KJHZ_MAPS_OUT: path.join(work, 'maps.txt') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', async (code) => {
      const { readFileSync } = await import('node:fs');
      const maps = readFileSync(path.join(work, 'maps.txt'), 'utf8');
      resolve({ code, mapped: [...new Set(maps.split('\n').filter((l) => /onnxruntime|\.onnx$/.test(l)).map((l) => path.basename(l.trim().split(/\s+/).at(-1)!)))].sort() });
      if (code !== 0 && code !== 1) reject(new Error(stderr));
    });
  });
}

describe('a run that needs no OCR', { timeout: 600_000 }, () => {
  beforeAll(() => {
    // on exit, the process's memory map: shared libraries and the model files read into memory show there
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(process.env.KJHZ_MAPS_OUT, require('fs').readFileSync('/proc/self/maps', 'utf8')));\n`);
    ensureBuilt();
  });
  it('a batch of born-digital dossiers in two workers: ONNX Runtime never loaded', async () => {
    const batch = path.join(work, 'batch');
    for (const s of ['valid-regional', 'valid-key-country', 'valid-aid']) cpSync(path.join(ROOT, 'samples', s), path.join(batch, s), { recursive: true });
    const r = await ocrMapped([batch, '--jobs', '2', '--cache-dir', path.join(work, 'cache')]);
    expect(r.code).toBe(0);
    expect(r.mapped).toEqual([]);
  });
  it('one born-digital dossier: ONNX Runtime never loaded', async () => {
    const r = await ocrMapped([path.join(ROOT, 'samples/valid-regional'), '--cache-dir', path.join(work, 'cache')]);
    expect(r.code).toBe(0);
    expect(r.mapped).toEqual([]);
  });
  it('a dossier whose agreement carries vector e-seals: its signature page is drawn and both seals found, ONNX Runtime never loaded', async () => {
    const sealed = path.join(work, 'vector-seals');
    cpSync(path.join(ROOT, 'samples/valid-regional'), sealed, { recursive: true });
    // (another agreement's text: the seals are what is looked at here)
    cpSync(path.join(ROOT, 'test/fixtures/office/agreement-vector-seals.pdf'), path.join(sealed, '合作协议-北京科技大学.pdf'));
    const r = await ocrMapped([sealed, '--no-cache']);
    expect(r.mapped).toEqual([]);
    const { readFileSync } = await import('node:fs');
    const report = JSON.parse(readFileSync(path.join(work, 'out.json'), 'utf8')) as { dossiers: { verified: { path: string; what: string; value: string }[] }[] };
    expect(report.dossiers[0]!.verified.filter((v) => v.what === '公章' && v.path === 'agreements.0.file').map((v) => v.value)).toEqual(['2枚（第2页）']);
  });
  it('(the probe sees it when a page is a scan)', async () => {
    const one = path.join(work, 'one-scan');
    cpSync(path.join(ROOT, 'samples/valid-regional'), one, { recursive: true });
    cpSync(path.join(ROOT, 'test/fixtures/scans/regional-clean/配套资金承诺书.pdf'), path.join(one, '配套资金承诺书.pdf'));
    const r = await ocrMapped([one, '--no-cache']);
    expect(r.mapped).toContain('libonnxruntime.so.1');
  });
});
