// Distinct, valid identities for the benchmark corpus: each dossier gets its own applicant (name, credit
// code with a correct check character, city), lead (name, ID number with a correct check digit, birth
// date), project title and summary, derived from one of the bundled valid samples (one per category).
// A few dossiers carry a planted mistake (in the dossier or inside a PDF, with the fixture overrides of
// scripts/make-fixtures.ts) and a few share a lead, so the report and the batch rules have realistic work.
import { between, pick, rng, type Rng } from '../../scripts/random.js';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A GB 11714 organisation code (8 characters + check) and the GB 32100 credit code built on it. */
export function creditCode(r: Rng, prefix: '91' | '12', division: string): string {
  const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[between(r, 0, 30)]!).join('');
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i]!;
    sum += (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55) * ORG_WEIGHTS[i]!;
  }
  const oc = 11 - (sum % 11);
  const org = body + (oc === 10 ? 'X' : oc === 11 ? '0' : String(oc));
  const first17 = prefix + division + org;
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return first17 + USCC_ALPHABET[(31 - (s % 31)) % 31]!;
}

export function idNumber(area: string, birth: string, seq: number): string {
  const first17 = area + birth.replace(/-/g, '') + String(seq % 1000).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return first17 + ID_CHECK[sum % 11]!;
}

export const CITIES: { name: string; code: string }[] = [
  { name: '太原市', code: '140100' },
  { name: '大同市', code: '140200' },
  { name: '阳泉市', code: '140300' },
  { name: '长治市', code: '140400' },
  { name: '晋城市', code: '140500' },
  { name: '朔州市', code: '140600' },
  { name: '晋中市', code: '140700' },
  { name: '运城市', code: '140800' },
  { name: '忻州市', code: '140900' },
  { name: '临汾市', code: '141000' },
  { name: '吕梁市', code: '141100' },
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂志红建华国庆晓东海燕宏宇博鹏飞俊峰浩思远子嘉怡梓涵欣悦晨阳睿哲';
const NAME_CORE = '晋华创新能源材科恒泰瑞达鑫盛德信远航安泽宏昌隆兴佳诚拓峰汇融智铭';
const INDUSTRY: Record<string, string[]> = {
  enterprise: ['镁业科技有限公司', '新材料有限公司', '煤化工科技有限公司', '智能装备有限公司', '光电科技有限公司', '生物医药有限公司', '节能环保科技有限公司', '信息技术有限公司', '精密制造有限公司', '储能科技有限公司'],
  institution: ['材料研究所', '煤炭转化研究院', '农业技术研究所', '环境科学研究院', '能源技术研究院', '智能制造研究院', '生物技术研究所'],
};
const TECH = ['高性能', '低成本', '智能化', '绿色', '高可靠', '大尺寸', '超细晶', '耐高温', '长寿命', '高效'];
const OBJECT = ['镁合金部件', '煤基碳材料', '固态电池电极', '矿山装备传动系统', '光伏组件', '中药活性成分', '节水灌溉装备', '氢能储运材料', '精密铸件', '工业互联网平台', '特种钢材', '生物降解材料'];
const ACTION = ['联合研发', '关键技术联合攻关', '协同创新与示范', '合作研究与转化', '制备技术联合研究', '国际合作研究'];

export interface Planted {
  /** fixture.yaml-style overrides of the documents (scripts/make-fixtures.ts). */
  overrides: Record<string, unknown>;
  /** What was planted, for the corpus manifest. */
  note?: string;
}

/** Mutates a parsed sample dossier into dossier number `i` of the corpus; returns the documents' overrides. */
export function vary(d: Record<string, any>, i: number, previous?: Record<string, any>): Planted {
  const r = rng(0x5eed + i * 7919);
  const kind: string = d.applicant.kind === 'enterprise' ? 'enterprise' : 'institution';
  const city = pick(r, CITIES);
  const keepRecommender = !String(d.applicant.recommender ?? '').includes('市');

  // distinct for every i below 32 × 32 × 7 = 7168 (the core characters and the trade come from i)
  const c1 = i % 32;
  const c2 = (Math.floor(i / 32) + 3 * c1) % 32;
  const trades = INDUSTRY[kind]!;
  d.applicant.name = `${pick(r, ['山西', city.name.replace('市', '')])}${NAME_CORE[c1]}${NAME_CORE[c2]}${trades[Math.floor(i / 1024) % trades.length]}`;
  d.applicant.creditCode = creditCode(r, kind === 'enterprise' ? '91' : '12', city.code);
  d.applicant.registeredIn = `山西省${city.name}`;
  if (!keepRecommender) d.applicant.recommender = `${city.name}科学技术局`;

  const year = between(r, 1972, 1990);
  const birth = `${year}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(between(r, 1, 28)).padStart(2, '0')}`;
  d.lead.name = pick(r, [...SURNAMES]) + pick(r, [...GIVEN]) + (r() < 0.6 ? pick(r, [...GIVEN]) : '');
  d.lead.birthDate = birth;
  d.lead.idNumber = idNumber(`${city.code.slice(0, 4)}${String(between(r, 1, 9)).padStart(2, '0')}`, birth, i);

  const title = `${pick(r, TECH)}${pick(r, OBJECT)}${pick(r, ACTION)}`;
  d.project.title = title;
  d.project.summary = `${d.project.summary.replace(/。$/, '')}，重点开展${title}工作（编号${String(i).padStart(5, '0')}）。`;

  const planted: Planted = { overrides: {} };
  // every 150th dossier: the same lead as the dossier before it (二.2, a batch finding)
  if (previous && i % 150 === 149) {
    d.lead.name = previous.lead.name;
    d.lead.birthDate = previous.lead.birthDate;
    d.lead.idNumber = previous.lead.idNumber;
    planted.note = 'same lead as the previous dossier';
    return planted;
  }
  // about one dossier in eight carries one mistake, as a bureau's batch does
  const o = planted.overrides;
  switch (i % 8 === 5 ? i % 5 : -1) {
    case 0:
      o.noveltySearch = { printedDate: '2024-04-16' };
      planted.note = 'novelty report finished before 2024-05-01';
      break;
    case 1:
      o.fundingCommitment = { matching: Math.max(1, Number(d.project.funding.matching) - 20) };
      planted.note = 'commitment letter states a smaller amount';
      break;
    case 2:
      o.scanned = ['employmentProof'];
      planted.note = 'scanned employment proof';
      break;
    case 3:
      d.lead.birthDate = '1962-03-08';
      d.lead.idNumber = idNumber(`${city.code.slice(0, 4)}01`, '1962-03-08', i);
      planted.note = 'lead too old';
      break;
    case 4:
      o.businessLicense = { creditCode: creditCode(rng(i), kind === 'enterprise' ? '91' : '12', city.code) };
      planted.note = "licence shows another unit's credit code";
      break;
  }
  return planted;
}
