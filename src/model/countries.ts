// Countries by name: 德国 → DE, 香港 → HK, Germany → DE. The ISO 3166-1 names in Chinese and English come
// from i18n-iso-countries (a maintained list of all 249 codes, with their common English variants); the
// Belt and Road reference list adds the names it uses, and a few official long forms people copy from
// letterheads (德意志联邦共和国) are added here.
import { createRequire } from 'node:module';
import type { Msg } from '../core/finding.js';
import { foldWord } from './vocabulary.js';
import { reference } from '../policy/reference.js';

interface Lang {
  countries: Record<string, string | string[]>;
}
const require = createRequire(import.meta.url);

/** Long and short forms the list does not have (the official names of the key countries, the SARs). */
const EXTRA: Record<string, string[]> = {
  CN: ['中华人民共和国', '中国大陆', '国内', '内地'],
  HK: ['中国香港', '香港特别行政区', '中国香港特别行政区', '香港特区'],
  MO: ['中国澳门', '澳门特别行政区', '中国澳门特别行政区', '澳门特区'],
  TW: ['台湾', '臺灣', '中国台湾', '台湾地区'],
  US: ['美利坚合众国', '美国'],
  GB: ['大不列颠及北爱尔兰联合王国', '联合王国', '英格兰', '苏格兰'],
  DE: ['德意志联邦共和国', '联邦德国'],
  FR: ['法兰西共和国'],
  JP: ['日本国'],
  KR: ['大韩民国', '南韩', '南朝鲜'],
  KP: ['朝鲜民主主义人民共和国', '北朝鲜'],
  IL: ['以色列国'],
  SE: ['瑞典王国'],
  FI: ['芬兰共和国'],
  AU: ['澳洲', '澳大利亚联邦'],
  RU: ['俄罗斯联邦', '俄国'],
  NL: ['荷兰王国'],
  NZ: ['新西兰'],
  KZ: ['哈萨克斯坦共和国'],
  AE: ['阿联酋', '阿拉伯联合酋长国'],
  CZ: ['捷克共和国'],
  VN: ['越南社会主义共和国'],
  LA: ['老挝人民民主共和国'],
};

let table: { byName: Map<string, string>; names: Map<string, Msg> } | undefined;

function build() {
  const zh = (require('i18n-iso-countries/langs/zh.json') as Lang).countries;
  const en = (require('i18n-iso-countries/langs/en.json') as Lang).countries;
  const alpha3 = (require('i18n-iso-countries/codes.json') as [string, string, string][]);
  const byName = new Map<string, string>();
  const names = new Map<string, Msg>();
  const add = (name: string, code: string) => {
    const key = foldWord(name);
    if (key && !byName.has(key)) byName.set(key, code);
  };
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  for (const code of Object.keys(zh)) {
    const zhNames = list(zh[code]);
    const enNames = list(en[code]);
    names.set(code, { zh: zhNames[0] ?? code, en: enNames.find((n) => !/,/.test(n)) ?? enNames[0] ?? code });
    for (const n of [...(EXTRA[code] ?? []), ...zhNames, ...enNames]) add(n, code);
  }
  for (const c of reference.beltAndRoad()) {
    add(c.name_zh, c.iso2);
    add(c.name_en, c.iso2);
  }
  for (const [a2, a3] of alpha3) add(a3, a2);
  return { byName, names };
}

/** The ISO 3166-1 alpha-2 code a country name (or alpha-3 code) stands for; undefined when unknown. */
export function countryCodeOf(written: string): string | undefined {
  table ??= build();
  const w = written.normalize('NFKC').trim();
  if (/^[A-Za-z]{2}$/.test(w)) return w.toUpperCase();
  return table.byName.get(foldWord(w));
}

/** The country's name in both languages, from the ISO list; undefined for an unknown code. */
export function countryNameOf(code: string): Msg | undefined {
  table ??= build();
  return table.names.get(code.toUpperCase());
}

/** Every Chinese country name accepted (for the JSON Schema's completion list): the list's own names. */
export function chineseCountryNames(): string[] {
  const zh = (require('i18n-iso-countries/langs/zh.json') as Lang).countries;
  return [...new Set(Object.values(zh).flatMap((v) => (Array.isArray(v) ? v : [v])))];
}
