// npm run build copies data/reference/*.yaml to dist/reference/*.json (scripts/reference-json.mjs), which
// src/policy/reference.ts reads instead of parsing the YAML when the copy is current: the copies must
// hold exactly what the YAML says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureBuilt } from './cli-bin.js';
import { parseCall } from '../src/policy/callFile.js';

const ROOT = path.join(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'kjhz-refjson-'));
const callsOut = mkdtempSync(path.join(tmpdir(), 'kjhz-calljson-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(callsOut, { recursive: true, force: true });
});

describe('reference data as JSON (build step)', () => {
  it('writes one JSON file per reference YAML, with the same data', () => {
    ensureBuilt(); // the call files are validated by the compiled schema
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/reference-json.mjs'), out, callsOut]);
    const yamls = readdirSync(path.join(ROOT, 'data/reference')).filter((f) => f.endsWith('.yaml')).sort();
    expect(yamls.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(out).sort()).toEqual(yamls.map((f) => f.replace(/\.yaml$/, '.json')));
    for (const f of yamls) {
      const fromYaml = parse(readFileSync(path.join(ROOT, 'data/reference', f), 'utf8'));
      expect(JSON.parse(readFileSync(path.join(out, f.replace(/\.yaml$/, '.json')), 'utf8')), f).toEqual(fromYaml);
    }
  });

  it('writes each call file as the validated policy, which defaultCall() reads', () => {
    const yamls = readdirSync(path.join(ROOT, 'data/calls')).filter((f) => f.endsWith('.yaml')).sort();
    expect(yamls).toContain('shanxi-2024-kjhz.yaml');
    expect(readdirSync(callsOut).sort()).toEqual(yamls.map((f) => f.replace(/\.yaml$/, '.json')));
    for (const f of yamls) {
      const policy = parseCall(readFileSync(path.join(ROOT, 'data/calls', f), 'utf8'), f, 'en');
      expect(JSON.parse(readFileSync(path.join(callsOut, f.replace(/\.yaml$/, '.json')), 'utf8')), f).toEqual(policy);
    }
  });
});
