// 一 支持方向: does the project fit the category it claims, and its targets and amount.
import { defineRule } from './rule.js';
import { looksLikeYuan, countryName, isDomestic, isForeign, mainPartner, partnersOf, sarDivision, sarName } from './helpers.js';
import { reference } from '../policy/reference.js';
import { findUniversity } from './universities.js';
import { placeFromDivision, placeFromText, regionNeedsCity, regionsOf } from '../core/places.js';
import { checkUscc } from '../core/checksums.js';
import { TARGETS } from '../model/dossier.js';
import { termOf } from '../model/vocabulary.js';

export const beltAndRoadPartner = defineRule({
  id: 'category-belt-and-road',
  clause: '一.1',
  severity: 'error',
  categories: ['belt-and-road'],
  title: { zh: '“一带一路”项目的合作方来自共建“一带一路”国家', en: 'A Belt and Road project partners with a Belt and Road country' },
  hint: { zh: '选择已同中国签署共建“一带一路”合作文件国家的合作单位，或改报其他支持方向', en: 'Choose a partner in a country that signed a Belt and Road cooperation document, or apply under another category' },
  messages: {
    notBri: {
      zh: '主要合作单位“{partner}”所在国{country}不在共建“一带一路”国家名单中',
      en: 'The main partner "{partner}" is in {country}, which is not on the Belt and Road country list',
    },
    uncertain: {
      zh: '主要合作单位所在国{country}是否属共建“一带一路”国家，公开资料不一致，请核实',
      en: 'Public sources disagree on whether {country}, the main partner\'s country, is a Belt and Road country; please verify',
      severity: 'warning',
      hint: { zh: '核实该国是否已同中国签署共建“一带一路”合作文件；不属于时，改与共建国家的机构合作或改报其他支持方向', en: 'Verify that the country signed a Belt and Road cooperation document; if not, partner with a signatory country or apply under another category' },
    },
    exited: {
      zh: '有资料显示主要合作单位所在国{country}已于{year}年退出共建“一带一路”，请核实',
      en: 'Sources say {country}, the main partner\'s country, left the Belt and Road Initiative in {year}; please verify',
      severity: 'warning',
      hint: { zh: '核实该国目前是否仍属共建“一带一路”国家；不属于时，改与共建国家的机构合作或改报其他支持方向', en: 'Verify that the country is still in the Belt and Road Initiative; if not, partner with a signatory country or apply under another category' },
    },
    domestic: {
      zh: '“一带一路”科技合作项目的主要合作单位应为共建“一带一路”国家的机构，当前“{partner}”为国内单位',
      en: 'The main partner of a Belt and Road project must be an institution of a Belt and Road country; "{partner}" is domestic',
      hint: { zh: '将共建“一带一路”国家的机构列为主要合作单位（partners 第一个）', en: 'List an institution of a Belt and Road country as the main partner (first in partners)' },
    },
    notCountry: {
      zh: '主要合作单位“{partner}”位于{region}，{region}不是共建“一带一路”国家，与其合作不属于“一带一路”科技合作项目',
      en: 'The main partner "{partner}" is in {region}, which is not a Belt and Road country; cooperation with it is not a Belt and Road project',
      hint: { zh: '选择共建“一带一路”国家的合作单位；与香港、澳门拥有国家级科技创新平台的单位合作，可考虑申报区域合作项目（粤港澳大湾区，须提供平台证明）', en: 'Choose a partner in a Belt and Road country; cooperation with a Hong Kong or Macao unit that has a national S&T innovation platform may fit a regional project (Greater Bay Area, with the platform proof)' },
    },
  },
  doc: {
    why: { zh: '支持方向限定合作国别，合作国不符即不属于该类项目。', en: 'The category is defined by the partner country; another country does not fit it.' },
    fail: 'project: { category: belt-and-road }\npartners: [{ name: Fraunhofer IWU, country: DE }]',
    pass: 'project: { category: belt-and-road }\npartners: [{ name: Al-Farabi Kazakh National University, country: KZ }]',
  },
  check({ dossier, policy }, report) {
    if (dossier.project?.category !== 'belt-and-road') return;
    const main = mainPartner(dossier);
    if (!main?.country) return;
    if (isDomestic(main)) return report('domestic', { partner: main.name ?? '' }, { path: 'partners.0.country' });
    // 与“一带一路”国家合作: 香港、澳门、台湾 are not countries (they have ISO codes of their own).
    const region = sarName(main);
    if (region) return report('notCountry', { partner: main.name ?? '', region }, { path: 'partners.0.country' });
    const entry = reference.beltAndRoad().find((c) => c.iso2 === main.country!.toUpperCase());
    const country = countryName(main.country, policy);
    if (!entry) return report('notBri', { partner: main.name ?? '', country }, { path: 'partners.0.country' });
    const exitedIn = /exited in (\d{4})/.exec(entry.note ?? '')?.[1];
    if (exitedIn) report('exited', { country, year: exitedIn }, { path: 'partners.0.country' });
    else if (entry.confidence === 'low') report('uncertain', { country }, { path: 'partners.0.country' });
  },
});

export const keyCountryPartner = defineRule({
  id: 'category-key-country',
  clause: '一.2',
  severity: 'error',
  categories: ['key-country'],
  title: { zh: '重点国别项目的合作方来自通知列出的重点国家', en: 'A key-country project partners with one of the named countries' },
  hint: { zh: '重点国别项目应与{call.keyCountries}等国的机构合作', en: 'Partner with an institution in {call.keyCountries} or a similar country' },
  messages: {
    domestic: {
      zh: '重点国别科技合作项目的主要合作单位应为国外机构，当前“{partner}”为国内单位',
      en: 'The main partner of a key-country project must be foreign; "{partner}" is domestic',
      hint: { zh: '将国外机构列为主要合作单位（partners 第一个），或改报区域合作项目', en: 'List a foreign institution as the main partner (first in partners), or apply as a regional project' },
    },
    notCountry: {
      zh: '主要合作单位“{partner}”位于{region}，{region}不是“国家”，与其合作不属于重点国别科技合作项目的跨国联合研发',
      en: 'The main partner "{partner}" is in {region}, which is not a country; cooperation with it is not the cross-border cooperation of a key-country project',
      hint: { zh: '重点国别项目须与国外机构合作；与香港、澳门拥有国家级科技创新平台的单位合作，可考虑申报区域合作项目（粤港澳大湾区，须提供平台证明）', en: 'A key-country project partners with a foreign institution; cooperation with a Hong Kong or Macao unit that has a national S&T innovation platform may fit a regional project (Greater Bay Area, with the platform proof)' },
    },
    otherCountry: {
      zh: '主要合作单位所在国{country}不在通知列举的重点国别中（通知用“等”，请确认该国属于产业技术创新能力强且与我省有较好合作基础的国家）',
      en: '{country} is not among the key countries the notice names (the list ends with "etc.": confirm the country qualifies)',
      severity: 'warning',
      hint: { zh: '确认该国属于全球产业技术创新能力强、且与我省有较好合作基础的国家；否则改与通知列举国家的机构合作', en: 'Confirm the country is strong in industrial innovation and has a good record with Shanxi; otherwise partner with one of the named countries' },
    },
  },
  doc: {
    why: { zh: '该类项目面向列举的重点国家开展跨国合作；国内合作单位不符合。', en: 'The category is cross-border cooperation with the named countries; a domestic partner does not fit.' },
    fail: 'project: { category: key-country }\npartners: [{ name: 北京某研究院, country: CN }]',
    pass: 'project: { category: key-country }\npartners: [{ name: Fraunhofer IWU, country: DE }]',
  },
  check({ dossier, policy }, report) {
    if (dossier.project?.category !== 'key-country') return;
    const main = mainPartner(dossier);
    if (!main?.country) return;
    if (isDomestic(main)) return report('domestic', { partner: main.name ?? '' }, { path: 'partners.0.country' });
    // 等…的国家开展跨国联合研发: the 等 leaves the list of countries open, not the notion of a country — a
    // partner in 香港、澳门 or 台湾 is an error, not the "other country" warning.
    const region = sarName(main);
    if (region) return report('notCountry', { partner: main.name ?? '', region }, { path: 'partners.0.country' });
    if (!policy.keyCountries.includes(main.country.toUpperCase())) {
      report('otherCountry', { country: countryName(main.country, policy) }, { path: 'partners.0.country' });
    }
  },
});

export const basePlatformFit = defineRule({
  id: 'category-base-platform',
  clause: '一.3',
  severity: 'error',
  categories: ['base-platform'],
  title: { zh: '国际合作基地与平台项目：已认定的国际科技合作基地，或与国外知名机构合作', en: 'A base-platform project has a recognised international base or a renowned foreign partner' },
  hint: { zh: '填写申报单位已认定的国家级或省级国际科技合作基地（applicant.internationalBase），或与国外知名院校、科研机构、世界500强或行业领军企业合作', en: 'Declare the applicant\'s recognised national or provincial international cooperation base (applicant.internationalBase), or partner with a renowned foreign university, institute or leading company' },
  messages: {
    neither: {
      zh: '申报单位未填写已认定的国际科技合作基地，合作单位中也没有国外知名院校、科研机构、世界500强或行业领军企业',
      en: 'The applicant declares no recognised international cooperation base and no partner is a renowned foreign institution',
    },
    noForeign: {
      zh: '国际合作基地与平台项目须开展国际科技合作，但合作单位中没有国外机构（当前主要合作单位“{partner}”）',
      en: 'A base-platform project is international cooperation, but no partner is foreign (the main partner is "{partner}")',
      hint: { zh: '与国外高校、科研机构或企业合作，并将其列为合作单位', en: 'Cooperate with a foreign university, institute or company and list it as a partner' },
    },
  },
  doc: {
    why: { zh: '该类项目只面向已认定的国际科技合作基地或与国外知名机构共建平台。', en: 'The category is open only to recognised bases or platforms built with renowned foreign institutions.' },
    fail: 'project: { category: base-platform }\napplicant: { }   # no internationalBase\npartners: [{ country: DE, renowned: false }]',
    pass: 'applicant:\n  internationalBase: { level: provincial, name: 山西省镁合金国际科技合作基地 }',
  },
  check({ dossier }, report) {
    if (dossier.project?.category !== 'base-platform') return;
    const base = dossier.applicant?.internationalBase;
    const hasBase = !!base && (base.level === 'national' || base.level === 'provincial');
    const renownedForeign = partnersOf(dossier).some((p) => isForeign(p) && p.renowned === true);
    if (!hasBase && !renownedForeign) return report('neither', {}, { path: 'applicant.internationalBase' });
    // 开展系统性国际科技合作 / 与国外……建立机构间的合作机制: a base cooperating only at home is not this category.
    const partners = partnersOf(dossier);
    if (partners.length > 0 && partners.every((p) => typeof p?.country === 'string' && !isForeign(p))) {
      report('noForeign', { partner: partners[0]?.name ?? '' }, { path: 'partners.0.country' });
    }
  },
});

/** Where a domestic partner is, from its credit code (authoritative) or its location text. A code issued by a
 * provincial authority (division 440000) names no city: the location text, when in the same province, does. */
export function partnerPlace(p: { creditCode?: string; location?: string; name?: string }) {
  const division = p.creditCode ? checkUscc(p.creditCode).division : undefined;
  const fromCode = placeFromDivision(division);
  const fromText = placeFromText(p.location) ?? placeFromText(p.name);
  if (fromCode && !fromCode.prefecture && fromText?.prefecture && fromText.province === fromCode.province) return fromText;
  return fromCode ?? fromText;
}

export const regionalPartnerFit = defineRule({
  id: 'category-regional-partner',
  clause: '一.4',
  severity: 'error',
  categories: ['regional'],
  title: { zh: '区域合作项目的主要合作单位：{call.regionalAreas}的“双一流”高校或拥有国家级平台的院所企业，或中国科学院等国家级院所', en: 'A regional project\'s main partner is a Double First-Class university or a holder of a national platform in {call.regionalAreas}, or a CAS-level institute' },
  hint: { zh: '主要合作单位应为{call.regionalAreas}的“双一流”高校、拥有国家级科技创新平台的科研院所或企业，或中国科学院等国家级院所', en: 'The main partner should be a Double First-Class university or a platform-holding institute or company in {call.regionalAreas}, or a national institute such as CAS' },
  messages: {
    foreign: {
      zh: '区域合作项目的主要合作单位应为国内单位，当前“{partner}”所在国为{country}',
      en: 'The main partner of a regional project must be domestic; "{partner}" is in {country}',
      hint: { zh: '区域合作项目的主要合作单位须为国内单位；与国外机构合作请改报其他支持方向', en: 'A regional project\'s main partner is domestic; for a foreign partner apply under another category' },
    },
    notInRegion: {
      zh: '主要合作单位“{partner}”位于{place}，不属于{call.regionalAreas}，也未声明为中国科学院等国家级院所',
      en: 'The main partner "{partner}" is in {place}, outside {call.regionalAreas}, and is not declared a CAS-level institute',
    },
    unknownPlace: {
      zh: '无法从主要合作单位的所在地或信用代码判断其是否位于{call.regionalAreas}',
      en: 'Cannot tell from the main partner\'s location or credit code whether it lies in {call.regionalAreas}',
      severity: 'warning',
      hint: { zh: '在 partners[0].location 填写注册地省市（如 北京市海淀区），或填写其统一社会信用代码', en: 'Fill partners[0].location with its province and city, or its credit code' },
    },
    maybeNational: {
      zh: '主要合作单位“{partner}”不在kjhz的国家级院所名单中，也未声明“双一流”或国家级科技创新平台；通知为“中国科学院等国家级院所”，如属国家级院所请确认',
      en: '"{partner}" is not on kjhz\'s list of national institutes and declares neither Double First-Class nor a national platform; the notice says "CAS and other national institutes": confirm it is one',
      severity: 'warning',
      hint: { zh: '属中国科学院的填 cas: 是；拥有国家级科技创新平台的填写 nationalPlatform', en: 'Set cas: true for a CAS institute, or nationalPlatform for a platform holder' },
    },
    noQualification: {
      zh: '主要合作单位“{partner}”既不是“双一流”建设高校，也未声明拥有国家级科技创新平台或属于中国科学院',
      en: 'The main partner "{partner}" is neither a Double First-Class university nor declared to hold a national platform or belong to CAS',
    },
    dfcNotListed: {
      zh: '主要合作单位“{partner}”声明为“双一流”建设高校，但不在第二轮“双一流”建设高校名单中，请核对名称',
      en: '"{partner}" is declared Double First-Class but is not on the second-round list; check its name',
      severity: 'warning',
      hint: { zh: '核对校名是否与第二轮“双一流”建设高校名单一致（已更名的写现名）；不在名单中的填 doubleFirstClass: 否', en: 'Check the name against the second-round Double First-Class list (use its current name); if it is not on it, set doubleFirstClass to false' },
    },
    dfcNotListedOutsideRegion: {
      zh: '主要合作单位“{partner}”声明为“双一流”建设高校，但不在第二轮“双一流”建设高校名单中，且位于{place}，不在{call.regionalAreas}',
      en: '"{partner}" is declared Double First-Class but is not on the second-round list, and it is in {place}, outside {call.regionalAreas}',
    },
    dfcOutsideRegion: {
      zh: '“双一流”高校“{partner}”位于{place}，不属于{call.regionalAreas}',
      en: 'The Double First-Class university "{partner}" is in {place}, outside {call.regionalAreas}',
    },
    dfcCampus: {
      zh: '“双一流”高校“{university}”位于{seat}，合作单位“{partner}”填写的所在地{place}属于{region}，请确认其为该校在区域内的校区或研究院',
      en: 'The Double First-Class university "{university}" is seated in {seat}; the partner "{partner}" gives {place}, in {region}: confirm it is the university\'s campus or institute there',
      severity: 'warning',
      hint: { zh: '确认合作单位是该校在区域内的校区或研究院，并在 partners[0].location 写明其所在地', en: 'Confirm the partner is the university\'s campus or institute in the region, and give its place in partners[0].location' },
    },
  },
  doc: {
    why: { zh: '区域合作项目的合作对象由通知限定，不符合的合作单位使项目不属于该类。', en: 'The notice defines who a regional project cooperates with; another partner does not fit the category.' },
    fail: 'partners:\n  - { name: 某某职业技术学院, kind: university, country: CN, location: 河南省郑州市 }',
    pass: 'partners:\n  - { name: 清华大学, kind: university, country: CN, location: 北京市海淀区, doubleFirstClass: true }',
  },
  check({ dossier, policy }, report) {
    if (dossier.project?.category !== 'regional') return;
    const main = mainPartner(dossier);
    if (!main?.country) return;
    const partner = main.name ?? '';
    // 香港、澳门 are part of 粤港澳大湾区: a partner there is not foreign, whichever code it gives (CN or HK/MO).
    const sar = sarDivision(main);
    if (!isDomestic(main) && !sar) return report('foreign', { partner, country: countryName(main.country, policy) }, { path: 'partners.0.country' });
    const university = main.name ? findUniversity(main.name) : undefined;
    // 中国科学院等国家级院所: wherever they are.
    if (main.cas === true || (main.name && policy.nationalInstituteNames.some((n) => main.name!.includes(n)))) return;
    const place = sar ? placeFromDivision(sar) : partnerPlace(main);
    const regionsOfPlace = place ? regionsOf(place).filter((r) => policy.regionalAreas.includes(r)) : [];
    if (main.doubleFirstClass === true && !university && !main.nationalPlatform) {
      // 对接京津冀、长三角、粤港澳大湾区的“双一流”高校: the region test holds whether or not the list knows it
      // (西华大学 in 成都 declared 双一流 is outside the regions, listed or not).
      if (place && regionsOfPlace.length === 0 && !regionNeedsCity(place)) return report('dfcNotListedOutsideRegion', { partner, place: place.provinceName }, { path: 'partners.0.location' });
      return report('dfcNotListed', { partner }, { path: 'partners.0.doubleFirstClass' });
    }
    if (university) {
      const inRegion = (university.region_tags ?? []).some((t) => policy.regionalAreas.includes(t));
      if (inRegion) return;
      if (!main.nationalPlatform) {
        // 哈尔滨工业大学（深圳）: the list gives the university's seat; its campus in a region is for a person to confirm.
        if (place && regionsOfPlace.length > 0) {
          return report('dfcCampus', { university: university.name, seat: university.province, partner, place: place.provinceName, region: regionsOfPlace.join('、') }, { path: 'partners.0.location' });
        }
        return report('dfcOutsideRegion', { partner, place: university.province }, { path: 'partners.0.name' });
      }
    }
    if (!main.nationalPlatform) {
      // 中国科学院等国家级院所: the list cannot be complete; an institute named as national (中国…, 国家…) is for a person.
      if (main.kind === 'institute' && /^(中国|国家)/u.test(partner.trim())) return report('maybeNational', { partner }, { path: 'partners.0' });
      return report('noQualification', { partner }, { path: 'partners.0' });
    }
    // 广东省 without a city (a code issued in 440000, no city in the location): inside the Bay Area or not is unknown.
    if (!place || (regionsOfPlace.length === 0 && regionNeedsCity(place))) return report('unknownPlace', {}, { path: 'partners.0.location' });
    if (regionsOfPlace.length === 0) report('notInRegion', { partner, place: place.provinceName }, { path: 'partners.0.location' });
  },
});

export const categoryField = defineRule({
  id: 'category-field',
  clause: '一.4',
  severity: 'warning',
  categories: ['regional', 'aid'],
  title: { zh: '区域合作与科技援助项目的技术领域在通知列举的领域内', en: 'Regional and aid projects are in the fields the notice names' },
  hint: { zh: '说明项目所属领域与通知列举领域的关系，或选用列举的领域', en: 'Explain how the field relates to the named fields, or use one of them' },
  messages: {
    missing: { zh: '未填写技术领域（project.field），区域合作和科技援助项目限定支持领域', en: 'No field is given (project.field); regional and aid projects are limited to named fields', hint: { zh: '在 project.field 填写技术领域，如 新材料', en: 'Give the field in project.field, such as 新材料' } },
    regional: {
      zh: '技术领域“{field}”不在区域合作项目列举的领域（{fields}）中，通知用“等领域”，请确认',
      en: 'The field "{field}" is not one the notice names for regional projects ({fields}); the list ends with "etc.", please confirm',
    },
    aid: {
      zh: '技术领域“{field}”不在科技援助项目列举的领域（{fields}）中，通知用“等领域”，请确认',
      en: 'The field "{field}" is not one the notice names for aid projects ({fields}); the list ends with "etc.", please confirm',
      hint: { zh: '科技援助项目聚焦{call.aidFields}等领域', en: 'Aid projects focus on {call.aidFields} and similar fields' },
    },
  },
  doc: {
    why: { zh: '通知对这两类项目列举了支持领域；列举以“等”结尾，其他领域需人工确认。', en: 'The notice names the fields for these two categories; the list ends with "etc.", so another field needs a person to confirm.' },
    fail: 'project: { category: regional, field: 文化旅游 }',
    pass: 'project: { category: regional, field: 新材料 }',
  },
  check({ dossier, policy }, report) {
    const category = dossier.project?.category;
    const field = dossier.project?.field;
    if (category !== 'regional' && category !== 'aid') return;
    // The aid fields are those of 一.5, not 一.4.
    const clause = category === 'aid' ? '一.5' : '一.4';
    if (!field) return report('missing', {}, { path: 'project.field', clause });
    const fields = category === 'regional' ? policy.regionalFields : policy.aidFields;
    const fits = fields.some((f) => field.includes(f) || f.includes(field));
    if (!fits) report(category, { field, fields: fields.join('、') }, { path: 'project.field', clause });
  },
});

export const aidRegion = defineRule({
  id: 'category-aid-region',
  clause: '一.5',
  severity: 'error',
  categories: ['aid'],
  title: { zh: '科技援助项目面向我省对口援助的{call.aidRegions}等地区', en: 'An aid project serves a region Shanxi supports ({call.aidRegions} etc.)' },
  hint: { zh: '填写 project.aidRegion（{call.aidRegions}），并与受援地区的单位合作', en: 'Set project.aidRegion ({call.aidRegions}) and partner with a unit in that region' },
  messages: {
    missing: { zh: '科技援助合作项目未填写援助地区（{call.aidRegions}）', en: 'The aid project names no aid region ({call.aidRegions})' },
    otherRegion: {
      zh: '援助地区“{region}”不是通知列举的{regions}；通知为“援疆、援藏、援青等”，请确认属于我省对口支援的省（区）',
      en: 'The aid region "{region}" is not one the notice names ({regions}); the notice says "Xinjiang, Tibet, Qinghai etc.": confirm Shanxi supports it',
      severity: 'warning',
      hint: { zh: '确认该地区属于我省对口支援的省（区）；否则改为通知列举的援助地区', en: 'Confirm Shanxi supports that region; otherwise use one of the aid regions the notice names' },
    },
    partnerElsewhere: {
      zh: '援助地区为{region}，但主要合作单位“{partner}”位于{place}',
      en: 'The aid region is {region} but the main partner "{partner}" is in {place}',
      severity: 'warning',
      hint: { zh: '与受援地区（{region}）的单位合作，或核对 partners[0].location 是否填写正确', en: 'Partner with a unit in the aid region ({region}), or check partners[0].location' },
    },
  },
  doc: {
    why: { zh: '科技援助项目须服务我省对口支援的省（区）。', en: 'Aid projects must serve the regions Shanxi supports.' },
    fail: 'project: { category: aid }   # no aidRegion',
    pass: 'project: { category: aid, aidRegion: 新疆 }',
  },
  check({ dossier, policy }, report) {
    if (dossier.project?.category !== 'aid') return;
    const written = dossier.project.aidRegion;
    if (!written) return report('missing', {}, { path: 'project.aidRegion' });
    // 新疆维吾尔自治区, 新疆生产建设兵团 → 新疆: the region whose names include what the dossier says.
    const region = policy.aidRegions[written] ? written : (Object.entries(policy.aidRegions).find(([, r]) => r.names.includes(written))?.[0] ?? written);
    const target = policy.aidRegions[region];
    if (!target) return report('otherRegion', { region: written, regions: Object.keys(policy.aidRegions).join('、') }, { path: 'project.aidRegion' });
    const main = mainPartner(dossier);
    if (!main || !isDomestic(main)) return;
    const place = partnerPlace(main);
    if (place && place.province !== target.provinceCode) {
      report('partnerElsewhere', { region, partner: main.name ?? '', place: place.provinceName }, { path: 'partners.0.location' });
    }
  },
});

export const targetsMinimum = defineRule({
  id: 'targets-minimum',
  clause: '一',
  severity: 'error',
  categories: ['belt-and-road', 'key-country', 'base-platform', 'regional'],
  title: { zh: '前4类合作项目至少实现{call.minTargets}项任务目标', en: 'Categories 1–4 commit to at least {call.minTargets} task targets' },
  hint: { zh: '在 project.targets 中列出至少{call.minTargets}项不同的任务目标', en: 'List at least {call.minTargets} distinct targets in project.targets' },
  messages: {
    tooFew: {
      zh: '任务目标为{count}项（{list}），以上4类合作项目完成后须实现至少{min}项任务目标',
      en: '{count} task targets ({list}); projects of categories 1–4 must achieve at least {min}',
    },
  },
  doc: {
    why: { zh: '任务目标不足{call.minTargets}项的项目不符合支持方向的要求。', en: 'Fewer than {call.minTargets} targets does not meet the category requirement.' },
    fail: 'targets: [key-technology, talent, ip-output]',
    pass: 'targets: [key-technology, talent, conference, ip-output]',
  },
  check({ dossier, policy }, report) {
    const category = dossier.project?.category;
    const targets = dossier.project?.targets;
    if (!category || !policy.targetCategories.includes(category)) return;
    const distinct = [...new Set((Array.isArray(targets) ? targets : []).filter((t): t is (typeof TARGETS)[number] => typeof t === 'string'))];
    if (distinct.length < policy.minTargets) {
      report('tooFew', { count: distinct.length, list: distinct.length ? { zh: distinct.map((c) => termOf('target', c).zh).join('、'), en: distinct.join(', ') } : '—', min: policy.minTargets }, { path: 'project.targets' });
    }
  },
});

export const fundingAmount = defineRule({
  id: 'funding-amount',
  clause: '一',
  severity: 'warning',
  title: { zh: '申请引导资金与通知的单项支持额度相当', en: 'The requested funding is about the typical amount' },
  hint: { zh: '按通知的单项支持额度（4类合作项目{call.typicalFunding.key-country}万元左右，科技援助项目{call.typicalFunding.aid}万元左右）调整申请额度', en: 'Request about the typical amount ({call.typicalFunding.key-country}万 for categories 1–4, {call.typicalFunding.aid}万 for aid)' },
  messages: {
    far: {
      zh: '申请引导资金{requested}万元，与该类项目单项支持额度{typical}万元左右相差较大',
      en: 'The requested {requested}万 is far from the typical {typical}万 for this category',
    },
    nonPositive: { zh: '申请引导资金应大于0，当前为{requested}万元', en: 'The requested funding must be above 0; it is {requested}万', severity: 'error', hint: { zh: '填写申请的省引导资金金额（万元），应大于0', en: 'Give the requested amount in 万元, above 0' } },
  },
  doc: {
    why: { zh: '申请额度明显超出单项支持额度的项目通常被核减或退回。', en: 'Requests well above the typical amount are cut or sent back.' },
    fail: 'project: { category: aid, funding: { requested: 40, matching: 40 } }',
    pass: 'project: { category: aid, funding: { requested: 20, matching: 20 } }',
  },
  check({ dossier, policy }, report) {
    const requested = dossier.project?.funding?.requested;
    const category = dossier.project?.category;
    if (typeof requested !== 'number' || !category || looksLikeYuan(requested)) return;
    if (requested <= 0) return report('nonPositive', { requested }, { path: 'project.funding.requested' });
    const typical = policy.typicalFunding[category];
    if (requested > typical * policy.fundingBand.high || requested < typical * policy.fundingBand.low) {
      report('far', { requested, typical }, { path: 'project.funding.requested' });
    }
  },
});
