// 二.4–二.9: matching ratio, state secrets, other fiscal funding, period length, credit, integrity pledge, ethics.
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, validDossier } from '../helpers/dossier.js';

const funding = (requested: number, matching: number) => ({ project: { funding: { requested, matching } } });
const declarations = (fields: Record<string, unknown>) => ({ project: { declarations: fields } });

describe('funding-unit (万元, not 元)', () => {
  const id = 'funding-unit';
  it('passes amounts in 万元, large ones included (a 9,999万 matching is a number kjhz does not question)', () => {
    expectNone(dossierWith('key-country', funding(40, 80)), id);
    expectNone(dossierWith('key-country', funding(40, 9999)), id);
  });
  it('says an amount that reads as 元 is one, with its value in 万元, and the ratio rule stays silent', () => {
    const d = dossierWith('key-country', funding(400000, 80));
    expectOne(d, { rule: id, severity: 'error', clause: '二.4', path: 'project.funding.requested', says: ['申请引导资金', '400000 应为万元：即 40'] });
    expectNone(d, 'funding-matching-ratio');
    expectNone(d, 'funding-amount');
    expectOne(dossierWith('key-country', funding(40, 800000)), { rule: id, severity: 'error', clause: '二.4', path: 'project.funding.matching', says: ['配套资金', '800000 应为万元：即 80'] });
  });
});

describe('funding-matching-ratio (二.4: 不低于1:1，企业不低于2:1)', () => {
  const id = 'funding-matching-ratio';
  it('passes exactly 1:1 for an institution and exactly 2:1 for an enterprise', () => {
    expectNone(dossierWith('key-country', funding(40, 40)), id);
    expectNone(dossierWith('belt-and-road', funding(40, 80)), id);
  });
  it('passes exact ratios with decimals (40.5 : 81, 40.1 : 80.2, 33.3 : 33.3)', () => {
    expectNone(dossierWith('belt-and-road', funding(40.5, 81)), id);
    expectNone(dossierWith('belt-and-road', funding(40.1, 80.2)), id);
    expectNone(dossierWith('key-country', funding(33.3, 33.3)), id);
  });
  it('rejects an institution just below 1:1, stating the amounts and the minimum', () => {
    expectOne(dossierWith('key-country', funding(40, 39.99)), {
      rule: id,
      severity: 'error',
      clause: '二.4',
      path: 'project.funding.matching',
      says: ['39.99万元', '40万元', '1:1', '不少于40万元'],
    });
  });
  it('rejects an enterprise just below 2:1, also with decimals', () => {
    expectOne(dossierWith('belt-and-road', funding(40, 79.99)), {
      rule: id,
      severity: 'error',
      clause: '二.4',
      path: 'project.funding.matching',
      says: ['79.99万元', '40万元', '企业', '2:1', '不少于80万元'],
    });
    expectOne(dossierWith('belt-and-road', funding(40.5, 80.99)), { rule: id, severity: 'error', clause: '二.4', path: 'project.funding.matching', says: ['80.99', '40.5', '81万元'] });
  });
  it('never rounds a failing ratio up to the one required (79.9 to 40 is 1.99:1, not 2:1)', () => {
    const f = expectOne(dossierWith('belt-and-road', funding(40, 79.9)), { rule: id, severity: 'error', clause: '二.4', path: 'project.funding.matching', says: ['之比为1.99:1', '须不低于2:1'] });
    expect(f.message).not.toContain('之比为2:1');
  });
  it('holds an enterprise to 2:1 even when 1:1 is met', () => {
    expectOne(dossierWith('belt-and-road', funding(40, 60)), { rule: id, severity: 'error', clause: '二.4', path: 'project.funding.matching', says: ['1.5:1', '2:1'] });
  });
});

describe('state-secret (二.6)', () => {
  const id = 'state-secret';
  it('passes a project without state secrets', () => expectNone(validDossier(), id));
  it('rejects a project with state secrets', () => {
    expectOne(dossierWith('key-country', declarations({ stateSecret: true })), { rule: id, severity: 'error', clause: '二.6', path: 'project.declarations.stateSecret', says: ['国家秘密'] });
  });
});

describe('other-fiscal-funding (二.6)', () => {
  const id = 'other-fiscal-funding';
  it('passes a project without other fiscal funding', () => expectNone(validDossier(), id));
  it('rejects a project already funded', () => {
    expectOne(dossierWith('key-country', declarations({ otherFiscalFunding: true })), {
      rule: id,
      severity: 'error',
      clause: '二.6',
      path: 'project.declarations.otherFiscalFunding',
      says: ['其他财政支持'],
    });
  });
});

describe('period-length (二.7: 项目执行期2—3年)', () => {
  const id = 'period-length';
  const period = (start: string, end: string) => ({ project: { period: { start, end } } });
  it('passes exactly 2 years and exactly 3 years', () => {
    expectNone(dossierWith('key-country', period('2025-01-01', '2026-12-31')), id);
    expectNone(dossierWith('key-country', period('2025-01-01', '2027-12-31')), id);
    expectNone(dossierWith('key-country', period('2025-03-15', '2027-03-14')), id);
  });
  it('rejects 1 year 11 months', () => {
    expectOne(dossierWith('key-country', period('2025-01-01', '2026-11-30')), {
      rule: id,
      severity: 'error',
      clause: '二.7',
      path: 'project.period.end',
      says: ['2025-01-01', '2026-11-30', '2年', '2—3年'],
    });
  });
  it('rejects 3 years 1 month', () => {
    expectOne(dossierWith('key-country', period('2025-01-01', '2028-01-31')), {
      rule: id,
      severity: 'error',
      clause: '二.7',
      path: 'project.period.end',
      says: ['2025-01-01', '2028-01-31', '3年'],
    });
  });
  it('rejects an end before the start', () => {
    expectOne(dossierWith('key-country', period('2025-01-01', '2024-12-31')), { rule: id, severity: 'error', clause: '二.7', path: 'project.period.end', says: ['2024-12-31', '2025-01-01'] });
  });
});

describe('credit-records (二.8)', () => {
  const id = 'credit-records';
  it('passes clean records', () => expectNone(validDossier(), id));
  const cases = { misconduct: '科研严重失信', blacklisted: '黑名单', environmentalIncident: '环保' } as const;
  for (const [key, word] of Object.entries(cases)) {
    it(`rejects ${key}`, () => {
      expectOne(dossierWith('key-country', { applicant: { credit: { [key]: true } } }), { rule: id, severity: 'error', clause: '二.8', path: `applicant.credit.${key}`, says: [word] });
    });
  }
});

describe('integrity-pledge (二.8)', () => {
  const id = 'integrity-pledge';
  it('passes a pledge signed by both and attached', () => expectNone(validDossier(), id));
  it('rejects a pledge the lead has not signed', () => {
    expectOne(dossierWith('key-country', declarations({ integrityPledge: { lead: false } })), {
      rule: id,
      severity: 'error',
      clause: '二.8',
      path: 'project.declarations.integrityPledge.lead',
      says: ['项目负责人未签署'],
    });
  });
  it('rejects a pledge the applicant has not signed', () => {
    expectOne(dossierWith('key-country', declarations({ integrityPledge: { applicant: false } })), {
      rule: id,
      severity: 'error',
      clause: '二.8',
      path: 'project.declarations.integrityPledge.applicant',
      says: ['申报单位未签署'],
    });
  });
  it('warns when signed but not attached (it may be inside the application form)', () => {
    expectOne(dossierWith('key-country', { attachments: { integrityPledge: undefined } }), { rule: id, severity: 'warning', clause: '二.8', path: 'attachments.integrityPledge', says: ['attachments.integrityPledge'] });
  });
});

describe('ethics-review (二.9)', () => {
  const id = 'ethics-review';
  it('passes a project without ethics issues, and one with its review attached', () => {
    expectNone(validDossier(), id);
    expectNone(dossierWith('key-country', declarations({ ethics: true }), { attachments: { ethicsReview: '伦理审查意见.pdf' } }), id);
  });
  it('warns for an ethics project without the review (视需要: test/rules/notice-gaps.test.ts)', () => {
    expectOne(dossierWith('key-country', declarations({ ethics: true })), { rule: id, severity: 'warning', clause: '二.9', path: 'attachments.ethicsReview', says: ['伦理'] });
  });
  it('warns for a human-genetic-resources project without the review', () => {
    expectOne(dossierWith('key-country', declarations({ humanGeneticResources: true })), { rule: id, severity: 'warning', clause: '二.9', path: 'attachments.ethicsReview', says: ['人类遗传资源'] });
  });
});
