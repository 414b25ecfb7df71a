// docs/rules.md is generated from the rules (npm run docs); this test fails when it is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../src/report/rules.js';
import { allRules } from '../src/rules/index.js';
import { defaultCall } from '../src/policy/index.js';
import { callText } from '../src/policy/text.js';

const { policy, file } = defaultCall();
const zh = (s: string) => callText(s, policy, 'zh');
const en = (s: string) => callText(s, policy, 'en');

const DOC = path.resolve(__dirname, '..', 'docs', 'rules.md');

describe('docs/rules.md', () => {
  it('is up to date with the rules (if not: npm run docs, and commit docs/rules.md)', () => {
    const committed = readFileSync(DOC, 'utf8');
    const fresh = renderRulesMarkdown(policy, file);
    if (committed !== fresh) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(`docs/rules.md is stale from line ${line + 1} ("${b[line] ?? ''}"): run npm run docs and commit docs/rules.md`);
    }
  });

  it('documents every rule in both languages: title, the notice (from the call file), why, and for checks the examples, fix and messages, with the call\'s values', () => {
    const doc = renderRulesMarkdown(policy, file);
    expect(doc).not.toMatch(/\{call\.[\w.-]+\}/);
    for (const r of allRules) {
      const start = doc.indexOf(`\n### ${r.id}\n`);
      expect(start, r.id).toBeGreaterThan(0);
      const end = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, end === -1 ? undefined : end);
      for (const s of [r.clause, zh(r.title.zh), en(r.title.en), policy.quotes[r.id]!, zh(r.doc.why.zh), en(r.doc.why.en)]) expect(section, r.id).toContain(s);
      if (r.manual) continue;
      for (const s of [zh(r.hint.zh), en(r.hint.en), ...Object.values(r.messages).flatMap((m) => [zh(m.zh), en(m.en)])]) expect(section, r.id).toContain(s);
      if (r.doc.fail) expect(section).toContain(zh(r.doc.fail));
      if (r.doc.pass) expect(section).toContain(zh(r.doc.pass));
      expect(doc).toContain(`[\`${r.id}\`](#${r.id})`);
    }
  });
});
