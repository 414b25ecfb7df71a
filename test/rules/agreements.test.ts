// 二.3 合作文件: one per partner, a valid type, signatures and seals, signatory rank, five contents,
// validity over the execution period, Chinese-English for international cooperation.
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, findingsOf, validDossier } from '../helpers/dossier.js';

const agreement = (fields: Record<string, unknown>) => ({ agreements: { 0: fields } });
const partner = (fields: Record<string, unknown>) => ({ partners: { 0: fields } });

describe('agreement-per-partner (二.3)', () => {
  const id = 'agreement-per-partner';
  it('passes one agreement per partner, names compared loosely (spaces, full-width brackets)', () => {
    expectNone(validDossier('key-country'), id);
    expectNone(dossierWith('base-platform', agreement({ partner: ' Tohoku  University ' })), id);
    expectNone(dossierWith('regional', partner({ name: '中国科学院（北京）某研究所', cas: true }), agreement({ partner: '中国科学院(北京)某研究所' })), id);
  });
  it('rejects a partner without an agreement', () => {
    const d = validDossier('key-country');
    d.partners.push({ name: 'Technische Universität Chemnitz', kind: 'university', country: 'DE', signatory: { name: 'Prof. B', rank: 'professor' } });
    expectOne(d, { rule: id, severity: 'error', clause: '二.3', path: 'partners.1.name', says: ['Technische Universität Chemnitz'] });
  });
  it('rejects an agreement naming no listed partner (and the partner left without one)', () => {
    const found = findingsOf(dossierWith('key-country', agreement({ partner: 'Fraunhofer IWU' })), id);
    expect(found.map((f) => [f.severity, f.clause, f.path])).toEqual([
      ['error', '二.3', 'partners.0.name'],
      ['error', '二.3', 'agreements.0.partner'],
    ]);
    expect(found[1]!.message).toContain('Fraunhofer IWU');
  });
});

describe('agreement-type (二.3)', () => {
  const id = 'agreement-type';
  it('passes an agreement and a letter of intent', () => {
    expectNone(validDossier(), id);
    expectNone(dossierWith('key-country', agreement({ type: 'intent' })), id);
  });
  it('rejects e-mails, letters and employment, trade, investment and factory contracts', () => {
    const labels = { email: '电子邮件', letter: '书信', employment: '人才聘任合同', trade: '贸易合同', investment: '投资合同', factory: '合作建厂合同' };
    for (const [type, label] of Object.entries(labels)) {
      expectOne(dossierWith('key-country', agreement({ type })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.type', says: [type, label] });
    }
  });
});

describe('agreement-signatures (二.3)', () => {
  const id = 'agreement-signatures';
  it('passes a domestic agreement signed by both and sealed by both units', () => expectNone(validDossier('regional'), id));
  it('passes an international agreement without the foreign seal', () => expectNone(validDossier('key-country'), id));
  it('rejects a domestic agreement without the partner unit\'s seal', () => {
    expectOne(dossierWith('regional', agreement({ sealed: { partner: false } })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.sealed.partner', says: ['清华大学', '公章'] });
  });
  it('rejects a missing signature of the Chinese lead', () => {
    expectOne(dossierWith('key-country', agreement({ signed: { lead: false } })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.signed.lead', says: ['项目负责人签字'] });
  });
  it('rejects a missing signature of the partner', () => {
    expectOne(dossierWith('key-country', agreement({ signed: { partner: false } })), {
      rule: id,
      severity: 'error',
      clause: '二.3',
      path: 'agreements.0.signed.partner',
      says: ['Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik', '签字'],
    });
  });
  it('rejects a missing applicant seal, domestic or international', () => {
    expectOne(dossierWith('key-country', agreement({ sealed: { applicant: false } })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.sealed.applicant', says: ['申报单位公章'] });
    expectOne(dossierWith('aid', agreement({ sealed: { applicant: false } })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.sealed.applicant' });
  });
});

describe('partner-signatory-rank (二.3)', () => {
  const id = 'partner-signatory-rank';
  it('passes an associate professor or equivalent at a foreign university or institute', () => {
    expectNone(validDossier('base-platform'), id); // associate-professor
    expectNone(validDossier('key-country'), id); // researcher at an institute
    for (const rank of ['professor', 'associate-professor', 'researcher', 'associate-researcher']) {
      expectNone(dossierWith('belt-and-road', partner({ signatory: { name: 'A', rank } })), id);
    }
  });
  it('passes a senior official signing for a foreign university or institute itself (与国外高校、科研院所……签署)', () => {
    expectNone(dossierWith('belt-and-road', partner({ signatory: { name: 'Vice-Rector B. Omarov', rank: 'senior-manager' } })), id);
    expectNone(dossierWith('key-country', partner({ signatory: { name: 'Institutsleiter Dr. M', rank: 'senior-manager' } })), id);
  });
  it('passes a senior manager of a foreign company', () => {
    expectNone(dossierWith('key-country', partner({ kind: 'enterprise', signatory: { name: 'Dr. Anna Schmidt', rank: 'senior-manager' } })), id);
  });
  it('rejects a lecturer of a foreign university, stating name and rank', () => {
    expectOne(dossierWith('belt-and-road', partner({ signatory: { name: 'Dr. Dana Bekova', rank: 'lecturer' } })), {
      rule: id,
      severity: 'error',
      clause: '二.3',
      path: 'partners.0.signatory.rank',
      says: ['Dr. Dana Bekova', '“讲师”', 'Al-Farabi Kazakh National University', '副教授'],
    });
  });
  it('rejects an associate professor signing for a foreign company', () => {
    expectOne(dossierWith('key-country', partner({ name: 'Siemens AG', kind: 'enterprise', signatory: { name: 'Dr. C', rank: 'associate-professor' } }), agreement({ partner: 'Siemens AG' })), {
      rule: id,
      severity: 'error',
      clause: '二.3',
      path: 'partners.0.signatory.rank',
      says: ['Siemens AG', '“副教授”', '高级职务'],
    });
  });
  it('warns when a foreign company is declared not renowned (国际知名企业)', () => {
    expectOne(dossierWith('key-country', partner({ name: 'Kleinbetrieb GmbH', kind: 'enterprise', renowned: false, signatory: { name: 'CEO D', rank: 'senior-manager' } }), agreement({ partner: 'Kleinbetrieb GmbH' })), {
      rule: id,
      severity: 'warning',
      clause: '二.3',
      path: 'partners.0.renowned',
      says: ['Kleinbetrieb GmbH', '国际知名企业'],
    });
    expectNone(dossierWith('key-country', partner({ kind: 'institute', renowned: false })), id);
  });
  it('warns when a foreign partner has no signatory', () => {
    expectOne(dossierWith('key-country', partner({ signatory: undefined })), {
      rule: id,
      severity: 'warning',
      clause: '二.3',
      path: 'partners.0',
      says: ['Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik'],
    });
  });
  it('does not judge domestic signatories', () => {
    expectNone(dossierWith('regional', partner({ signatory: { name: '讲师甲', rank: 'lecturer' } })), id);
  });
});

describe('agreement-contents (二.3: the five contents)', () => {
  const id = 'agreement-contents';
  it('passes all five', () => expectNone(validDossier(), id));
  it('rejects an agreement missing some, naming them', () => {
    expectOne(dossierWith('key-country', agreement({ covers: ['content', 'tasks', 'term'] })), {
      rule: id,
      severity: 'error',
      clause: '二.3',
      path: 'agreements.0.covers',
      says: ['经费分配', '成果及知识产权归属和利益分配机制', 'Fraunhofer'],
    });
  });
});

describe('agreement-validity (二.3: 协议有效期限覆盖项目执行期)', () => {
  const id = 'agreement-validity';
  it('passes validity exactly equal to the period', () => {
    expectNone(dossierWith('regional', agreement({ validFrom: '2025-01-01', validUntil: '2027-12-31' })), id);
  });
  it('rejects an agreement ending one day before the period ends', () => {
    expectOne(dossierWith('regional', agreement({ validUntil: '2027-12-30' })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.validUntil', says: ['2027-12-30', '2027-12-31', '清华大学'] });
  });
  it('rejects an agreement taking effect one day after the period starts', () => {
    expectOne(dossierWith('regional', agreement({ validFrom: '2025-01-02' })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.validFrom', says: ['2025-01-02', '2025-01-01'] });
  });
  it('rejects reversed dates', () => {
    expectOne(dossierWith('regional', agreement({ validFrom: '2028-01-01', validUntil: '2024-01-01' })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.validFrom', says: ['2028-01-01', '2024-01-01'] });
  });
});

describe('agreement-bilingual (二.3: 中英文对照协议)', () => {
  const id = 'agreement-bilingual';
  it('passes Chinese and English, region subtags allowed', () => {
    expectNone(validDossier('key-country'), id);
    expectNone(dossierWith('key-country', agreement({ languages: ['zh-CN', 'en-GB', 'de'] })), id);
  });
  it('passes the languages written by name (中文/英文, Chinese/English) or with an underscore subtag', () => {
    for (const languages of [['中文', '英文'], ['Chinese', 'English'], ['zh_Hans', 'en_US'], ['汉语', 'eng']]) {
      expectNone(dossierWith('key-country', agreement({ languages })), id);
    }
    expectOne(dossierWith('key-country', agreement({ languages: ['中文', 'Deutsch'] })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.languages' });
  });
  it('does not ask for English from a domestic partner', () => expectNone(validDossier('regional'), id));
  it('does not ask for English from a partner in 香港 or 澳门 (not 国际合作; 一.4 counts them in 粤港澳大湾区)', () => {
    const hk = { partners: { 0: { name: '香港科技大学', country: 'HK', location: '香港特别行政区' } }, agreements: { 0: { partner: '香港科技大学' } } };
    expectNone(dossierWith('regional', hk), id);
    expectNone(dossierWith('regional', hk, { partners: { 0: { country: 'MO' } } }), id);
  });
  it('rejects a German-Chinese agreement with a foreign partner, stating the languages', () => {
    expectOne(dossierWith('key-country', agreement({ languages: ['de', 'zh'] })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.languages', says: ['de+zh', 'Fraunhofer'] });
  });
  it('rejects a foreign agreement without languages', () => {
    expectOne(dossierWith('key-country', agreement({ languages: undefined })), { rule: id, severity: 'error', clause: '二.3', path: 'agreements.0.languages', says: ['—'] });
  });
});
