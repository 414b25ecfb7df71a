// 一 支持方向: category fit, fields, aid region, task targets and the typical amount.
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, findingsOf, policy, validDossier } from '../helpers/dossier.js';
import { dossierSchema } from '../../src/model/dossier.js';

const mainPartner = (fields: Record<string, unknown>) => ({ partners: { 0: fields } });

describe('category-belt-and-road (一.1)', () => {
  const id = 'category-belt-and-road';
  it('passes a partner in a Belt and Road country (Kazakhstan)', () => {
    expectNone(validDossier('belt-and-road'), id);
    expectNone(dossierWith('belt-and-road', mainPartner({ country: 'PK' })), id);
  });
  it('rejects a partner in a country that is not on the list', () => {
    expectOne(dossierWith('belt-and-road', mainPartner({ name: 'Fraunhofer IWU', country: 'DE' })), {
      rule: id,
      severity: 'error',
      clause: '一.1',
      path: 'partners.0.country',
      says: ['Fraunhofer IWU', '德国'],
    });
  });
  it('rejects a domestic main partner', () => {
    expectOne(dossierWith('belt-and-road', mainPartner({ name: '北京某研究院', country: 'CN' })), {
      rule: id,
      severity: 'error',
      clause: '一.1',
      path: 'partners.0.country',
      says: ['北京某研究院'],
    });
  });
  it('warns for Burkina Faso, a likely signatory no source lists (a gap of the reference list), instead of refusing it', () => {
    expectOne(dossierWith('belt-and-road', mainPartner({ country: 'BF' })), { rule: id, severity: 'warning', clause: '一.1', path: 'partners.0.country', says: ['布基纳法索'] });
  });
  it('warns for a country only one source lists (Jordan)', () => {
    expectOne(dossierWith('belt-and-road', mainPartner({ country: 'JO' })), { rule: id, severity: 'warning', clause: '一.1', path: 'partners.0.country', says: ['约旦'] });
  });
  it('warns for a country sources say has left (Italy, 2023)', () => {
    expectOne(dossierWith('belt-and-road', mainPartner({ country: 'IT' })), { rule: id, severity: 'warning', clause: '一.1', path: 'partners.0.country', says: ['意大利', '2023'] });
  });
  it('judges the main (first) partner only, and only belt-and-road projects', () => {
    const d = validDossier('belt-and-road');
    d.partners.push({ ...d.partners[0]!, name: 'Fraunhofer IWU', country: 'DE' });
    expectNone(d, id);
    expectNone(validDossier('key-country'), id); // a German partner is fine for key-country
  });
});

describe('category-key-country (一.2)', () => {
  const id = 'category-key-country';
  it('passes each of the eleven countries the notice names', () => {
    for (const c of ['US', 'GB', 'DE', 'FR', 'JP', 'KR', 'IL', 'SE', 'FI', 'CA', 'AU']) expectNone(dossierWith('key-country', mainPartner({ country: c })), id);
    expectNone(dossierWith('key-country', mainPartner({ country: 'de' })), id);
  });
  it('rejects a domestic main partner', () => {
    expectOne(dossierWith('key-country', mainPartner({ name: '北京某研究院', country: 'CN' })), {
      rule: id,
      severity: 'error',
      clause: '一.2',
      path: 'partners.0.country',
      says: ['北京某研究院'],
    });
  });
  it('only warns for a country not named (the list ends with 等)', () => {
    expectOne(dossierWith('key-country', mainPartner({ country: 'NL' })), { rule: id, severity: 'warning', clause: '一.2', path: 'partners.0.country', says: ['NL'] });
    expectOne(dossierWith('key-country', mainPartner({ country: 'SG' })), { rule: id, severity: 'warning', clause: '一.2', path: 'partners.0.country', says: ['新加坡'] });
  });
});

describe('category-base-platform (一.3)', () => {
  const id = 'category-base-platform';
  const neither = { applicant: { internationalBase: undefined }, partners: { 0: { renowned: false } } };
  it('passes a recognised base, a renowned foreign partner, or both', () => {
    expectNone(validDossier('base-platform'), id);
    expectNone(dossierWith('base-platform', { applicant: { internationalBase: undefined } }), id);
    expectNone(dossierWith('base-platform', { partners: { 0: { renowned: false } }, applicant: { internationalBase: { level: 'national', name: '国家国际科技合作基地' } } }), id);
  });
  it('rejects neither a base nor a renowned foreign partner', () => {
    expectOne(dossierWith('base-platform', neither), { rule: id, severity: 'error', clause: '一.3', path: 'applicant.internationalBase', says: ['国际科技合作基地', '知名'] });
  });
  it('rejects a recognised base cooperating with domestic partners only (开展系统性国际科技合作)', () => {
    expectOne(dossierWith('base-platform', { partners: { 0: { name: '清华大学', country: 'CN', location: '北京市海淀区', renowned: false } }, agreements: { 0: { partner: '清华大学' } } }), {
      rule: id,
      severity: 'error',
      clause: '一.3',
      path: 'partners.0.country',
      says: ['清华大学', '国外'],
    });
    expectNone(dossierWith('base-platform', { partners: [validDossier('base-platform').partners[0], { name: '清华大学', kind: 'university', country: 'CN' }] }), id);
  });
  it('does not count a renowned domestic partner', () => {
    expectOne(dossierWith('base-platform', neither, { partners: { 0: { renowned: true, country: 'CN' } } }), {
      rule: id,
      severity: 'error',
      clause: '一.3',
      path: 'applicant.internationalBase',
    });
  });
});

describe('category-regional-partner (一.4)', () => {
  const id = 'category-regional-partner';
  const platform = { type: '国家重点实验室', name: '某某国家重点实验室' };
  it('passes a Double First-Class university in 京津冀 or 长三角', () => {
    expectNone(validDossier('regional'), id);
    expectNone(dossierWith('regional', mainPartner({ name: '复旦大学', location: '上海市杨浦区' })), id);
  });
  it('knows a listed university by the name it took since the list (上海体育学院 → 上海体育大学, 2023)', () => {
    expectNone(dossierWith('regional', mainPartner({ name: '上海体育大学', location: '上海市杨浦区' })), id);
    expectNone(dossierWith('regional', mainPartner({ name: '上海体育学院', location: '上海市杨浦区' })), id);
  });
  it('passes a CAS institute wherever it is', () => {
    expectNone(dossierWith('regional', mainPartner({ name: '中国科学院兰州化学物理研究所', kind: 'institute', location: '甘肃省兰州市', doubleFirstClass: false, cas: true })), id);
  });
  it('recognises 中国科学院等国家级院所 by name, without cas: true', () => {
    expectNone(dossierWith('regional', mainPartner({ name: '中国农业科学院兰州畜牧与兽药研究所', kind: 'institute', location: '甘肃省兰州市', doubleFirstClass: false })), id);
    expectNone(dossierWith('regional', mainPartner({ name: '中国科学院山西煤炭化学研究所', kind: 'institute', location: '山西省太原市', doubleFirstClass: false })), id);
  });
  it('passes an institute or company with a national platform in one of the three regions', () => {
    expectNone(dossierWith('regional', mainPartner({ name: '上海某材料研究所', kind: 'institute', location: '上海市嘉定区', doubleFirstClass: false, nationalPlatform: platform })), id);
    expectNone(dossierWith('regional', mainPartner({ name: '深圳某科技股份有限公司', kind: 'enterprise', location: '广东省深圳市南山区', doubleFirstClass: false, nationalPlatform: platform })), id);
  });
  it('rejects a platform holder outside the three regions (广东 outside the Greater Bay Area, 河南)', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '韶关某研究院', kind: 'institute', location: '广东省韶关市', doubleFirstClass: false, nationalPlatform: platform })), {
      rule: id,
      severity: 'error',
      clause: '一.4',
      path: 'partners.0.location',
      says: ['韶关某研究院', '广东省'],
    });
    expectOne(dossierWith('regional', mainPartner({ name: '郑州某研究院', kind: 'institute', location: '河南省郑州市', doubleFirstClass: false, nationalPlatform: platform })), {
      rule: id,
      severity: 'error',
      clause: '一.4',
      path: 'partners.0.location',
      says: ['郑州某研究院', '河南省'],
    });
  });
  it('warns when the place of a platform holder cannot be told', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '某某研究院', kind: 'institute', location: undefined, doubleFirstClass: false, nationalPlatform: platform })), {
      rule: id,
      severity: 'warning',
      clause: '一.4',
      path: 'partners.0.location',
    });
  });
  it('rejects a Double First-Class university outside the three regions', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '郑州大学', location: '河南省郑州市' })), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0.name', says: ['郑州大学', '河南省'] });
  });
  it('warns when a university declared Double First-Class is not on the list', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '北京某某理工学院', location: '北京市' })), {
      rule: id,
      severity: 'warning',
      clause: '一.4',
      path: 'partners.0.doubleFirstClass',
      says: ['北京某某理工学院'],
    });
  });
  it('rejects a partner with no qualification', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '北京某职业技术学院', location: '北京市', doubleFirstClass: false })), {
      rule: id,
      severity: 'error',
      clause: '一.4',
      path: 'partners.0',
      says: ['北京某职业技术学院'],
    });
  });
  it('rejects a foreign main partner', () => {
    expectOne(dossierWith('regional', mainPartner({ name: 'Tohoku University', country: 'JP' })), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0.country', says: ['Tohoku University', '日本'] });
  });
  // A company registered with 广东省市场监督管理局 has a code of division 440000, which names no city.
  const guangdong = (location: string) =>
    mainPartner({ name: '广东某储能科技有限公司', kind: 'enterprise', location, creditCode: '91440000MA4UL8XX1T', doubleFirstClass: false, nationalPlatform: platform });
  it('takes the city from the location when the credit code was issued by a provincial authority (440000)', () => {
    expectNone(dossierWith('regional', guangdong('广东省广州市黄埔区')), id);
    expectOne(dossierWith('regional', guangdong('广东省韶关市')), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0.location', says: ['广东省'] });
  });
  it('only warns for a Guangdong partner whose city is not known (inside the Bay Area or not)', () => {
    expectOne(dossierWith('regional', guangdong('广东省')), { rule: id, severity: 'warning', clause: '一.4', path: 'partners.0.location' });
  });
  it('counts 香港 and 澳门 in 粤港澳大湾区, whether the partner gives CN or HK/MO', () => {
    const hk = { name: '香港科技大学', kind: 'university', location: '香港特别行政区', doubleFirstClass: false, nationalPlatform: platform };
    expectNone(dossierWith('regional', mainPartner({ ...hk, country: 'HK' })), id);
    expectNone(dossierWith('regional', mainPartner({ ...hk, country: 'CN' })), id);
    expectNone(dossierWith('regional', mainPartner({ ...hk, name: '澳门大学', location: '澳门特别行政区', country: 'MO' })), id);
    expectOne(dossierWith('regional', mainPartner({ ...hk, country: 'HK', nationalPlatform: undefined })), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0' });
  });
  it('sends a Hong Kong partner of a Belt and Road or key-country project to the regional category only with what that category asks (a national platform)', () => {
    const hk = { name: '香港科技大学', kind: 'university', location: '香港特别行政区', country: 'HK', doubleFirstClass: false };
    for (const [category, rule] of [['belt-and-road', 'category-belt-and-road'], ['key-country', 'category-key-country']] as const) {
      const [f] = findingsOf(dossierWith(category, mainPartner(hk)), rule);
      expect(f?.hint, `${category}: ${JSON.stringify(f)}`).toMatch(/香港、澳门拥有国家级科技创新平台的单位合作，可考虑申报区域合作项目/);
    }
  });
  it('only warns for a campus in a region of a Double First-Class university seated elsewhere', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '哈尔滨工业大学（深圳）', location: '广东省深圳市南山区' })), {
      rule: id,
      severity: 'warning',
      clause: '一.4',
      path: 'partners.0.location',
      says: ['哈尔滨工业大学', '粤港澳大湾区'],
    });
    expectOne(dossierWith('regional', mainPartner({ name: '哈尔滨工业大学', location: '黑龙江省哈尔滨市' })), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0.name' });
  });
});

describe('category-field (一.4, 一.5)', () => {
  const id = 'category-field';
  it('passes the fields the notice names', () => {
    for (const field of policy.regionalFields) expectNone(dossierWith('regional', { project: { field } }), id);
    for (const field of policy.aidFields) expectNone(dossierWith('aid', { project: { field } }), id);
    expectNone(dossierWith('regional', { project: { field: '新材料（镁合金）' } }), id);
  });
  it('warns for another field in a regional project', () => {
    expectOne(dossierWith('regional', { project: { field: '文化旅游' } }), { rule: id, severity: 'warning', clause: '一.4', path: 'project.field', says: ['文化旅游', '装备制造'] });
  });
  it('warns for another field in an aid project, citing 一.5', () => {
    expectOne(dossierWith('aid', { project: { field: '文化旅游' } }), { rule: id, severity: 'warning', clause: '一.5', path: 'project.field', says: ['文化旅游', '煤电煤化工'] });
  });
  it('cites 一.4 or 一.5 by category when the field is missing', () => {
    expectOne(dossierWith('regional', { project: { field: undefined } }), { rule: id, severity: 'warning', clause: '一.4', path: 'project.field' });
    expectOne(dossierWith('aid', { project: { field: undefined } }), { rule: id, severity: 'warning', clause: '一.5', path: 'project.field' });
  });
  it('does not restrict the fields of categories 1–3', () => {
    expectNone(dossierWith('key-country', { project: { field: '文化旅游' } }), id);
  });
});

describe('category-aid-region (一.5)', () => {
  const id = 'category-aid-region';
  it('passes an aid region with a partner there (新疆, and 兵团 counts as 新疆)', () => {
    expectNone(validDossier('aid'), id);
    expectNone(dossierWith('aid', mainPartner({ name: '新疆生产建设兵团第一师农业科学研究所', location: '新疆生产建设兵团第一师' })), id);
    expectNone(dossierWith('aid', { project: { aidRegion: '青海' }, ...mainPartner({ name: '青海大学', location: '青海省西宁市' }) }), id);
  });
  it('accepts the full names and 新疆生产建设兵团 (which counts as 新疆) as aid regions, in the schema and the rule', () => {
    for (const aidRegion of ['新疆生产建设兵团', '新疆维吾尔自治区']) {
      const d = dossierWith('aid', { project: { aidRegion } });
      expect(dossierSchema.safeParse(d).success, aidRegion).toBe(true);
      expectNone(d, id);
    }
    expectOne(dossierWith('aid', { project: { aidRegion: '西藏自治区' } }), { rule: id, severity: 'warning', clause: '一.5', path: 'partners.0.location', says: ['西藏'] });
  });
  it('rejects an aid project with no aid region', () => {
    expectOne(dossierWith('aid', { project: { aidRegion: undefined } }), { rule: id, severity: 'error', clause: '一.5', path: 'project.aidRegion', says: ['新疆', '西藏', '青海'] });
  });
  it('warns when the main partner is in another region', () => {
    expectOne(dossierWith('aid', { project: { aidRegion: '西藏' } }), { rule: id, severity: 'warning', clause: '一.5', path: 'partners.0.location', says: ['西藏', '新疆农业大学', '新疆'] });
  });
});

describe('targets-minimum (一)', () => {
  const id = 'targets-minimum';
  it('passes exactly 4 distinct targets', () => {
    expectNone(dossierWith('regional', { project: { targets: ['key-technology', 'transfer', 'talent', 'platform'] } }), id);
  });
  it('rejects 3 targets, stating the count', () => {
    expectOne(dossierWith('key-country', { project: { targets: ['key-technology', 'talent', 'ip-output'] } }), {
      rule: id,
      severity: 'error',
      clause: '一',
      path: 'project.targets',
      says: ['3项', '关键技术突破或技术引进、人才交流与国际化培养、专利、新产品、标准、论文等成果', '4'],
    });
  });
  it('counts a repeated target once', () => {
    expectOne(dossierWith('base-platform', { project: { targets: ['talent', 'talent', 'conference', 'platform'] } }), { rule: id, severity: 'error', clause: '一', path: 'project.targets', says: ['3项'] });
  });
  it('does not apply to aid projects', () => {
    expectNone(dossierWith('aid', { project: { targets: [] } }), id);
  });
});

describe('funding-amount (一)', () => {
  const id = 'funding-amount';
  it('passes about 40万 for categories 1–4 and about 20万 for aid, band edges included', () => {
    expectNone(validDossier('belt-and-road'), id);
    expectNone(validDossier('aid'), id);
    const high = 40 * policy.fundingBand.high;
    const low = 40 * policy.fundingBand.low;
    expectNone(dossierWith('key-country', { project: { funding: { requested: high, matching: 100 } } }), id);
    expectNone(dossierWith('key-country', { project: { funding: { requested: low, matching: 100 } } }), id);
  });
  it('warns for an amount far above the typical one', () => {
    const requested = 40 * policy.fundingBand.high + 1;
    expectOne(dossierWith('key-country', { project: { funding: { requested, matching: 200 } } }), {
      rule: id,
      severity: 'warning',
      clause: '一',
      path: 'project.funding.requested',
      says: [requested, '40'],
    });
  });
  it('warns for an aid project asking 40万 (typical 20万)', () => {
    expectOne(dossierWith('aid', { project: { funding: { requested: 40, matching: 40 } } }), { rule: id, severity: 'warning', clause: '一', path: 'project.funding.requested', says: ['40', '20'] });
  });
  it('rejects a request of zero or less', () => {
    expectOne(dossierWith('key-country', { project: { funding: { requested: 0, matching: 40 } } }), { rule: id, severity: 'error', clause: '一', path: 'project.funding.requested', says: ['0'] });
  });
});

describe('findingsOf helper sanity', () => {
  it('sees nothing from an unrelated rule id', () => {
    expect(findingsOf(validDossier(), 'no-such-rule')).toEqual([]);
  });
});
