// 三 申报材料: each required attachment declared, each declared file usable, the novelty search date.
import { describe, expect, it } from 'vitest';
import type { AttachmentFact, AttachmentStatus } from '../../src/core/attachments.js';
import { AS_OF, dossierWith, expectNone, expectOne, findingsOf, okAttachments, policy, validDossier } from '../helpers/dossier.js';

const without = (key: string) => ({ attachments: { [key]: undefined } });

describe('material rules (三.1, 三.2(1)–(7))', () => {
  const cases: [id: string, clause: string, patch: unknown, path: string, label: string][] = [
    ['material-application-form', '三.1', without('applicationForm'), 'attachments.applicationForm', '项目申报书'],
    ['material-business-license', '三.2(1)', without('businessLicense'), 'attachments.businessLicense', '营业执照或组织机构代码证'],
    ['material-lead-qualification', '三.2(2)', without('leadQualification'), 'attachments.leadQualification', '职称或学位证明'],
    ['material-employment-proof', '三.2(2)', without('employmentProof'), 'attachments.employmentProof', '在职、在岗或在聘证明'],
    ['material-funding-commitment', '三.2(4)', without('fundingCommitment'), 'attachments.fundingCommitment', '项目资金配套承诺书'],
    ['material-novelty-search', '三.2(7)', without('noveltySearch'), 'attachments.noveltySearch', '科技查新报告'],
  ];
  for (const [id, clause, patch, path, label] of cases) {
    describe(id, () => {
      it('passes when declared', () => {
        for (const c of ['belt-and-road', 'key-country', 'base-platform', 'regional', 'aid'] as const) expectNone(validDossier(c), id);
      });
      it('rejects a dossier that does not declare it', () => {
        expectOne(dossierWith('key-country', patch), { rule: id, severity: 'error', clause, path, says: [label] });
      });
    });
  }

  describe('material-agreements (三.2(3))', () => {
    const id = 'material-agreements';
    it('passes with an agreement file', () => expectNone(validDossier(), id));
    it('rejects a dossier with no agreement at all', () => {
      expectOne(dossierWith('key-country', { agreements: [] }), { rule: id, severity: 'error', clause: '三.2(3)', path: 'agreements', says: ['合作文件'] });
    });
  });

  describe('material-audit-report (三.2(5): enterprises only)', () => {
    const id = 'material-audit-report';
    it('passes an enterprise with its audit report, and an institution without one', () => {
      expectNone(validDossier('belt-and-road'), id);
      expectNone(validDossier('key-country'), id);
    });
    it('rejects an enterprise without the audit report, saying why it is needed', () => {
      expectOne(dossierWith('belt-and-road', without('auditReport')), { rule: id, severity: 'error', clause: '三.2(5)', path: 'attachments.auditReport', says: ['审计报告', '企业'] });
    });
  });

  describe('material-platform-proof (三.2(6): regional, partner institute or company with a national platform)', () => {
    const id = 'material-platform-proof';
    const platformPartner = { partners: { 0: { name: '上海某材料研究所', kind: 'institute', location: '上海市嘉定区', doubleFirstClass: false, nationalPlatform: { type: '国家工程研究中心' } } } };
    it('passes when the proof is declared', () => {
      expectNone(dossierWith('regional', platformPartner, { attachments: { platformProof: '国家级平台证明.pdf' } }), id);
    });
    it('rejects a regional platform-holding institute without the proof', () => {
      expectOne(dossierWith('regional', platformPartner), { rule: id, severity: 'error', clause: '三.2(6)', path: 'attachments.platformProof', says: ['国家级科技创新平台证明', '科研院所或企业'] });
    });
    it('does not ask it of a 双一流 university that also lists a platform, nor outside regional projects', () => {
      expectNone(dossierWith('regional', { partners: { 0: { nationalPlatform: { type: '国家重点实验室' } } } }), id);
      expectNone(dossierWith('key-country', { partners: { 0: { nationalPlatform: { type: '国家重点实验室' } } } }), id);
    });
  });
});

describe('novelty-search-date (三.2(7): 2024年5月1日之后)', () => {
  const id = 'novelty-search-date';
  const dated = (date: string) => ({ attachments: { noveltySearch: { date } } });
  it('passes 2024-05-02 and the check date itself', () => {
    expectNone(dossierWith('key-country', dated('2024-05-02')), id);
    expectNone(dossierWith('key-country', dated('2024-11-20')), id);
  });
  it('rejects 2024-04-30', () => {
    expectOne(dossierWith('key-country', dated('2024-04-30')), { rule: id, severity: 'error', clause: '三.2(7)', path: 'attachments.noveltySearch.date', says: ['2024-04-30', '2024年5月1日'] });
  });
  it('warns on 2024-05-01 itself (之后 may or may not include the day)', () => {
    expectOne(dossierWith('key-country', dated('2024-05-01')), { rule: id, severity: 'warning', clause: '三.2(7)', path: 'attachments.noveltySearch.date', says: ['2024-05-01'] });
  });
  it('warns on a date after the check date', () => {
    expect(AS_OF.toISOString().slice(0, 10)).toBe('2024-11-20');
    expectOne(dossierWith('key-country', dated('2024-11-21')), { rule: id, severity: 'warning', clause: '三.2(7)', path: 'attachments.noveltySearch.date', says: ['2024-11-21', '2024-11-20'] });
  });
});

describe('attachment-file (三: declared files exist inside the folder and are PDFs)', () => {
  const id = 'attachment-file';
  const d = dossierWith('key-country', { attachments: { ethicsReview: '伦理审查意见.pdf', other: ['其他证明材料.pdf'] } });
  const factsWith = (path: string, change: Partial<AttachmentFact>) => {
    const facts = okAttachments(d);
    facts.set(path, { ...facts.get(path)!, ...change });
    return facts;
  };

  it('passes when every declared file is ok', () => {
    expectNone(d, id);
    expect([...okAttachments(d).keys()]).toContain('agreements.0.file');
  });

  const statuses: [AttachmentStatus, Partial<AttachmentFact>, string[]][] = [
    ['missing', {}, ['不存在']],
    ['outside', { file: '../其他单位/营业执照.pdf', detail: '../' }, ['../其他单位/营业执照.pdf', '之外']],
    ['not-regular', { detail: '文件夹 directory' }, ['文件夹']],
    ['bad-name', { file: '营业\u0007执照.pdf', detail: 'U+0007' }, ['U+0007']],
    ['empty', { size: 0 }, ['0字节']],
    ['not-pdf', { size: 1200 }, ['%PDF-']],
  ];
  for (const [status, change, says] of statuses) {
    it(`reports ${status} as an error under the material's clause`, () => {
      const facts = factsWith('attachments.businessLicense', { status, ...change });
      const file = change.file ?? '营业执照.pdf';
      expectOne(d, { rule: id, severity: 'error', clause: '三.2(1)', path: 'attachments.businessLicense', says: [file, ...says] }, { attachments: facts });
    });
  }

  it('only warns for a file over the size limit, stating size and limit', () => {
    const facts = factsWith('attachments.applicationForm', { status: 'too-large', size: 25 * 1024 * 1024 });
    expectOne(d, { rule: id, severity: 'warning', clause: '三.1', path: 'attachments.applicationForm', says: ['申报书.pdf', '25.0 MB', `${(policy.attachment.maxBytes / 1024 / 1024).toFixed(1)} MB`] }, { attachments: facts });
  });

  it('cites the clause of each material: agreements 三.2(3), novelty search 三.2(7), ethics 二.9, other 三.2(8)', () => {
    for (const [path, clause] of [
      ['agreements.0.file', '三.2(3)'],
      ['attachments.noveltySearch.file', '三.2(7)'],
      ['attachments.ethicsReview', '二.9'],
      ['attachments.other.0', '三.2(8)'],
      ['attachments.employmentProof', '三.2(2)'],
    ] as const) {
      expectOne(d, { rule: id, severity: 'error', clause, path }, { attachments: factsWith(path, { status: 'missing' }) });
    }
  });

  it('reports every bad file, one finding each', () => {
    const facts = factsWith('attachments.businessLicense', { status: 'missing' });
    facts.set('attachments.fundingCommitment', { ...facts.get('attachments.fundingCommitment')!, status: 'empty', size: 0 });
    expect(findingsOf(d, id, { attachments: facts }).map((f) => f.path)).toEqual(['attachments.businessLicense', 'attachments.fundingCommitment']);
  });
});
