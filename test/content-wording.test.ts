// Content rules on the wordings real documents use (text as the PDF reader returns it): what must not be
// a false error on a correct document, and what still is one.
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, okAttachments, validDossier } from './helpers/dossier.js';
import { validityEnd } from '../src/rules/content.js';
import type { LooseDossier } from '../src/model/dossier.js';

/** Every declared file ok, and `path` a PDF with this text. */
function withText(d: LooseDossier, path: string, text: string) {
  const attachments = okAttachments(d);
  const fact = attachments.get(path)!;
  attachments.set(path, { ...fact, pdf: { pages: 1, pageSizes: [{ width: 595.28, height: 841.89 }], text: [text], hasText: true } });
  return { attachments };
}

describe('validityEnd', () => {
  it('reads 有效期自…起至…止 and 有效期至', () => {
    expect(validityEnd('本协议有效期自2024年10月8日起至2027年12月31日止。')).toBe('2027-12-31');
    expect(validityEnd('协议有效期至2028年6月30日')).toBe('2028-06-30');
  });
  it('ignores 至 that ends a work-plan phase, and months without a day', () => {
    expect(validityEnd('第一阶段：2025年1月1日至2026年6月30日，完成样机。')).toBeUndefined();
    expect(validityEnd('合作期限：2025年1月至2027年12月')).toBeUndefined();
  });
});

describe('funding-commitment-text wording', () => {
  const id = 'funding-commitment-text';
  const d = validDossier('belt-and-road'); // an enterprise, matching 80
  const path = 'attachments.fundingCommitment';
  const name = d.applicant.name;
  it('accepts the amount in figures and in 大写, and in 元', () => {
    expectNone(d, id, withText(d, path, `${name}承诺配套资金人民币80万元（大写：捌拾万元整）`));
    expectNone(d, id, withText(d, path, `${name}承诺配套资金800,000.00元`));
  });
  it('one smaller amount is an error; several amounts none of which is declared is a warning', () => {
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(4)', path, says: [60, 80] }, withText(d, path, `${name}承诺配套资金60万元（大写：陆拾万元整）`));
    expectOne(d, { rule: id, severity: 'warning', clause: '三.2(4)', path, says: [30, 50] }, withText(d, path, `${name}2025年配套30万元，2026年配套50万元`));
  });
});

describe('audit-report-text wording', () => {
  const id = 'audit-report-text';
  const d = validDossier('belt-and-road'); // an enterprise: it has an audit report
  const path = 'attachments.auditReport';
  const firm = '山西某某会计师事务所（特殊普通合伙）';
  it('a 2023 report with 2022 comparatives and a 2024 report date passes, in any date form', () => {
    expectNone(d, id, withText(d, path, `${d.applicant.name}\n${firm}\n资产负债表 2023.12.31 及 2022.12.31\n报告日期：2024年4月15日`));
  });
  it('a 2022 report issued in 2023 is the wrong year', () => {
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(5)', path, says: ['2022'] }, withText(d, path, `${d.applicant.name}\n${firm}\n2022年度财务报表审计\n报告日期：2023年4月15日`));
  });
});

describe('employment-content wording', () => {
  const id = 'employment-content';
  const d = dossierWith('key-country', { lead: { employment: 'contracted', contractEnd: '2028-06-30' } });
  const path = 'attachments.employmentProof';
  const who = `${(d as { lead: { name: string } }).lead.name} ${(d as { applicant: { name: string } }).applicant.name}`;
  it('a term printed after 至 that ends too early is an error', () => {
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(2)', path, says: ['2026-06-30'] }, withText(d, path, `${who} 受聘期限：2023年7月1日至2026年6月30日`));
  });
  it('without a printed term, the latest date is only a warning', () => {
    expectOne(d, { rule: id, severity: 'warning', clause: '三.2(2)', path, says: ['2024-10-15'] }, withText(d, path, `兹证明${who}为我单位聘用人员。特此证明。2024年10月15日`));
  });
  it('a term covering the period passes', () => {
    expectNone(d, id, withText(d, path, `${who} 聘期自2023年7月1日至2028年6月30日`));
  });
});
