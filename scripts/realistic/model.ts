// The shape of one application of the realistic corpus: what the office knows about its project, unit,
// lead and partners. dossier.yaml (yaml.ts) and every attachment (documents.ts) are written from it, so
// a planted mistake (a twin) changes the one fact, and every paper that states it, as a real office would.

export type CategoryCode = 'belt-and-road' | 'key-country' | 'base-platform' | 'regional' | 'aid';

export interface Person {
  name: string;
  sex: '男' | '女';
  birth: string;
  /** 居民身份证号 area code and sequence (odd male, even female); the check digit is computed. */
  idArea: string;
  idSeq: string;
  /** Whether dossier.yaml gives the ID number (optional in the format). */
  idInDossier: boolean;
  /** 职称 as the certificate prints it (正高级工程师, 副教授, 讲师 …). */
  title: string;
  /** As typed in dossier.yaml (正高级, 副高级, 中级 …, or the English code). */
  titleRank: string;
  degree: string;
  /** The certificate that proves it: a title certificate, a degree certificate, or an appointment file. */
  proof: 'title-certificate' | 'degree-certificate' | 'appointment-file';
  /** Doctorates: where and when (printed on the degree certificate). */
  degreeFrom?: { university: string; discipline: string; on: string; number: string };
  titleOn: string;
  employment: string;
  employmentKind: 'employed' | 'on-post' | 'contracted';
  position: string;
  since: string;
  contract?: { from: string; to: string };
  /** Whether dossier.yaml gives contractEnd (a contracted lead must). */
  contractEndInDossier?: string;
  applicationsThisYear: number;
  ongoing: { title: string; program: string; end: string }[];
  cooperation: { title: string; year: number; status: string }[];
  phone: string;
}

export interface Unit {
  name: string;
  code: string;
  /** As typed (企业, 事业单位, 高校 …). */
  kind: string;
  kindCode: 'enterprise' | 'institution' | 'university';
  registeredIn: string;
  registeredOn: string;
  address: string;
  legalRep: string;
  recommender: string;
  /** Which certificate proves it, and how it was obtained (a born-digital print of the 公示系统, or a licence). */
  licence: 'business-licence' | 'credit-report' | 'institution-certificate';
  capital: string;
  scope: string;
  /** 事业单位: its 举办单位 and the certificate's validity. */
  sponsor?: string;
  certificateValid?: { from: string; to: string };
  base?: { level: string; name: string };
  department: string;
}

export interface Partner {
  name: string;
  /** The partner's Chinese name, printed beside the foreign one. */
  nameZh?: string;
  kind: string;
  /** As typed: 德国, 中国, KZ … */
  country: string;
  domestic: boolean;
  location: string;
  creditCode?: string;
  doubleFirstClass?: string;
  cas?: string;
  platform?: { type: string; name: string; approvedBy: string; year: number; batch?: string };
  renowned?: string;
  signatory: { name: string; rank: string; position: string; positionEn?: string };
  /** The partner's own lead (domestic agreements: both leads sign). */
  lead?: string;
  address: string;
}

export type Covers = 'content' | 'tasks' | 'term' | 'funding' | 'ip';

export interface Agreement {
  file: string;
  partner: number;
  /** As typed: 合作协议, 意向书, 电子邮件 … */
  type: string;
  kind: 'agreement' | 'intent';
  layout: 'columns' | 'paragraphs' | 'zh';
  languages: string[];
  signed: { lead: string; partner: string };
  sealed: { applicant: string; partner: string };
  validFrom: string;
  validUntil: string;
  /** What dossier.yaml says it covers, as typed. */
  covers: string[];
  /** Clauses the printed document leaves out (a planted mistake). */
  omit?: Covers[];
  signedOn: string;
  partnerShare: number;
  /** Electronic seals pasted into the Word file. */
  eseals?: boolean;
  /** 有效期N年 as printed, when it is not what validFrom–validUntil declare (a planted mistake). */
  printedYears?: number;
}

export interface ScanSpec {
  seed: number;
  grey?: boolean;
  skew?: number;
}

export type DocKey =
  | 'applicationForm'
  | 'businessLicense'
  | 'leadQualification'
  | 'employmentProof'
  | 'fundingCommitment'
  | 'auditReport'
  | 'platformProof'
  | 'noveltySearch'
  | 'integrityPledge'
  | 'ethicsReview'
  | `agreement${number}`;

/** How an office words the same facts in the letters it writes itself (another office's template). */
export interface Wording {
  /** Dates in its own letters (commitment, employment proof, pledge, agreement): 2024.11.15, 2024-11-15, 二〇二四年十一月十五日. */
  dates?: 'dots' | 'iso' | 'numerals';
  /** 人民币柒拾伍万元整（￥750,000.00元） | 不低于申请引导资金（37.5万元）的2倍，即75万元 */
  commitment?: 'yuan' | 'times-guide';
  /** 兹证明……系我单位在职职工; a contracted lead's term in a table of the contract's terms on page 2. */
  employment?: 'zhengming';
  /** English-first bilingual text; 中方/外方 instead of 甲方/乙方. */
  agreement?: 'english-first' | 'zhongfang';
  /** 有效期：2024年11月1日—2027年12月31日 | 有效期为2024.11.1-2027.12.31 | 自签字之日起生效，有效期五年 */
  validity?: 'dash' | 'dots-dash' | 'years';
  /** The 查新 cover prints 2024.8.8 and the report's pages carry a running header. */
  noveltyDots?: boolean;
}

export interface App {
  /** Folder under cities/: 太原市/01-… */
  dir: string;
  /** The dossier's values in Chinese (most offices) or as the format's English codes. */
  typed: 'zh' | 'en';
  /** Keeps the template's comments (an office that filled in `kjhz init`). */
  commented: boolean;
  category: CategoryCode;
  categoryTyped: string;
  title: string;
  titleEn: string;
  field: string;
  aidRegion?: string;
  summary: string;
  period: { start: string; end: string };
  requested: number;
  matching: number;
  targets: string[];
  declarations: { stateSecret: boolean; otherFiscalFunding: boolean; ethics: boolean; humanGeneticResources: boolean; pledgeLead: boolean; pledgeApplicant: boolean };
  credit: { misconduct: boolean; blacklisted: boolean; environmentalIncident: boolean };
  applicant: Unit;
  lead: Person;
  partners: Partner[];
  agreements: Agreement[];
  novelty: {
    file: string;
    date: string;
    /** The date the report prints, when it differs from the declared one (a typing mistake). */
    printed?: string;
    entrusted: string;
    agency: string;
    number: string;
    /** The project name the report prints, when it is another project's report. */
    project?: string;
    /** Dates printed in Chinese numerals (二〇二四年六月十八日). */
    numerals?: boolean;
  };
  audit?: { file: string; firm: string; year: number; signedOn: string; number: string };
  /** The amount the commitment letter states, when it differs from dossier.yaml. */
  committed?: number;
  files: {
    applicationForm: string;
    businessLicense: string;
    leadQualification: string;
    employmentProof: string;
    fundingCommitment: string;
    integrityPledge: string;
    platformProof?: string;
    ethicsReview?: string;
  };
  /** Another unit's licence put in by mistake (a planted mistake). */
  licenceOf?: Unit;
  /** Attachments that are scans of the printed, signed and sealed paper. */
  scans: Partial<Record<DocKey, ScanSpec>>;
  /** Electronic seals in the born-digital commitment, proof and pledge. */
  eseals: boolean;
  ethicsApproval?: { committee: string; number: string; on: string };
  submittedOn: string;
  wording?: Wording;
  /** Scans the office pasted into a Word file under a caption and exported again (附件1：营业执照副本（复印件）):
   * the PDF has a one-line text layer over the scan's picture. The document must also be in `scans`. */
  pasted?: Partial<Record<DocKey, string>>;
  /** dossier.yaml in another office's arrangement (yaml.ts reordered). */
  yaml?: 'reordered';
  /** Header, page numbers, watermark of the office's Word template, per document. */
  furniture?: Partial<Record<DocKey, import('./fodt.js').Furniture>>;
}

/** What a correct dossier may be warned about, and the notice's words that make the warning right. */
export interface ExpectedWarning {
  rule: string;
  /** The dossier field it is on, when it matters which. */
  path?: string;
  /** Not the notice's doing: a limit of kjhz's reading (OCR) that makes a correct dossier warn. */
  known?: boolean;
  why: string;
}

export interface Case {
  app: App;
  warnings: ExpectedWarning[];
}

export interface Expected {
  rule: string;
  clause: string;
  severity: 'error' | 'warning';
}

/** A correct application with one mistake planted, as an office makes it. */
export interface Twin {
  name: string;
  base: string;
  /** What was planted, in the notice's words. */
  planted: string;
  change(app: App): void;
  expect: Expected[];
}

/** Two applications that are each correct and together break a rule across dossiers (二.2, 二.6). */
export interface BatchTwin {
  name: string;
  planted: string;
  apps: [{ base: string; change?: (app: App) => void }, { base: string; change: (app: App) => void }];
  expect: Expected[];
}
