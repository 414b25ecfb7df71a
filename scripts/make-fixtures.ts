// npm run fixtures  (= tsx scripts/make-fixtures.ts [--check] [DOSSIER_FOLDER ...])
//
// Writes, deterministically (same bytes every run):
//   1. test/fixtures/pdf/*.pdf — one file per kind the PDF reader must handle (see FIXED below);
//   2. the attachments of every sample dossier: for each samples/*/dossier.yaml and
//      test/fixtures/dossiers/*/dossier.yaml (or the folders given as arguments), every PDF the
//      dossier declares, written next to it, with text derived from the dossier so that the content
//      checks pass: the licence shows the applicant's name and credit code, the agreement names the
//      partner, has the five contents of 二.3 and the validFrom/validUntil dates (and English text when
//      the partner is foreign), the novelty search report prints the declared 查新完成日期 and the title …
//
// --check: generate in memory and compare with the files on disk; exit 1 if any differs (for CI).
//
// ── fixture.yaml: planting a mistake ───────────────────────────────────────────────────────────
// A sample folder may hold fixture.yaml next to dossier.yaml. Files are named by their dossier path
// without the ".file": attachments keys (businessLicense, noveltySearch, other.0 …) or agreements.N.
// All keys are optional:
//
//   scanned: [employmentProof, agreements.0]  # image-only pages, no text layer (a "scan")
//   skip: [platformProof]                     # do not write this file (a declared file that is missing)
//   letter: [applicationForm]                 # US Letter pages instead of A4
//   stsong: [integrityPledge]                 # text in non-embedded STSong-Light (needs CMaps to read)
//   broken:                                   # a damaged file instead of the document
//     auditReport: truncated                  # truncated | encrypted | restricted | not-pdf | empty | zero-pages
//   # what the documents print, where it differs from the dossier:
//   businessLicense: { name: 另一家公司, creditCode: 91140100MA0L1K2M33 }
//   leadQualification: { name: 李四, title: 工程师, degree: 硕士 }
//   employmentProof: { name: 李四, applicant: 另一家单位, contractEnd: 2026-06-30 }
//   agreements:
//     0: { partner: 另一合作方, english: false, omit: [ip, funding], validFrom: 2024-10-20, validUntil: 2026-12-31 }
//   fundingCommitment: { matching: 40 }
//   auditReport: { year: 2022, firm: false, applicant: 另一家公司 }   # firm: false = no 会计师事务所; or a firm name
//   platformProof: { partner: 另一单位, type: 省级重点实验室 }
//   noveltySearch: { printedDate: 2024-04-10, dateForm: cn, title: 另一个项目 }  # dateForm: cn | iso | month
//   applicationForm: { title: 另一个项目 }
//
// Dates are YYYY-MM-DD. Documents carry fixed metadata dates, never "now".
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, parse as parseYaml } from 'yaml';
import { cnDate, cnNumeralDate, cnUpper, enDate } from './fixture-text.js';
import {
  type DocSpec,
  type Line,
  encryptPdf,
  makePdf,
  makeZeroPagePdf,
  notAPdf,
  rawPdf,
  truncatePdf,
} from './pdfmake.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PDF_DIR = join(ROOT, 'test/fixtures/pdf');
const SAMPLE_ROOTS = [join(ROOT, 'samples'), join(ROOT, 'test/fixtures/dossiers')];
/** Metadata date of the sample documents: before the deadlines, fixed. */
const SAMPLE_DATE = new Date('2024-11-15T02:00:00Z');

// ───────────────────────────────────────────────────────────────────────────────────────────────
// Chinese wording helpers

const CATEGORY_CN: Record<string, string> = {
  'belt-and-road': '“一带一路”科技合作项目',
  'key-country': '重点国别科技合作项目',
  'base-platform': '国际合作基地与平台项目',
  regional: '区域合作项目',
  aid: '科技援助合作项目',
};
const DEGREE_CN: Record<string, string> = { doctorate: '博士', master: '硕士', bachelor: '学士', other: '' };
const EMPLOYMENT_CN: Record<string, string> = { employed: '在职', 'on-post': '在岗', contracted: '在聘', none: '' };

// ───────────────────────────────────────────────────────────────────────────────────────────────
// The dossier, loosely: only what the documents print. (The zod model in src/model validates it; the
// generator must keep working on the broken dossiers the tests use, so it reads defensively.)

interface Partner {
  name: string;
  country?: string;
  location?: string;
  signatory?: { name?: string; rank?: string };
  nationalPlatform?: { type?: string; name?: string };
}
interface Agreement {
  file: string;
  partner?: string;
  type?: string;
  languages?: string[];
  validFrom?: string;
  validUntil?: string;
  covers?: string[];
}
interface Dossier {
  project?: {
    title?: string;
    category?: string;
    field?: string;
    summary?: string;
    period?: { start?: string; end?: string };
    funding?: { requested?: number; matching?: number };
  };
  applicant?: { name?: string; creditCode?: string; kind?: string; registeredIn?: string; registeredOn?: string; recommender?: string };
  lead?: { name?: string; birthDate?: string; title?: string; titleRank?: string; degree?: string; employment?: string; contractEnd?: string };
  partners?: Partner[];
  agreements?: Agreement[];
  attachments?: Record<string, unknown> & {
    noveltySearch?: { file?: string; date?: string; agency?: string };
    other?: string[];
  };
}

type Damage = 'truncated' | 'encrypted' | 'restricted' | 'not-pdf' | 'empty' | 'zero-pages';
interface Overrides {
  scanned?: string[];
  skip?: string[];
  letter?: string[];
  stsong?: string[];
  broken?: Record<string, Damage>;
  businessLicense?: { name?: string; creditCode?: string };
  leadQualification?: { name?: string; title?: string; degree?: string };
  employmentProof?: { name?: string; applicant?: string; contractEnd?: string };
  agreements?: Record<string, { partner?: string; english?: boolean; omit?: string[]; validFrom?: string; validUntil?: string }>;
  fundingCommitment?: { matching?: number };
  auditReport?: { year?: number; firm?: string | false; applicant?: string };
  platformProof?: { partner?: string; type?: string };
  noveltySearch?: { printedDate?: string; dateForm?: 'cn' | 'iso' | 'month'; title?: string };
  applicationForm?: { title?: string };
}

const str = (v: unknown, fallback: string): string => (typeof v === 'string' && v.trim() ? v : v instanceof Date ? v.toISOString().slice(0, 10) : fallback);

// ───────────────────────────────────────────────────────────────────────────────────────────────
// One document per attachment kind. Each returns the lines of its pages.

type Pages = Line[][];
const h1 = (text: string): Line => ({ text, size: 20, center: true });
const h2 = (text: string): Line => ({ text, size: 14 });

interface Ctx {
  d: Dossier;
  o: Overrides;
  title: string;
  applicant: string;
  lead: string;
}

function businessLicense({ d, o, applicant }: Ctx): Pages {
  const a = d.applicant ?? {};
  const name = o.businessLicense?.name ?? applicant;
  const code = o.businessLicense?.creditCode ?? str(a.creditCode, '');
  const enterprise = (a.kind ?? 'enterprise') === 'enterprise';
  const place = str(a.registeredIn, '山西省太原市');
  const founded = cnDate(str(a.registeredOn, '2015-03-02'));
  if (!enterprise) {
    return [
      [
        h1('事业单位法人证书'),
        '',
        `统一社会信用代码 ${code}`,
        `名    称 ${name}`,
        `宗旨和业务范围 开展科学研究、技术开发、成果转化和人才培养`,
        `住    所 ${place}科技街1号`,
        `法定代表人 王某某`,
        `开办资金 人民币5000万元`,
        `举办单位 ${place.replace(/市.*$/, '市')}人民政府`,
        `有效期 自${founded}`,
        '',
        `事业单位登记管理局（印章）`,
      ],
    ];
  }
  return [
    [
      h1('营 业 执 照'),
      { text: '（副 本）', center: true },
      '',
      `统一社会信用代码 ${code}`,
      `名    称 ${name}`,
      `类    型 有限责任公司（自然人投资或控股）`,
      `法定代表人 王某某`,
      `经营范围 新材料技术研发；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广`,
      `注册资本 壹仟万圆整`,
      `成立日期 ${founded}`,
      `住    所 ${place}高新技术产业开发区科技街1号`,
      '',
      `登记机关 ${place.replace(/^山西省/, '').replace(/市.*$/, '市')}市场监督管理局（印章）`,
      '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn',
    ],
  ];
}

function leadQualification({ d, o, applicant, lead }: Ctx): Pages {
  const l = d.lead ?? {};
  const name = o.leadQualification?.name ?? lead;
  const title = o.leadQualification?.title ?? l.title;
  const degree = o.leadQualification?.degree ?? DEGREE_CN[l.degree ?? ''] ?? '';
  const born = l.birthDate ? cnDate(l.birthDate) : '1980年3月15日';
  const pages: Pages = [];
  // the certificate(s) that make the lead eligible (二.2: 副高以上职称 or 博士学位), as the dossier declares
  const qualifyingTitle = l.titleRank === 'senior' || l.titleRank === 'associate-senior';
  const showTitle = !!title && (qualifyingTitle || o.leadQualification?.title !== undefined || degree !== '博士');
  if (showTitle) {
    pages.push([
      h1('专业技术职务任职资格证书'),
      '',
      `姓    名：${name}`,
      `出生日期：${born}`,
      `工作单位：${applicant}`,
      `资格名称：${title}`,
      `专业名称：材料工程`,
      '评审组织：山西省工程技术系列高级职称评审委员会',
      '',
      '山西省人力资源和社会保障厅（印章）',
    ]);
  }
  if (degree === '博士' || (degree && !showTitle)) {
    pages.push([
      h1(`${degree}学位证书`),
      '',
      `${name}，${born}生。在材料科学与工程学科已通过${degree}学位的课程考试和论文答辩，`,
      `成绩合格。根据《中华人民共和国学位条例》的规定，授予工学${degree}学位。`,
      '',
      '学位评定委员会主席（签字）',
      '证书编号：1000832012000123',
    ]);
  }
  if (pages.length === 0) pages.push([h1('职称及学位证明'), '', `姓名：${name}`, `工作单位：${applicant}`]);
  return pages;
}

function employmentProof({ d, o, applicant, lead }: Ctx): Pages {
  const l = d.lead ?? {};
  const name = o.employmentProof?.name ?? lead;
  const unit = o.employmentProof?.applicant ?? applicant;
  const kind = l.employment ?? 'employed';
  const word = EMPLOYMENT_CN[kind] || '在职';
  const lines: Line[] = [h1(`${word}证明`), ''];
  if (kind === 'contracted') {
    const end = o.employmentProof?.contractEnd ?? str(l.contractEnd, '2028-06-30');
    const start = `${Number((d.project?.period?.start ?? '2025').slice(0, 4)) - 2}-07-01`;
    lines.push(
      `兹证明${name}同志受聘于${unit}，聘用岗位为专业技术岗位（${l.title ?? '研究员'}），`,
      `受聘期限：${cnDate(start)}至${cnDate(end)}。`,
      '聘期内由我单位按规定为其发放工资并缴纳社会保险。',
    );
  } else {
    lines.push(
      `兹证明${name}同志系${unit}${word}职工，现任技术研发中心主任，`,
      '工作表现良好，能够保证将主要精力用于项目组织、协调与研究。',
    );
  }
  lines.push('特此证明。', '', `${unit}（盖章）`, '人力资源部');
  return [lines];
}

const COVER_TEXT: Record<string, { zh: Line[]; en: Line[] }> = {
  content: {
    zh: [h2('一、研究内容'), '双方围绕本项目开展联合研发，主要研究内容包括关键材料设计、工艺优化和示范应用。'],
    en: [h2('Article 1 Research Content'), 'The Parties shall jointly carry out research on material design, process optimisation and demonstration.'],
  },
  tasks: {
    zh: [h2('二、任务分工'), '甲方负责项目总体组织、工艺试验和示范应用；乙方负责理论研究、测试分析和人员培训。'],
    en: [h2('Article 2 Division of Tasks'), 'Party A is responsible for overall organisation and trials; Party B for theory, testing and training.'],
  },
  term: { zh: [], en: [] }, // dates: written by agreement()
  funding: {
    zh: [h2('四、经费分配'), '项目经费由甲方统一管理，按任务分工和实际工作量在双方之间分配，专款专用。'],
    en: [h2('Article 4 Allocation of Funds'), 'Project funds are managed by Party A and allocated between the Parties according to their tasks.'],
  },
  ip: {
    zh: [h2('五、成果及知识产权归属和利益分配'), '合作产生的知识产权归双方共有，成果转化收益按双方贡献比例分配。'],
    en: [h2('Article 5 Intellectual Property and Benefit Sharing'), 'Intellectual property arising from the cooperation is jointly owned; benefits are shared by contribution.'],
  },
};

function agreement(ctx: Ctx, index: number, a: Agreement): Pages {
  const { d, o, applicant, lead, title } = ctx;
  const ov = o.agreements?.[String(index)] ?? {};
  const partner = (d.partners ?? []).find((p) => p.name === a.partner) ?? { name: a.partner ?? '合作单位' };
  const partnerName = ov.partner ?? partner.name;
  const foreign = (partner.country ?? 'CN').toUpperCase() !== 'CN';
  // as the dossier declares it; undeclared: bilingual when the partner is foreign (二.3)
  const english = ov.english ?? (Array.isArray(a.languages) ? a.languages.includes('en') : foreign);
  const covers = (a.covers ?? ['content', 'tasks', 'term', 'funding', 'ip']).filter((c) => !(ov.omit ?? []).includes(c));
  const from = ov.validFrom ?? str(a.validFrom, '2024-10-20');
  const until = ov.validUntil ?? str(a.validUntil, '2028-12-31');
  const intent = a.type === 'intent';
  const signatory = partner.signatory?.name ?? '合作方负责人';

  const zh: Line[] = [
    h1(intent ? '合作意向书' : '合作协议书'),
    '',
    `甲方：${applicant}`,
    `乙方：${partnerName}`,
    `项目名称：${title}`,
    '为共同开展上述项目研究，经双方友好协商，达成如下协议：',
  ];
  for (const c of ['content', 'tasks', 'term', 'funding', 'ip']) {
    if (!covers.includes(c)) continue;
    if (c === 'term') zh.push(h2('三、合同期限'), `本协议有效期自${cnDate(from)}起至${cnDate(until)}止，覆盖项目执行期。`);
    else zh.push(...COVER_TEXT[c]!.zh);
  }
  zh.push(
    '',
    `甲方项目负责人（签字）：${lead}`,
    `甲方（盖章）：${applicant}`,
    `乙方代表（签字）：${signatory}`,
    `乙方（盖章）：${partnerName}`,
    `签订日期：${cnDate(from)}`,
  );
  if (!english) return [zh];
  const en: Line[] = [
    h1(intent ? 'Letter of Intent for Cooperation' : 'Cooperation Agreement'),
    '',
    `Party A: ${applicant}`,
    `Party B: ${partnerName}`,
    `Project: ${title}`,
    'To carry out the above project jointly, the Parties agree as follows:',
  ];
  for (const c of ['content', 'tasks', 'term', 'funding', 'ip']) {
    if (!covers.includes(c)) continue;
    if (c === 'term') {
      en.push(h2('Article 3 Term'), `This Agreement is valid from ${enDate(from)} to ${enDate(until)}, covering the project period.`);
    } else en.push(...COVER_TEXT[c]!.en);
  }
  en.push(
    '',
    `For Party A, project leader (signature): ${lead}`,
    `For Party B (signature): ${signatory}`,
    `Date of signature: ${enDate(from)}`,
  );
  return [zh, en];
}

function fundingCommitment({ d, o, applicant, title }: Ctx): Pages {
  const amount = o.fundingCommitment?.matching ?? d.project?.funding?.matching ?? 0;
  const upper = cnUpper(amount);
  return [
    [
      h1('项目资金配套承诺书'),
      '',
      '山西省科学技术厅：',
      `我单位申报的2024年度山西省科技合作交流专项项目“${title}”，`,
      `承诺自筹配套资金人民币${amount}万元${upper ? `（大写：${upper}万元整）` : ''}，资金来源为单位自有资金，`,
      '确保按项目实施进度足额到位、专款专用。项目立项后引导资金实际资助额度未达到申请额度的，',
      '差额部分由我单位自筹解决。',
      '',
      `${applicant}（盖章）`,
      '法定代表人（签字）：王某某',
    ],
  ];
}

function auditReport({ o, applicant }: Ctx): Pages {
  const year = o.auditReport?.year ?? 2023;
  const unit = o.auditReport?.applicant ?? applicant;
  const firm = o.auditReport?.firm === false ? '太原某某财务咨询有限公司' : (o.auditReport?.firm ?? '山西恒信会计师事务所（特殊普通合伙）');
  return [
    [
      h1('审 计 报 告'),
      { text: `恒信审字〔${year + 1}〕第0123号`, center: true },
      '',
      `${unit}全体股东：`,
      h2('一、审计意见'),
      `我们审计了${unit}（以下简称“贵公司”）财务报表，包括${year}年12月31日的资产负债表，`,
      `${year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。`,
      `我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司${year}年12月31日的`,
      `财务状况以及${year}年度的经营成果和现金流量。`,
      h2('二、形成审计意见的基础'),
      '我们按照中国注册会计师审计准则的规定执行了审计工作。',
    ],
    [
      h2('三、管理层对财务报表的责任'),
      '贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映。',
      '',
      `${firm}`,
      '中国注册会计师：赵某某',
      '中国注册会计师：钱某某',
      `${cnDate(`${year + 1}-03-28`)}`,
    ],
  ];
}

function platformProof({ d, o }: Ctx): Pages {
  const partner = (d.partners ?? []).find((p) => p.nationalPlatform) ?? d.partners?.[0] ?? { name: '合作单位' };
  const name = o.platformProof?.partner ?? partner.name;
  const type = o.platformProof?.type ?? partner.nationalPlatform?.type ?? '国家重点实验室';
  const platform = partner.nationalPlatform?.name ?? `${type}`;
  return [
    [
      h1('国家级科技创新平台证明'),
      '',
      `兹证明，${name}是${platform}的依托单位。`,
      `该平台为${type}，经国家主管部门批准建设并通过验收，目前运行正常。`,
      '特此证明。',
      '',
      `${name}（盖章）`,
    ],
  ];
}

function noveltySearch({ d, o, applicant, title }: Ctx): Pages {
  const ns = d.attachments?.noveltySearch ?? {};
  const date = o.noveltySearch?.printedDate ?? str(ns.date, '2024-06-18');
  const form = o.noveltySearch?.dateForm ?? 'cn';
  const printed = form === 'iso' ? date : form === 'month' ? cnNumeralDate(date, true) : cnDate(date);
  const agency = str(ns.agency, '教育部科技查新工作站（L12）');
  const named = o.noveltySearch?.title ?? title;
  return [
    [
      h1('科技查新报告'),
      '',
      `查新项目名称：${named}`,
      `委托人：${applicant}`,
      `查新机构：${agency}`,
      `查新完成日期：${printed}`,
      '报告编号：KJCX-0123',
      h2('一、查新目的'),
      '申报2024年度山西省科技合作交流专项项目。',
      h2('二、查新点'),
      `${d.project?.summary ?? '项目的主要技术创新点。'}`,
    ],
    [
      h2('三、查新结论'),
      '经检索国内外相关文献，未见与本项目查新点完全相同的公开报道，本项目具有新颖性。',
      '',
      '查新员：孙某某    审核员：周某某',
      `${agency}（盖章）`,
    ],
  ];
}

function integrityPledge({ applicant, lead, title }: Ctx): Pages {
  return [
    [
      h1('科研诚信承诺书'),
      '',
      `项目名称：${title}`,
      '本人及本单位郑重承诺：在项目申报和实施过程中，严格遵守科研诚信要求，',
      '不剽窃他人科研成果、不侵犯他人知识产权、不虚报项目、不伪造材料骗取申报资格，',
      '如有违反，愿承担相应责任。',
      '',
      `项目负责人（签字）：${lead}`,
      `申报单位（盖章）：${applicant}`,
    ],
  ];
}

function ethicsReview({ applicant, title }: Ctx): Pages {
  return [
    [
      h1('伦理审查意见'),
      '',
      `项目名称：${title}`,
      `申请单位：${applicant}`,
      '经本委员会审查，该项目研究方案符合伦理原则，同意开展研究。',
      '',
      '山西省人民医院医学伦理委员会（盖章）',
    ],
  ];
}

function applicationForm({ d, o, applicant, lead }: Ctx): Pages {
  const p = d.project ?? {};
  const title = o.applicationForm?.title ?? ctxTitle(d);
  const period = p.period?.start && p.period?.end ? `${cnDate(p.period.start)}至${cnDate(p.period.end)}` : '';
  return [
    [
      h1('山西省科技合作交流专项项目申报书'),
      '',
      `项目名称：${title}`,
      `支持方向：${CATEGORY_CN[p.category ?? ''] ?? ''}`,
      `技术领域：${p.field ?? ''}`,
      `申报单位：${applicant}`,
      `项目负责人：${lead}`,
      `组织推荐部门：${d.applicant?.recommender ?? ''}`,
      `项目执行期：${period}`,
      `申请引导资金：${p.funding?.requested ?? ''}万元`,
      `配套资金：${p.funding?.matching ?? ''}万元`,
      '',
      '山西省科学技术厅制',
    ],
    [h2('一、研究内容摘要'), p.summary ?? '', h2('二、合作单位'), ...(d.partners ?? []).map((x) => x.name)],
  ];
}

function otherProof({ applicant, title }: Ctx, index: number): Pages {
  return [[h1('其他相关证明材料'), '', `项目名称：${title}`, `申报单位：${applicant}`, `材料${index + 1}：相关证明材料。`]];
}

const ctxTitle = (d: Dossier) => d.project?.title ?? '未命名项目';

const DOC_TITLES: Record<string, string> = {
  applicationForm: '山西省科技合作交流专项项目申报书',
  businessLicense: '营业执照',
  leadQualification: '职称或学位证明',
  employmentProof: '在职证明',
  fundingCommitment: '项目资金配套承诺书',
  auditReport: '审计报告',
  platformProof: '国家级科技创新平台证明',
  noveltySearch: '科技查新报告',
  integrityPledge: '科研诚信承诺书',
  ethicsReview: '伦理审查意见',
};

const GENERATORS: Record<string, (c: Ctx) => Pages> = {
  applicationForm,
  businessLicense,
  leadQualification,
  employmentProof,
  fundingCommitment,
  auditReport,
  platformProof,
  noveltySearch,
  integrityPledge,
  ethicsReview,
};

// ───────────────────────────────────────────────────────────────────────────────────────────────

interface Planned {
  /** agreements.0, attachments key, other.1 */
  ref: string;
  file: string;
  pages: Pages;
  title: string;
}

/** The documents a dossier declares, with their text. */
export function planSample(d: Dossier, o: Overrides): Planned[] {
  const ctx: Ctx = {
    d,
    o,
    title: ctxTitle(d),
    applicant: d.applicant?.name ?? '申报单位',
    lead: d.lead?.name ?? '项目负责人',
  };
  const out: Planned[] = [];
  const att = d.attachments ?? {};
  for (const [key, value] of Object.entries(att)) {
    if (key === 'other') {
      (Array.isArray(value) ? value : []).forEach((f, i) => {
        if (typeof f === 'string') out.push({ ref: `other.${i}`, file: f, pages: otherProof(ctx, i), title: '其他相关证明材料' });
      });
      continue;
    }
    const file = typeof value === 'string' ? value : (value as { file?: unknown } | undefined)?.file;
    if (typeof file !== 'string') continue;
    const gen = GENERATORS[key];
    out.push({ ref: key, file, pages: gen ? gen(ctx) : otherProof(ctx, 0), title: DOC_TITLES[key] ?? key });
  }
  (d.agreements ?? []).forEach((a, i) => {
    if (a && typeof a.file === 'string') {
      out.push({ ref: `agreements.${i}`, file: a.file, pages: agreement(ctx, i, a), title: a.type === 'intent' ? '合作意向书' : '合作协议书' });
    }
  });
  return out;
}

async function render(p: Planned, o: Overrides): Promise<Uint8Array | undefined> {
  if (o.skip?.includes(p.ref)) return undefined;
  const spec: DocSpec = {
    pages: p.pages.map((lines) => (o.scanned?.includes(p.ref) ? { scanned: true } : { lines })),
    size: o.letter?.includes(p.ref) ? 'Letter' : 'A4',
    font: o.stsong?.includes(p.ref) ? 'stsong' : 'embedded',
    meta: { title: p.title, creator: 'kjhz samples (scripts/make-fixtures.ts)', date: SAMPLE_DATE },
  };
  const damage = o.broken?.[p.ref];
  if (damage === 'empty') return new Uint8Array();
  if (damage === 'zero-pages') return makeZeroPagePdf();
  if (damage === 'not-pdf') return notAPdf(`${p.title}\n（这是一个文本文件，只是扩展名为 .pdf）\n`);
  const bytes = await makePdf(spec);
  if (damage === 'truncated') return truncatePdf(bytes);
  if (damage === 'encrypted') return encryptPdf(bytes, { user: 'kjhz-user', owner: 'kjhz-owner' });
  if (damage === 'restricted') return encryptPdf(bytes, { owner: 'kjhz-owner' });
  return bytes;
}

// ───────────────────────────────────────────────────────────────────────────────────────────────
// The fixed fixtures: one per kind the reader must handle. Tests read these files.

export const VALID_ZH_LINES: Line[] = [
  h1('科技查新报告'),
  '',
  '查新项目名称：高性能镁合金轻量化部件联合研发',
  '委托人：山西某某新材料有限公司',
  '查新机构：教育部科技查新工作站（L12）',
  '查新完成日期：2024 年 6 月 18 日', // as office exports print it: normalised to 2024年6月18日
  '统一社会信用代码：91140100MA0L1K2M32',
];

const FIXED: Record<string, () => Promise<Uint8Array>> = {
  'valid-zh.pdf': () =>
    makePdf({
      meta: { title: '科技查新报告', author: 'kjhz', date: new Date('2024-06-18T08:00:00Z') },
      pages: [{ lines: VALID_ZH_LINES }, { lines: [h2('三、查新结论'), '经检索，未见与本项目查新点完全相同的公开报道。'] }],
    }),
  'agreement-bilingual.pdf': async () => {
    const d: Dossier = {
      project: { title: '高性能镁合金轻量化部件联合研发' },
      applicant: { name: '山西某某新材料有限公司' },
      lead: { name: '张三' },
      partners: [{ name: 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik', country: 'DE', signatory: { name: 'Prof. Dr. Max Muster' } }],
    };
    const a: Agreement = { file: '', partner: d.partners![0]!.name, validFrom: '2024-10-20', validUntil: '2028-12-31' };
    const pages = agreement({ d, o: {}, title: d.project!.title!, applicant: d.applicant!.name!, lead: '张三' }, 0, a);
    return makePdf({ meta: { title: '合作协议书 Cooperation Agreement' }, pages: pages.map((lines) => ({ lines })) });
  },
  'agreement-zh-only.pdf': async () => {
    const d: Dossier = { partners: [{ name: 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik', country: 'DE' }] };
    const a: Agreement = { file: '', partner: d.partners![0]!.name, validFrom: '2024-10-20', validUntil: '2028-12-31' };
    const ctx = { d, o: { agreements: { 0: { english: false } } }, title: '高性能镁合金轻量化部件联合研发', applicant: '山西某某新材料有限公司', lead: '张三' };
    return makePdf({ meta: { title: '合作协议书' }, pages: agreement(ctx, 0, a).map((lines) => ({ lines })) });
  },
  'scanned.pdf': () => makePdf({ meta: { title: '在职证明（扫描件）' }, pages: [{ scanned: true }, { scanned: true }] }),
  // a scan from a phone app that stamps its name as real text: still no text layer worth the name
  'scanned-watermark.pdf': async () =>
    makePdf({ meta: { title: 'CamScanner' }, pages: [{ scanned: true }, { lines: ['扫描全能王 创建'] }] }),
  'encrypted-user.pdf': async () =>
    encryptPdf(await makePdf({ pages: [{ lines: VALID_ZH_LINES }] }), { user: 'kjhz-user', owner: 'kjhz-owner' }),
  'owner-restricted.pdf': async () => encryptPdf(await makePdf({ pages: [{ lines: VALID_ZH_LINES }] }), { owner: 'kjhz-owner' }),
  'truncated.pdf': async () => truncatePdf(await makePdf({ pages: [{ lines: VALID_ZH_LINES }] })),
  'zero-bytes.pdf': async () => new Uint8Array(),
  'not-a-pdf.pdf': async () => notAPdf('营业执照\n这是一个文本文件，只是文件名以 .pdf 结尾。\n'),
  'zero-pages.pdf': async () => makeZeroPagePdf(),
  // a sound file structure around a content stream of nonsense operators: opens, one page, no text
  'broken-content.pdf': async () => {
    const body = 'BT /F9 12 Tf ( unclosed Tj ET q Q 1 2 3 re f Z Z Z';
    return rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R >>',
      `<< /Length ${body.length} >>\nstream\n${body}\nendstream`,
    ]);
  },
  'letter.pdf': () =>
    makePdf({ size: 'Letter', pages: [{ lines: ['Letter-size page 美国信纸尺寸', '8.5 × 11 in = 612 × 792 pt'] }] }),
  'many-pages.pdf': () =>
    makePdf({
      meta: { title: '多页文件' },
      pages: Array.from({ length: 60 }, (_, i) => ({ lines: [h2(`第${i + 1}页 Page ${i + 1}`), '项目申报材料正文内容，用于测试页数与读取速度。'] })),
    }),
  'stsong.pdf': () =>
    makePdf({ font: 'stsong', meta: { title: '配套资金承诺书（STSong-Light）' }, pages: [{ lines: ['项目资金配套承诺书', '承诺配套资金人民币80万元。'] }] }),
};

// ───────────────────────────────────────────────────────────────────────────────────────────────

function findSampleFolders(args: string[]): string[] {
  if (args.length) return args.map((a) => resolve(a));
  const out: string[] = [];
  for (const root of SAMPLE_ROOTS) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      if (statSync(dir).isDirectory() && existsSync(join(dir, 'dossier.yaml'))) out.push(dir);
    }
  }
  return out;
}

function inside(folder: string, file: string): string | undefined {
  if (isAbsolute(file)) return undefined;
  const target = resolve(folder, file);
  const rel = relative(folder, target);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : target;
}

/** The dossier as far as it can be read: a sample with a YAML mistake still gets its PDFs. */
function readDossier(folder: string): Dossier | undefined {
  const doc = parseDocument(readFileSync(join(folder, 'dossier.yaml'), 'utf8'));
  if (doc.errors.length) console.warn(`note: ${relative(ROOT, folder)}/dossier.yaml has YAML errors; using what can be read`);
  try {
    const js: unknown = doc.toJS();
    return js && typeof js === 'object' ? (js as Dossier) : undefined;
  } catch {
    console.warn(`skipped ${relative(ROOT, folder)}: dossier.yaml cannot be read`);
    return undefined;
  }
}

let differences = 0;
let written = 0;
function emit(path: string, bytes: Uint8Array, check: boolean): void {
  const rel = relative(ROOT, path).split(sep).join('/');
  if (check) {
    const same = existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(bytes)) === 0;
    if (!same) {
      differences++;
      console.log(`differs: ${rel}`);
    }
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  written++;
  console.log(`${String(bytes.length).padStart(7)}  ${rel}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const check = argv.includes('--check');
  const folders = argv.filter((a) => !a.startsWith('--'));
  if (!folders.length) {
    for (const [name, make] of Object.entries(FIXED)) emit(join(PDF_DIR, name), await make(), check);
  }
  for (const folder of findSampleFolders(folders)) {
    const d = readDossier(folder);
    if (!d) continue;
    const fx = join(folder, 'fixture.yaml');
    const o = (existsSync(fx) ? parseYaml(readFileSync(fx, 'utf8')) ?? {} : {}) as Overrides;
    for (const p of planSample(d, o)) {
      const target = inside(folder, p.file);
      if (!target) {
        console.warn(`skipped ${p.ref}: ${p.file} leaves ${relative(ROOT, folder)}`);
        continue;
      }
      const bytes = await render(p, o);
      if (bytes) emit(target, bytes, check);
    }
  }
  if (check) {
    console.log(differences ? `${differences} file(s) differ: run npm run fixtures` : 'fixtures are up to date');
    process.exitCode = differences ? 1 : 0;
  } else console.log(`${written} files written`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
