// 一.4 中国科学院等国家级院所, and 二.3 国际知名企业: additions to the category and signatory rules.
import { describe, it } from 'vitest';
import { dossierWith, expectNone, expectOne } from '../helpers/dossier.js';

describe('category-regional-partner: 中国科学院等国家级院所 (一.4)', () => {
  const id = 'category-regional-partner';
  it('accepts a national-level institute by its name, wherever it is and without cas: true', () => {
    const partner = { name: '中国农业科学院作物科学研究所', kind: 'institute', country: 'CN', location: '北京市海淀区', cas: false, doubleFirstClass: false, nationalPlatform: undefined };
    expectNone(dossierWith('regional', { partners: { 0: partner } }), id);
  });
  it('only warns for an institute named as national but not on the list (中国科学院等国家级院所: 等)', () => {
    const partner = { name: '中国兵器科学研究院', kind: 'institute', country: 'CN', location: '北京市海淀区', cas: false, doubleFirstClass: false, nationalPlatform: undefined };
    expectOne(dossierWith('regional', { partners: { 0: partner } }), { rule: id, severity: 'warning', clause: '一.4', path: 'partners.0', says: ['中国兵器科学研究院'] });
    expectOne(dossierWith('regional', { partners: { 0: { ...partner, kind: 'enterprise', name: '中国某某科技有限公司' } } }), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0' });
  });
  it('still rejects an ordinary institute outside the listed kinds', () => {
    const partner = { name: '河南某某技术研究所', kind: 'institute', country: 'CN', location: '河南省郑州市', cas: false, doubleFirstClass: false, nationalPlatform: undefined };
    expectOne(dossierWith('regional', { partners: { 0: partner } }), { rule: id, severity: 'error', clause: '一.4', path: 'partners.0', says: ['河南某某技术研究所'] });
  });
});

describe('partner-signatory-rank: 国际知名企业 (二.3)', () => {
  const id = 'partner-signatory-rank';
  const company = { name: 'Small GmbH', kind: 'enterprise', country: 'DE', signatory: { name: 'Anna Beck', rank: 'senior-manager' } };
  it('warns when a foreign company is declared not renowned', () => {
    expectOne(dossierWith('key-country', { partners: { 0: { ...company, renowned: false } } }), { rule: id, severity: 'warning', clause: '二.3', path: 'partners.0.renowned', says: ['Small GmbH'] });
  });
  it('says nothing for a renowned company signed by a senior manager', () => {
    expectNone(dossierWith('key-country', { partners: { 0: { ...company, renowned: true } } }), id);
  });
});
