// The shape of a call's policy: every number, date and list a rule needs. Rules read only this;
// a later call is a new Policy value, not new code.
import type { Category } from '../model/dossier.js';
import type { Msg } from '../core/finding.js';

export interface Deadline {
  /** ISO instant with offset. */
  at: string;
  label: Msg;
}

export interface Policy {
  id: string;
  name: Msg;
  /** Date of the notice itself. */
  noticeDate: string;
  /** The year of the call (本年度). */
  callYear: number;
  deadlines: { online: Deadline; paper: Deadline };
  /** A deadline this many days away or fewer is a warning. */
  deadlineWarningDays: number;
  /** 二.1 注册时间为2023年1月1日（含）前. */
  registeredOnOrBefore: string;
  /** 二.1 the applicant's province, by the 2-digit division code and its names. */
  homeProvince: { code: string; names: string[] };
  /** 二.2 1967年1月1日（含）以后出生. */
  leadBornOnOrAfter: string;
  /** 二.2 同一年度限申报1项. */
  applicationsPerYear: number;
  /** 二.2 在研项目和申报项目总数不得超过2项 (this application included). */
  maxProjectsWithThis: number;
  /** 二.2 近五年内承担过 … 不得申报. */
  recentCooperationYears: number;
  /** 二.2 the programme itself and its predecessor, as a lead's 在研项目 may name them (matched without
   * brackets or spaces; a name with 国家 is a national programme, not these). */
  cooperationPrograms: string[];
  /** 二.7 项目执行期2—3年. */
  periodYears: { min: number; max: number };
  /** 一 单项支持额度 … 左右 (万元) per category. */
  typicalFunding: Record<Category, number>;
  /** Requests outside [typical × low, typical × high] get a warning: 左右 means about, not exactly. */
  fundingBand: { low: number; high: number };
  /** 二.4 配套资金 : 引导资金 at least this (inclusive). */
  matchingRatio: { default: number; enterprise: number };
  /** 一 至少4项任务目标, for these categories. */
  minTargets: number;
  targetCategories: Category[];
  /** 一.2 the named key countries (ISO alpha-2); 等 means others may qualify, so others warn. */
  keyCountries: string[];
  /** 一.4 the regions a regional partner is from. */
  regionalAreas: string[];
  /** 一.4 中国科学院等国家级院所: names that mark a national-level institute wherever it is. */
  nationalInstituteNames: string[];
  /** 一.4 and 一.5 named fields (等领域: others are a warning). */
  regionalFields: string[];
  aidFields: string[];
  /** 一.5 援疆、援藏、援青: province code and names by dossier value. */
  aidRegions: Record<string, { provinceCode: string; names: string[] }>;
  /** 二.3 the agreement types that count, and the five contents. */
  validAgreementTypes: string[];
  /** 二.3 signatory ranks that satisfy 副教授或相当以上 (universities, institutes) and 高级职务 (enterprises). */
  signatoryRanks: { academic: string[]; enterprise: string[] };
  /** 三.2(5) 上年度审计报告. */
  auditYear: number;
  /** 三.2(7) 2024年5月1日之后: a report dated before is an error, on the day itself a warning. */
  noveltySearchAfter: string;
  /** Attachments: size limit the portal accepts, PDF read limits. */
  attachment: { maxBytes: number; maxNameLength: number; readTimeoutMs: number; maxPages: number };
  /** A novelty report's project name at least `same` similar to the title names it; below `unrelated` it names another project. */
  titleMatch: { same: number; unrelated: number };
  /** Batch: titles/summaries at least this similar are "相同或相近". */
  similarityThreshold: number;
  /** Names of key countries for messages. */
  countryNames: Record<string, Msg>;
}
