// Property (issue 6): a personal ID number never leaves kjhz unmasked. A random valid ID number is the
// lead's idNumber and is also typed by the applicant into random places — free text, a name, a file
// name, an unknown key, the value of a wrong-typed field, a YAML anchor, a comment, as the folder name —
// in plain, full-width or grouped form; checkDossier on a real folder, then every text format (pretty,
// json, junit, markdown) must not contain it. (The workbook: test/hostile-outputs.test.ts.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDossier } from '../src/check/checkDossier.js';
import type { RunReport } from '../src/core/report.js';
import { renderJson } from '../src/report/json.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderPretty } from '../src/report/pretty.js';
import { checkRules } from '../src/rules/index.js';
import { getAt, idNumberArb, pathsOf, sampleDossiers, setAt, toYaml } from './helpers/dossier-arb.js';

const SEED = Number(process.env.KJHZ_PROPERTY_SEED ?? 20241120);
const RUNS = Number(process.env.KJHZ_PROPERTY_ID_RUNS ?? 150);
const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-idmask-'));
let cases = 0;
afterAll(() => {
  console.log(`property: ${cases} cases (seed ${SEED}) of ID numbers typed anywhere, 4 formats each`);
  rmSync(dir, { recursive: true, force: true });
});

const toFullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (s: string, sep: string) => `${s.slice(0, 6)}${sep}${s.slice(6, 14)}${sep}${s.slice(14)}`;

type Place = 'value' | 'key' | 'anchor' | 'comment' | 'folder' | 'suffix';

describe('property: ID numbers never leave unmasked', () => {
  it('an ID number typed anywhere in a dossier is masked in every text format', async () => {
    const samples = sampleDossiers();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: samples.length - 1 }),
        idNumberArb,
        fc.array(fc.tuple(fc.constantFrom<Place>('value', 'value', 'suffix', 'suffix', 'key', 'anchor', 'comment', 'folder'), fc.nat(), fc.constantFrom('plain', 'plain', 'full-width', 'spaced', 'hyphen', 'lower-x')), { minLength: 1, maxLength: 4 }),
        async (which, id, placements) => {
          const d = structuredClone(samples[which]!) as Record<string, unknown>;
          (d.lead as Record<string, unknown>).idNumber = id;
          const typed = (form: string) => (form === 'full-width' ? toFullWidth(id) : form === 'spaced' ? grouped(id, ' ') : form === 'hyphen' ? grouped(id, '-') : form === 'lower-x' ? id.toLowerCase() : id);
          const leaves = pathsOf(d).filter((p) => typeof getAt(d, p) !== 'object');
          let folder = `d${cases}`;
          let prefix = '';
          let suffix = '';
          for (const [place, n, form] of placements) {
            const p = leaves[n % leaves.length]!;
            const old = getAt(d, p);
            if (place === 'value') setAt(d, p, typed(form));
            else if (place === 'suffix') setAt(d, p, `${String(old)} 身份证号${typed(form)}`);
            else if (place === 'key') (d.project as Record<string, unknown>)[`id${typed(form)}`] = 1;
            else if (place === 'anchor') suffix += `\nextra: &a${id} 1\nagain: *a${id}\n`;
            else if (place === 'comment') prefix += `# 负责人身份证 ${typed(form)}\n`;
            else folder = `张三${id}`;
          }
          const at = path.join(dir, `${cases}`, folder);
          mkdirSync(at, { recursive: true });
          const file = path.join(at, 'dossier.yaml');
          writeFileSync(file, prefix + toYaml(d) + suffix);
          const report = await checkDossier(file, { asOf: new Date('2024-11-20T10:00:00+08:00'), lang: 'zh', displayPath: path.relative(dir, file) });
          const run: RunReport = { tool: { name: 'kjhz', version: 'test' }, call: 'shanxi-2024-kjhz', asOf: '2024-11-20T10:00:00+08:00', dossiers: [report], batch: { findings: [] } };
          const outputs = {
            pretty: renderPretty(run, { lang: 'zh', color: false }),
            json: renderJson(run),
            junit: renderJunit(run, { lang: 'zh', rules: checkRules }),
            markdown: renderMarkdown(run, { lang: 'en' }),
          };
          const forms = [id, id.toLowerCase(), toFullWidth(id), grouped(id, ' '), grouped(id, '-'), id.slice(6, 14) + id.slice(14)];
          for (const [format, text] of Object.entries(outputs)) {
            for (const form of forms) expect(text.includes(form), `${format} shows ${form}`).toBe(false);
          }
          cases += 1;
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
