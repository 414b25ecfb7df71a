// --lang en completeness: every rule has its title, hint, messages and documentation in Chinese and
// English, every UI string exists in both, placeholders agree between the two; and a real run in
// English gives English messages.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';
import { UI } from '../src/i18n/ui.js';
import { MATERIALS } from '../src/rules/materials.js';
import { defaultCall } from '../src/policy/index.js';
import { attachmentsFor, attachmentLine } from '../src/templates/dossier.js';
import { CATEGORIES } from '../src/model/dossier.js';
import type { Msg } from '../src/core/finding.js';
import { runCheck } from '../src/check/run.js';
import { readPdfFile } from '../src/pdf/read.js';

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** zh is Chinese, en is English (names and clause numbers may stay Chinese in it), same placeholders. */
function expectBoth(m: Msg | undefined, where: string): void {
  expect(m, where).toBeDefined();
  expect(m!.zh.trim(), `${where} zh`).not.toBe('');
  expect(m!.en.trim(), `${where} en`).not.toBe('');
  expect(CJK.test(m!.zh), `${where} zh is Chinese: ${m!.zh}`).toBe(true);
  expect(LATIN_WORD.test(m!.en), `${where} en is English: ${m!.en}`).toBe(true);
  expect(m!.en, `${where}: en is not the Chinese text`).not.toBe(m!.zh);
  expect(placeholders(m!.en), `${where}: placeholders`).toEqual(placeholders(m!.zh));
}

describe('every rule in both languages', () => {
  it.each(allRules.map((r) => [r.id, r] as const))('%s', (id, r) => {
    expectBoth(r.title, `${id}.title`);
    expectBoth(r.doc.why, `${id}.doc.why`);
    expect(CJK.test(defaultCall().policy.quotes[id] ?? ''), `the call file quotes the notice for ${id}`).toBe(true);
    if (r.manual) return;
    expectBoth(r.hint, `${id}.hint`);
    expect(Object.keys(r.messages).length, `${id} has messages`).toBeGreaterThan(0);
    for (const [key, m] of Object.entries(r.messages)) {
      expectBoth(m, `${id}.messages.${key}`);
      if (m.hint) expectBoth(m.hint, `${id}.messages.${key}.hint`);
    }
  });
});

describe('every UI string in both languages', () => {
  it.each(Object.entries(UI))('%s', (key, m) => expectBoth(m, key));
});

describe('other user-facing texts in both languages', () => {
  it('materials of 三 (checklist labels) and why they are needed', () => {
    for (const m of MATERIALS) {
      expectBoth(m.label, `material ${m.id}`);
      if (m.neededBecause) expectBoth(m.neededBecause, `material ${m.id}.neededBecause`);
    }
  });

  it('the policy: its name, deadline labels and country names', () => {
    {
      const p = defaultCall().policy;
      const call = p.id;
      expectBoth(p.name, `${call}.name`);
      expectBoth(p.deadlines.online.label, `${call}.deadlines.online`);
      expectBoth(p.deadlines.paper.label, `${call}.deadlines.paper`);
      for (const [code, name] of Object.entries(p.countryNames)) expectBoth(name, `${call}.countryNames.${code}`);
    }
  });

  it('the attachment list kjhz init prints', () => {
    for (const c of CATEGORIES) {
      for (const m of attachmentsFor(c)) {
        if (m.condition) expectBoth(m.condition, `${c} ${m.clause} condition`);
        expect(LATIN_WORD.test(attachmentLine(m, 'en', defaultCall().policy))).toBe(true);
      }
    }
  });
});

describe('a real run in English', () => {
  it('gives every finding of the bundled samples in English, and in Chinese by default', async () => {
    const root = path.resolve(__dirname, '..');
    const files = readdirSync(path.join(root, 'samples')).filter((d) => d.startsWith('broken-')).map((d) => path.join(root, 'samples', d, 'dossier.yaml'));
    const options = { asOf: new Date('2024-11-20T10:00:00+08:00'), readPdf: readPdfFile, cwd: root };
    const [zh, en] = [await runCheck(files, { ...options, lang: 'zh' }), await runCheck(files, { ...options, lang: 'en' })];
    const zhFindings = zh.dossiers.flatMap((d) => d.findings);
    const enFindings = en.dossiers.flatMap((d) => d.findings);
    expect(enFindings.length).toBeGreaterThan(5);
    expect(enFindings.map((f) => `${f.rule} ${f.path}`)).toEqual(zhFindings.map((f) => `${f.rule} ${f.path}`));
    enFindings.forEach((f, i) => {
      expect(LATIN_WORD.test(f.message), f.message).toBe(true);
      expect(f.message, f.rule).not.toBe(zhFindings[i]!.message);
      if (f.hint) expect(LATIN_WORD.test(f.hint), f.hint).toBe(true);
    });
    for (const f of zhFindings) expect(CJK.test(f.message), f.message).toBe(true);
  });
});
