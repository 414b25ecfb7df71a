// Small facts about a dossier that several rules share.
import type { LooseDossier } from '../model/dossier.js';
import type { DeepPartial, Partner } from '../model/dossier.js';
import type { Msg } from '../core/finding.js';
import type { Policy } from '../policy/policy.js';
import { reference } from '../policy/reference.js';

export type LoosePartner = DeepPartial<Partner>;

export const isDomestic = (p: LoosePartner | undefined): boolean => (p?.country ?? '').toUpperCase() === 'CN';
export const isForeign = (p: LoosePartner | undefined): boolean =>
  typeof p?.country === 'string' && p.country.length === 2 && !isDomestic(p);

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
