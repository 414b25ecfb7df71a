// 二.1 项目申报单位: registered in Shanxi before 2023, an independent legal person, a valid credit code;
// the main regional partner registered outside Shanxi.
import type { Msg } from '../core/finding.js';
import { defineRule, type Param, type RuleMessage } from './rule.js';
import { checkUscc, usccCharacters } from '../core/checksums.js';
import { placeFromDivision, placeFromText } from '../core/places.js';
import { isDomestic, mainPartner } from './helpers.js';
import { partnerPlace } from './category.js';
import { termOf } from '../model/vocabulary.js';

export const applicantRegisteredInShanxi = defineRule({
  id: 'applicant-registered-in-shanxi',
  clause: '二.1',
  severity: 'error',
  title: { zh: '申报单位在山西省行政区域内注册', en: 'The applicant is registered in Shanxi' },
  hint: { zh: '由在山西省注册的单位（含中央驻晋单位）申报', en: 'Apply through a unit registered in Shanxi (central units based in Shanxi included)' },
  messages: {
    elsewhere: {
      zh: '申报单位注册地为“{place}”，项目申报单位须为山西省行政区域内注册的单位',
      en: 'The applicant is registered in "{place}"; applicants must be registered in Shanxi',
    },
  },
  doc: {
    why: { zh: '专项只受理在山西注册的单位。', en: 'Only units registered in Shanxi may apply.' },
    fail: 'applicant: { registeredIn: 陕西省西安市 }',
    pass: 'applicant: { registeredIn: 山西省太原市 }',
  },
  check({ dossier, policy }, report) {
    const where = dossier.applicant?.registeredIn;
    if (!where) return;
    const place = placeFromText(where);
    // A place kjhz does not know by name (古交市, a county-level city) is judged by the credit code's registering authority.
    const byCode = () => placeFromDivision(checkUscc(dossier.applicant?.creditCode ?? '').division)?.province === policy.homeProvince.code;
    const home = place ? place.province === policy.homeProvince.code : policy.homeProvince.names.some((n) => where.includes(n)) || byCode();
    if (!home) report('elsewhere', { place: where }, { path: 'applicant.registeredIn' });
  },
});

export const applicantRegistrationDate = defineRule({
  id: 'applicant-registration-date',
  clause: '二.1',
  severity: 'error',
  title: { zh: '申报单位注册时间为{call.registeredOnOrBefore}（含）前', en: 'The applicant was registered on or before {call.registeredOnOrBefore}' },
  hint: { zh: '注册时间晚于{call.registeredOnOrBefore}的单位不能申报本年度项目', en: 'Units registered after {call.registeredOnOrBefore} cannot apply this year' },
  messages: {
    tooLate: {
      zh: '申报单位注册时间为{date}，须为{call.registeredOnOrBefore}（含）前',
      en: 'The applicant was registered on {date}; it must be on or before {call.registeredOnOrBefore}',
    },
  },
  doc: {
    why: { zh: '新注册单位不具备申报资格。', en: 'Newly registered units are not eligible.' },
    fail: 'applicant: { registeredOn: {call.registeredOnOrBefore.next} }',
    pass: 'applicant: { registeredOn: {call.registeredOnOrBefore.iso} }',
  },
  check({ dossier, policy }, report) {
    const date = dossier.applicant?.registeredOn;
    if (typeof date === 'string' && date > policy.registeredOnOrBefore) {
      report('tooLate', { date }, { path: 'applicant.registeredOn' });
    }
  },
});

export const applicantLegalPerson = defineRule({
  id: 'applicant-legal-person',
  clause: '二.1',
  severity: 'error',
  title: { zh: '申报单位是具有独立法人资格的企事业单位', en: 'The applicant is an enterprise or public institution with legal personality' },
  hint: { zh: '由具有独立法人资格的上级单位申报（分支机构、内设部门不能作为申报单位）', en: 'Apply through the legal entity itself (branches and departments cannot apply)' },
  messages: {
    notLegalPerson: { zh: '申报单位不具有独立法人资格', en: 'The applicant is not an independent legal person' },
    otherKind: {
      zh: '申报单位性质填为“其他”，项目申报单位须为企事业单位（包括中央驻晋企事业单位），请确认',
      en: 'The applicant\'s kind is "other"; applicants must be enterprises or public institutions (central ones in Shanxi included), please confirm',
      severity: 'warning',
      hint: { zh: '企业填 企业，事业单位、科研院所填 事业单位，高校填 高校', en: 'Use enterprise for companies, institution for public institutions and institutes, university for universities' },
    },
  },
  doc: {
    why: { zh: '非独立法人不能承担项目的法律责任。', en: 'A unit without legal personality cannot bear the project\'s legal responsibility.' },
    fail: 'applicant: { legalPerson: false }',
    pass: 'applicant: { legalPerson: true }',
  },
  check({ dossier }, report) {
    if (dossier.applicant?.legalPerson === false) report('notLegalPerson', {}, { path: 'applicant.legalPerson' });
    if (dossier.applicant?.kind === 'other') report('otherKind', {}, { path: 'applicant.kind' });
  },
});

// GB 32100, said of the code "{code}": the applicant's and every domestic partner's code get these checks,
// words and hints (a partner's messages name it first). Only the applicant's is bound to Shanxi's division.
const CREDIT_CODE_HINT: Msg = { zh: '按营业执照或事业单位法人证书逐位核对统一社会信用代码', en: 'Copy the code character by character from the business licence or legal-person certificate' };
const CREDIT_CODE_MESSAGES = {
  length: { zh: '统一社会信用代码“{code}”应为18位，当前为{length}位', en: 'The credit code "{code}" must have 18 characters; it has {length}' },
  alphabet: {
    zh: '统一社会信用代码“{code}”第{position}位“{char}”不是信用代码使用的字符（只用数字和除 I、O、S、V、Z 以外的大写字母）',
    en: 'Position {position} of the credit code "{code}" is "{char}", which codes never use (digits and capital letters except I, O, S, V, Z)',
  },
  letter: {
    zh: '统一社会信用代码“{code}”中{letters}：信用代码不使用字母 I、O、S、V、Z',
    en: 'In the credit code "{code}", {letters}: codes never use the letters I, O, S, V, Z',
    hint: { zh: '按证照核对这几位；{fix}', en: 'Check those positions against the licence; {fix}' },
  },
  check: {
    zh: '统一社会信用代码“{code}”校验码错误：按前17位应为“{expected}”',
    en: 'The credit code "{code}" has a wrong check character: the first 17 call for "{expected}"',
  },
  orgCode: {
    zh: '统一社会信用代码“{code}”第9–17位的组织机构代码校验不通过，请核对',
    en: 'Positions 9–17 of "{code}" fail the organisation-code check; please verify',
    severity: 'warning',
    hint: { zh: '按证照核对第9–17位（组织机构代码）；与证照一致时可忽略此警告', en: 'Check positions 9–17 (the organisation code) against the licence; if they agree, ignore this warning' },
  },
} satisfies Record<string, RuleMessage>;

type CreditCodeProblem = { key: keyof typeof CREDIT_CODE_MESSAGES; params: Record<string, Param> };

/** What GB 32100 finds wrong with a declared code: one error (length, a character, the check character),
 * else at most the organisation-code warning; a letter O/I/Z/S/V named with its position and likely digit. */
function creditCodeProblems(raw: string): CreditCodeProblem[] {
  const r = checkUscc(raw);
  const code = raw.trim();
  if (r.problem === 'length') return [{ key: 'length', params: { code, length: raw.replace(/[\s-]/g, '').length } }];
  if (r.problem === 'alphabet') {
    const { bad, corrected } = usccCharacters(raw);
    if (bad.every((b) => b.likely)) {
      const letters = {
        zh: bad.map((b) => `第${b.position}位是字母“${b.char}”（可能是${/\d/.test(b.likely!) ? '数字' : '字母'}“${b.likely}”）`).join('，'),
        en: bad.map((b) => `position ${b.position} is the letter "${b.char}" (probably "${b.likely}")`).join(', '),
      };
      const fix = corrected ? { zh: `改为“${corrected}”后校验码正确`, en: `"${corrected}" passes the check` } : { zh: '改正后再核对校验码', en: 'then verify the check character' };
      return [{ key: 'letter', params: { code, letters, fix } }];
    }
    const first = bad[0]!;
    return [{ key: 'alphabet', params: { code, position: first.position, char: first.char } }];
  }
  if (r.problem === 'check') return [{ key: 'check', params: { code, expected: r.expected ?? '?' } }];
  return r.orgCodeValid === false ? [{ key: 'orgCode', params: { code } }] : [];
}

export const applicantCreditCode = defineRule({
  id: 'applicant-credit-code',
  clause: '二.1',
  severity: 'error',
  title: { zh: '统一社会信用代码格式与校验码正确', en: 'The unified social credit code is well formed and its check character right' },
  hint: CREDIT_CODE_HINT,
  messages: {
    ...CREDIT_CODE_MESSAGES,
    division: {
      zh: '统一社会信用代码“{code}”的登记管理机关行政区划码为{division}，不是{call.homeProvince}（{call.homeProvince.code}开头）；中央驻晋单位可能如此，请核实',
      en: 'The credit code "{code}" was issued by division {division}, not {call.homeProvince} ({call.homeProvince.code}…); central units in {call.homeProvince} may be, please verify',
      severity: 'warning',
      hint: { zh: '中央驻晋单位或由省级以上机关登记的单位可忽略；否则核对注册地与信用代码', en: 'Central units in Shanxi, or units registered by a higher authority, may ignore this; otherwise check the place and the code' },
    },
  },
  doc: {
    why: { zh: '信用代码错误使网上申报系统无法核验单位身份。', en: 'A wrong code stops the portal from verifying the unit.' },
    fail: 'applicant: { creditCode: 91140100MA0G1H2KXQ }',
    pass: 'applicant: { creditCode: 91140100MA0G1H2KXP }',
  },
  check({ dossier, policy }, report) {
    const raw = dossier.applicant?.creditCode;
    if (typeof raw !== 'string') return;
    const path = 'applicant.creditCode';
    const problems = creditCodeProblems(raw);
    for (const p of problems) report(p.key, p.params, { path });
    if (problems.some((p) => p.key !== 'orgCode')) return;
    const division = checkUscc(raw).division;
    // 100000: registered by a central authority (中央编办事业单位登记管理局, 国家市场监督管理总局), as the notice's
    // 中央驻晋企事业单位 are: where they are is applicant-registered-in-shanxi's question, not the code's
    if (division && !division.startsWith(policy.homeProvince.code) && division !== CENTRAL_DIVISION) report('division', { code: raw.trim(), division }, { path });
  },
});

export const partnerCreditCode = defineRule({
  id: 'partner-credit-code',
  clause: '二.1',
  severity: 'error',
  title: { zh: '国内合作单位的统一社会信用代码格式与校验码正确', en: 'A domestic partner\'s unified social credit code is well formed and its check character right' },
  hint: CREDIT_CODE_HINT,
  messages: Object.fromEntries(
    Object.entries(CREDIT_CODE_MESSAGES).map(([key, m]: [string, RuleMessage]) => [key, { ...m, zh: `合作单位“{partner}”的${m.zh}`, en: `Partner "{partner}": ${m.en}` }]),
  ),
  doc: {
    why: { zh: '合作单位的注册地按其信用代码核实（区域合作项目的主要合作单位须在山西省外）；代码有误，这一核实就不可信，申报系统也无法核验该单位。', en: 'A partner\'s registered province is read from its code (a regional project\'s main partner must be outside Shanxi); a wrong code makes that check worthless and the portal cannot verify the partner.' },
    fail: 'partners: [{ name: 清华大学, country: CN, creditCode: 12100000400000624E }]',
    pass: 'partners: [{ name: 清华大学, country: CN, creditCode: 12100000400000624D }]',
  },
  check({ dossier }, report) {
    (dossier.partners ?? []).forEach((p, i) => {
      if (!isDomestic(p) || typeof p.creditCode !== 'string') return;
      for (const problem of creditCodeProblems(p.creditCode)) report(problem.key, { ...problem.params, partner: p.name ?? '' }, { path: `partners.${i}.creditCode` });
    });
  },
});

/** The division code of units registered by a central authority (GB 32100 positions 3–8). */
const CENTRAL_DIVISION = '100000';

export const applicantKindMatchesCode = defineRule({
  id: 'applicant-kind-code',
  clause: '二.4',
  severity: 'warning',
  title: { zh: '单位性质与统一社会信用代码的机构类别一致', en: 'The applicant kind agrees with the credit code\'s entity type' },
  hint: { zh: '企业（信用代码以91开头）须按企业填写单位性质，配套资金比例不低于{call.matchingRatio.enterprise}:1', en: 'A company (code starting 91) is an enterprise: its matching ratio is at least {call.matchingRatio.enterprise}:1' },
  messages: {
    enterpriseCode: {
      zh: '统一社会信用代码以“{prefix}”开头（工商登记的企业），但单位性质填为“{kind}”；企业的配套资金比例要求为不低于{call.matchingRatio.enterprise}:1',
      en: 'The credit code starts with "{prefix}" (a registered company) but the kind is "{kind}"; companies need a {call.matchingRatio.enterprise}:1 matching ratio',
    },
  },
  doc: {
    why: { zh: '单位性质决定配套比例和是否须提供审计报告，填错会漏掉企业的要求。', en: 'The kind decides the matching ratio and the audit report; a wrong kind hides the enterprise requirements.' },
    fail: 'applicant: { creditCode: 91140100MA0G1H2KXP, kind: institution }',
    pass: 'applicant: { creditCode: 91140100MA0G1H2KXP, kind: enterprise }',
  },
  check({ dossier }, report) {
    const code = dossier.applicant?.creditCode?.trim().toUpperCase();
    const kind = dossier.applicant?.kind;
    if (!code || !kind || kind === 'enterprise') return;
    if (code.startsWith('91') && checkUscc(code).valid) report('enterpriseCode', { prefix: code.slice(0, 2), kind: termOf('applicantKind', kind) }, { path: 'applicant.kind' });
  },
});

export const regionalPartnerOutsideShanxi = defineRule({
  id: 'regional-partner-outside-shanxi',
  clause: '二.1',
  severity: 'error',
  categories: ['regional'],
  title: { zh: '区域合作项目的主要合作单位注册地在山西省外', en: 'A regional project\'s main partner is registered outside Shanxi' },
  hint: { zh: '区域合作项目应与省外单位合作，将省外单位列为主要合作单位（partners 第一个）', en: 'Make an out-of-province unit the main partner (first in partners)' },
  messages: {
    inShanxi: {
      zh: '区域合作项目的主要合作单位“{partner}”注册地在山西省内，须在山西省外',
      en: 'The main partner "{partner}" of a regional project is registered in Shanxi; it must be outside Shanxi',
    },
  },
  doc: {
    why: { zh: '区域合作项目旨在引入省外创新资源。', en: 'Regional projects exist to bring in resources from outside Shanxi.' },
    fail: 'partners: [{ name: 太原理工大学, country: CN, location: 山西省太原市 }]',
    pass: 'partners: [{ name: 清华大学, country: CN, location: 北京市海淀区 }]',
  },
  check({ dossier, policy }, report) {
    if (dossier.project?.category !== 'regional') return;
    const main = mainPartner(dossier);
    if (!main || !isDomestic(main)) return;
    const place = partnerPlace(main);
    if (place?.province === policy.homeProvince.code) report('inShanxi', { partner: main.name ?? '' }, { path: main.creditCode ? 'partners.0.creditCode' : 'partners.0.location' });
  },
});
