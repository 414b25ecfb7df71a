// Content rules on the wordings real documents use (text as the PDF reader returns it): what must not be
// a false error on a correct document, and what still is one.
import { describe, expect, it } from 'vitest';
import { check, dossierWith, expectNone, expectOne, okAttachments, validDossier } from './helpers/dossier.js';
import { validityEnd, validityYears } from '../src/rules/content.js';
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
  it('reads a range typed with a dash (有效期：2024年9月26日—2027年12月31日, 2024.11.1-2027.12.31)', () => {
    expect(validityEnd('本协议有效期：2024年9月26日—2027年12月31日。')).toBe('2027-12-31');
    expect(validityEnd('本协议有效期为2024.11.1-2027.12.31。')).toBe('2027-12-31');
    expect(validityEnd('合作期限：2024年9月26日——2027年12月31日')).toBe('2027-12-31');
  });
  it('an OCR line that lost the spaces of the English validity still gives its end, not the quoted project period', () => {
    expect(validityEnd('本协议有效期自2024年7月1日至2027年ThisAgreement isvalid from July 1,2024\n12月31日,覆盖项目执行期(2025年1月toDecember31,2028,coveringthe1日至2027年12月31日)。')).toBe('2028-12-31');
  });
  it('the project period quoted in the validity sentence is not the validity; 有效期三年 is a length from signing', () => {
    const text = '本协议自双方签字盖章之日起生效，有效期三年，覆盖项目执行期（2025年7月1日至2027年6月30日）。';
    expect(validityEnd(text)).toBeUndefined();
    expect(validityYears(text)).toBe(3);
    expect(validityYears('This Agreement shall enter into force on the date of signature and remain valid for five years.')).toBe(5);
    expect(validityYears('本协议有效期为5年。')).toBe(5);
    expect(validityYears('保密期限为一年。')).toBeUndefined();
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
  it('a term typed as a range with a hyphen is the whole term, not a term ending on its first day', () => {
    expectNone(d, id, withText(d, path, `${who}\n受聘期限 2023.7.1-2028.6.30`));
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(2)', path, says: ['2026-06-30'] }, withText(d, path, `${who}\n受聘期限 2023.7.1-2026.6.30`));
  });
});

describe('employment-content: the whole hiring term covers the period (三.2(2): 受聘期限覆盖项目执行期)', () => {
  const id = 'employment-content';
  const d = dossierWith('key-country', { lead: { employment: 'contracted', contractEnd: '2028-06-30' } }); // period 2025-01-01 … 2027-12-31
  const path = 'attachments.employmentProof';
  const who = `${(d as { lead: { name: string } }).lead.name} ${(d as { applicant: { name: string } }).applicant.name}`;
  it('a term that starts after the period starts does not cover it', () => {
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(2)', path, says: ['2025-03-01', '2025-01-01'] }, withText(d, path, `${who} 聘期自2025年3月1日起至2028年6月30日止`));
  });
  it('a term with a start only is not a covering term: the late start is an error, the missing end a warning', () => {
    const r = check(d, withText(d, path, `兹证明${who}受聘于我单位，聘期自2025年3月1日起。`)).filter((f) => f.rule === id);
    expect(r.map((f) => f.severity).sort()).toEqual(['error', 'warning']);
    expect(r.find((f) => f.severity === 'error')!.message).toContain('2025-03-01');
  });
  it('a term starting before the period and ending after it passes, by month too', () => {
    expectNone(d, id, withText(d, path, `${who} 受聘期限：2024年12月1日至2028年6月30日`));
    expectNone(d, id, withText(d, path, `${who} 聘用期限为2023年7月至2028年6月30日`));
  });
});

describe('agreement-text: facts from their own clause', () => {
  const id = 'agreement-text';
  const d = validDossier('key-country'); // period to 2027-12-31, agreement declared valid until 2028-12-31
  const path = 'agreements.0.file';
  const partner = 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik';
  const english = 'This Agreement is concluded between the Parties for the joint research on magnesium alloy components and their forming technology in the automotive industry. '.repeat(2);
  const body = (validity: string, plan = '') =>
    `合作协议书\n乙方：${partner}\n一、研究内容\n二、任务分工\n三、合同期限\n${validity}\n四、经费分配\n五、知识产权\n${plan}\n${english}`;
  it('the declared end printed in the validity clause is verified', () => {
    expectNone(d, id, withText(d, path, body('本协议有效期自2024年10月20日起至2028年12月31日止。')));
  });
  it('an agreement valid to 2025 whose work plan mentions 2028 is not "valid until 2028" (二.3: 协议有效期限覆盖项目执行期)', () => {
    const text = body('本协议有效期自2024年10月20日起至2025年12月31日止。', '工作计划：第三阶段2027年1月1日至2028年12月31日，完成示范应用。');
    expectOne(d, { rule: id, severity: 'error', clause: '二.3', path, says: ['2025-12-31', '2027-12-31'] }, withText(d, path, text));
  });
  it('a date only in the work plan is no validity: a warning to look, not a ✔', () => {
    expectOne(d, { rule: id, severity: 'warning', clause: '二.3', path, says: ['2028-12-31'] }, withText(d, path, body('本协议经双方签字后生效。', '工作计划：2025年1月1日至2028年12月31日。')));
  });
  it('有效期五年 from signing is verified against the declared start and end (二.3: 协议有效期限覆盖项目执行期)', () => {
    const years = (n: string, until: string) => {
      const dy = dossierWith('key-country', { agreements: { 0: { validUntil: until } } }); // validFrom 2024-10-20
      return [dy, withText(dy, path, body(`本协议自双方签字之日起生效，有效期${n}年，覆盖项目执行期（2025年1月1日至2027年12月31日）。`))] as const;
    };
    expectNone(...years('五', '2029-10-19'));
    const [dy, ctx] = years('两', '2028-12-31');
    expectOne(dy, { rule: id, severity: 'error', clause: '二.3', path, says: ['2026-10-19'] }, ctx);
  });
  it('the validity clause in English counts', () => {
    expectNone(d, id, withText(d, path, body('', '') + '\nThis Agreement shall remain in force from October 20, 2024 until December 31, 2028.'));
  });
  it('an English-first bilingual agreement names its five contents in English: no "no clause" warnings', () => {
    const text = [
      'Cooperation Agreement',
      `Party B: ${partner}`,
      'Article 1 Research Content. The Parties shall jointly carry out research on material design and process optimisation.',
      'Article 2 Division of Tasks. Party A is responsible for trials; Party B for theory, testing and training.',
      'Article 3 Term. This Agreement is valid from October 20, 2024 to December 31, 2028.',
      'Article 4 Allocation of Funds. Project funds are managed by Party A and allocated by tasks.',
      'Article 5 Intellectual Property and Benefit Sharing. Results are jointly owned.',
      '合作协议书（中文译本）',
      `乙方：${partner}`,
      '双方同意按上述英文条款开展合作，中英文本具有同等效力。',
    ].join('\n');
    expectNone(d, id, withText(d, path, text));
  });
});

describe('funding-commitment-text: the amount of the 配套资金 clause', () => {
  const id = 'funding-commitment-text';
  const d = validDossier('belt-and-road'); // an enterprise, matching 80
  const path = 'attachments.fundingCommitment';
  const name = d.applicant.name;
  it('another amount of the letter does not hide a smaller committed one', () => {
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(4)', path, says: [60, 80] }, withText(d, path, `${name}承诺：项目总投资180万元，申请引导资金40万元，自筹配套资金60万元（大写：陆拾万元整）。`));
  });
  it('the committed amount among others is found', () => {
    expectNone(d, id, withText(d, path, `${name}承诺：项目总投资120万元，申请引导资金40万元，自筹配套资金80万元。`));
  });
  it('instalments and a total in the 配套 sentence: the declared amount is their total; a total investment is not the committed amount', () => {
    expectNone(d, id, withText(d, path, `${name}承诺每年配套资金40万元，共计80万元。`));
    expectNone(d, id, withText(d, path, `${name}承诺配套资金分两年到位：2025年40万元，2026年40万元。`));
    expectNone(d, id, withText(d, path, `${name}承诺自筹配套资金人民币捌拾万圆整。`));
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(4)', path, says: [60, 80] }, withText(d, path, `${name}承诺配套资金60万元，占项目总投资80万元的75%。`));
  });
  it('the guide fund named inside the 配套 sentence is not the committed amount (不低于申请引导资金（40万元）的2倍，即80万元)', () => {
    expectNone(d, id, withText(d, path, `${name}承诺自筹配套资金不低于申请引导资金（40万元）的2倍，即80万元，资金来源为企业自有资金。`));
    expectNone(d, id, withText(d, path, `${name}\n配套资金：不低于省引导资金40万元的2倍，即80万元`));
    expectOne(d, { rule: id, severity: 'error', clause: '三.2(4)', path, says: [60, 80] }, withText(d, path, `${name}承诺自筹配套资金不低于申请引导资金（40万元）的1.5倍，即60万元。`));
  });
});

describe('attachment-no-text: a text layer that does not decode is read like a scan', () => {
  const d = validDossier('key-country');
  const path = 'agreements.0.file';
  /** A page whose runs decode to control characters, as a font without ToUnicode gives. */
  const garbled = (d: LooseDossier) => {
    const attachments = okAttachments(d);
    const fact = attachments.get(path)!;
    const runs = ['\u0001\u0002\u0003\u0004\u0005\u0006', '\u0003\u0004\u0007\b 2344\u0004 56789:'].map((text, i) => ({ text, x: 60, y: 80 + i * 15, width: 60, height: 10.5 }));
    attachments.set(path, { ...fact, pdf: { pages: 1, pageSizes: [{ width: 595.28, height: 841.89 }], text: [''], pageTexts: [{ page: 1, width: 595.28, height: 841.89, source: 'text', runs, unreadable: 'control-characters' }], hasText: false } });
    return { attachments };
  };
  it('one warning to check it by hand, and no content error such as 没有中文文本', () => {
    expectOne(d, { rule: 'attachment-no-text', severity: 'warning', clause: '三.2(3)', path, says: ['文字层无法识别', '请人工核对'] }, garbled(d));
    expectNone(d, 'agreement-text', garbled(d));
  });
});

describe('attachment-pdf: what real readers open', () => {
  const d = validDossier('key-country');
  const path = 'attachments.businessLicense';
  const withFact = (extra: Record<string, unknown>, pdf: Record<string, unknown> = {}) => {
    const attachments = okAttachments(d);
    const fact = attachments.get(path)!;
    attachments.set(path, { ...fact, ...extra, pdf: { pages: 2, pageSizes: [{ width: 595.28, height: 841.89 }, { width: 595.28, height: 841.89 }], text: ['', ''], hasText: false, ...pdf } });
    return { attachments };
  };
  it('junk before %PDF- that readers skip is a warning that a portal may refuse it, not "not a PDF"', () => {
    expectOne(d, { rule: 'attachment-pdf', severity: 'warning', clause: '三.2(1)', path, says: ['29字节', '拒收'] }, withFact({ headerOffset: 29 }));
    expectOne(d, { rule: 'attachment-pdf', severity: 'warning', clause: '三.2(1)', path, says: ['缺少%PDF-文件头'] }, withFact({ headerOffset: -1 }));
  });
  it('a page pdf.js cannot read is a warning on that page; the other pages count', () => {
    expectOne(d, { rule: 'attachment-pdf', severity: 'warning', clause: '三.2(1)', path, says: ['第2页'] }, withFact({}, { badPages: [{ page: 2, detail: 'FormatError: bad' }], pageSizes: [{ width: 595.28, height: 841.89 }, { width: 0, height: 0 }] }));
  });
});
