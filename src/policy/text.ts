// The values of the call in use as rule texts write them: `{call.leadBornOnOrAfter}` in a title, hint,
// message or doc is filled from the policy (1967年1月1日 in Chinese, 1967-01-01 in English), so that no
// text restates a number, date or list of a notice. The engine, the batch runner, `kjhz rules`,
// docs/rules.md, the checklist and the templates fill them; a finding's own params come after.
import type { Lang, Msg } from '../core/finding.js';
import { fill } from '../core/finding.js';
import { addToDate } from '../core/dates.js';
import { CATEGORIES } from '../model/dossier.js';
import type { Policy } from './policy.js';

/** 2023-01-01 → 2023年1月1日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A deadline instant as the notice writes it: 2024年12月4日18:00 / 2024-12-04 18:00 (its own offset's wall clock). */
function deadlineText(at: string, lang: Lang): string {
  const time = at.slice(11, 16);
  return lang === 'zh' ? `${chineseDate(at)}${time}` : `${at.slice(0, 10)} ${time}`;
}

const cache = new WeakMap<Policy, Partial<Record<Lang, Record<string, string | number>>>>();

/**
 * Every `call.*` placeholder a text may use, for one policy and language. Dates D give {call.D} (as the
 * language writes a date), {call.D.iso}, and {call.D.prev} / {call.D.next} (the day before / after, for
 * examples at the boundary).
 */
export function callParams(policy: Policy, lang: Lang): Record<string, string | number> {
  let byLang = cache.get(policy);
  if (!byLang) cache.set(policy, (byLang = {}));
  const known = byLang[lang];
  if (known) return known;
  const sep = lang === 'zh' ? '、' : ', ';
  const p: Record<string, string | number> = {
    'call.id': policy.id,
    'call.name': policy.name[lang],
    'call.noticeTitle': policy.noticeTitle,
    'call.callYear': policy.callYear,
    'call.auditYear': policy.auditYear,
    'call.auditYear.prev': policy.auditYear - 1,
    'call.deadlines.online': deadlineText(policy.deadlines.online.at, lang),
    'call.deadlines.paper': deadlineText(policy.deadlines.paper.at, lang),
    'call.deadlineWarningDays': policy.deadlineWarningDays,
    'call.applicationsPerYear': policy.applicationsPerYear,
    'call.maxProjectsWithThis': policy.maxProjectsWithThis,
    'call.recentCooperationYears': policy.recentCooperationYears,
    'call.recentCooperationFrom': policy.callYear - policy.recentCooperationYears + 1,
    'call.periodYears.min': policy.periodYears.min,
    'call.periodYears.max': policy.periodYears.max,
    'call.matchingRatio.default': policy.matchingRatio.default,
    'call.matchingRatio.enterprise': policy.matchingRatio.enterprise,
    'call.minTargets': policy.minTargets,
    'call.keyCountries': policy.keyCountries.map((c) => policy.countryNames[c]?.[lang] ?? c).join(sep),
    'call.regionalAreas': policy.regionalAreas.join(sep),
    'call.regionalFields': policy.regionalFields.join(sep),
    'call.aidFields': policy.aidFields.join(sep),
    'call.aidRegions': Object.keys(policy.aidRegions).join(sep),
    'call.homeProvince': (lang === 'en' ? policy.homeProvince.en : undefined) ?? policy.homeProvince.names[0] ?? policy.homeProvince.code,
    'call.homeProvince.code': policy.homeProvince.code,
  };
  for (const c of CATEGORIES) p[`call.typicalFunding.${c}`] = policy.typicalFunding[c];
  for (const key of ['noticeDate', 'registeredOnOrBefore', 'leadBornOnOrAfter', 'noveltySearchAfter'] as const) {
    const iso = policy[key];
    p[`call.${key}`] = lang === 'zh' ? chineseDate(iso) : iso;
    p[`call.${key}.iso`] = iso;
    p[`call.${key}.prev`] = addToDate(iso, { days: -1 });
    p[`call.${key}.next`] = addToDate(iso, { days: 1 });
  }
  byLang[lang] = p;
  return p;
}

/** A text with the call's values filled in; other placeholders stay for the finding's params. */
export const callText = (template: string, policy: Policy, lang: Lang): string => fill(template, callParams(policy, lang));

/** Both languages of a text, filled from the call. */
export const callMsg = (m: Msg, policy: Policy): Msg => ({ zh: callText(m.zh, policy, 'zh'), en: callText(m.en, policy, 'en') });
