// 二.2 项目负责人 and 三.2(2) 受聘期限. ID numbers are the examples of data/reference/checksums.md.
import { describe, expect, it } from 'vitest';
import { AS_OF, check, dossierWith, expectNone, expectOne, validDossier } from '../helpers/dossier.js';

const lead = (fields: Record<string, unknown>) => ({ lead: fields });

describe('lead-age (二.2: 1967年1月1日（含）以后出生)', () => {
  const id = 'lead-age';
  it('passes a lead born on 1967-01-01 itself', () => {
    expectNone(dossierWith('key-country', lead({ birthDate: '1967-01-01', idNumber: undefined })), id);
  });
  it('rejects a lead born on 1966-12-31', () => {
    expectOne(dossierWith('key-country', lead({ birthDate: '1966-12-31', idNumber: undefined })), {
      rule: id,
      severity: 'error',
      clause: '二.2',
      path: 'lead.birthDate',
      says: ['1966-12-31', '1967年1月1日'],
    });
  });
});

describe('lead-id-number (二.2, GB 11643)', () => {
  const id = 'lead-id-number';
  const withId = (idNumber: string, birthDate?: string) => dossierWith('key-country', lead({ idNumber, birthDate }));
  it('passes valid numbers that agree with the birth date (check character X in either case)', () => {
    expectNone(withId('140105199003070020', '1990-03-07'), id);
    expectNone(withId('360426199101010071', '1991-01-01'), id);
    expectNone(withId('140213198511150036', '1985-11-15'), id);
    expectNone(withId('11010519491231002X', '1949-12-31'), id);
    expectNone(withId('11010519491231002x', '1949-12-31'), id);
  });
  it('passes a dossier without an ID number (optional)', () => {
    expectNone(dossierWith('key-country', lead({ idNumber: undefined })), id);
  });
  it('rejects a wrong check digit', () => {
    expectOne(withId('140105199003070021', '1990-03-07'), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['140105********0021', '校验位'] });
    expectOne(withId('110105194912310021', '1949-12-31'), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['110105********0021'] });
  });
  it('rejects an impossible date inside the number even when the check digit is right', () => {
    expectOne(withId('440524188002300013'), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['440524********0013', '日期'] });
    expectOne(withId('140105199013070024'), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['140105********0024'] });
  });
  it('rejects 17 characters', () => {
    expectOne(withId('44052418800101001'), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['440524*******1001', '18位'] });
  });
  it('rejects a number whose birth date differs from lead.birthDate, stating both', () => {
    expectOne(withId('140213198511150036', '1990-03-07'), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['1985-11-15', '1990-03-07'] });
  });
  it('judges the age from the number when the birth date is absent', () => {
    expectOne(withId('11010519491231002X', undefined), { rule: id, severity: 'error', clause: '二.2', path: 'lead.idNumber', says: ['1949-12-31', '1967年1月1日'] });
    expectNone(withId('140105199003070020', undefined), id);
  });
  it('never shows the number unmasked, in either language', () => {
    for (const raw of ['140105199003070021', '140213198511150036', '11010519491231002X', '440524188002300013']) {
      const d = dossierWith('key-country', lead({ idNumber: raw, birthDate: '1990-03-07' }));
      for (const lang of ['zh', 'en'] as const) {
        const text = JSON.stringify(check(d, { lang }));
        expect(text).not.toContain(raw);
        expect(text).not.toContain(raw.slice(6, 14));
      }
    }
  });
});

describe('lead-qualification (二.2: 副高以上（含副高）或博士学位)', () => {
  const id = 'lead-qualification';
  it('passes associate-senior or senior titles with any degree, and a doctorate with any title', () => {
    expectNone(dossierWith('key-country', lead({ titleRank: 'associate-senior', degree: 'bachelor' })), id);
    expectNone(dossierWith('key-country', lead({ titleRank: 'senior', degree: 'other' })), id);
    expectNone(dossierWith('key-country', lead({ titleRank: 'intermediate', degree: 'doctorate' })), id);
    expectNone(dossierWith('key-country', lead({ titleRank: 'none', degree: 'doctorate' })), id);
  });
  it('rejects an intermediate title with a master degree, stating both', () => {
    expectOne(dossierWith('key-country', lead({ titleRank: 'intermediate', degree: 'master' })), {
      rule: id,
      severity: 'error',
      clause: '二.2',
      path: 'lead.titleRank',
      says: ['“中级”', '“硕士”', '副高'], // Chinese labels of the codes, not the codes
    });
  });
});

describe('lead-employment (二.2: 在职、在岗或在聘)', () => {
  const id = 'lead-employment';
  it('passes employed, on-post and contracted leads', () => {
    expectNone(dossierWith('key-country', lead({ employment: 'employed' })), id);
    expectNone(dossierWith('key-country', lead({ employment: 'on-post' })), id);
    expectNone(validDossier('aid'), id); // contracted
  });
  it('rejects a lead who does not work for the applicant', () => {
    expectOne(dossierWith('key-country', lead({ employment: 'none' })), { rule: id, severity: 'error', clause: '二.2', path: 'lead.employment', says: ['在职', '在聘'] });
  });
});

describe('lead-contract-term (三.2(2): 受聘期限覆盖项目执行期)', () => {
  const id = 'lead-contract-term';
  it('passes a contract ending on the last day of the period, or later', () => {
    expectNone(dossierWith('aid', lead({ contractEnd: '2027-12-31' })), id);
    expectNone(validDossier('aid'), id);
  });
  it('does not ask employed leads for a contract end', () => {
    expectNone(validDossier('key-country'), id);
  });
  it('rejects a contract ending one day before the period', () => {
    expectOne(dossierWith('aid', lead({ contractEnd: '2027-12-30' })), { rule: id, severity: 'error', clause: '三.2(2)', path: 'lead.contractEnd', says: ['2027-12-30', '2027-12-31'] });
  });
  it('rejects a contracted lead with no contract end', () => {
    expectOne(dossierWith('aid', lead({ contractEnd: undefined })), { rule: id, severity: 'error', clause: '三.2(2)', path: 'lead.contractEnd', says: ['lead.contractEnd'] });
  });
});

describe('lead-applications-per-year (二.2: 同一年度限申报1项)', () => {
  const id = 'lead-applications-per-year';
  it('passes one application', () => expectNone(validDossier(), id));
  it('rejects two, stating the count and the limit', () => {
    expectOne(dossierWith('key-country', lead({ applicationsThisYear: 2 })), { rule: id, severity: 'error', clause: '二.2', path: 'lead.applicationsThisYear', says: ['2项', '限申报1项'] });
  });
});

describe('lead-ongoing-projects (二.2: 在研项目和申报项目总数不得超过2项)', () => {
  const id = 'lead-ongoing-projects';
  const ongoing = (...ends: (string | undefined)[]) => lead({ ongoingProjects: ends.map((end, i) => ({ title: `在研项目${i + 1}`, ...(end ? { end } : {}) })) });
  it('passes one ongoing project (2 in total) and none', () => {
    expectNone(dossierWith('key-country', ongoing('2026-12-31')), id);
    expectNone(dossierWith('key-country', lead({ ongoingProjects: [] })), id);
  });
  it('rejects two ongoing projects (3 in total)', () => {
    expectOne(dossierWith('key-country', ongoing('2026-12-31', undefined)), { rule: id, severity: 'error', clause: '二.2', path: 'lead.ongoingProjects', says: ['2项', '共3项', '2项'] });
  });
  it('does not count a project that ended before the check date, but counts one ending on it', () => {
    expect(AS_OF.toISOString()).toBe('2024-11-20T02:00:00.000Z');
    expectNone(dossierWith('key-country', ongoing('2026-12-31', '2024-11-19')), id);
    expectOne(dossierWith('key-country', ongoing('2026-12-31', '2024-11-20')), { rule: id, severity: 'error', clause: '二.2', path: 'lead.ongoingProjects' });
  });
});

describe('lead-cooperation-history (二.2: 无在研，近五年内未承担过省科技合作交流专项)', () => {
  const id = 'lead-cooperation-history';
  const history = (year: number, status: 'ongoing' | 'completed') => lead({ cooperationProjects: [{ title: '中德镁合金国际合作项目', year, status }] });
  it('passes an old completed project and no history', () => {
    expectNone(dossierWith('key-country', history(2018, 'completed')), id);
    expectNone(validDossier(), id);
  });
  it('rejects an ongoing cooperation project, however old', () => {
    expectOne(dossierWith('key-country', history(2016, 'ongoing')), {
      rule: id,
      severity: 'error',
      clause: '二.2',
      path: 'lead.cooperationProjects.0.status',
      says: ['中德镁合金国际合作项目', '在研'],
    });
  });
  it('rejects a project of the last five years (2020–2024)', () => {
    expectOne(dossierWith('key-country', history(2020, 'completed')), { rule: id, severity: 'error', clause: '二.2', path: 'lead.cooperationProjects.0.year', says: ['2020', '中德镁合金国际合作项目'] });
    expectOne(dossierWith('key-country', history(2024, 'completed')), { rule: id, severity: 'error', clause: '二.2', path: 'lead.cooperationProjects.0.year', says: ['2024'] });
  });
  it('warns on the boundary year 2019', () => {
    expectOne(dossierWith('key-country', history(2019, 'completed')), { rule: id, severity: 'warning', clause: '二.2', path: 'lead.cooperationProjects.0.year', says: ['2019'] });
  });
  const listed = (program: string, end?: string) => lead({ ongoingProjects: [{ title: '中德镁合金国际合作项目', program, end }] });
  it('rejects a cooperation-programme project listed among the ongoing projects (二.2: 未有主持在研的……)', () => {
    for (const program of ['山西省科技合作交流专项', '山西省重点研发计划（国际科技合作）', '省重点研发计划(国际科技合作)']) {
      expectOne(dossierWith('key-country', listed(program, '2025-12-31')), {
        rule: id,
        severity: 'error',
        clause: '二.2',
        path: 'lead.ongoingProjects.0.program',
        says: ['中德镁合金国际合作项目', '在研'],
      });
      expectOne(dossierWith('key-country', listed(program)), { rule: id, severity: 'error', clause: '二.2', path: 'lead.ongoingProjects.0.program' });
    }
  });
  it('rejects one listed there that ended within five years', () => {
    expectOne(dossierWith('key-country', listed('山西省科技合作交流专项', '2024-06-30')), { rule: id, severity: 'error', clause: '二.2', path: 'lead.ongoingProjects.0.program', says: ['2024-06-30', '2020'] });
  });
  it('does not take other programmes for it (省重点研发计划 alone, national programmes)', () => {
    expectNone(dossierWith('key-country', listed('山西省重点研发计划', '2025-12-31')), id);
    expectNone(dossierWith('key-country', listed('国家重点研发计划“政府间国际科技创新合作”', '2025-12-31')), id);
    expectNone(validDossier(), id);
  });
  it('reports a project listed in both places once', () => {
    const both = lead({
      ongoingProjects: [{ title: '中德镁合金国际合作项目', program: '山西省科技合作交流专项', end: '2025-12-31' }],
      cooperationProjects: [{ title: '中德镁合金国际合作项目', year: 2023, status: 'ongoing' }],
    });
    expectOne(dossierWith('key-country', both), { rule: id, severity: 'error', clause: '二.2', path: 'lead.cooperationProjects.0.status' });
  });
});
