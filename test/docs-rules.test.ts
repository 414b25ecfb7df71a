// docs/rules.md is generated from the rules (npm run docs); this test fails when it is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../src/report/rules.js';
import { allRules } from '../src/rules/index.js';

const DOC = path.resolve(__dirname, '..', 'docs', 'rules.md');

describe('docs/rules.md', () => {
  it('is up to date with the rules (if not: npm run docs, and commit docs/rules.md)', () => {
    const committed = readFileSync(DOC, 'utf8');
    const fresh = renderRulesMarkdown();
    if (committed !== fresh) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(`docs/rules.md is stale from line ${line + 1} ("${b[line] ?? ''}"): run npm run docs and commit docs/rules.md`);
    }
  });

  it('documents every rule in both languages: title, the notice, why, and for checks the examples, fix and messages', () => {
    const doc = renderRulesMarkdown();
    for (const r of allRules) {
      const start = doc.indexOf(`\n### ${r.id}\n`);
      expect(start, r.id).toBeGreaterThan(0);
      const end = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, end === -1 ? undefined : end);
      for (const s of [r.clause, r.title.zh, r.title.en, r.doc.notice, r.doc.why.zh, r.doc.why.en]) expect(section, r.id).toContain(s);
      if (r.manual) continue;
      for (const s of [r.hint.zh, r.hint.en, ...Object.values(r.messages).flatMap((m) => [m.zh, m.en])]) expect(section, r.id).toContain(s);
      if (r.doc.fail) expect(section).toContain(r.doc.fail);
      if (r.doc.pass) expect(section).toContain(r.doc.pass);
      expect(doc).toContain(`[\`${r.id}\`](#${r.id})`);
    }
  });
});
