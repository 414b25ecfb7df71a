// The dossier format v1 (docs/dossier-format.md) as one zod schema: the single source of
// the TypeScript types, the validation and the JSON Schema that editors use for help.
// The shape only: whether a value satisfies the call is the rules' business, not the schema's.
import { z } from 'zod';
import { isCalendarDate } from '../core/dates.js';

const label = (title: string, description?: string) => (description ? { title, description } : { title });

export const dateString = (title: string, description?: string) =>
  z
    .string()
    // abort: a value that is not YYYY-MM-DD is one finding, not also "not a calendar date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { message: '不是有效的日历日期' })
    .meta({ ...label(title, description), format: 'date' });

const fileRef = (title: string, description?: string) =>
  z.string().min(1).meta(label(title, description ?? '相对于 dossier.yaml 所在文件夹的 PDF 文件路径'));

export const CATEGORIES = ['belt-and-road', 'key-country', 'base-platform', 'regional', 'aid'] as const;
export const TARGETS = ['key-technology', 'transfer', 'talent', 'conference', 'ip-output', 'platform'] as const;
export const APPLICANT_KINDS = ['enterprise', 'institution', 'university', 'other'] as const;
export const TITLE_RANKS = ['senior', 'associate-senior', 'intermediate', 'junior', 'none'] as const;
export const DEGREES = ['doctorate', 'master', 'bachelor', 'other'] as const;
export const EMPLOYMENTS = ['employed', 'on-post', 'contracted', 'none'] as const;
export const PARTNER_KINDS = ['university', 'institute', 'enterprise'] as const;
export const SIGNATORY_RANKS = [
  'professor',
  'associate-professor',
  'researcher',
  'associate-researcher',
  'senior-manager',
  'lecturer',
  'other',
] as const;
export const AGREEMENT_TYPES = ['agreement', 'intent', 'email', 'letter', 'employment', 'trade', 'investment', 'factory'] as const;
export const AGREEMENT_CONTENTS = ['content', 'tasks', 'term', 'funding', 'ip'] as const;
export const BASE_LEVELS = ['national', 'provincial'] as const;
export const COOPERATION_STATUSES = ['ongoing', 'completed'] as const;
export const AID_REGIONS = ['新疆', '西藏', '青海'] as const;
/** Also accepted for project.aidRegion: the full names, and 新疆生产建设兵团, which the format says counts as 新疆. */
export const AID_REGION_ALIASES = ['新疆维吾尔自治区', '新疆生产建设兵团', '西藏自治区', '青海省'] as const;

const period = z
  .strictObject({
    start: dateString('执行期开始日期'),
    end: dateString('执行期结束日期'),
  })
  .meta(label('项目执行期', '二.7：执行期{call.periodYears.min}—{call.periodYears.max}年'));

const funding = z
  .strictObject({
    requested: z.number().meta(label('申请引导资金（万元）', '一：4类合作项目{call.typicalFunding.key-country}万元左右，科技援助项目{call.typicalFunding.aid}万元左右')),
    matching: z.number().meta(label('配套资金（万元）', '二.4：配套资金与引导资金比例不低于{call.matchingRatio.default}:1，企业不低于{call.matchingRatio.enterprise}:1')),
  })
  .meta(label('资金（万元）'));

const declarations = z
  .strictObject({
    stateSecret: z.boolean().optional().meta(label('涉及国家秘密', '二.6：不受理涉及国家秘密的项目')),
    otherFiscalFunding: z.boolean().optional().meta(label('已获得其他财政支持', '二.6：已获得其他财政支持的项目不得重复申报')),
    ethics: z.boolean().optional().meta(label('涉及伦理', '二.9')),
    humanGeneticResources: z.boolean().optional().meta(label('涉及人类遗传资源', '二.9')),
    integrityPledge: z
      .strictObject({
        lead: z.boolean().optional().meta(label('项目负责人已签署科研诚信承诺书')),
        applicant: z.boolean().optional().meta(label('申报单位已签署科研诚信承诺书')),
      })
      .optional()
      .meta(label('科研诚信承诺书', '二.8：项目负责人和申报单位均须签署')),
  })
  .meta(label('声明事项'));

const project = z
  .strictObject({
    title: z.string().min(1).meta(label('项目名称')),
    category: z.enum(CATEGORIES).meta(
      label('支持方向', '一.1–一.5：belt-and-road 一带一路 | key-country 重点国别 | base-platform 国际合作基地与平台 | regional 区域合作 | aid 科技援助'),
    ),
    field: z.string().min(1).optional().meta(label('技术领域', '区域合作（一.4）与科技援助（一.5）项目限定领域')),
    // 一.5 援疆、援藏、援青等: another region is the aid-region rule's warning, not a schema error.
    aidRegion: z
      .string()
      .min(1)
      .optional()
      .meta({ ...label('援助地区', '仅科技援助项目：新疆 | 西藏 | 青海（新疆生产建设兵团属新疆）；通知为“援疆、援藏、援青等”，其他地区将提示人工确认'), examples: [...AID_REGIONS, ...AID_REGION_ALIASES] }),
    summary: z.string().optional().meta(label('研究内容摘要', '用于批量检查中识别相同或相近项目（二.6）')),
    period,
    funding,
    targets: z
      .array(z.enum(TARGETS))
      .meta(
        label(
          '任务目标',
          '一：前4类项目至少实现{call.minTargets}项。key-technology 关键技术突破 · transfer 重大成果转化 · talent 人才交流 · conference 国际会议 · ip-output 专利/标准/论文等成果 · platform 国际科技合作创新平台',
        ),
      ).optional(),
    declarations: declarations.optional(),
  })
  .meta(label('项目信息'));

const applicant = z
  .strictObject({
    name: z.string().min(1).meta(label('申报单位名称')),
    creditCode: z.string().min(1).meta(label('统一社会信用代码', 'GB 32100-2015，18位，校验码将被核验')),
    kind: z.enum(APPLICANT_KINDS).meta(label('单位性质', 'enterprise 企业 | institution 事业单位/科研院所 | university 高校 | other 其他')),
    legalPerson: z.boolean().meta(label('具有独立法人资格', '二.1')),
    registeredIn: z.string().min(1).meta(label('注册地', '二.1：须在山西省行政区域内注册')),
    registeredOn: dateString('注册时间', '二.1：须为{call.registeredOnOrBefore}（含）前'),
    recommender: z.string().min(1).meta(label('组织推荐部门', '二.6：同一单位只能通过一个项目组织单位申报')),
    internationalBase: z
      .strictObject({
        level: z.enum(BASE_LEVELS).meta(label('基地级别', 'national 国家级 | provincial 省级')),
        name: z.string().min(1).meta(label('基地名称')),
      })
      .optional()
      .meta(label('已认定的国际科技合作基地', '一.3：国际合作基地与平台项目')),
    credit: z
      .strictObject({
        misconduct: z.boolean().optional().meta(label('惩戒执行期内的科研严重失信行为记录')),
        blacklisted: z.boolean().optional().meta(label('社会领域信用“黑名单”记录')),
        environmentalIncident: z.boolean().optional().meta(label('近3年发生重大环保污染等恶劣影响事件')),
      })
      .optional()
      .meta(label('信用情况', '二.8')),
  })
  .meta(label('项目申报单位', '二.1'));

const lead = z
  .strictObject({
    name: z.string().min(1).meta(label('项目负责人姓名')),
    idNumber: z.string().optional().meta(label('居民身份证号', '可选；核验校验位与出生日期，报告中始终脱敏')),
    birthDate: dateString('出生日期', '二.2：须为{call.leadBornOnOrAfter}（含）以后出生'),
    title: z.string().optional().meta(label('职称（证书原文）')),
    titleRank: z
      .enum(TITLE_RANKS)
      .meta(label('职称级别', 'senior 正高 | associate-senior 副高 | intermediate 中级 | junior 初级 | none 无；二.2：副高以上或博士学位')),
    degree: z.enum(DEGREES).meta(label('学位', 'doctorate 博士 | master 硕士 | bachelor 学士 | other 其他')),
    employment: z
      .enum(EMPLOYMENTS)
      .meta(label('与申报单位关系', 'employed 在职 | on-post 在岗 | contracted 在聘 | none 无；二.2')),
    contractEnd: dateString('受聘期限截止日期', '在聘人员必填；三.2(2)：受聘期限须覆盖项目执行期').optional(),
    applicationsThisYear: z
      .number()
      .int()
      .meta(label('本年度申报省科技计划项目数（含本项目）', '二.2：同一年度限申报{call.applicationsPerYear}项')),
    ongoingProjects: z
      .array(
        z.strictObject({
          title: z.string().min(1).meta(label('项目名称')),
          program: z.string().optional().meta(label('计划类别')),
          end: dateString('结束日期').optional(),
        }),
      )
      .optional()
      .meta(label('主持的在研项目', '二.2：在研项目和申报项目总数不得超过{call.maxProjectsWithThis}项')),
    cooperationProjects: z
      .array(
        z.strictObject({
          title: z.string().min(1).meta(label('项目名称')),
          year: z.number().int().meta(label('立项年度')),
          status: z.enum(COOPERATION_STATUSES).meta(label('状态', 'ongoing 在研 | completed 已结题')),
        }),
      )
      .optional()
      .meta(label('主持过的省科技合作交流专项（含原省重点研发计划（国际科技合作））', '二.2：不得有在研项目；近五年内承担过的不得申报')),
  })
  .meta(label('项目负责人', '二.2'));

const partner = z
  .strictObject({
    name: z.string().min(1).meta(label('合作单位名称')),
    kind: z.enum(PARTNER_KINDS).meta(label('合作单位类型', 'university 高校 | institute 科研院所 | enterprise 企业')),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, { message: '应为 ISO 3166-1 两位字母国家代码，如 DE、CN' })
      .meta(label('国别', 'ISO 3166-1 alpha-2；国内合作单位为 CN')),
    location: z.string().optional().meta(label('所在地', '国内单位填注册地省市，如 北京市海淀区')),
    creditCode: z.string().optional().meta(label('统一社会信用代码（国内单位）')),
    doubleFirstClass: z.boolean().optional().meta(label('“双一流”建设高校', '一.4')),
    cas: z.boolean().optional().meta(label('中国科学院所属院所', '一.4')),
    nationalPlatform: z
      .strictObject({
        type: z.string().min(1).meta(label('平台类型', '如 国家重点实验室、国家工程研究中心')),
        name: z.string().optional().meta(label('平台名称')),
      })
      .optional()
      .meta(label('国家级科技创新平台', '一.4、三.2(6)')),
    renowned: z.boolean().optional().meta(label('国外知名院校/科研机构/世界500强/行业领军企业', '一.3')),
    signatory: z
      .strictObject({
        name: z.string().min(1).meta(label('签字人姓名')),
        rank: z
          .enum(SIGNATORY_RANKS)
          .meta(label('签字人职务级别', '二.3：国外高校院所须副教授或相当以上，企业须高级职务')),
      })
      .optional()
      .meta(label('合作方签字人')),
  })
  .meta(label('合作单位'));

const agreement = z
  .strictObject({
    file: fileRef('合作文件 PDF'),
    partner: z.string().min(1).meta(label('对应的合作单位名称', '须与 partners 中某一单位名称一致')),
    type: z
      .enum(AGREEMENT_TYPES)
      .meta(label('文件类型', 'agreement 合作协议书 | intent 意向书；email/letter/employment/trade/investment/factory 均不是有效协议（二.3）')),
    languages: z.array(z.string()).optional().meta(label('文本语言', '涉及国际合作须中英文对照（二.3）')),
    signed: z
      .strictObject({
        lead: z.boolean().meta(label('中方项目负责人签字')),
        partner: z.boolean().meta(label('合作方签字')),
      })
      .meta(label('签字')),
    sealed: z
      .strictObject({
        applicant: z.boolean().meta(label('申报单位公章')),
        partner: z.boolean().optional().meta(label('合作单位公章', '国内合作文件须加盖；国际合作文件外方签字即可')),
      })
      .meta(label('盖章')),
    validFrom: dateString('协议生效日期'),
    validUntil: dateString('协议有效期至', '二.3：协议有效期限须覆盖项目执行期'),
    covers: z
      .array(z.enum(AGREEMENT_CONTENTS))
      .meta(label('协议明确的内容', '二.3：content 研究内容 · tasks 任务分工 · term 合同期限 · funding 经费分配 · ip 成果及知识产权归属和利益分配')),
  })
  .meta(label('合作文件'));

const attachments = z
  .strictObject({
    applicationForm: fileRef('申报书', '三.1').optional(),
    businessLicense: fileRef('营业执照或组织机构代码证', '三.2(1)').optional(),
    leadQualification: fileRef('项目负责人职称或学位证明', '三.2(2)').optional(),
    employmentProof: fileRef('在职、在岗或在聘证明', '三.2(2)').optional(),
    fundingCommitment: fileRef('项目资金配套承诺书', '三.2(4)').optional(),
    auditReport: fileRef('上年度审计报告', '三.2(5)：企业须提供会计师事务所出具的上年度审计报告').optional(),
    platformProof: fileRef('国家级科技创新平台证明', '三.2(6)').optional(),
    noveltySearch: z
      .strictObject({
        file: fileRef('科技查新报告 PDF'),
        date: dateString('查新完成日期', '三.2(7)：须为{call.noveltySearchAfter}之后'),
        agency: z.string().optional().meta(label('查新机构')),
      })
      .optional()
      .meta(label('科技查新报告', '三.2(7)')),
    integrityPledge: fileRef('科研诚信承诺书', '二.8').optional(),
    ethicsReview: fileRef('伦理审查意见', '二.9').optional(),
    other: z.array(fileRef('其它证明材料')).optional().meta(label('其它相关证明材料', '三.2(8)')),
  })
  .meta(label('申报材料附件', '三'));

export const dossierSchema = z
  .strictObject({
    version: z.literal(1).meta(label('格式版本', '固定为 1')),
    call: z.string().optional().meta(label('适用的申报通知', '默认 shanxi-2024-kjhz')),
    project,
    applicant,
    lead,
    partners: z.array(partner).min(1).meta(label('合作单位', '第一个为主要合作单位')),
    agreements: z.array(agreement).meta(label('合作文件', '二.3、三.2(3)：每个合作单位一份')),
    attachments,
  })
  .meta({
    title: 'kjhz 申报材料描述文件（dossier.yaml）v1',
    description: '{call.name}申报材料。每个字段的要求见对应的通知条款。',
  });

export type Dossier = z.infer<typeof dossierSchema>;
export type Category = (typeof CATEGORIES)[number];
export type Partner = Dossier['partners'][number];
export type Agreement = Dossier['agreements'][number];

/** What the rules see: every field may be absent, because fields that failed the schema are removed
 * before the rules run (the schema finding already reports them) and rules must not report twice. */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type LooseDossier = DeepPartial<Dossier>;
