// Meta-test: every check rule of the registry has a test in test/rules/ that names its id.
// The PDF content rules of src/rules/content.ts are tested with the PDF work. That file uses no common id
// prefix (attachment-pdf, license-content, agreement-text …), so they are excluded by identity: exactly the
// rule objects of its contentRules array, nothing by name, so no other rule can slip through.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/rules/index.js';
import { contentRules } from '../../src/rules/content.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const testText = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'coverage.test.ts')
  .map((f) => readFileSync(dir + f, 'utf8'))
  .join('\n');

const isContentRule = (rule: (typeof checkRules)[number]) => contentRules.includes(rule);

describe('every check rule has a test', () => {
  it('rule ids are unique', () => {
    const ids = checkRules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('the registry is not empty and the exclusion is narrow', () => {
    expect(checkRules.filter((r) => !isContentRule(r)).length).toBeGreaterThanOrEqual(45);
    // Content rules live in content.ts only: none of the field rules' ids is among them.
    const contentIds = new Set(contentRules.map((r) => r.id));
    expect(checkRules.filter((r) => !isContentRule(r) && contentIds.has(r.id))).toEqual([]);
  });
  it('each id is named (quoted) in a file of test/rules/', () => {
    const untested = checkRules
      .filter((r) => !isContentRule(r))
      .map((r) => r.id)
      .filter((id) => !testText.includes(`'${id}'`) && !testText.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });
});

describe('every check rule speaks both languages', () => {
  const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
  it('title, hint and each message exist in Chinese and English, with the same placeholders', () => {
    const problems: string[] = [];
    for (const rule of checkRules) {
      for (const [what, msg] of [['title', rule.title], ['hint', rule.hint], ...Object.entries(rule.messages).map(([k, m]) => [`message ${k}`, m] as const)] as const) {
        if (!msg.zh?.trim() || !msg.en?.trim()) problems.push(`${rule.id} ${what}: empty`);
        else if (JSON.stringify(placeholders(msg.zh)) !== JSON.stringify(placeholders(msg.en))) problems.push(`${rule.id} ${what}: {${placeholders(msg.zh)}} vs {${placeholders(msg.en)}}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
