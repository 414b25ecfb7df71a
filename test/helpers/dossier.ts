// Test dossiers: one complete, valid literal dossier per category, written from the notice
// (shared/notice/shanxi-2024-kjhz-notice.txt) and the format (shared/spec/dossier-format.md),
// a deep-override helper to break one thing at a time, and a runner with fixed inputs.
//
// Identifiers come from data/reference/checksums.md (verified examples); 12140100MA0G1H2KXW is the
// 17 characters of the verified 91140100MA0G1H2KXP under an institution prefix, check character per GB 32100.
import { expect } from 'vitest';
import type { Category, Dossier, LooseDossier } from '../../src/model/dossier.js';
import type { AttachmentFact, AttachmentStatus } from '../../src/core/attachments.js';
import type { Finding, Lang, Severity } from '../../src/core/finding.js';
import type { CheckRule } from '../../src/rules/rule.js';
import { checkRules } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/engine.js';
import { declaredFiles } from '../../src/rules/materials.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';

export const AS_OF = new Date('2024-11-20T10:00:00+08:00');
export const policy: Policy = defaultPolicy();

const period = { start: '2025-01-01', end: '2027-12-31' };
const noDeclarations = {
  stateSecret: false,
  otherFiscalFunding: false,
  ethics: false,
  humanGeneticResources: false,
  integrityPledge: { lead: true, applicant: true },
};
const goodCredit = { misconduct: false, blacklisted: false, environmentalIncident: false };
const allContents: Dossier['agreements'][number]['covers'] = ['content', 'tasks', 'term', 'funding', 'ip'];

/** 二.1: an enterprise registered in 太原 in 2015 (code from checksums.md). */
const enterprise: Dossier['applicant'] = {
  name: '山西晋材新材料科技有限公司',
  creditCode: '91140100MA0G1H2KXP',
  kind: 'enterprise',
  legalPerson: true,
  registeredIn: '山西省太原市小店区',
  registeredOn: '2015-03-02',
  recommender: '太原市科学技术局',
  credit: goodCredit,
};

/** 二.1: a provincial public institution (事业单位, code from checksums.md). */
const institution: Dossier['applicant'] = {
  name: '山西省材料科学研究院',
  creditCode: '121400006000373416',
  kind: 'institution',
  legalPerson: true,
  registeredIn: '山西省太原市',
  registeredOn: '1985-06-01',
  recommender: '山西省科学技术厅',
  credit: goodCredit,
};

/** 二.2: born 1990, ID number from checksums.md, a doctorate, employed, one other ongoing project (total 2). */
const lead: Dossier['lead'] = {
  name: '王晓燕',
  idNumber: '140105199003070020',
  birthDate: '1990-03-07',
  title: '副研究员',
  titleRank: 'associate-senior',
  degree: 'doctorate',
  employment: 'employed',
  applicationsThisYear: 1,
  ongoingProjects: [{ title: '镁合金连续挤压工艺研究', program: '山西省基础研究计划', end: '2025-12-31' }],
  cooperationProjects: [],
};

/** The attachments of 三 every dossier declares; the auditReport only for enterprises, platformProof where 三.2(6) asks. */
const attachments = (extra: Partial<Dossier['attachments']> = {}): Dossier['attachments'] => ({
  applicationForm: '申报书.pdf',
  businessLicense: '营业执照.pdf',
  leadQualification: '职称证书.pdf',
  employmentProof: '在职证明.pdf',
  fundingCommitment: '配套资金承诺书.pdf',
  noveltySearch: { file: '科技查新报告.pdf', date: '2024-06-18', agency: '教育部科技查新工作站（L12）' },
  integrityPledge: '科研诚信承诺书.pdf',
  ...extra,
});

const international = (partner: string, file = '合作协议.pdf'): Dossier['agreements'][number] => ({
  file,
  partner,
  type: 'agreement',
  languages: ['zh', 'en'],
  signed: { lead: true, partner: true },
  sealed: { applicant: true, partner: false }, // 二.3: a foreign partner signs; only the Chinese side seals
  validFrom: '2024-10-20',
  validUntil: '2028-12-31',
  covers: allContents,
});

const domestic = (partner: string, file = '合作协议.pdf'): Dossier['agreements'][number] => ({
  file,
  partner,
  type: 'agreement',
  languages: ['zh'],
  signed: { lead: true, partner: true },
  sealed: { applicant: true, partner: true }, // 二.3: both leads sign, both units seal
  validFrom: '2024-10-20',
  validUntil: '2027-12-31',
  covers: allContents,
});

const targets4: Dossier['project']['targets'] = ['key-technology', 'talent', 'conference', 'ip-output'];

const builders: Record<Category, () => Dossier> = {
  // 一.1: a Belt and Road partner (Kazakhstan, high confidence in the reference list); enterprise 2:1.
  'belt-and-road': () => ({
    version: 1,
    call: 'shanxi-2024-kjhz',
    project: {
      title: '中哈煤基固废资源化利用技术联合研发',
      category: 'belt-and-road',
      field: '节能环保',
      summary: '与哈萨克斯坦高校联合研发煤基固废制备建筑材料技术并示范应用。',
      period,
      funding: { requested: 40, matching: 80 },
      targets: ['key-technology', 'transfer', 'talent', 'ip-output'],
      declarations: noDeclarations,
    },
    applicant: enterprise,
    lead,
    partners: [
      {
        name: 'Al-Farabi Kazakh National University',
        kind: 'university',
        country: 'KZ',
        location: '哈萨克斯坦阿拉木图',
        signatory: { name: 'Prof. Aidar Nurlanov', rank: 'professor' },
      },
    ],
    agreements: [international('Al-Farabi Kazakh National University')],
    attachments: attachments({ auditReport: '2023年度审计报告.pdf' }),
  }),
  // 一.2: a named key country (Germany); institution 1:1.
  'key-country': () => ({
    version: 1,
    project: {
      title: '高性能镁合金轻量化部件联合研发',
      category: 'key-country',
      field: '新材料',
      summary: '与德国研究机构联合开展镁合金轻量化部件成形技术研发。',
      period,
      funding: { requested: 40, matching: 40 },
      targets: ['key-technology', 'transfer', 'talent', 'conference', 'ip-output', 'platform'],
      declarations: noDeclarations,
    },
    applicant: institution,
    lead,
    partners: [
      {
        name: 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik',
        kind: 'institute',
        country: 'DE',
        location: '德国开姆尼茨',
        renowned: true,
        signatory: { name: 'Dr. Max Muster', rank: 'researcher' },
      },
    ],
    agreements: [international('Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik')],
    attachments: attachments(),
  }),
  // 一.3: a recognised provincial international base plus a renowned foreign university; enterprise 2:1.
  'base-platform': () => ({
    version: 1,
    project: {
      title: '中日镁合金联合实验室建设与关键技术研发',
      category: 'base-platform',
      field: '新材料',
      period: { start: '2025-01-01', end: '2026-12-31' },
      funding: { requested: 40, matching: 100 },
      targets: ['key-technology', 'talent', 'conference', 'platform'],
      declarations: noDeclarations,
    },
    applicant: { ...enterprise, internationalBase: { level: 'provincial', name: '山西省镁合金国际科技合作基地' } },
    lead: { ...lead, titleRank: 'senior', title: '正高级工程师', degree: 'master', ongoingProjects: [] },
    partners: [
      {
        name: 'Tohoku University',
        kind: 'university',
        country: 'JP',
        location: '日本仙台',
        renowned: true,
        signatory: { name: 'Prof. Taro Yamada', rank: 'associate-professor' },
      },
    ],
    agreements: [international('Tohoku University')],
    attachments: attachments({ auditReport: '2023年度审计报告.pdf' }),
  }),
  // 一.4 and 二.1: a 双一流 university in 京津冀 as main partner, registered outside Shanxi, field named by the notice.
  regional: () => ({
    version: 1,
    project: {
      title: '晋京协同大数据驱动的煤矿装备智能运维技术研究',
      category: 'regional',
      field: '大数据',
      period,
      funding: { requested: 40, matching: 40 },
      targets: ['key-technology', 'transfer', 'talent', 'ip-output'],
      declarations: noDeclarations,
    },
    applicant: { ...institution, name: '太原市智能装备研究院', creditCode: '12140100MA0G1H2KXW', registeredIn: '山西省太原市', recommender: '太原市科学技术局' },
    lead: { ...lead, name: '李志强', idNumber: '140213198511150036', birthDate: '1985-11-15' },
    partners: [
      {
        name: '清华大学',
        kind: 'university',
        country: 'CN',
        location: '北京市海淀区',
        doubleFirstClass: true,
        signatory: { name: '陈教授', rank: 'professor' },
      },
    ],
    agreements: [domestic('清华大学')],
    attachments: attachments(),
  }),
  // 一.5: aid to 新疆 in a named field, a partner there, 20万 with 1:1 matching, a contracted lead whose term covers the period.
  aid: () => ({
    version: 1,
    project: {
      title: '南疆设施农业节水灌溉技术示范推广',
      category: 'aid',
      field: '现代高效农业',
      aidRegion: '新疆',
      period,
      funding: { requested: 20, matching: 20 },
      targets: ['transfer', 'talent'],
      declarations: noDeclarations,
    },
    applicant: { ...institution, name: '山西省农业科学院旱地农业研究中心' },
    lead: { ...lead, employment: 'contracted', contractEnd: '2028-06-30' },
    partners: [
      {
        name: '新疆农业大学',
        kind: 'university',
        country: 'CN',
        location: '新疆维吾尔自治区乌鲁木齐市',
      },
    ],
    agreements: [domestic('新疆农业大学')],
    attachments: attachments(),
  }),
};

export const CATEGORY_LIST = Object.keys(builders) as Category[];

/** A fresh, complete, valid dossier of the category (a deep copy each time). */
export function validDossier(category: Category = 'key-country'): Dossier {
  return structuredClone(builders[category]());
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A deep copy of `base` with `patch` laid over it: objects merge key by key, arrays are replaced,
 * except that an object patch on an array edits elements by index ({ partners: { 0: { country: 'US' } } });
 * `undefined` deletes the key.
 */
export function override<T>(base: T, patch: unknown): T {
  const merge = (target: unknown, p: unknown): unknown => {
    if (p === undefined) return target;
    if (Array.isArray(target) && isPlain(p)) {
      const out = structuredClone(target) as unknown[];
      for (const [k, v] of Object.entries(p)) out[Number(k)] = merge(out[Number(k)], v);
      return out;
    }
    if (isPlain(target) && isPlain(p)) {
      const out: Plain = structuredClone(target);
      for (const [k, v] of Object.entries(p)) {
        if (v === undefined) delete out[k];
        else out[k] = merge(out[k], v);
      }
      return out;
    }
    return structuredClone(p);
  };
  return merge(base, patch) as T;
}

/** A valid dossier of the category with the patches applied in order. */
export const dossierWith = (category: Category, ...patches: unknown[]): LooseDossier =>
  patches.reduce<LooseDossier>((d, p) => override(d, p), validDossier(category));

/** Every file the dossier declares, as a readable PDF inside its folder. */
export function okAttachments(dossier: LooseDossier): Map<string, AttachmentFact> {
  return new Map(declaredFiles(dossier).map((f) => [f.path, { path: f.path, file: f.file, status: 'ok' as AttachmentStatus, size: 48_213 }]));
}

export interface RunOptions {
  asOf?: Date;
  attachments?: Map<string, AttachmentFact>;
  rules?: readonly CheckRule[];
  lang?: Lang;
}

/** Runs the rules (by default all of checkRules) with the fixed asOf, the default policy and every declared file ok. */
export function check(dossier: LooseDossier, options: RunOptions = {}): Finding[] {
  const result: unknown = runRules(
    options.rules ?? checkRules,
    { dossier, policy, asOf: options.asOf ?? AS_OF, attachments: options.attachments ?? okAttachments(dossier) },
    options.lang ?? 'zh',
  );
  // runRules gives Finding[] or, since the PDF work, { findings, verified }.
  return Array.isArray(result) ? (result as Finding[]) : (result as { findings: Finding[] }).findings;
}

/** The findings of one rule. */
export const findingsOf = (dossier: LooseDossier, ruleId: string, options: RunOptions = {}): Finding[] =>
  check(dossier, options).filter((f) => f.rule === ruleId);

export interface Expected {
  rule: string;
  severity: Severity;
  clause: string;
  path?: string;
  /** Texts the Chinese message must contain: the value found, the requirement. */
  says?: (string | number)[];
}

/** Exactly one finding of the rule, with this severity, clause, path and message content. */
export function expectOne(dossier: LooseDossier, e: Expected, options: RunOptions = {}): Finding {
  const found = findingsOf(dossier, e.rule, options);
  expect(found, `findings of ${e.rule}: ${JSON.stringify(found, null, 1)}`).toHaveLength(1);
  const f = found[0]!;
  expect({ rule: f.rule, severity: f.severity, clause: f.clause, path: f.path }).toEqual({ rule: e.rule, severity: e.severity, clause: e.clause, path: e.path });
  for (const s of e.says ?? []) expect(f.message).toContain(String(s));
  expect(f.hint, 'every finding carries a hint').toBeTruthy();
  return f;
}

/** No finding of the rule. */
export function expectNone(dossier: LooseDossier, ruleId: string, options: RunOptions = {}): void {
  expect(findingsOf(dossier, ruleId, options)).toEqual([]);
}
