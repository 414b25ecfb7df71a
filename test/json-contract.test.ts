// `--format json` on every sample validates against the report contract, and the statuses are right.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../src/core/reportSchema.js';

const root = new URL('..', import.meta.url).pathname;
let report: ReturnType<typeof reportSchema.parse>;

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  let out = '';
  try {
    out = execFileSync('node', ['bin/kjhz.js', 'check', 'samples', '--format', 'json', '--as-of', '2024-11-20T10:00:00+08:00'], { cwd: root, encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // exit 1: the broken samples have errors
  }
  report = reportSchema.parse(JSON.parse(out));
}, 120_000);

describe('JSON report contract', () => {
  it('validates and reports every sample', () => {
    expect(report.dossiers.length).toBeGreaterThanOrEqual(10);
    expect(report.asOf).toBe('2024-11-20T10:00:00+08:00');
  });
  it('passes the five valid samples with zero errors', () => {
    const valid = report.dossiers.filter((d) => d.file.includes('valid-'));
    expect(valid.map((d) => [d.file, d.status, d.counts.error])).toEqual(valid.map((d) => [d.file, 'pass', 0]));
    expect(valid).toHaveLength(5);
  });
  it('fails every broken sample, and the YAML typo is unreadable with its line and column', () => {
    const broken = report.dossiers.filter((d) => d.file.includes('broken-'));
    expect(broken.every((d) => d.status !== 'pass')).toBe(true);
    const typo = broken.find((d) => d.file.includes('broken-yaml-typo'))!;
    expect(typo.status).toBe('unreadable');
    // the colon of `field:现代高效农业`, where the space is missing (not the start of the key the parser saw)
    expect(typo.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 6, column: 8, endLine: 6, endColumn: 9 });
  });
  it('never prints an ID number unmasked', () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/14010519650402001X|140105198504120036/);
  });
});
