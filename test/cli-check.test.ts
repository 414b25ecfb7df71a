// `kjhz check` through the built bin: exit codes 0/1/2, --output (atomic), --max-warnings, --quiet, formats.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, ensureBuilt, kjhz, ROOT } from './cli-bin.js';

const VALID = path.join(ROOT, 'samples', 'valid-key-country');
const BROKEN = path.join(ROOT, 'samples', 'broken-lead-too-old');
let tmp: string;
/** valid-key-country with one warning only: 60万 requested is far from the typical 40万 (funding-amount). */
let warned: string;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-cli-'));
  warned = path.join(tmp, 'warned');
  cpSync(VALID, warned, { recursive: true });
  const file = path.join(warned, 'dossier.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/requested: 40/, 'requested: 60').replace(/matching: 80/, 'matching: 120'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const json = (stdout: string) => JSON.parse(stdout) as { dossiers: { status: string; counts: Record<string, number>; findings: { rule: string; severity: string }[] }[] };

describe('exit codes', () => {
  it('0 when no dossier has an error', async () => {
    const r = await kjhz(['check', VALID, '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('1 when a dossier has an error', async () => {
    const r = await kjhz(['check', VALID, BROKEN, '--as-of', AS_OF, '--no-pdf']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lead-age');
  });

  it('2 when the command cannot run: no such path, bad --as-of, bad --max-warnings, unknown format, bad --jobs', async () => {
    for (const args of [
      ['check', path.join(tmp, 'nope')],
      ['check', VALID, '--as-of', 'tomorrow'],
      // a batch: the workers started ahead of the run must not keep the process alive
      ['check', path.join(ROOT, 'samples'), '--as-of', 'tomorrow'],
      ['check', VALID, '--max-warnings', '-1'],
      ['check', VALID, '--max-warnings', 'many'],
      ['check', VALID, '--format', 'xml'],
      ['check', path.join(ROOT, 'samples'), '--jobs', '0'],
      ['check', path.join(ROOT, 'samples'), '--jobs', 'two'],
    ]) {
      const r = await kjhz(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/kjhz|error/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('speaks English with --lang en', async () => {
    const r = await kjhz(['check', path.join(tmp, 'nope'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No such path');
  });
});

describe('--max-warnings and --quiet', () => {
  it('warnings alone exit 0; more than N warnings exit 1', async () => {
    const plain = await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--format', 'json']);
    expect(plain.code).toBe(0);
    const report = json(plain.stdout);
    expect(report.dossiers[0]!.counts.error).toBe(0);
    const warnings = report.dossiers[0]!.counts.warning ?? 0;
    expect(warnings).toBeGreaterThan(0);
    expect((await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--max-warnings', String(warnings)])).code).toBe(0);
    expect((await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--max-warnings', String(warnings - 1)])).code).toBe(1);
  });

  it('--quiet shows only errors, in every format, and --max-warnings still counts the hidden warnings', async () => {
    const loud = await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--format', 'json']);
    const warning = JSON.parse(loud.stdout).dossiers[0].findings.find((f: { rule: string }) => f.rule === 'funding-amount').message as string;
    expect(warning).toContain('60');
    for (const format of ['json', 'pretty', 'markdown', 'junit']) {
      const quiet = await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--format', format, '--quiet']);
      expect(quiet.stdout.length, format).toBeGreaterThan(0);
      expect(quiet.stdout, format).not.toContain(warning);
      expect(quiet.code).toBe(0);
    }
    const q = json((await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--format', 'json', '--quiet'])).stdout);
    expect(q.dossiers[0]!.counts.warning).toBe(0);
    expect(q.dossiers[0]!.findings.every((f) => f.severity === 'error')).toBe(true);
    expect((await kjhz(['check', warned, '--as-of', AS_OF, '--no-pdf', '--quiet', '--max-warnings', '0'])).code).toBe(1);
  });
});

describe('--output', () => {
  it('writes any format to the file, nothing to stdout, and leaves no temporary file', async () => {
    for (const [format, name, head] of [
      ['json', 'r.json', '{'],
      ['junit', 'r.xml', '<?xml'],
      ['markdown', 'r.md', '# '],
      ['pretty', 'r.txt', 'samples'],
    ] as const) {
      const out = path.join(tmp, 'out', name);
      mkdirSync(path.dirname(out), { recursive: true });
      const r = await kjhz(['check', 'samples/valid-key-country', '--as-of', AS_OF, '--no-pdf', '--format', format, '-o', out]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toBe('');
      expect(readFileSync(out, 'utf8').startsWith(head), format).toBe(true);
    }
    expect(readdirSync(path.join(tmp, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an output that cannot be written is exit 2, and an existing file is left as it was', async () => {
    const dir = path.join(tmp, 'locked');
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, 'report.json');
    writeFileSync(out, 'previous');
    // A folder in the way of the file name: rename fails whoever runs the test (root included).
    const blocked = path.join(dir, 'a-folder.json');
    mkdirSync(blocked);
    const r = await kjhz(['check', VALID, '--as-of', AS_OF, '--no-pdf', '--format', 'json', '-o', blocked]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(blocked);
    const missing = await kjhz(['check', VALID, '--as-of', AS_OF, '--no-pdf', '-o', path.join(dir, 'no', 'such', 'folder.json')]);
    expect(missing.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
