// 二.1 项目申报单位 (and the kind/credit-code agreement that decides 二.4's ratio).
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, findingsOf, validDossier } from '../helpers/dossier.js';

const applicant = (fields: Record<string, unknown>) => ({ applicant: fields });

describe('applicant-registered-in-shanxi (二.1)', () => {
  const id = 'applicant-registered-in-shanxi';
  it('passes a unit registered in Shanxi, written with or without the province', () => {
    expectNone(validDossier(), id);
    for (const registeredIn of ['山西省太原市', '太原市小店区', '山西综改示范区', '山西省大同市平城区']) expectNone(dossierWith('key-country', applicant({ registeredIn })), id);
  });
  it('judges a place it does not know by name (a county-level city) by the credit code', () => {
    expectNone(dossierWith('key-country', applicant({ registeredIn: '古交市' })), id);
    expectOne(dossierWith('key-country', applicant({ registeredIn: '古交市', creditCode: '91440101MA4UL8XX1E' })), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.registeredIn' });
  });
  it('rejects a unit registered elsewhere (陕西 is not 山西)', () => {
    expectOne(dossierWith('key-country', applicant({ registeredIn: '陕西省西安市' })), {
      rule: id,
      severity: 'error',
      clause: '二.1',
      path: 'applicant.registeredIn',
      says: ['陕西省西安市', '山西省'],
    });
    expectOne(dossierWith('key-country', applicant({ registeredIn: '北京市海淀区' })), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.registeredIn', says: ['北京市海淀区'] });
  });
});

describe('applicant-registration-date (二.1: 2023年1月1日（含）前)', () => {
  const id = 'applicant-registration-date';
  it('passes registration on 2023-01-01 itself and before', () => {
    expectNone(dossierWith('key-country', applicant({ registeredOn: '2023-01-01' })), id);
    expectNone(dossierWith('key-country', applicant({ registeredOn: '2022-12-31' })), id);
  });
  it('rejects registration on 2023-01-02', () => {
    expectOne(dossierWith('key-country', applicant({ registeredOn: '2023-01-02' })), {
      rule: id,
      severity: 'error',
      clause: '二.1',
      path: 'applicant.registeredOn',
      says: ['2023-01-02', '2023年1月1日'],
    });
  });
});

describe('applicant-legal-person (二.1)', () => {
  const id = 'applicant-legal-person';
  it('passes an independent legal person', () => expectNone(validDossier(), id));
  it('rejects a unit without legal personality', () => {
    expectOne(dossierWith('key-country', applicant({ legalPerson: false })), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.legalPerson', says: ['独立法人'] });
  });
  it('warns for a unit of kind other (二.1: 企事业单位)', () => {
    expectOne(dossierWith('key-country', applicant({ kind: 'other' })), { rule: id, severity: 'warning', clause: '二.1', path: 'applicant.kind', says: ['企事业单位'] });
    expectNone(dossierWith('key-country', applicant({ kind: 'university' })), id);
  });
});

describe('applicant-credit-code (二.1, GB 32100; examples of data/reference/checksums.md)', () => {
  const id = 'applicant-credit-code';
  const withCode = (creditCode: string, kind = 'enterprise') => dossierWith('belt-and-road', applicant({ creditCode, kind }));
  it('passes the verified Shanxi examples, also typed in lower case or with spaces', () => {
    expectNone(withCode('91140100MA0G1H2KXP'), id);
    expectNone(withCode('121400006000373416', 'institution'), id);
    expectNone(withCode('52140105140100011K', 'other'), id);
    expectNone(withCode('93140727MA0KXX0998'), id);
    expectNone(withCode('91140100ma0g1h2kxp'), id);
    expectNone(withCode('9114 0100 MA0G 1H2K XP'), id);
  });
  it('rejects a wrong check character and names the right one', () => {
    expectOne(withCode('91110000600037341M'), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.creditCode', says: ['91110000600037341M', '“L”'] });
    expectOne(withCode('91140100MA0G1H2KXQ'), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.creditCode', says: ['91140100MA0G1H2KXQ', '“P”'] });
  });
  it('rejects letters the code never uses (I, O)', () => {
    expectOne(withCode('I1110000600037341L'), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.creditCode', says: ['I1110000600037341L'] });
    expectOne(withCode('91110000600O37341L'), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.creditCode', says: ['91110000600O37341L'] });
  });
  it('rejects a code of 17 characters, stating the length', () => {
    expectOne(withCode('91110000600037341'), { rule: id, severity: 'error', clause: '二.1', path: 'applicant.creditCode', says: ['91110000600037341', '17位', '18位'] });
  });
  it('only warns when the embedded organisation code fails GB 11714', () => {
    expectOne(withCode('91140100MA0G1H2K0X'), { rule: id, severity: 'warning', clause: '二.1', path: 'applicant.creditCode', says: ['91140100MA0G1H2K0X'] });
  });
  it('only warns for a registering authority outside Shanxi (中央驻晋单位 may have one)', () => {
    expectOne(withCode('91110000600037341L'), { rule: id, severity: 'warning', clause: '二.1', path: 'applicant.creditCode', says: ['91110000600037341L', '110000', '不是山西（14开头）'] });
    // the province's English name is the call's (homeProvince.en)
    expectOne(withCode('91110000600037341L'), { rule: id, severity: 'warning', clause: '二.1', path: 'applicant.creditCode', says: ['division 110000, not Shanxi (14…)'] }, { lang: 'en' });
  });
  it('says nothing of a centrally registered unit in Shanxi (二.1 “包括中央驻晋企事业单位”: division 100000)', () => {
    // 中国科学院山西煤炭化学研究所, registered by 中央编办事业单位登记管理局 (test/fixtures/realistic case 08)
    expectNone(dossierWith('belt-and-road', applicant({ creditCode: '12100000400012342E', kind: 'institute', registeredIn: '山西省太原市' })), id);
  });
});

describe('applicant-kind-code (二.4: an enterprise code declared as another kind)', () => {
  const id = 'applicant-kind-code';
  it('passes an enterprise code declared enterprise, and an institution code declared institution', () => {
    expectNone(validDossier('belt-and-road'), id);
    expectNone(validDossier('key-country'), id);
  });
  it('warns when a 91… code is declared institution', () => {
    expectOne(dossierWith('key-country', applicant({ creditCode: '91140100MA0G1H2KXP', kind: 'institution' })), {
      rule: id,
      severity: 'warning',
      clause: '二.4',
      path: 'applicant.kind',
      says: ['91', '“事业单位”', '2:1'],
    });
  });
  it('says nothing when the code itself is invalid (applicant-credit-code reports it)', () => {
    expectNone(dossierWith('key-country', applicant({ creditCode: '91140100MA0G1H2KXQ', kind: 'institution' })), id);
  });
});

describe('regional-partner-outside-shanxi (二.1)', () => {
  const id = 'regional-partner-outside-shanxi';
  it('passes a main partner registered outside Shanxi', () => expectNone(validDossier('regional'), id));
  it('rejects a main partner located in Shanxi', () => {
    expectOne(dossierWith('regional', { partners: { 0: { name: '太原理工大学', location: '山西省太原市' } } }), {
      rule: id,
      severity: 'error',
      clause: '二.1',
      path: 'partners.0.location',
      says: ['太原理工大学', '山西省外'],
    });
  });
  it('holds a CAS institute in Shanxi to it too, though 一.4 accepts CAS institutes anywhere', () => {
    expectOne(dossierWith('regional', { partners: { 0: { name: '中国科学院山西煤炭化学研究所', kind: 'institute', location: '山西省太原市', doubleFirstClass: false, cas: true } } }), {
      rule: id,
      severity: 'error',
      clause: '二.1',
      path: 'partners.0.location',
      says: ['中国科学院山西煤炭化学研究所'],
    });
  });
  it('believes the credit code over the location text', () => {
    expectOne(dossierWith('regional', { partners: { 0: { name: '某某研究院', location: '北京市', creditCode: '121400006000373416' } } }), {
      rule: id,
      severity: 'error',
      clause: '二.1',
      path: 'partners.0.creditCode',
      says: ['某某研究院'],
    });
  });
  it('does not judge other categories or a Shanxi partner that is not the main one', () => {
    const d = validDossier('regional');
    d.partners.push({ name: '太原理工大学', kind: 'university', country: 'CN', location: '山西省太原市' });
    expectNone(d, id);
    expectNone(dossierWith('aid', { partners: { 0: { location: '山西省太原市' } } }), id);
  });
  it('is an error, not a warning, on the real case', () => {
    const f = findingsOf(dossierWith('regional', { partners: { 0: { location: '山西省晋中市' } } }), id);
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
});
