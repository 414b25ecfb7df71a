// Fields a correct dossier may leave out are not schema errors: the rules say what is missing.
import { describe, expect, it } from 'vitest';
import { check, dossierWith, expectNone, expectOne, validDossier } from '../helpers/dossier.js';
import { loadDossierText } from '../../src/load/yaml.js';
import { stringify } from 'yaml';

describe('declarations-stated (二.6, 二.8, 二.9)', () => {
  const id = 'declarations-stated';
  it('says nothing when every declaration is stated', () => {
    for (const c of ['key-country', 'aid'] as const) expectNone(validDossier(c), id);
  });
  it('warns for each declaration left out, with the clause it serves', () => {
    const d = validDossier('key-country') as unknown as { project: { declarations: Record<string, unknown> } };
    delete d.project.declarations.stateSecret;
    delete d.project.declarations.humanGeneticResources;
    const found = check(d as never).filter((f) => f.rule === id);
    expect(found.map((f) => [f.path, f.severity, f.clause])).toEqual([
      ['project.declarations.stateSecret', 'warning', '二.6'],
      ['project.declarations.humanGeneticResources', 'warning', '二.9'],
    ]);
  });
  it('warns for credit records not stated (二.8), and the schema does not call it an error', () => {
    const d = validDossier('aid') as unknown as { applicant: Record<string, unknown> };
    delete d.applicant.credit;
    expect(check(d as never).filter((f) => f.rule === id).map((f) => f.path)).toEqual([
      'applicant.credit.misconduct',
      'applicant.credit.blacklisted',
      'applicant.credit.environmentalIncident',
    ]);
    const loaded = loadDossierText(stringify(d), 'zh');
    expect(loaded.ok && loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('optional targets and field', () => {
  it('an aid project may leave out targets', () => {
    const d = validDossier('aid') as unknown as { project: Record<string, unknown> };
    delete d.project.targets;
    expectNone(d as never, 'targets-minimum');
  });
  it('a key-country project without targets fails targets-minimum', () => {
    const d = validDossier('key-country') as unknown as { project: Record<string, unknown> };
    delete d.project.targets;
    expectOne(d as never, { rule: 'targets-minimum', severity: 'error', clause: '一', path: 'project.targets', says: ['0'] });
  });
  it('a regional project without a field is warned; a key-country one is not', () => {
    const regional = validDossier('regional') as unknown as { project: Record<string, unknown> };
    delete regional.project.field;
    expectOne(regional as never, { rule: 'category-field', severity: 'warning', clause: '一.4', path: 'project.field' });
    expectNone(dossierWith('key-country', { project: { field: undefined } }), 'category-field');
  });
});

describe('agreement-signatures: a domestic partner\'s seal left out', () => {
  it('is an error for a domestic partner, nothing for a foreign one', () => {
    const domestic = validDossier('regional') as unknown as { agreements: { sealed: Record<string, unknown> }[] };
    delete domestic.agreements[0]!.sealed.partner;
    expectOne(domestic as never, { rule: 'agreement-signatures', severity: 'error', clause: '二.3', path: 'agreements.0.sealed.partner' });
    const foreign = validDossier('key-country') as unknown as { agreements: { sealed: Record<string, unknown> }[] };
    delete foreign.agreements[0]!.sealed.partner;
    expectNone(foreign as never, 'agreement-signatures');
  });
});
