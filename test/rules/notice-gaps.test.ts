// Issue 14, items 9, 10 and 13: where the rules read the notice less exactly than it is written. Each test
// quotes the words of the notice (shared/notice/shanxi-2024-kjhz-notice.txt) it follows.
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, findingsOf, validDossier } from '../helpers/dossier.js';
import { dossierSchema } from '../../src/model/dossier.js';
import { loadDossierText } from '../../src/load/yaml.js';
import { stringify } from 'yaml';

const mainPartner = (fields: Record<string, unknown>) => ({ partners: { 0: fields } });

describe('一.4 支持对接京津冀、长三角、粤港澳大湾区的“双一流”高校: a declared 双一流 not on the list still gets the region test', () => {
  const id = 'category-regional-partner';
  it('西华大学 (成都), declared 双一流 but not on the list, is outside the three regions: an error, not only "not on the list"', () => {
    const f = expectOne(dossierWith('regional', mainPartner({ name: '西华大学', kind: 'university', location: '四川省成都市郫都区', doubleFirstClass: true })), {
      rule: id,
      severity: 'error',
      clause: '一.4',
      path: 'partners.0.location',
      says: ['西华大学', '四川省'],
    });
    expect(f.message).toContain('不在');
  });
  it('a declared 双一流 not on the list inside a region still only warns (the list or the name may be wrong)', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '北京某某理工学院', kind: 'university', location: '北京市海淀区', doubleFirstClass: true })), {
      rule: id,
      severity: 'warning',
      clause: '一.4',
      path: 'partners.0.doubleFirstClass',
    });
  });
  it('a declared 双一流 not on the list whose place cannot be told warns that it is not listed', () => {
    expectOne(dossierWith('regional', mainPartner({ name: '某某理工学院', kind: 'university', location: undefined, doubleFirstClass: true })), {
      rule: id,
      severity: 'warning',
      clause: '一.4',
      path: 'partners.0.doubleFirstClass',
    });
  });
});

describe('一.1 与“一带一路”国家合作 / 一.2 …等…的国家开展跨国联合研发: 香港、澳门、台湾 are not 国家, cooperation with them is not 跨国', () => {
  // Error, not warning: the 等 of 一.2 leaves the list of countries open, not the notion of a country; and a
  // region of China is on no list of Belt and Road countries. The base-platform rule (一.3) and 二.3 already
  // treat these regions as not 国外 (src/rules/helpers.ts isForeign).
  for (const [country, name, place] of [
    ['HK', '香港科技大学', '香港'],
    ['MO', '澳门大学', '澳门'],
    ['TW', '台湾某大学', '台湾'],
  ] as const) {
    it(`a key-country project with its main partner in ${place} is an error (not the "other country (等)" warning)`, () => {
      expectOne(dossierWith('key-country', mainPartner({ name, country })), { rule: 'category-key-country', severity: 'error', clause: '一.2', path: 'partners.0.country', says: [name, place] });
    });
    it(`a Belt and Road project with its main partner in ${place} is an error that does not call ${place} a country`, () => {
      const f = expectOne(dossierWith('belt-and-road', mainPartner({ name, country })), { rule: 'category-belt-and-road', severity: 'error', clause: '一.1', path: 'partners.0.country', says: [name, place] });
      expect(f.message).not.toContain('所在国');
    });
  }
  it('the eleven named countries and another foreign country are unchanged', () => {
    expectNone(validDossier('key-country'), 'category-key-country');
    expectOne(dossierWith('key-country', mainPartner({ country: 'NL' })), { rule: 'category-key-country', severity: 'warning', clause: '一.2', path: 'partners.0.country' });
    expectNone(validDossier('belt-and-road'), 'category-belt-and-road');
  });
});

describe('二.9 视需要由相关医疗机构提供伦理委员会审查意见: a missing review is for a reviewer to judge', () => {
  const id = 'ethics-review';
  const declarations = (d: Record<string, unknown>) => ({ project: { declarations: d } });
  it('ethics declared, no review attached: a warning, not an error', () => {
    const f = expectOne(dossierWith('key-country', declarations({ ethics: true })), { rule: id, severity: 'warning', clause: '二.9', path: 'attachments.ethicsReview', says: ['伦理', '视需要'] });
    expect(f.severity).toBe('warning');
  });
  it('human genetic resources declared, no review attached: a warning', () => {
    expectOne(dossierWith('key-country', declarations({ humanGeneticResources: true })), { rule: id, severity: 'warning', clause: '二.9', path: 'attachments.ethicsReview', says: ['人类遗传资源'] });
  });
  it('no error at all in an otherwise valid dossier that declares ethics without a review', () => {
    expect(findingsOf(dossierWith('key-country', declarations({ ethics: true })), id).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('一.5 围绕我省对口援疆、援藏、援青等科技援助任务: another aid region is a warning, not a schema error', () => {
  const id = 'category-aid-region';
  it('内蒙古 passes the schema (and the loader) and gets a warning of the aid-region rule', () => {
    const d = dossierWith('aid', { project: { aidRegion: '内蒙古' } });
    expect(dossierSchema.safeParse(d).success).toBe(true);
    const loaded = loadDossierText(stringify(d), 'zh');
    expect(loaded.ok && loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expectOne(d, { rule: id, severity: 'warning', clause: '一.5', path: 'project.aidRegion', says: ['内蒙古', '等'] });
  });
  it('the three named regions and their full names pass', () => {
    for (const aidRegion of ['新疆', '新疆维吾尔自治区', '新疆生产建设兵团']) expectNone(dossierWith('aid', { project: { aidRegion } }), id);
  });
  it('an empty aid region is still a schema error', () => {
    expect(dossierSchema.safeParse(dossierWith('aid', { project: { aidRegion: '' } })).success).toBe(false);
  });
});
