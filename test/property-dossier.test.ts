// Property tests of the dossier model (issue 6), fast-check with a fixed seed (KJHZ_PROPERTY_SEED to
// explore others; a failure prints the seed and path to replay it). Random valid dossiers always get a
// report; random mutations (wrong types, missing keys, extreme dates, huge numbers, NaN-like strings,
// odd Unicode, very long strings, unknown keys, huge arrays, deep nesting) always give findings with
// paths, never an exception. Helpers: test/helpers/dossier-arb.ts (arbitraries from the zod schema),
// test/helpers/dossier-props.ts (the properties; scripts/fuzz.ts runs them by the ten thousand).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDossierText } from '../src/load/yaml.js';
import { dossierSchema } from '../src/model/dossier.js';
import { mutationArb, sampleDossiers, toYaml, validDossierArb, type MutationKind } from './helpers/dossier-arb.js';
import { asOfArb, attachmentFactsArb, checkMutation, judge } from './helpers/dossier-props.js';

const SEED = Number(process.env.KJHZ_PROPERTY_SEED ?? 20241120);
const RUNS = Number(process.env.KJHZ_PROPERTY_RUNS ?? 200);
/** Lets vitest's worker talk to its parent between cases (a long synchronous run times its RPC out). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const counts: Record<string, number> = {};
const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);

afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`property: ${total} cases (seed ${SEED}): ${JSON.stringify(counts)}`);
});

describe('property: valid dossiers', () => {
  it('every schema-valid dossier loads without a schema finding and gets well-formed findings from every rule', async () => {
    await fc.assert(
      fc.asyncProperty(validDossierArb, asOfArb, fc.constantFrom('block', 'flow', 'json') as fc.Arbitrary<'block' | 'flow' | 'json'>, fc.integer(), async (d, asOf, style, factSeed) => {
        await breathe();
        fc.pre(dossierSchema.safeParse(d).success);
        const source = toYaml(d, style);
        const outcome = judge(source, asOf, (loaded) => fc.sample(attachmentFactsArb(loaded), { seed: factSeed, numRuns: 1 })[0]!);
        expect(outcome.readable).toBe(true);
        expect(outcome.findings.filter((f) => f.rule === 'dossier-schema')).toEqual([]);
        count('valid');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});

describe('property: mutated dossiers', () => {
  it('one place broken in any way: never an exception, and a schema-invalid result is named by a finding with its path', async () => {
    const kinds: Partial<Record<MutationKind, number>> = {};
    await fc.assert(
      fc.asyncProperty(
        validDossierArb.chain((base) => fc.tuple(fc.constant(base), mutationArb(base))),
        asOfArb,
        fc.constantFrom('block', 'flow', 'json') as fc.Arbitrary<'block' | 'flow' | 'json'>,
        fc.integer(),
        async ([base, m], asOf, style, factSeed) => {
          await breathe();
          fc.pre(dossierSchema.safeParse(base).success);
          const outcome = checkMutation(base, m, style, asOf, (loaded) => fc.sample(attachmentFactsArb(loaded), { seed: factSeed, numRuns: 1 })[0]!);
          kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
          count(outcome.oversized ? 'mutated-oversized' : 'mutated');
        },
      ),
      { seed: SEED + 1, numRuns: RUNS * 3 },
    );
    // every kind of mutation was tried
    expect(Object.keys(kinds).sort()).toEqual(['big-array', 'deep-nesting', 'delete', 'extreme-date', 'huge-number', 'long-string', 'nan-like', 'null', 'odd-unicode', 'unknown-key', 'wrong-type']);
  }, 240_000);

  it('the YAML text itself damaged (characters inserted, deleted, swapped): findings with a line and column, never an exception', async () => {
    const specials = [':', '-', ' ', '\t', '"', "'", '#', '&a ', '*a', '!!binary ', '{', '[', '|', '>', '\n', '%YAML 1.1\n', '---\n', '...\n', '\u0000', '\uFEFF', '? '];
    await fc.assert(
      fc.asyncProperty(validDossierArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...specials), fc.constantFrom('insert', 'delete', 'replace')), { minLength: 1, maxLength: 4 }), async (d, edits) => {
        await breathe();
        let text = toYaml(d);
        for (const [at, s, op] of edits) {
          const i = at % (text.length + 1);
          text = op === 'insert' ? text.slice(0, i) + s + text.slice(i) : op === 'delete' ? text.slice(0, i) + text.slice(i + s.length) : text.slice(0, i) + s + text.slice(i + 1);
        }
        const loaded = loadDossierText(text, 'zh');
        if (!loaded.ok) {
          expect(loaded.findings.length).toBeGreaterThan(0);
          for (const f of loaded.findings) expect(f.severity).toBe('error');
        } else judge(text, new Date('2024-11-20T10:00:00+08:00'), () => new Map());
        count('text-damaged');
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  }, 120_000);
});

describe('extreme dates are judged as the dates they are', () => {
  const judgeWith = (edit: (d: Record<string, any>) => void) => {
    const d = structuredClone(sampleDossiers().find((s) => (s.project as { category: string }).category === 'key-country')!) as Record<string, any>;
    edit(d);
    return judge(toYaml(d), new Date('2024-11-20T10:00:00+08:00'), () => new Map()).findings;
  };
  it('0001-01-01 is a calendar date (the lead is too old), not a malformed one', () => {
    const f = judgeWith((d) => {
      d.lead.birthDate = '0001-01-01';
      delete d.lead.idNumber;
    });
    expect(f.filter((x) => x.rule === 'dossier-schema')).toEqual([]);
    expect(f.some((x) => x.rule === 'lead-age' && x.severity === 'error')).toBe(true);
  });
  it('periods in years 0050 and 9999 are measured correctly (years 0–99 are not 1900–1999; no year 10000 text)', () => {
    const periodFindings = (start: string, end: string) => judgeWith((d) => (d.project.period = { start, end })).filter((x) => x.rule === 'period-length');
    expect(periodFindings('0050-01-01', '0052-12-31')).toEqual([]); // 3 years
    expect(periodFindings('0050-01-01', '0051-06-30').map((x) => x.message)).toEqual([expect.stringContaining('0051-06-30')]); // too short
    expect(periodFindings('9999-01-01', '9999-12-31')).toHaveLength(1); // too short, not "too long"
    expect(periodFindings('9998-01-01', '9999-12-31')).toEqual([]); // 2 years
  });
});
