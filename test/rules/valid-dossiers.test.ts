// The five valid dossiers of test/helpers/dossier.ts: they satisfy the schema and give no error and no
// warning, so every rule test that breaks one field sees only the finding it provokes.
import { describe, expect, it } from 'vitest';
import { dossierSchema } from '../../src/model/dossier.js';
import { CATEGORY_LIST, check, override, validDossier } from '../helpers/dossier.js';

describe('the valid base dossiers', () => {
  it('cover the five categories of 一', () => {
    expect(CATEGORY_LIST).toEqual(['belt-and-road', 'key-country', 'base-platform', 'regional', 'aid']);
  });

  for (const category of CATEGORY_LIST) {
    describe(category, () => {
      it('satisfies the dossier schema', () => {
        const parsed = dossierSchema.safeParse(validDossier(category));
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      });
      it('gives zero errors and zero warnings', () => {
        const findings = check(validDossier(category));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
        expect(findings).toEqual([]);
      });
      it('gives the same result in English', () => {
        expect(check(validDossier(category), { lang: 'en' })).toEqual([]);
      });
    });
  }
});

describe('override', () => {
  it('merges objects deeply, replaces arrays, edits array elements by index and deletes on undefined', () => {
    const base = { a: { b: 1, c: 2 }, list: [{ x: 1, y: 2 }, { x: 3 }], keep: [1, 2] };
    const out = override(base, { a: { c: 5 }, list: { 0: { y: undefined, z: 9 } }, keep: [7] });
    expect(out).toEqual({ a: { b: 1, c: 5 }, list: [{ x: 1, z: 9 }, { x: 3 }], keep: [7] });
    expect(base).toEqual({ a: { b: 1, c: 2 }, list: [{ x: 1, y: 2 }, { x: 3 }], keep: [1, 2] });
  });
  it('gives a fresh copy every time', () => {
    const a = validDossier('aid');
    a.project.title = 'changed';
    expect(validDossier('aid').project.title).not.toBe('changed');
  });
});
