// docs/dossier-format.md is the contract with users and their scripts (the repository's copy of
// shared/spec/dossier-format.md). This test keeps it in step with the code: every command, option and
// --format choice the CLI has, and every key a real JSON report holds, is written in it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command, Option } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { AS_OF, ensureBuilt, kjhz, ROOT } from './cli-bin.js';

const DOC = readFileSync(path.join(ROOT, 'docs', 'dossier-format.md'), 'utf8');
const program = buildProgram();
const optionsOf = (c: Command) => (c as unknown as { options: Option[] }).options;

/** Every key of every object in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('docs/dossier-format.md', () => {
  it('names every command of the CLI', () => {
    for (const c of program.commands) expect(DOC, c.name()).toContain(`kjhz ${c.name()}`);
  });

  it('names every option of every command', () => {
    for (const c of [program, ...program.commands]) {
      for (const o of optionsOf(c)) {
        if (o.long === '--help' || o.long === '--version') continue;
        expect(DOC, `${c.name()} ${o.long}`).toContain(`${o.long}`);
      }
    }
  });

  it('lists every --format choice in its CLI table, and the CLI has every format the table lists', () => {
    const format = optionsOf(program.commands.find((c) => c.name() === 'check')!).find((o) => o.long === '--format')!;
    const row = DOC.split('\n').find((l) => l.includes('--format pretty'));
    expect(row, 'a row `kjhz check ... --format pretty|…`').toBeDefined();
    const listed = /--format ([\w\\|]+)/.exec(row!)![1]!.split(/\\?\|/);
    expect([...(format.argChoices ?? [])].sort()).toEqual([...listed].sort());
    // and §5 describes each
    for (const f of listed) expect(DOC, f).toContain(`| \`${f}\` |`);
  });

  describe('every key of a real JSON report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-docs-format-'));
    let report: unknown;
    beforeAll(async () => {
      ensureBuilt();
      // A config that changes a rule, so that the report has its `config` record too.
      const config = path.join(dir, 'kjhz.config.yaml');
      writeFileSync(config, 'rules:\n  deadline-paper:\n    severity: off\n    reason: 纸质材料由市局统一报送\n');
      const r = await kjhz(['check', path.join(ROOT, 'samples'), '--format', 'json', '--as-of', AS_OF, '--config', config]);
      expect(r.code, r.stderr).toBe(1);
      report = JSON.parse(r.stdout);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is written in the document as "key" or `key`', () => {
      const keys = [...keysOf(report)];
      expect(keys).toEqual(expect.arrayContaining(['dossiers', 'findings', 'materials', 'verified', 'config', 'line', 'column']));
      const missing = keys.filter((k) => !DOC.includes(`"${k}"`) && !DOC.includes(`\`${k}\``));
      expect(missing, 'report keys not documented in docs/dossier-format.md').toEqual([]);
    });
  });
});
