// A call (申报通知) as data: one zod schema is the type of the policy every rule reads, the validation of
// a call file (data/calls/*.yaml, `kjhz check --call FILE`), the JSON Schema editors use
// (schemas/call.schema.json) and the Chinese description of each key (`kjhz call show` writes them as
// comments). A later call is a new file, not new code. Key names are those of the Policy the rules
// always read.
import { z } from 'zod';
import { AGREEMENT_TYPES, CATEGORIES, SIGNATORY_RANKS } from '../model/dossier.js';
import { isCalendarDate } from '../core/dates.js';

const label = (title: string, description?: string) => (description ? { title, description } : { title });

const date = (title: string, description?: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateFormat', abort: true })
    .refine(isCalendarDate, { message: 'notADate' })
    .meta({ ...label(title, description), format: 'date' });

/** An instant with its offset, as the notice gives a deadline: 2024-12-04T18:00:00+08:00. */
const instant = (title: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, { message: 'instantFormat', abort: true })
    .refine((s) => isCalendarDate(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60 && !Number.isNaN(new Date(s).getTime()), { message: 'notADate' })
    .meta({ ...label(title), format: 'date-time' });

const msg = (title: string) => z.strictObject({ zh: z.string().min(1).meta(label('中文')), en: z.string().min(1).meta(label('英文')) }).meta(label(title));
const count = (title: string, description?: string) => z.number().int().min(0).meta(label(title, description));
const year = (title: string, description?: string) => z.number().int().min(1900).max(2999).meta(label(title, description));
const share = (title: string, description?: string) => z.number().min(0).max(1).meta(label(title, description));
const names = (title: string, description?: string) => z.array(z.string().min(1)).min(1).meta(label(title, description));
const divisionCode = z.string().regex(/^\d{2}$/, { message: 'divisionCode' }).meta(label('省级行政区划代码（两位）', '如 14 山西、65 新疆'));
const countryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'countryCode' });
/** The clause numbers of a notice as kjhz cites them: 一, 一.4, 二.2, 三.2(7), 四.2. */
export const CLAUSE_ID = /^[一二三四五六七八九十]+(\.\d+(\(\d+\))?)?$/u;

const deadline = (title: string) =>
  z
    .strictObject({
      at: instant('截止时刻（含时区），如 2024-12-04T18:00:00+08:00'),
      label: msg('名称，如 网络申报受理截止'),
    })
    .meta(label(title));

export const callSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'callId' })
      .meta(label('通知编号', '小写字母、数字和连字符，如 shanxi-2025-kjhz；dossier.yaml 的 call 字段写这个编号')),
    name: msg('专项名称，如 2024年度山西省科技合作交流专项'),
    noticeTitle: z.string().min(1).meta(label('通知标题', '如 关于组织申报2024年度山西省科技合作交流专项的通知')),
    noticeDate: date('通知日期', '通知落款日期'),
    callYear: year('申报年度', '“本年度”；近五年等按此计算'),
    deadlines: z.strictObject({ online: deadline('网络申报受理截止（四.2）'), paper: deadline('纸质材料受理截止（四.2）') }).meta(label('申报截止时限（四.2）')),
    deadlineWarningDays: count('截止前几天起提醒', '距截止不足这些天时给出警告'),
    registeredOnOrBefore: date('申报单位注册时间不晚于（含）', '二.1 注册时间为某日（含）前'),
    homeProvince: z
      .strictObject({ code: divisionCode, names: names('省份名称', '如 山西'), en: z.string().min(1).optional().meta(label('英文名称', '英文报告中用，如 Shanxi；不写则用第一个省份名称')) })
      .meta(label('申报单位所在省份（二.1）')),
    leadBornOnOrAfter: date('项目负责人出生日期不早于（含）', '二.2 某日（含）以后出生'),
    applicationsPerYear: count('负责人同一年度限申报项数（二.2）'),
    maxProjectsWithThis: count('在研项目和申报项目总数上限（二.2，含本项目）'),
    recentCooperationYears: count('近几年内承担过本专项的不得申报（二.2）'),
    cooperationPrograms: names('本专项及其前身的名称（二.2）', '负责人在研项目的计划类别含其中之一即为本专项'),
    periodYears: z
      .strictObject({ min: count('最短（年）'), max: count('最长（年）') })
      .refine((p) => p.min <= p.max, { message: 'minAboveMax' })
      .meta(label('项目执行期（年，二.7）')),
    typicalFunding: z
      .strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, z.number().positive().meta(label(`${c} 单项支持额度（万元）`))])) as Record<(typeof CATEGORIES)[number], z.ZodNumber>)
      .meta(label('单项支持额度“左右”（万元，一）', '按支持方向')),
    fundingBand: z
      .strictObject({ low: z.number().positive().meta(label('下限倍数')), high: z.number().positive().meta(label('上限倍数')) })
      .refine((b) => b.low <= b.high, { message: 'lowAboveHigh' })
      .meta(label('“左右”的范围', '申请额度在 额度×low 至 额度×high 之外时警告')),
    matchingRatio: z
      .strictObject({ default: z.number().positive().meta(label('一般申报单位')), enterprise: z.number().positive().meta(label('企业')) })
      .meta(label('配套资金与申请引导资金之比不低于（二.4）')),
    minTargets: count('至少实现的任务目标数（一）'),
    targetCategories: z.array(z.enum(CATEGORIES)).meta(label('须满足任务目标数的支持方向（一）')),
    keyCountries: z.array(countryCode).min(1).meta(label('重点国别（一.2）', 'ISO 3166-1 两位大写字母；通知用“等”，其他国家给出警告')),
    regionalAreas: names('区域合作的区域（一.4）', '如 京津冀、长三角、粤港澳大湾区'),
    nationalInstituteNames: names('国家级院所名称（一.4 中国科学院等国家级院所）'),
    regionalFields: names('区域合作项目领域（一.4）', '通知用“等领域”，其他领域给出警告'),
    aidFields: names('科技援助项目领域（一.5）', '通知用“等领域”，其他领域给出警告'),
    aidRegions: z
      .record(z.string().min(1), z.strictObject({ provinceCode: divisionCode, names: names('名称及别称', '如 新疆维吾尔自治区、新疆生产建设兵团') }))
      .refine((r) => Object.keys(r).length > 0, { message: 'empty' })
      .meta(label('对口援助地区（一.5）', '键为 dossier.yaml 中 aidRegion 的写法，如 新疆')),
    validAgreementTypes: z.array(z.enum(AGREEMENT_TYPES)).min(1).meta(label('有效的合作文件类型（二.3）')),
    signatoryRanks: z
      .strictObject({
        academic: z.array(z.enum(SIGNATORY_RANKS)).min(1).meta(label('外方高校院所签字人可为')),
        enterprise: z.array(z.enum(SIGNATORY_RANKS)).min(1).meta(label('外方企业签字人可为')),
      })
      .meta(label('国际合作文件外方签字人职务（二.3）')),
    auditYear: year('审计报告年度（三.2(5) 上年度）'),
    noveltySearchAfter: date('科技查新报告须晚于（三.2(7)）', '该日之后完成；当日给出警告'),
    attachment: z
      .strictObject({
        maxBytes: count('附件大小上限（字节）'),
        maxNameLength: count('文件名长度上限（字符）'),
        readTimeoutMs: count('读取一个PDF的时限（毫秒）'),
        maxPages: count('读取的最多页数'),
      })
      .meta(label('附件限制')),
    titleMatch: z
      .strictObject({ same: share('视为同一项目的相似度'), unrelated: share('低于此相似度视为另一项目') })
      .refine((t) => t.unrelated <= t.same, { message: 'unrelatedAboveSame' })
      .meta(label('查新报告项目名称与本项目名称的相似度（三.2(7)）')),
    similarityThreshold: share('跨申报“相同或相近”的相似度阈值（二.6）'),
    countryNames: z.record(countryCode, msg('国名')).meta(label('消息中使用的国名', '键为 ISO 两位字母代码')),
    quotes: z
      .record(z.string().regex(/^[a-z0-9-]+$/, { message: 'ruleId' }), z.string().min(1))
      .meta(label('规则引用的通知原文', '键为规则 id（kjhz rules 列出），值为通知中该规则所依据的原句；kjhz rules 与 docs/rules.md 显示它')),
  })
  .meta({
    title: 'kjhz 申报通知文件（call）',
    description: '一次申报通知中规则用到的全部日期、数字、名单和通知原文。kjhz call show 输出当前通知，可作为下一年度通知文件的起点；kjhz call check FILE 校验。',
  });

export type Policy = z.infer<typeof callSchema>;
export type Deadline = Policy['deadlines']['online'];

/** The JSON Schema of a call file (schemas/call.schema.json), generated like the dossier's. */
export function callJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(callSchema, { target: 'draft-7', io: 'input' }) } as Record<string, unknown>;
}
