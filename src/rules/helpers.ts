// Small facts about a dossier that several rules share.
import type { LooseDossier } from '../model/dossier.js';
import type { DeepPartial, Partner } from '../model/dossier.js';
import type { Msg } from '../core/finding.js';
import type { Policy } from '../policy/policy.js';
import { reference } from '../policy/reference.js';

export type LoosePartner = DeepPartial<Partner>;

export const isDomestic = (p: LoosePartner | undefined): boolean => (p?.country ?? '').toUpperCase() === 'CN';

/** 香港、澳门、台湾 have ISO codes of their own but are not 国外: the division code of each (GB/T 2260).
 * 一.4 counts 香港 and 澳门 in 粤港澳大湾区; 二.3's rules for 国际合作文件 are not theirs. */
const SAR_DIVISIONS: Record<string, string> = { HK: '810000', MO: '820000', TW: '710000' };

const SAR_NAMES: Record<string, Msg> = { HK: { zh: '香港', en: 'Hong Kong' }, MO: { zh: '澳门', en: 'Macao' }, TW: { zh: '台湾', en: 'Taiwan' } };

/** The name of a partner's region when it is in Hong Kong, Macao or Taiwan; undefined otherwise. */
export const sarName = (p: LoosePartner | undefined): Msg | undefined => SAR_NAMES[(p?.country ?? '').toUpperCase()];

/** The division code of a partner in Hong Kong, Macao or Taiwan by its country code; undefined otherwise. */
export const sarDivision = (p: LoosePartner | undefined): string | undefined => SAR_DIVISIONS[(p?.country ?? '').toUpperCase()];

/** 国外: a two-letter country code other than CN, HK, MO and TW. */
export const isForeign = (p: LoosePartner | undefined): boolean =>
  typeof p?.country === 'string' && p.country.length === 2 && !isDomestic(p) && sarDivision(p) === undefined;

export const partnersOf = (d: LooseDossier): LoosePartner[] => (Array.isArray(d.partners) ? d.partners : []);
export const mainPartner = (d: LooseDossier): LoosePartner | undefined => partnersOf(d)[0];

/** A country's name for messages: the policy's names, then the Belt and Road list, then the code. */
export function countryName(code: string, policy: Policy): Msg {
  const upper = code.toUpperCase();
  const known = policy.countryNames[upper];
  if (known) return known;
  const bri = reference.beltAndRoad().find((c) => c.iso2 === upper);
  return bri ? { zh: bri.name_zh, en: bri.name_en } : { zh: upper, en: upper };
}

export const yes = (v: unknown): boolean => v === true;

/** An amount in a 万元 field that reads as 元 (400000 for 40万元): 10,000 万元 (一亿元) and more is no request
 * of this programme. Said as an error by funding-unit; the other amount rules leave such a value alone. */
export const looksLikeYuan = (wan: unknown): wan is number => typeof wan === 'number' && wan >= 10_000;
