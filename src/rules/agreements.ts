// 二.3 合作文件: one valid agreement per partner, signed and sealed as the notice says, with the five
// contents, valid through the execution period, bilingual for international cooperation.
import { defineRule } from './rule.js';
import { isDomestic, isForeign, partnersOf, type LoosePartner } from './helpers.js';
import { foldName } from '../core/places.js';
import type { LooseDossier } from '../model/dossier.js';
import { AGREEMENT_CONTENTS } from '../model/dossier.js';
import { termOf } from '../model/vocabulary.js';

const agreementsOf = (d: LooseDossier) => (Array.isArray(d.agreements) ? d.agreements : []);
/** The partners by their folded name, the first of each (one pass per dossier: a dossier with thousands of
 * partners and agreements is not a quadratic search in every rule). */
const partnersByName = new WeakMap<LooseDossier, Map<string, LoosePartner>>();
function partnerIndex(d: LooseDossier): Map<string, LoosePartner> {
  let index = partnersByName.get(d);
  if (!index) {
    index = new Map();
    for (const p of partnersOf(d)) if (p?.name !== undefined && !index.has(foldName(p.name))) index.set(foldName(p.name), p);
    partnersByName.set(d, index);
  }
  return index;
}
const partnerOf = (d: LooseDossier, name: string | undefined) => (name === undefined ? undefined : partnerIndex(d).get(foldName(name)));

export const agreementPerPartner = defineRule({
  id: 'agreement-per-partner',
  clause: '二.3',
  severity: 'error',
  title: { zh: '每个合作单位都有合作文件，合作文件对应已列出的合作单位', en: 'Every partner has an agreement and every agreement names a listed partner' },
  hint: { zh: '为每个合作单位提供合作协议书或意向书，并使 agreements[].partner 与 partners[].name 完全一致', en: 'Provide an agreement or letter of intent per partner; agreements[].partner must equal partners[].name' },
  messages: {
    noAgreement: { zh: '合作单位“{partner}”没有对应的合作文件', en: 'The partner "{partner}" has no agreement' },
    unknownPartner: {
      zh: '合作文件对应的合作单位“{partner}”不在合作单位列表（partners）中',
      en: 'The agreement\'s partner "{partner}" is not in the partners list',
    },
  },
  doc: {
    why: { zh: '没有合作文件的合作关系不被认可。', en: 'A partnership without a signed document is not recognised.' },
    fail: 'partners: [{ name: A }, { name: B }]\nagreements: [{ partner: A }]',
    pass: 'agreements: [{ partner: A }, { partner: B }]',
  },
  check({ dossier }, report) {
    const agreements = agreementsOf(dossier);
    const agreed = new Set(agreements.flatMap((a) => (a?.partner !== undefined ? [foldName(a.partner)] : [])));
    partnersOf(dossier).forEach((p, i) => {
      if (!p?.name) return;
      const has = agreed.has(foldName(p.name));
      if (!has) report('noAgreement', { partner: p.name }, { path: `partners.${i}.name` });
    });
    agreements.forEach((a, i) => {
      if (a?.partner !== undefined && !partnerOf(dossier, a.partner)) report('unknownPartner', { partner: a.partner }, { path: `agreements.${i}.partner` });
    });
  },
});

export const agreementType = defineRule({
  id: 'agreement-type',
  clause: '二.3',
  severity: 'error',
  title: { zh: '合作文件是合作协议书或意向书', en: 'The cooperation document is an agreement or a letter of intent' },
  hint: { zh: '与合作单位签署合作协议书或意向书', en: 'Sign a cooperation agreement or letter of intent with the partner' },
  messages: {
    invalid: {
      zh: '合作文件类型为“{type}”（{label}），电子邮件、书信以及人才聘任合同、贸易投资合同、合作建厂合同等不能作为有效协议',
      en: 'The document is of type "{type}" ({label}); e-mails, letters, employment, trade, investment and factory contracts are not valid agreements',
    },
  },
  doc: {
    why: { zh: '这些文件不约定科研合作的权利义务。', en: 'Such documents do not set out research cooperation rights and duties.' },
    fail: 'agreements: [{ type: email }]',
    pass: 'agreements: [{ type: agreement }]',
  },
  check({ dossier, policy }, report) {
    agreementsOf(dossier).forEach((a, i) => {
      if (a?.type && !policy.validAgreementTypes.includes(a.type)) {
        report('invalid', { type: a.type, label: termOf('agreementType', a.type) }, { path: `agreements.${i}.type` });
      }
    });
  },
});

export const agreementSignatures = defineRule({
  id: 'agreement-signatures',
  clause: '二.3',
  severity: 'error',
  title: { zh: '合作文件按国内/国际要求签字盖章', en: 'The agreement is signed and sealed as domestic or international documents must be' },
  hint: { zh: '国内合作文件须双方项目负责人签字并加盖双方单位公章；国际合作文件外方由合作人签字，中方由项目负责人签字并加盖单位公章', en: 'Domestic: both leads sign and both units seal. International: the foreign partner signs; the Chinese lead signs and the applicant seals' },
  messages: {
    leadSignature: { zh: '合作文件缺少中方项目负责人签字', en: 'The Chinese project lead has not signed the agreement', hint: { zh: '请中方项目负责人在合作文件上签字，并把 signed.lead 改为 是', en: 'Have the Chinese lead sign the agreement, then set signed.lead to true' } },
    partnerSignature: { zh: '合作文件缺少合作方（{partner}）签字', en: 'The partner ({partner}) has not signed the agreement', hint: { zh: '请合作方（{partner}）在合作文件上签字，并把 signed.partner 改为 是', en: 'Have the partner ({partner}) sign the agreement, then set signed.partner to true' } },
    applicantSeal: { zh: '合作文件缺少申报单位公章', en: 'The applicant\'s seal is missing on the agreement', hint: { zh: '在合作文件上加盖申报单位公章，并把 sealed.applicant 改为 是', en: 'Seal the agreement with the applicant\'s seal, then set sealed.applicant to true' } },
    partnerSeal: { zh: '国内合作文件缺少合作单位“{partner}”公章', en: 'The domestic partner "{partner}" has not sealed the agreement', hint: { zh: '国内合作文件须加盖合作单位“{partner}”公章，盖章后把 sealed.partner 改为 是', en: 'A domestic agreement needs the seal of "{partner}"; then set sealed.partner to true' } },
  },
  doc: {
    why: { zh: '未按要求签字盖章的合作文件无效。', en: 'An agreement not signed and sealed as required is void.' },
    fail: 'partners: [{ name: 清华大学, country: CN }]\nagreements: [{ sealed: { applicant: true, partner: false } }]',
    pass: 'agreements: [{ signed: { lead: true, partner: true }, sealed: { applicant: true, partner: true } }]',
  },
  check({ dossier }, report) {
    agreementsOf(dossier).forEach((a, i) => {
      if (!a) return;
      const partner = partnerOf(dossier, a.partner);
      const name = a.partner ?? '';
      if (a.signed?.lead === false) report('leadSignature', {}, { path: `agreements.${i}.signed.lead` });
      if (a.signed?.partner === false) report('partnerSignature', { partner: name }, { path: `agreements.${i}.signed.partner` });
      if (a.sealed?.applicant === false) report('applicantSeal', {}, { path: `agreements.${i}.sealed.applicant` });
      // A foreign partner signs but need not seal; a domestic one must seal.
      if (partner && isDomestic(partner) && a.sealed && a.sealed.partner !== true) report('partnerSeal', { partner: name }, { path: `agreements.${i}.sealed.partner` });
    });
  },
});

export const partnerSignatoryRank = defineRule({
  id: 'partner-signatory-rank',
  clause: '二.3',
  severity: 'error',
  title: { zh: '国际合作文件的外方签署人达到副教授或相当以上/高级职务', en: 'The foreign signatory is associate professor or equivalent, or a senior manager' },
  hint: { zh: '由外方副教授（或相当职务）以上的专家学者，或国际知名企业的高级技术/管理人员签署', en: 'Have an associate professor or higher, or a senior manager of the company, sign' },
  messages: {
    lowAcademic: {
      zh: '外方合作单位“{partner}”的签署人“{name}”职务为“{rank}”，须为副教授或相当于副教授以上职务的专家学者',
      en: 'The signatory "{name}" of "{partner}" ranks "{rank}"; an associate professor or equivalent is required',
    },
    lowEnterprise: {
      zh: '外方企业“{partner}”的签署人“{name}”职务为“{rank}”，须为担任高级职务的专业技术人员或经营管理人员',
      en: 'The signatory "{name}" of the company "{partner}" ranks "{rank}"; a senior technical or managerial position is required',
    },
    notRenowned: {
      zh: '外方企业“{partner}”未声明为国际知名企业（renowned: false），国际合作文件须与国际知名企业或其高级职务人员签署，请确认',
      en: 'The foreign company "{partner}" is declared not renowned; international agreements are signed with renowned companies, please confirm',
      severity: 'warning',
      hint: { zh: '确认外方企业为世界500强或行业领军等国际知名企业；是则填 renowned: 是', en: 'Confirm the company is internationally renowned (Fortune Global 500, an industry leader); then set renowned to true' },
    },
    missing: {
      zh: '外方合作单位“{partner}”未填写签署人及其职务',
      en: 'No signatory and rank are given for the foreign partner "{partner}"',
      severity: 'warning',
      hint: { zh: '在 partners 中填写 signatory：签署人姓名和职务级别（如 教授）', en: 'Give the signatory in partners: name and rank (such as professor)' },
    },
  },
  doc: {
    why: { zh: '签署人级别不够的国际合作文件不被认可。', en: 'International agreements signed at too low a level are not recognised.' },
    fail: 'partners: [{ kind: university, country: DE, signatory: { name: Dr. A, rank: lecturer } }]',
    pass: 'partners: [{ kind: university, country: DE, signatory: { name: Prof. A, rank: professor } }]',
  },
  check({ dossier, policy }, report) {
    partnersOf(dossier).forEach((p, i) => {
      if (!p || !isForeign(p)) return;
      const partner = p.name ?? '';
      if (p.kind === 'enterprise' && p.renowned === false) report('notRenowned', { partner }, { path: `partners.${i}.renowned` });
      if (!p.signatory) return report('missing', { partner }, { path: `partners.${i}` });
      const rank = p.signatory.rank;
      if (!rank || !p.kind) return;
      const name = p.signatory.name ?? '';
      const path = `partners.${i}.signatory.rank`;
      if (p.kind === 'enterprise') {
        if (!policy.signatoryRanks.enterprise.includes(rank)) report('lowEnterprise', { partner, name, rank: termOf('signatoryRank', rank) }, { path });
      } else if (!policy.signatoryRanks.academic.includes(rank)) {
        report('lowAcademic', { partner, name, rank: termOf('signatoryRank', rank) }, { path });
      }
    });
  },
});

export const agreementContents = defineRule({
  id: 'agreement-contents',
  clause: '二.3',
  severity: 'error',
  title: { zh: '合作文件明确研究内容、任务分工、合同期限、经费分配、成果及知识产权归属五项内容', en: 'The agreement states the five required contents' },
  hint: { zh: '补充协议条款，逐项写明缺少的内容', en: 'Add clauses for each missing content' },
  messages: {
    missing: { zh: '合作文件（{partner}）未明确：{missing}', en: 'The agreement with {partner} does not state: {missing}' },
  },
  doc: {
    why: { zh: '缺少这些条款的协议无法界定双方权责。', en: 'Without them the agreement does not define either side\'s duties.' },
    fail: 'agreements: [{ covers: [content, tasks, term] }]',
    pass: 'agreements: [{ covers: [content, tasks, term, funding, ip] }]',
  },
  check({ dossier }, report) {
    agreementsOf(dossier).forEach((a, i) => {
      if (!Array.isArray(a?.covers)) return;
      const missing = AGREEMENT_CONTENTS.filter((c) => !a.covers!.includes(c));
      if (missing.length === 0) return;
      report(
        'missing',
        {
          partner: a.partner ?? '',
          missing: { zh: missing.map((c) => termOf('agreementContent', c).zh).join('、'), en: missing.map((c) => termOf('agreementContent', c).en).join(', ') },
        },
        { path: `agreements.${i}.covers` },
      );
    });
  },
});

export const agreementValidity = defineRule({
  id: 'agreement-validity',
  clause: '二.3',
  severity: 'error',
  title: { zh: '协议有效期限覆盖项目执行期', en: 'The agreement is valid through the whole execution period' },
  hint: { zh: '与合作单位补签或续签协议，使有效期覆盖项目执行期', en: 'Extend or re-sign the agreement so that it covers the execution period' },
  messages: {
    startsLate: {
      zh: '合作文件（{partner}）自{validFrom}起生效，晚于项目执行期开始日期{start}',
      en: 'The agreement with {partner} takes effect on {validFrom}, after the period starts ({start})',
    },
    endsEarly: {
      zh: '合作文件（{partner}）有效期至{validUntil}，早于项目执行期结束日期{end}',
      en: 'The agreement with {partner} expires on {validUntil}, before the period ends ({end})',
    },
    reversed: { zh: '合作文件（{partner}）的生效日期{validFrom}晚于到期日期{validUntil}', en: 'The agreement with {partner} starts ({validFrom}) after it ends ({validUntil})', hint: { zh: '核对协议的生效日期和有效期（validFrom 应早于 validUntil，是否写反）', en: 'Check the two dates (validFrom comes before validUntil; were they swapped?)' } },
  },
  doc: {
    why: { zh: '执行期内失效的协议不能保障合作。', en: 'An agreement that lapses during the project does not secure the cooperation.' },
    fail: 'project: { period: { start: 2025-01-01, end: 2027-12-31 } }\nagreements: [{ validFrom: 2024-10-01, validUntil: 2026-12-31 }]',
    pass: 'agreements: [{ validFrom: 2024-10-01, validUntil: 2027-12-31 }]',
  },
  check({ dossier }, report) {
    const start = dossier.project?.period?.start;
    const end = dossier.project?.period?.end;
    agreementsOf(dossier).forEach((a, i) => {
      if (!a) return;
      const partner = a.partner ?? '';
      const { validFrom, validUntil } = a;
      if (validFrom && validUntil && validFrom > validUntil) return report('reversed', { partner, validFrom, validUntil }, { path: `agreements.${i}.validFrom` });
      if (validFrom && start && validFrom > start) report('startsLate', { partner, validFrom, start }, { path: `agreements.${i}.validFrom` });
      if (validUntil && end && validUntil < end) report('endsEarly', { partner, validUntil, end }, { path: `agreements.${i}.validUntil` });
    });
  },
});

/** Names of the two languages besides their ISO 639 codes. */
const LANGUAGE_NAMES: Record<'zh' | 'en', string[]> = {
  zh: ['zho', 'chi', 'chinese', '中文', '汉语', '汉文', '简体中文'],
  en: ['eng', 'english', '英文', '英语'],
};

export const agreementBilingual = defineRule({
  id: 'agreement-bilingual',
  clause: '二.3',
  severity: 'error',
  title: { zh: '国际合作提供中英文对照协议', en: 'International cooperation comes with a Chinese-English agreement' },
  hint: { zh: '提供中英文对照的合作协议', en: 'Provide the agreement in Chinese and English side by side' },
  messages: {
    notBilingual: {
      zh: '与国外合作单位“{partner}”的合作文件语言为{languages}，涉及国际科技合作的项目需提供中英文对照协议',
      en: 'The agreement with the foreign partner "{partner}" is in {languages}; international cooperation requires a Chinese-English agreement',
    },
  },
  doc: {
    why: { zh: '评审需核对中外文本一致。', en: 'Reviewers compare both texts.' },
    fail: 'agreements: [{ partner: Fraunhofer IWU, languages: [de, zh] }]',
    pass: 'agreements: [{ partner: Fraunhofer IWU, languages: [zh, en] }]',
  },
  check({ dossier }, report) {
    agreementsOf(dossier).forEach((a, i) => {
      const partner = partnerOf(dossier, a?.partner);
      if (!a || !partner || !isForeign(partner)) return;
      const langs = (Array.isArray(a.languages) ? a.languages : []).map((l) => String(l).trim().toLowerCase());
      // zh, zh-CN, zh_Hans, and the languages' names (中文, English) as people also write them.
      const has = (code: 'zh' | 'en') => langs.some((l) => l === code || (/^[a-z]{2}[-_]/.test(l) && l.slice(0, 2) === code) || LANGUAGE_NAMES[code].includes(l));
      if (!has('zh') || !has('en')) {
        report('notBilingual', { partner: a.partner ?? '', languages: langs.length ? langs.join('+') : '—' }, { path: `agreements.${i}.languages` });
      }
    });
  },
});
