// 二.4–二.9: matching funds, state secrets and double funding, execution period, credit, integrity, ethics.
import { defineRule } from './rule.js';
import { addToDate } from '../core/dates.js';
import { looksLikeYuan } from './helpers.js';

export const matchingRatio = defineRule({
  id: 'funding-matching-ratio',
  clause: '二.4',
  severity: 'error',
  title: { zh: '配套资金与申请引导资金的比例不低于{call.matchingRatio.default}:1（企业不低于{call.matchingRatio.enterprise}:1）', en: 'Matching funds are at least {call.matchingRatio.default}:1 to the request ({call.matchingRatio.enterprise}:1 for enterprises)' },
  hint: { zh: '提高配套资金，并在配套资金承诺书中写明', en: 'Raise the matching funds and state them in the funding commitment' },
  messages: {
    low: {
      zh: '配套资金{matching}万元与申请引导资金{requested}万元之比为{ratio}，{who}须不低于{required}:1（即不少于{minimum}万元）',
      en: 'Matching {matching}万 to requested {requested}万 is {ratio}; {who} need at least {required}:1 (at least {minimum}万)',
    },
  },
  doc: {
    why: { zh: '配套比例不足直接不予受理。', en: 'Too little matching means the application is not accepted.' },
    fail: 'applicant: { kind: enterprise }\nproject: { funding: { requested: 40, matching: 60 } }',
    pass: 'applicant: { kind: enterprise }\nproject: { funding: { requested: 40, matching: 80 } }',
  },
  check({ dossier, policy }, report) {
    const requested = dossier.project?.funding?.requested;
    const matching = dossier.project?.funding?.matching;
    if (typeof requested !== 'number' || typeof matching !== 'number' || requested <= 0) return;
    if (looksLikeYuan(requested) || looksLikeYuan(matching)) return; // funding-unit says it
    const enterprise = dossier.applicant?.kind === 'enterprise';
    const required = enterprise ? policy.matchingRatio.enterprise : policy.matchingRatio.default;
    // 不低于 is inclusive; compare in hundredths of 万元 so 40.1 × 2 = 80.2 is not lost to floating point.
    const cents = (x: number) => Math.round(x * 100);
    if (cents(matching) < cents(requested) * required) {
      report(
        'low',
        {
          matching,
          requested,
          // rounded down: a failing ratio never reads as the one required (79.9:40 is 1.99:1, not 2:1)
          ratio: `${String(Math.floor((matching / requested) * 100 + 1e-9) / 100)}:1`,
          required,
          minimum: Math.round(requested * required * 100) / 100,
          who: enterprise ? { zh: '申报单位为企业的', en: 'enterprises' } : { zh: '', en: 'applicants' },
        },
        { path: 'project.funding.matching' },
      );
    }
  },
});

export const fundingUnit = defineRule({
  id: 'funding-unit',
  clause: '二.4',
  severity: 'error',
  title: { zh: '资金以万元填写', en: 'Amounts are given in 万元' },
  hint: { zh: '金额单位为万元：核对后改为 {wan}（kjhz 不会自动换算）', en: 'Amounts are in 万元: check and write {wan} (kjhz never converts it for you)' },
  messages: {
    yuan: {
      zh: '{what}填写为{value}，看起来是按元填写的：{value} 应为万元：即 {wan}',
      en: '{what} is {value}, which reads as 元: in 万元 that is {wan}',
    },
  },
  doc: {
    why: { zh: '按元填写的金额放大一万倍，比例和额度的判断都会出错。', en: 'An amount in 元 is ten thousand times too large; ratio and amount are misjudged.' },
    fail: 'funding: { requested: 400000, matching: 800000 }',
    pass: 'funding: { requested: 40, matching: 80 }',
  },
  check({ dossier }, report) {
    const funding = dossier.project?.funding;
    const fields = [
      ['requested', { zh: '申请引导资金', en: 'The requested funding' }],
      ['matching', { zh: '配套资金', en: 'The matching funding' }],
    ] as const;
    for (const [key, what] of fields) {
      const value = funding?.[key];
      if (looksLikeYuan(value)) report('yuan', { what, value, wan: Math.round(value / 100) / 100 }, { path: `project.funding.${key}` });
    }
  },
});

export const stateSecret = defineRule({
  id: 'state-secret',
  clause: '二.6',
  severity: 'error',
  title: { zh: '项目不涉及国家秘密', en: 'The project involves no state secrets' },
  hint: { zh: '涉密项目不能通过本专项申报', en: 'Classified projects cannot apply to this programme' },
  messages: { secret: { zh: '项目涉及国家秘密，本专项不受理涉及国家秘密的项目', en: 'The project involves state secrets, which this programme does not accept' } },
  doc: {
    why: { zh: '网上申报系统不能处理涉密内容。', en: 'The online system cannot handle classified content.' },
    fail: 'declarations: { stateSecret: true }',
    pass: 'declarations: { stateSecret: false }',
  },
  check({ dossier }, report) {
    if (dossier.project?.declarations?.stateSecret === true) report('secret', {}, { path: 'project.declarations.stateSecret' });
  },
});

export const otherFiscalFunding = defineRule({
  id: 'other-fiscal-funding',
  clause: '二.6',
  severity: 'error',
  title: { zh: '项目未获得其他财政支持', en: 'The project has no other fiscal funding' },
  hint: { zh: '已获财政支持的项目不得重复、多头申报', en: 'Projects already funded by public money may not apply again' },
  messages: { funded: { zh: '项目已获得其他财政支持，不得重复、多头申报', en: 'The project already has other fiscal funding and may not apply again' } },
  doc: {
    why: { zh: '避免财政资金重复支持。', en: 'Public money must not fund the same work twice.' },
    fail: 'declarations: { otherFiscalFunding: true }',
    pass: 'declarations: { otherFiscalFunding: false }',
  },
  check({ dossier }, report) {
    if (dossier.project?.declarations?.otherFiscalFunding === true) report('funded', {}, { path: 'project.declarations.otherFiscalFunding' });
  },
});

export const periodLength = defineRule({
  id: 'period-length',
  clause: '二.7',
  severity: 'error',
  title: { zh: '项目执行期{call.periodYears.min}—{call.periodYears.max}年', en: 'The execution period is {call.periodYears.min}–{call.periodYears.max} years' },
  hint: { zh: '将执行期调整为{call.periodYears.min}至{call.periodYears.max}年', en: 'Make the period {call.periodYears.min} to {call.periodYears.max} years' },
  messages: {
    reversed: { zh: '执行期结束日期{end}早于开始日期{start}', en: 'The period ends ({end}) before it starts ({start})', hint: { zh: '核对执行期的开始和结束日期是否写反', en: 'Check whether the start and end of the period were swapped' } },
    short: { zh: '执行期{start}至{end}不足{call.periodYears.min}年，项目执行期须为{call.periodYears.min}—{call.periodYears.max}年', en: 'The period {start} to {end} is under {call.periodYears.min} years; it must be {call.periodYears.min}–{call.periodYears.max} years' },
    long: { zh: '执行期{start}至{end}超过{call.periodYears.max}年，项目执行期须为{call.periodYears.min}—{call.periodYears.max}年', en: 'The period {start} to {end} is over {call.periodYears.max} years; it must be {call.periodYears.min}–{call.periodYears.max} years' },
  },
  doc: {
    why: { zh: '执行期超出范围的项目不予受理。', en: 'Periods outside the range are not accepted.' },
    fail: 'period: { start: 2025-01-01, end: 2028-06-30 }',
    pass: 'period: { start: 2025-01-01, end: 2027-12-31 }',
  },
  check({ dossier, policy }, report) {
    const start = dossier.project?.period?.start;
    const end = dossier.project?.period?.end;
    if (typeof start !== 'string' || typeof end !== 'string') return;
    const path = 'project.period';
    if (end < start) return report('reversed', { start, end }, { path: `${path}.end` });
    // Inclusive both ways: 2025-01-01–2026-12-31 is 2 years; 2025-01-01–2028-01-01 is still written as 3.
    const shortestEnd = addToDate(start, { years: policy.periodYears.min, days: -1 });
    const longestEnd = addToDate(start, { years: policy.periodYears.max });
    if (end < shortestEnd) report('short', { start, end, min: policy.periodYears.min }, { path: `${path}.end` });
    else if (end > longestEnd) report('long', { start, end, max: policy.periodYears.max }, { path: `${path}.end` });
  },
});

export const creditRecords = defineRule({
  id: 'credit-records',
  clause: '二.8',
  severity: 'error',
  title: { zh: '无科研严重失信、信用黑名单记录，近3年无重大环保事件', en: 'No serious misconduct, blacklist entry or major environmental incident' },
  hint: { zh: '存在不良信用记录的单位在惩戒期内不得申报', en: 'Units with such records may not apply during the sanction' },
  messages: {
    misconduct: { zh: '申报单位有在惩戒执行期内的科研严重失信行为记录', en: 'The applicant has a serious research misconduct record under sanction' },
    blacklisted: { zh: '申报单位有相关社会领域信用“黑名单”记录', en: 'The applicant is on a credit blacklist' },
    environmentalIncident: { zh: '项目单位近3年发生过重大环保污染等恶劣影响事件', en: 'The applicant had a major environmental incident in the last 3 years', hint: { zh: '近3年发生重大环保污染等恶劣影响事件的单位不得申报；如填写有误，改为 否', en: 'Units with such an incident in the last 3 years may not apply; if this was filled in by mistake, set it to false' } },
  },
  doc: {
    why: { zh: '信用审查不通过的单位不予推荐。', en: 'Units failing the credit review are not recommended.' },
    fail: 'credit: { misconduct: false, blacklisted: true, environmentalIncident: false }',
    pass: 'credit: { misconduct: false, blacklisted: false, environmentalIncident: false }',
  },
  check({ dossier }, report) {
    const credit = dossier.applicant?.credit;
    if (!credit) return;
    for (const key of ['misconduct', 'blacklisted', 'environmentalIncident'] as const) {
      if (credit[key] === true) report(key, {}, { path: `applicant.credit.${key}` });
    }
  },
});

export const integrityPledge = defineRule({
  id: 'integrity-pledge',
  clause: '二.8',
  severity: 'error',
  title: { zh: '项目负责人和申报单位均签署科研诚信承诺书', en: 'Both the lead and the applicant sign the research integrity pledge' },
  hint: { zh: '项目负责人和申报单位分别签署科研诚信承诺书，并作为附件上传', en: 'Have the lead and the applicant each sign the pledge and attach it' },
  messages: {
    lead: { zh: '项目负责人未签署科研诚信承诺书', en: 'The lead has not signed the research integrity pledge', hint: { zh: '请项目负责人签署科研诚信承诺书，并把 integrityPledge.lead 改为 是', en: 'Have the lead sign the pledge, then set integrityPledge.lead to true' } },
    applicant: { zh: '申报单位未签署科研诚信承诺书', en: 'The applicant has not signed the research integrity pledge', hint: { zh: '请申报单位签署科研诚信承诺书，并把 integrityPledge.applicant 改为 是', en: 'Have the applicant sign the pledge, then set integrityPledge.applicant to true' } },
    noFile: {
      zh: '已声明签署科研诚信承诺书，但未单独提供承诺书附件（attachments.integrityPledge）；若已包含在申报书中请忽略',
      en: 'The pledge is declared signed but not attached (attachments.integrityPledge); ignore if the application form includes it',
      severity: 'warning',
      hint: { zh: '将签署的承诺书作为附件填入 attachments.integrityPledge；已包含在申报书中可忽略', en: 'Attach the signed pledge as attachments.integrityPledge; ignore this if the application form includes it' },
    },
  },
  doc: {
    why: { zh: '未签署承诺书的申报不予受理。', en: 'Applications without the pledge are not accepted.' },
    fail: 'integrityPledge: { lead: true, applicant: false }',
    pass: 'integrityPledge: { lead: true, applicant: true }',
  },
  check({ dossier }, report) {
    const pledge = dossier.project?.declarations?.integrityPledge;
    if (!pledge) return;
    if (pledge.lead === false) report('lead', {}, { path: 'project.declarations.integrityPledge.lead' });
    if (pledge.applicant === false) report('applicant', {}, { path: 'project.declarations.integrityPledge.applicant' });
    if (pledge.lead === true && pledge.applicant === true && !dossier.attachments?.integrityPledge) {
      report('noFile', {}, { path: 'attachments.integrityPledge' });
    }
  },
});

export const ethicsReview = defineRule({
  id: 'ethics-review',
  clause: '二.9',
  // 视需要: whether a review is needed is for the reviewer to judge, so a missing one is a warning.
  severity: 'warning',
  title: { zh: '涉及伦理或人类遗传资源的项目视需要提供伦理委员会审查意见', en: 'Projects involving ethics or human genetic resources attach an ethics review where needed' },
  hint: { zh: '如项目需要，由相关医疗机构伦理委员会出具审查意见并作为附件（attachments.ethicsReview）', en: 'Where the project needs one, attach the ethics committee\'s opinion (attachments.ethicsReview)' },
  messages: {
    missing: {
      zh: '项目涉及{what}，但未提供伦理委员会审查意见；通知要求“视需要”由相关医疗机构提供，请确认本项目是否需要',
      en: 'The project involves {what} but no ethics committee opinion is attached; the notice asks for one "where needed": confirm whether this project needs it',
    },
  },
  doc: {
    why: {
      zh: '通知写的是“视需要”：是否须附审查意见由评审按项目内容判断，缺少时常被要求补充，程序不能代为判定。',
      en: 'The notice says "where needed": whether a review must be attached is for the reviewers to judge from the project, who often ask for it; a program cannot decide.',
    },
    fail: 'declarations: { ethics: true }\nattachments: { }',
    pass: 'declarations: { ethics: true }\nattachments: { ethicsReview: 伦理审查意见.pdf }',
  },
  check({ dossier }, report) {
    const d = dossier.project?.declarations;
    if (!d || (d.ethics !== true && d.humanGeneticResources !== true)) return;
    if (dossier.attachments?.ethicsReview) return;
    const what = [d.ethics === true ? { zh: '伦理', en: 'ethics' } : undefined, d.humanGeneticResources === true ? { zh: '人类遗传资源', en: 'human genetic resources' } : undefined].filter(
      (x): x is { zh: string; en: string } => !!x,
    );
    report('missing', { what: { zh: what.map((w) => w.zh).join('和'), en: what.map((w) => w.en).join(' and ') } }, { path: 'attachments.ethicsReview' });
  },
});

const DECLARATIONS: { path: string; clause: string; label: { zh: string; en: string } }[] = [
  { path: 'project.declarations.stateSecret', clause: '二.6', label: { zh: '是否涉及国家秘密', en: 'whether it involves state secrets' } },
  { path: 'project.declarations.otherFiscalFunding', clause: '二.6', label: { zh: '是否已获得其他财政支持', en: 'whether it has other fiscal funding' } },
  { path: 'project.declarations.ethics', clause: '二.9', label: { zh: '是否涉及伦理', en: 'whether it involves ethics' } },
  { path: 'project.declarations.humanGeneticResources', clause: '二.9', label: { zh: '是否涉及人类遗传资源', en: 'whether it involves human genetic resources' } },
  { path: 'project.declarations.integrityPledge.lead', clause: '二.8', label: { zh: '项目负责人是否签署科研诚信承诺书', en: 'whether the lead signed the integrity pledge' } },
  { path: 'project.declarations.integrityPledge.applicant', clause: '二.8', label: { zh: '申报单位是否签署科研诚信承诺书', en: 'whether the applicant signed the integrity pledge' } },
  { path: 'applicant.credit.misconduct', clause: '二.8', label: { zh: '有无科研严重失信行为记录', en: 'any serious misconduct record' } },
  { path: 'applicant.credit.blacklisted', clause: '二.8', label: { zh: '有无信用“黑名单”记录', en: 'any credit blacklist entry' } },
  { path: 'applicant.credit.environmentalIncident', clause: '二.8', label: { zh: '近3年有无重大环保事件', en: 'any major environmental incident in 3 years' } },
];

export const declarationsStated = defineRule({
  id: 'declarations-stated',
  clause: '二.6',
  severity: 'warning',
  title: { zh: '国家秘密、财政支持、伦理、诚信承诺和信用情况均已声明', en: 'Secrets, other funding, ethics, the integrity pledge and credit are all declared' },
  hint: { zh: '在 dossier.yaml 中按实际情况填写 是 或 否', en: 'Fill in true or false (是 or 否) in dossier.yaml' },
  messages: {
    missing: { zh: '未声明{what}，无法判断是否符合{clause}的要求', en: 'It is not declared {what}; {clause} cannot be judged' },
  },
  doc: {
    why: { zh: '未声明的事项只能由人工核实，形式审查时可能被要求补充。', en: 'Undeclared matters need a person to verify them and may be asked for.' },
    fail: 'declarations: { stateSecret: false }   # the others are missing',
    pass: 'declarations: { stateSecret: false, otherFiscalFunding: false, ethics: false, humanGeneticResources: false, integrityPledge: { lead: true, applicant: true } }',
  },
  check({ dossier, invalid }, report) {
    for (const d of DECLARATIONS) {
      // a value the schema refused (stateSecret: 不清楚) is reported as that, not as undeclared
      if (invalid?.has(d.path)) continue;
      let v: unknown = dossier;
      for (const k of d.path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      if (v === undefined) report('missing', { what: d.label, clause: d.clause }, { path: d.path, clause: d.clause });
    }
  },
});
