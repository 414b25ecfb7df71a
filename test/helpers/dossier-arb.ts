// fast-check arbitraries over the dossier model (issue 6), for test/property-*.test.ts and scripts/fuzz.ts
// (no vitest import here). Valid dossiers come from the zod schema itself (src/model/dossier.ts: every
// object, optional key, enum, literal, date, pattern and number kind), or from the bundled valid samples
// with random schema-valid values put in at random places (so the rules that compare fields run deep).
// Mutations break one place of a valid dossier the ways applicants and attackers do.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { dossierSchema } from '../../src/model/dossier.js';
import { ROOT } from './pdf-mutate.js';

type Json = unknown;
type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; entries?: Record<string, string>; values?: unknown[]; checks?: { _zod: { def: { check: string; format?: string; minimum?: number; pattern?: RegExp } } }[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

// ------------------------------------------------------------------ strings people and attackers type

export const ODD_UNICODE = [
  '\u202Efdp.exe', // right-to-left override
  'ab\u200B\u200C\u200Dcd\uFEFF', // zero-width characters and a BOM
  '\uD800', // lone high surrogate
  'x\uDC00y', // lone low surrogate
  '😀👨‍👩‍👧𠀀', // astral plane, ZWJ sequence, CJK extension B
  'e\u0301\u0302\u0303\u0304\u0305', // stacked combining marks
  'line\u2028sep\u2029para', // Unicode line separators
  'tab\there\r\nCRLF',
  'nul\u0000byte',
  'ﾊﾝｶｸ　全角　Ｆｕｌｌ', // half-width kana, ideographic space, full-width letters
  '{path} {found} {count}', // the placeholders of kjhz's own message templates
  '=HYPERLINK("http://x","y")',
  '<script>alert(1)</script>&amp;',
  '../../etc/passwd',
  "' OR 1=1 --",
];
export const NAN_LIKE = ['NaN', 'nan', 'Infinity', '-Infinity', '1e999', '0x1F', '0b101', '0o17', '1_000', '40万', '４０', ' 40 ', '', ' ', 'null', '~', 'true', 'yes', 'no', 'on', 'off', '-0', '+5', '.5', '5.', '1e-400', '٤٠'];
export const EXTREME_DATES = ['0001-01-01', '9999-12-31', '0000-01-01', '0000-00-00', '2024-02-30', '2023-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '1967-01-01', '1966-12-31', '2024-05-01', '2024-05-02', '2024-13-01', '2024-1-1', '20240101', '2024/06/18', '２０２４-０６-１８', '2024-06-18T00:00:00Z', '-2024-06-18', '99999-01-01'];
export const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -(2 ** 53), 2 ** 31, -(2 ** 31) - 1, 1e21, -0, 0, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

const realistic = fc.constantFrom('山西晋材新材料科技有限公司', '高性能镁合金轻量化部件联合研发', '张晓明', 'Fraunhofer-Institut für Werkzeugmaschinen', '清华大学', '太原市科学技术局', '新材料', '正高级工程师', '合作协议.pdf', '附件\\营业执照.pdf');

/** Any string, biased to what breaks things: odd Unicode, lone surrogates, NaN-like text, dates, very long text. */
export const anyString = (minLength = 0): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 4, arbitrary: realistic },
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }, // lone surrogates included
      { weight: 2, arbitrary: fc.constantFrom(...ODD_UNICODE) },
      { weight: 1, arbitrary: fc.constantFrom(...NAN_LIKE) },
      { weight: 1, arbitrary: fc.constantFrom(...EXTREME_DATES) },
      { weight: 1, arbitrary: fc.tuple(realistic, fc.integer({ min: 1_000, max: 20_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)) },
    )
    .filter((s) => s.length >= minLength);

const dateArb = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2000-02-29', '2024-02-29', '1967-01-01', '1966-12-31', '2023-01-01', '2024-05-01', '2024-05-02', '2025-01-01', '2027-12-31', '1999-12-31', '2099-12-31') },
);
const numberArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 500 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_NUMBERS.filter((n) => Number.isFinite(n))) },
);
const intArb = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -3, max: 10 }) }, { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 31, -(2 ** 31)) });

const isDate = (s: z.ZodType): boolean => (z.globalRegistry.get(s) as { format?: string } | undefined)?.format === 'date';

/** A value the schema accepts at `s`, built from its definition. */
export function arbitraryOf(s: z.ZodType, depth = 0): fc.Arbitrary<Json> {
  const def = defOf(s);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const arbs: Record<string, fc.Arbitrary<Json>> = {};
      const required: string[] = [];
      for (const [k, v] of Object.entries(shape)) {
        const optional = defOf(v).type === 'optional';
        arbs[k] = arbitraryOf(optional ? defOf(v).innerType! : v, depth + 1);
        if (!optional) required.push(k);
      }
      return fc.record(arbs, { requiredKeys: required });
    }
    case 'optional':
      return arbitraryOf(def.innerType!, depth);
    case 'array': {
      const min = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      return fc.array(arbitraryOf(def.element!, depth + 1), { minLength: min, maxLength: Math.max(min, depth > 2 ? 2 : 4) });
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constant(def.values![0]);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return def.checks?.some((c) => c._zod.def.format === 'safeint') ? intArb : numberArb;
    case 'string': {
      if (isDate(s)) return dateArb;
      const pattern = def.checks?.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
      if (pattern) return fc.oneof(fc.constantFrom('CN', 'DE', 'US', 'KZ', 'JP', 'cn', 'XX', 'ZZ'), fc.stringMatching(pattern));
      const min = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      return anyString(min);
    }
    default:
      throw new Error(`dossier-arb: no arbitrary for zod type ${def.type}`);
  }
}

/** The schema at a dotted path of a dossier (numeric segments index arrays). */
export function schemaAt(segments: readonly (string | number)[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = dossierSchema;
  for (const seg of segments) {
    while (s && defOf(s).type === 'optional') s = defOf(s).innerType;
    if (!s) return undefined;
    const def = defOf(s);
    if (def.type === 'object') s = def.shape?.[String(seg)];
    else if (def.type === 'array' && typeof seg === 'number') s = def.element;
    else return undefined;
  }
  return s;
}

export const isOptionalAt = (segments: readonly (string | number)[]): boolean => {
  const s = schemaAt(segments);
  return s !== undefined && defOf(s).type === 'optional';
};

// ------------------------------------------------------------------ valid dossiers

/** The bundled valid samples (samples/valid-*), as data. */
export function sampleDossiers(): Record<string, unknown>[] {
  const dir = path.join(ROOT, 'samples');
  return readdirSync(dir)
    .filter((d) => d.startsWith('valid-'))
    .sort()
    .map((d) => parse(readFileSync(path.join(dir, d, 'dossier.yaml'), 'utf8')) as Record<string, unknown>);
}

/** Every path of a value: objects' keys and arrays' indexes, depth first. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  return out;
}

export function getAt(data: unknown, segments: readonly (string | number)[]): unknown {
  let v = data;
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

export function setAt(data: unknown, segments: readonly (string | number)[], value: unknown): void {
  const parent = getAt(data, segments.slice(0, -1));
  if (parent && typeof parent === 'object') (parent as Record<string | number, unknown>)[segments[segments.length - 1]!] = value;
}

export function deleteAt(data: unknown, segments: readonly (string | number)[]): void {
  const parent = getAt(data, segments.slice(0, -1));
  const last = segments[segments.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
}

const samples = sampleDossiers();

/** A schema-valid dossier: straight from the schema, or a valid sample with up to 6 leaves replaced by valid values. */
export const validDossierArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  arbitraryOf(dossierSchema) as fc.Arbitrary<Record<string, unknown>>,
  fc
    .tuple(fc.nat({ max: samples.length - 1 }), fc.array(fc.nat(), { maxLength: 6 }), fc.infiniteStream(fc.nat()), fc.integer())
    .chain(([which, picks]) => {
      const base = structuredClone(samples[which]!);
      const paths = pathsOf(base).filter((p) => schemaAt(p) !== undefined);
      const chosen = picks.map((n) => paths[n % paths.length]!);
      return fc.tuple(...chosen.map((p) => arbitraryOf(schemaAt(p)!))).map((values) => {
        const d = structuredClone(base);
        chosen.forEach((p, i) => setAt(d, p, values[i]));
        return d;
      });
    }),
);

// ------------------------------------------------------------------ mutations

export type MutationKind = 'wrong-type' | 'delete' | 'extreme-date' | 'huge-number' | 'nan-like' | 'odd-unicode' | 'long-string' | 'unknown-key' | 'big-array' | 'deep-nesting' | 'null';

export interface Mutation {
  kind: MutationKind;
  path: (string | number)[];
  value?: unknown;
}

const wrongTypeValue = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.constant({ nested: { deeper: [1, { x: 'y' }] } }),
);

function nestedValue(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { k: v };
  return v;
}

/** A mutation of one place of `base`: its kind, the path and the new value. */
export function mutationArb(base: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const paths = pathsOf(base);
  const objectPaths: (string | number)[][] = [[], ...paths.filter((p) => { const v = getAt(base, p); return v !== null && typeof v === 'object' && !Array.isArray(v); })];
  const arrayPaths = paths.filter((p) => Array.isArray(getAt(base, p)));
  const at = fc.constantFrom(...paths);
  return fc.oneof(
    fc.record({ kind: fc.constant('wrong-type' as const), path: at, value: wrongTypeValue }),
    fc.record({ kind: fc.constant('delete' as const), path: at }),
    fc.record({ kind: fc.constant('null' as const), path: at, value: fc.constant(null) }),
    fc.record({ kind: fc.constant('extreme-date' as const), path: at, value: fc.constantFrom(...EXTREME_DATES) }),
    fc.record({ kind: fc.constant('huge-number' as const), path: at, value: fc.constantFrom(...HUGE_NUMBERS) }),
    fc.record({ kind: fc.constant('nan-like' as const), path: at, value: fc.constantFrom(...NAN_LIKE) }),
    fc.record({ kind: fc.constant('odd-unicode' as const), path: at, value: fc.oneof(fc.constantFrom(...ODD_UNICODE), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })) }),
    fc.record({ kind: fc.constant('long-string' as const), path: at, value: fc.integer({ min: 10_000, max: 120_000 }).map((n) => '长'.repeat(n)) }),
    fc.record({ kind: fc.constant('unknown-key' as const), path: fc.constantFrom(...objectPaths).chain((p) => fc.constantFrom('titel', 'creditcode', 'x', '身份证', '__proto__', 'constructor', 'toString', '').map((k) => [...p, k])), value: wrongTypeValue }),
    ...(arrayPaths.length ? [fc.record({ kind: fc.constant('big-array' as const), path: fc.constantFrom(...arrayPaths), value: fc.integer({ min: 50, max: 200 }) })] : []),
    fc.record({ kind: fc.constant('deep-nesting' as const), path: at, value: fc.constantFrom(10, 63, 70, 500) }),
  );
}

/** `base` with the mutation applied (a copy). */
export function applyMutation(base: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const d = structuredClone(base);
  switch (m.kind) {
    case 'delete':
      deleteAt(d, m.path);
      break;
    case 'big-array': {
      const arr = getAt(d, m.path) as unknown[];
      const first = arr[0] ?? 'x';
      setAt(d, m.path, Array.from({ length: m.value as number }, () => structuredClone(first)));
      break;
    }
    case 'deep-nesting':
      setAt(d, m.path, nestedValue(m.value as number));
      break;
    case 'unknown-key': {
      const parent = getAt(d, m.path.slice(0, -1)) as Record<string, unknown>;
      // defineProperty: a key named __proto__ must become an own key, as YAML makes it
      Object.defineProperty(parent, String(m.path[m.path.length - 1]), { value: m.value, enumerable: true, configurable: true, writable: true });
      break;
    }
    default:
      setAt(d, m.path, m.value);
  }
  return d;
}

/** The dossier as an applicant's file: YAML (block style), sometimes flow style or plain JSON. */
export function toYaml(d: unknown, style: 'block' | 'flow' | 'json' = 'block'): string {
  if (style === 'json') return JSON.stringify(d, null, 1) ?? 'null';
  return stringify(d, { lineWidth: 0, ...(style === 'flow' ? { collectionStyle: 'flow' as const } : {}), aliasDuplicateObjects: false });
}

/** A valid ID number (GB 11643 check digit) for a random birth date. */
export const idNumberArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('140105', '140213', '110108', '650102'), fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
  .map(([area, birth, seq]) => {
    const body = `${area}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((n, c, i) => n + Number(c) * w[i]!, 0);
    return body + '10X98765432'[sum % 11]!;
  });
