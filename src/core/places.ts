// Where a place named in free text (注册地, 所在地) or a division code lies: province, region, aid area.
import { reference } from '../policy/reference.js';

const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

function shortName(full: string): string {
  for (const s of SUFFIXES) if (full.endsWith(s) && full.length > s.length + 1) return full.slice(0, -s.length);
  return full;
}

interface PlaceIndex {
  /** [name, province code, 4-digit prefecture code or ''], longest names first. */
  names: [string, string, string][];
}

let index: PlaceIndex | undefined;

/** Guangdong's prefecture cities outside the Greater Bay Area (GB/T 2260): the Bay Area's nine come from
 * regions.yaml, these let a text such as 广东省韶关市 name its city, so that it is known to lie outside. */
const GUANGDONG_OTHER_CITIES: { code: string; name: string }[] = [
  { code: '4402', name: '韶关市' },
  { code: '4405', name: '汕头市' },
  { code: '4408', name: '湛江市' },
  { code: '4409', name: '茂名市' },
  { code: '4414', name: '梅州市' },
  { code: '4415', name: '汕尾市' },
  { code: '4416', name: '河源市' },
  { code: '4417', name: '阳江市' },
  { code: '4418', name: '清远市' },
  { code: '4451', name: '潮州市' },
  { code: '4452', name: '揭阳市' },
  { code: '4453', name: '云浮市' },
];

function placeIndex(): PlaceIndex {
  if (index) return index;
  const r = reference.regions();
  const names: [string, string, string][] = [];
  for (const [code, full] of Object.entries(r.province_codes)) {
    names.push([full, code, ''], [shortName(full), code, '']);
  }
  const cities: { code: string; name: string }[] = [
    ...r.shanxi.prefecture_cities,
    ...(r.regions['粤港澳大湾区']?.members_guangdong_cities ?? []),
    ...GUANGDONG_OTHER_CITIES,
    ...Object.values(r.aid_targets).flatMap((t) => t.prefectures ?? []),
  ];
  for (const c of cities) {
    if (c.code.length !== 4) continue;
    names.push([c.name, c.code.slice(0, 2), c.code], [shortName(c.name), c.code.slice(0, 2), c.code]);
  }
  names.push(['新疆生产建设兵团', '65', ''], ['兵团', '65', '']);
  names.sort((a, b) => b[0].length - a[0].length);
  index = { names: names.filter(([n]) => n.length >= 2) };
  return index;
}

export interface Place {
  province: string;
  provinceName: string;
  /** 4-digit prefecture code where the text or code names one that kjhz knows. */
  prefecture?: string;
}

/** The first place the text names, by its position in the text (北京市海淀区 → 11). */
export function placeFromText(text: string | undefined): Place | undefined {
  if (!text) return undefined;
  let best: { at: number; name: string; province: string; prefecture: string } | undefined;
  for (const [name, province, prefecture] of placeIndex().names) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) {
      best = { at, name, province, prefecture };
    }
  }
  if (!best) return undefined;
  // A city named later in the text refines the province (广东省深圳市 → 4403).
  let prefecture = best.prefecture;
  if (!prefecture) {
    for (const [name, province, pref] of placeIndex().names) {
      if (pref && province === best.province && text.includes(name)) {
        prefecture = pref;
        break;
      }
    }
  }
  return { province: best.province, provinceName: provinceName(best.province), ...(prefecture ? { prefecture } : {}) };
}

/** A 6-digit division code (positions 3–8 of a credit code) as a place. */
export function placeFromDivision(division: string | undefined): Place | undefined {
  if (!division || !/^\d{6}$/.test(division)) return undefined;
  const province = division.slice(0, 2);
  const name = reference.regions().province_codes[province];
  if (!name) return undefined;
  const prefecture = division.slice(2, 4) === '00' ? undefined : division.slice(0, 4);
  return { province, provinceName: name, ...(prefecture ? { prefecture } : {}) };
}

export function provinceName(code: string): string {
  return reference.regions().province_codes[code] ?? code;
}

/** The notice's regions (京津冀, 长三角, 粤港澳大湾区) a place belongs to. */
export function regionsOf(place: Place): string[] {
  const found: string[] = [];
  for (const [region, def] of Object.entries(reference.regions().regions)) {
    if (def.province_codes?.includes(place.province)) found.push(region);
    if (def.members_sar?.some((m) => m.code === place.province)) found.push(region);
    if (place.prefecture && def.members_guangdong_cities?.some((c) => c.code === place.prefecture)) found.push(region);
  }
  return found;
}

/** Whether a place's region membership depends on a city it does not name: a province only part of whose
 * cities belong to a region (广东省 without a city: inside the Greater Bay Area or not). */
export function regionNeedsCity(place: Place): boolean {
  if (place.prefecture) return false;
  return Object.values(reference.regions().regions).some((def) => def.members_guangdong_cities?.some((c) => c.code.startsWith(place.province)));
}

/** A name folded for comparison: no spaces or brackets, full-width forms folded. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s()（）\[\]【】"“”'‘’·.,，、]/g, '')
    .toLowerCase();
}
