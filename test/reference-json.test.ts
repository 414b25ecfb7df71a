// npm run build copies data/reference/*.yaml to dist/reference/*.json (scripts/reference-json.mjs), which
// src/policy/reference.ts reads instead of parsing the YAML when the copy is current: the copies must
// hold exactly what the YAML says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.join(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'kjhz-refjson-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('reference data as JSON (build step)', () => {
  it('writes one JSON file per reference YAML, with the same data', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/reference-json.mjs'), out]);
    const yamls = readdirSync(path.join(ROOT, 'data/reference')).filter((f) => f.endsWith('.yaml')).sort();
    expect(yamls.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(out).sort()).toEqual(yamls.map((f) => f.replace(/\.yaml$/, '.json')));
    for (const f of yamls) {
      const fromYaml = parse(readFileSync(path.join(ROOT, 'data/reference', f), 'utf8'));
      expect(JSON.parse(readFileSync(path.join(out, f.replace(/\.yaml$/, '.json')), 'utf8')), f).toEqual(fromYaml);
    }
  });
});
