// 关于组织申报2024年度山西省科技合作交流专项的通知 (2024-11-04): every call-specific value.
import type { Policy } from './policy.js';

export const shanxi2024: Policy = {
  id: 'shanxi-2024-kjhz',
  name: { zh: '2024年度山西省科技合作交流专项', en: 'Shanxi 2024 S&T Cooperation and Exchange Programme' },
  noticeDate: '2024-11-04',
  callYear: 2024,
  deadlines: {
    online: { at: '2024-12-04T18:00:00+08:00', label: { zh: '网络申报受理截止', en: 'online submission deadline' } },
    paper: { at: '2024-12-09T17:00:00+08:00', label: { zh: '纸质材料受理截止', en: 'paper submission deadline' } },
  },
  deadlineWarningDays: 3,
  registeredOnOrBefore: '2023-01-01',
  homeProvince: { code: '14', names: ['山西'] },
  leadBornOnOrAfter: '1967-01-01',
  applicationsPerYear: 1,
  maxProjectsWithThis: 2,
  recentCooperationYears: 5,
  // 二.2 山西省科技合作交流专项（包括原山西省重点研发计划（国际科技合作））
  cooperationPrograms: ['科技合作交流专项', '重点研发计划（国际科技合作）'],
  periodYears: { min: 2, max: 3 },
  typicalFunding: { 'belt-and-road': 40, 'key-country': 40, 'base-platform': 40, regional: 40, aid: 20 },
  fundingBand: { low: 0.5, high: 1.25 },
  matchingRatio: { default: 1, enterprise: 2 },
  minTargets: 4,
  targetCategories: ['belt-and-road', 'key-country', 'base-platform', 'regional'],
  keyCountries: ['US', 'GB', 'DE', 'FR', 'JP', 'KR', 'IL', 'SE', 'FI', 'CA', 'AU'],
  regionalAreas: ['京津冀', '长三角', '粤港澳大湾区'],
  nationalInstituteNames: ['中国科学院', '中国工程院', '中国农业科学院', '中国医学科学院', '中国中医科学院', '中国林业科学研究院', '中国水产科学研究院', '中国热带农业科学院', '中国地质科学院', '中国环境科学研究院', '中国气象科学研究院', '中国计量科学研究院', '中国标准化研究院', '中国工程物理研究院', '中国科学技术大学', '中国科学院大学'],
  regionalFields: ['装备制造', '通用航空', '新能源', '新材料', '大数据', '节能环保', '生物医药'],
  aidFields: ['新材料', '新能源', '先进装备', '节能环保', '煤电煤化工', '现代高效农业', '良种繁育技术'],
  aidRegions: {
    新疆: { provinceCode: '65', names: ['新疆', '新疆维吾尔自治区', '新疆生产建设兵团', '兵团'] },
    西藏: { provinceCode: '54', names: ['西藏', '西藏自治区'] },
    青海: { provinceCode: '63', names: ['青海', '青海省'] },
  },
  validAgreementTypes: ['agreement', 'intent'],
  signatoryRanks: {
    // 二.3 also allows an agreement with the foreign university or institute itself, signed by a senior
    // official for it (not necessarily a professor): senior-manager counts there too.
    academic: ['professor', 'associate-professor', 'researcher', 'associate-researcher', 'senior-manager'],
    enterprise: ['senior-manager', 'professor', 'researcher'],
  },
  auditYear: 2023,
  noveltySearchAfter: '2024-05-01',
  attachment: { maxBytes: 20 * 1024 * 1024, maxNameLength: 80, readTimeoutMs: 15_000, maxPages: 2000 },
  titleMatch: { same: 0.9, unrelated: 0.5 },
  similarityThreshold: 0.8,
  countryNames: {
    CN: { zh: '中国', en: 'China' },
    US: { zh: '美国', en: 'United States' },
    GB: { zh: '英国', en: 'United Kingdom' },
    DE: { zh: '德国', en: 'Germany' },
    FR: { zh: '法国', en: 'France' },
    JP: { zh: '日本', en: 'Japan' },
    KR: { zh: '韩国', en: 'South Korea' },
    IL: { zh: '以色列', en: 'Israel' },
    SE: { zh: '瑞典', en: 'Sweden' },
    FI: { zh: '芬兰', en: 'Finland' },
    CA: { zh: '加拿大', en: 'Canada' },
    AU: { zh: '澳大利亚', en: 'Australia' },
  },
};
