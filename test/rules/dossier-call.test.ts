// The dossier's own `call:` beside the call in use (src/rules/dossierCall.ts): another call is an error that
// names both; the same call, or none, is nothing.
import { describe, expect, it } from 'vitest';
import { check, dossierWith, expectNone, expectOne } from '../helpers/dossier.js';

describe('dossier-call (三.1)', () => {
  const id = 'dossier-call';
  it('passes a dossier naming the call in use, or none', () => {
    expectNone(dossierWith('key-country', { call: 'shanxi-2024-kjhz' }), id);
    expectNone(dossierWith('key-country', { call: undefined }), id);
  });
  it('is an error for a dossier naming another call, saying which call judged it', () => {
    const f = expectOne(dossierWith('key-country', { call: 'shanxi-2025-kjhz' }), { rule: id, severity: 'error', clause: '三.1', path: 'call', says: ['shanxi-2025-kjhz', 'shanxi-2024-kjhz', '2024年度山西省科技合作交流专项'] });
    expect(f.hint).toContain('--call');
    expect(check(dossierWith('key-country', { call: 'shanxi-2025-kjhz' }), { lang: 'en' }).find((x) => x.rule === id)!.message).toContain('this check follows Shanxi 2024');
  });
});
