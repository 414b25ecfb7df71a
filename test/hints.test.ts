// Every message with the hint that fits it (issue 13.3). A rule's default hint is written for its main
// message; any other message that would inherit it must have been reviewed as fitting (the list below) or
// carry its own hint. And no hint speaks of something its message does not concern (the topic table).
// The cross-dossier (batch) rules are held to the same, in both languages.
import { describe, expect, it } from 'vitest';
import { batchRuleList, checkRules } from '../src/rules/index.js';

const RULES = [...checkRules, ...batchRuleList];
const hintOf = (rule: (typeof RULES)[number], id: string) => rule.messages[id]!.hint ?? rule.hint;

/** Messages reviewed to be served by their rule's default hint (rule.message). */
const DEFAULT_HINT_FITS = new Set([
  'dossier-call.other',
  'category-belt-and-road.notBri',
  'category-base-platform.neither',
  'category-regional-partner.notInRegion',
  'category-regional-partner.noQualification',
  'category-regional-partner.dfcOutsideRegion',
  'category-regional-partner.dfcNotListedOutsideRegion',
  'category-field.regional',
  'category-aid-region.missing',
  'targets-minimum.tooFew',
  'funding-amount.far',
  'applicant-registered-in-shanxi.elsewhere',
  'applicant-registration-date.tooLate',
  'applicant-legal-person.notLegalPerson',
  'applicant-credit-code.length',
  'applicant-credit-code.alphabet',
  'applicant-credit-code.check',
  'partner-credit-code.length',
  'partner-credit-code.alphabet',
  'partner-credit-code.check',
  'regional-partner-outside-shanxi.inShanxi',
  'lead-age.tooOld',
  'lead-id-number.format',
  'lead-id-number.date',
  'lead-id-number.check',
  'lead-id-number.mismatch',
  'lead-id-number.tooOld',
  'lead-qualification.unqualified',
  'lead-employment.none',
  'lead-applications-per-year.tooMany',
  'lead-ongoing-projects.tooMany',
  'lead-cooperation-history.ongoing',
  'lead-cooperation-history.recent',
  'lead-cooperation-history.ongoingListed',
  'lead-cooperation-history.recentListed',
  'agreement-per-partner.noAgreement',
  'agreement-per-partner.unknownPartner',
  'agreement-type.invalid',
  'partner-signatory-rank.lowAcademic',
  'partner-signatory-rank.lowEnterprise',
  'agreement-contents.missing',
  'agreement-validity.startsLate',
  'agreement-validity.endsEarly',
  'agreement-bilingual.notBilingual',
  'funding-matching-ratio.low',
  'funding-unit.yuan',
  'applicant-kind-code.enterpriseCode',
  'state-secret.secret',
  'other-fiscal-funding.funded',
  'period-length.short',
  'period-length.long',
  'credit-records.misconduct',
  'credit-records.blacklisted',
  'ethics-review.missing',
  'declarations-stated.missing',
  'material-application-form.missing',
  'material-business-license.missing',
  'material-lead-qualification.missing',
  'material-employment-proof.missing',
  'material-agreements.missing',
  'material-funding-commitment.missing',
  'material-audit-report.missing',
  'material-platform-proof.missing',
  'material-novelty-search.missing',
  'lead-contract-term.short',
  'novelty-search-date.tooOld',
  'attachment-no-text.scan',
  'license-content.otherCode',
  'qualification-content.titleMissing',
  'employment-content.termShort',
  'agreement-text.noEnglish',
  'agreement-text.noChinese',
  'funding-commitment-text.otherAmount',
  'audit-report-text.wrongYear',
  'audit-report-text.noFirm',
  'novelty-search-text.tooOld',
  'novelty-search-text.otherProject',
  'deadline-online.passed',
  'deadline-online.soon',
  'deadline-paper.passed',
  'deadline-paper.soon',
  'batch-duplicate-lead.sameLead',
  'batch-duplicate-lead.sameLeadHere',
  'batch-one-recommender.recommenders',
  'batch-one-recommender.recommendersHere',
  'batch-similar-projects.same',
  'batch-similar-projects.sameHere',
]);

/** A hint that speaks of the topic (left) may only go with a message that concerns it (right). */
const TOPICS: { topic: string; hint: RegExp; message: RegExp }[] = [
  { topic: 'where the file goes', hint: /所在文件夹/u, message: /不存在|缺少|之外|文件夹/u },
  { topic: 'a new novelty search', hint: /重新(委托|查新)|重新.*查新/u, message: /须为|不符|针对/u },
  { topic: 'colons', hint: /冒号/u, message: /冒号/u },
  { topic: 'quotes', hint: /引号/u, message: /引号|“: ”/u },
  { topic: 'Tab', hint: /Tab/u, message: /Tab/u },
  { topic: 'signing', hint: /签字|签署(?!共建)/u, message: /签字|签署|签署人|承诺书|合作文件|协议/u },
  { topic: 'seals', hint: /公章/u, message: /公章|盖章|签字/u },
  { topic: 'exporting a PDF again', hint: /重新导出/u, message: /PDF|加密|页|读取|密码|扫描|空文件/u },
  { topic: 'the credit code', hint: /信用代码/u, message: /信用代码|营业执照|执照/u },
  { topic: 'changing the lead', hint: /更换.*负责人|更换项目负责人/u, message: /负责人/u },
  { topic: 'the matching amount', hint: /配套/u, message: /配套|比例|企业/u },
  { topic: 'true/false', hint: /true|false/u, message: /\btrue\b|\bfalse\b|renowned/u },
];

describe('every message has the hint that fits it', () => {
  const all = RULES.flatMap((r) => Object.keys(r.messages).map((id) => ({ rule: r, id, key: `${r.id}.${id}` })));

  it('a message served by its rule\'s default hint was reviewed for it; every other carries its own', () => {
    const unreviewed = all.filter(({ rule, id, key }) => !rule.messages[id]!.hint && !DEFAULT_HINT_FITS.has(key)).map((m) => m.key);
    expect(unreviewed).toEqual([]);
    // the list names only messages that exist and use the default
    const stale = [...DEFAULT_HINT_FITS].filter((k) => !all.some((m) => m.key === k && !m.rule.messages[m.id]!.hint));
    expect(stale).toEqual([]);
  });

  it('no hint speaks of a topic its message does not concern', () => {
    const misfits: string[] = [];
    for (const { rule, id, key } of all) {
      const hint = hintOf(rule, id).zh;
      const message = rule.messages[id]!.zh;
      for (const t of TOPICS) if (t.hint.test(hint) && !t.message.test(message)) misfits.push(`${key}: hint on ${t.topic} — ${hint}`);
    }
    expect(misfits).toEqual([]);
  });

  it('a hint names only what its message is given (its placeholders are the message\'s, or the one extra a rule passes), in zh and en', () => {
    // {call.X} is the call's, never a message parameter: not matched here
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    // parameters a rule passes for the hint alone
    const HINT_ONLY: Record<string, string[]> = { 'applicant-credit-code.letter': ['fix'], 'partner-credit-code.letter': ['fix'], 'funding-unit.yuan': ['wan'] };
    const stray = all.flatMap(({ rule, id, key }) => {
      const m = rule.messages[id]!;
      return (['zh', 'en'] as const).flatMap((lang) => {
        const allowed = new Set([...placeholders(m[lang]), ...(HINT_ONLY[key] ?? [])]);
        return placeholders(hintOf(rule, id)[lang]).filter((p) => !allowed.has(p)).map((p) => `${key} (${lang}): {${p}}`);
      });
    });
    expect(stray).toEqual([]);
  });

  it('every message and its hint exist in both languages', () => {
    const gaps = all.flatMap(({ rule, id, key }) => {
      const m = rule.messages[id]!;
      const h = hintOf(rule, id);
      return [
        ...(m.zh.trim() && h.zh.trim() ? [] : [`${key}: zh`]),
        ...(m.en.trim() && h.en.trim() ? [] : [`${key}: en`]),
      ];
    });
    expect(gaps).toEqual([]);
  });

  it('the cases of the issue: not a PDF, a date in the future, a tab', () => {
    const file = checkRules.find((r) => r.id === 'attachment-file')!;
    expect(hintOf(file, 'not-pdf').zh).not.toContain('所在文件夹');
    expect(hintOf(file, 'not-pdf').zh).toContain('PDF');
    const date = checkRules.find((r) => r.id === 'novelty-search-date')!;
    expect(hintOf(date, 'future').zh).not.toMatch(/重新|委托/u);
    expect(hintOf(date, 'future').zh).toContain('核对');
  });

  it('batch hints fit their finding and are filled, in both languages: near-identical projects are compared, not merged outright', async () => {
    const { batchKeysOf } = await import('../src/batch/keys.js');
    const { runBatchRules } = await import('../src/batch/run.js');
    const { uniqueDossier } = await import('./batch-fixture.js');
    const { policy } = await import('./helpers/dossier.js');
    const salt = new Uint8Array(32).fill(3);
    const checked = (lang: 'zh' | 'en') => {
      const unit = uniqueDossier(1).applicant;
      const lead = uniqueDossier(2).lead;
      const dossiers = [
        uniqueDossier(3, { applicant: unit, lead, project: { title: '高性能镁合金轻量化部件联合研发' } }),
        uniqueDossier(4, { applicant: unit, lead, project: { title: '高性能镁合金轻量化部件联合研发与应用' } }),
      ];
      const list = dossiers.map((d, i) => ({ report: { file: `d${i}/dossier.yaml`, status: 'pass' as const, counts: { error: 0, warning: 0, info: 0 }, findings: [] }, keys: batchKeysOf(d as never, salt) }));
      return { batch: runBatchRules(list, policy, { lang, settings: {} }), here: list.flatMap((c) => c.report.findings) };
    };
    for (const lang of ['zh', 'en'] as const) {
      const { batch, here } = checked(lang);
      expect(batch.map((f) => f.rule).sort()).toEqual(['batch-duplicate-lead', 'batch-similar-projects']);
      for (const f of [...batch, ...here]) {
        expect(f.hint, `${f.rule}: ${f.hint}`).toBeTruthy();
        expect(f.hint).not.toMatch(/\{[\w.-]+\}/);
      }
      const similar = [...batch, ...here].filter((f) => f.rule === 'batch-similar-projects');
      expect(similar).toHaveLength(3);
      for (const f of similar) expect(f.hint).toMatch(lang === 'zh' ? /核对.*研究内容/u : /Compare the contents/);
      const lead = batch.find((f) => f.rule === 'batch-duplicate-lead')!;
      expect(lead.hint).toContain(lang === 'zh' ? `限申报${policy.applicationsPerYear}项` : `${policy.applicationsPerYear} project(s) a year`);
    }
  });

  it('hints fill their placeholders from the message\'s parameters, in both languages', async () => {
    const { runRules } = await import('../src/rules/engine.js');
    const { AS_OF, policy, dossierWith } = await import('./helpers/dossier.js');
    const d = dossierWith('key-country', {});
    const attachments = new Map([['attachments.applicationForm', { path: 'attachments.applicationForm', file: '申报书.docx', status: 'not-pdf' as const, size: 10 }]]);
    for (const lang of ['zh', 'en'] as const) {
      const f = runRules([checkRules.find((r) => r.id === 'attachment-file')!], { dossier: d, policy, asOf: AS_OF, attachments }, lang).findings[0]!;
      expect(f.hint).not.toMatch(/\{\w+\}/);
    }
    const missing = new Map([['attachments.applicationForm', { path: 'attachments.applicationForm', file: '申报书.pdf', status: 'missing' as const }]]);
    const f = runRules([checkRules.find((r) => r.id === 'attachment-file')!], { dossier: d, policy, asOf: AS_OF, attachments: missing }, 'zh').findings[0]!;
    expect(f.hint).toContain('“申报书.pdf”');
  });
});
