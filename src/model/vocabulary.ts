// The words of the dossier: every enumerated value's code (what rules see), its label in both languages
// (what reports show) and the Chinese names and variants people type (什么都写中文的科研管理人员).
// The loader turns any accepted name into its code (src/load/normalise.ts); the JSON Schema offers the
// Chinese names to editors (src/model/jsonSchema.ts); reporters ask labelOf for the label of a code.
import type { Lang, Msg } from '../core/finding.js';
import {
  AGREEMENT_CONTENTS,
  AGREEMENT_TYPES,
  APPLICANT_KINDS,
  BASE_LEVELS,
  CATEGORIES,
  COOPERATION_STATUSES,
  DEGREES,
  EMPLOYMENTS,
  PARTNER_KINDS,
  SIGNATORY_RANKS,
  TARGETS,
  TITLE_RANKS,
} from './dossier.js';

export interface Term {
  /** Shown in reports; zh is also the Chinese value templates write. */
  label: Msg;
  /** Other names accepted for the code, besides the label and the code itself. */
  aliases: readonly string[];
}

type Terms<C extends readonly string[]> = Record<C[number], Term>;
const t = (zh: string, en: string, ...aliases: string[]): Term => ({ label: { zh, en }, aliases });

const categories: Terms<typeof CATEGORIES> = {
  'belt-and-road': t('“一带一路”科技合作项目', 'Belt and Road cooperation project', '一带一路', '一带一路科技合作', '一带一路项目', '一带一路合作项目'),
  'key-country': t('重点国别科技合作项目', 'Key-country cooperation project', '重点国别', '重点国别科技合作', '重点国别项目', '重点国别合作项目'),
  'base-platform': t('国际合作基地与平台项目', 'International base and platform project', '国际合作基地与平台', '基地与平台', '基地平台', '国际合作基地', '国际科技合作基地与平台项目', '基地与平台项目'),
  regional: t('区域合作项目', 'Regional cooperation project', '区域合作', '区域科技合作', '区域科技合作项目', '区域项目'),
  aid: t('科技援助合作项目', 'S&T aid cooperation project', '科技援助', '科技援助项目', '科技援助合作', '援助项目', '援助'),
};

const applicantKinds: Terms<typeof APPLICANT_KINDS> = {
  enterprise: t('企业', 'enterprise', '公司', '企业单位', '有限公司', '民营企业', '国有企业', '有限责任公司', '股份有限公司', '股份公司', '国有控股企业', '私营企业', '外资企业', '中外合资企业', '中央企业', '央企', '中央驻晋企业', '企业法人'),
  institution: t('事业单位', 'public institution', '科研院所', '事业单位/科研院所', '研究院', '研究所', '科研机构', '科研单位', '事业单位法人', '事业法人', '中央驻晋事业单位', '公益一类事业单位', '公益二类事业单位'),
  university: t('高校', 'university', '高等院校', '高等学校', '大学', '学院', '院校', '普通高校', '本科院校', '高职院校', '职业院校'),
  other: t('其他', 'other', '其它'),
};

const titleRanks: Terms<typeof TITLE_RANKS> = {
  // the title itself, when it names its rank without doubt (高级工程师 is 副高; 教授级/研究员级高级工程师 正高)
  senior: t('正高级', 'senior', '正高', '正高级职称', '正高职称', '正高级专业技术职称', '教授', '研究员', '正高级工程师', '教授级高级工程师', '研究员级高级工程师', '主任医师', '正高级经济师', '正高级会计师', '正高级农艺师'),
  'associate-senior': t('副高级', 'associate senior', '副高', '副高级职称', '副高职称', '副高级专业技术职称', '副教授', '副研究员', '高级工程师', '副主任医师', '高级经济师', '高级会计师', '高级农艺师', '高级实验师'),
  intermediate: t('中级', 'intermediate', '中级职称', '讲师', '工程师', '助理研究员'),
  junior: t('初级', 'junior', '初级职称'),
  none: t('无', 'none', '无职称', '没有'),
};

const degrees: Terms<typeof DEGREES> = {
  doctorate: t('博士', 'doctorate', '博士学位', '博士研究生', 'phd', 'ph.d.', 'doctor', '博士研究生学历', '工学博士', '理学博士', '农学博士', '医学博士', '管理学博士', '经济学博士', '哲学博士', '博士后'),
  master: t('硕士', 'master', '硕士学位', '硕士研究生', '工学硕士', '理学硕士', '工程硕士', '农学硕士', '医学硕士', '管理学硕士'),
  bachelor: t('学士', 'bachelor', '学士学位', '本科', '大学本科', '工学学士', '理学学士'),
  other: t('其他', 'other', '其它', '无'),
};

const employments: Terms<typeof EMPLOYMENTS> = {
  employed: t('在职', 'employed', '在职人员', '在职职工', '在编', '全职', '在职在岗'),
  'on-post': t('在岗', 'on post', '在岗人员'),
  contracted: t('在聘', 'contracted', '在聘人员', '聘用', '受聘', '聘用人员', '受聘人员', '合同聘用'),
  none: t('无', 'none', '非本单位人员', '不在职'),
};

const partnerKinds: Terms<typeof PARTNER_KINDS> = {
  university: t('高校', 'university', '高等院校', '高等学校', '大学', '学院', '院校'),
  institute: t('科研院所', 'research institute', '研究院', '研究所', '科研机构', '研究机构', '院所'),
  enterprise: t('企业', 'enterprise', '公司'),
};

const signatoryRanks: Terms<typeof SIGNATORY_RANKS> = {
  professor: t('教授', 'professor', '正教授', 'prof.', 'prof', 'full professor', 'chair professor', '讲席教授', '特聘教授'),
  'associate-professor': t('副教授', 'associate professor', '准教授'),
  researcher: t('研究员', 'researcher', '正研究员', 'senior researcher', 'principal researcher', 'chief researcher', 'principal investigator', '首席研究员', '高级研究员'),
  'associate-researcher': t('副研究员', 'associate researcher'),
  'senior-manager': t('高级管理/技术人员', 'senior manager', '高级管理人员', '高级技术人员', '高级职务', '高管', '高级经营管理人员', '高级专业技术人员', '总经理', '副总经理', '总裁', '副总裁', '董事长', '首席执行官', '首席技术官', '首席科学家', '技术总监', '研发总监', 'ceo', 'cto', 'vice president', 'senior vice president', 'managing director', 'chief scientist', 'chief technology officer'),
  lecturer: t('讲师', 'lecturer', '助理教授'),
  other: t('其他', 'other', '其它'),
};

const agreementTypes: Terms<typeof AGREEMENT_TYPES> = {
  agreement: t('合作协议书', 'cooperation agreement', '合作协议', '协议书', '协议', '合同', '合作合同', '科技合作协议', '技术合作协议', '国际合作协议', '国际科技合作协议', '战略合作协议', '合作框架协议', '框架协议'),
  intent: t('意向书', 'letter of intent', '合作意向书', '意向协议', '合作意向', '合作备忘录', '谅解备忘录', '合作谅解备忘录', 'mou', 'memorandum of understanding'),
  email: t('电子邮件', 'e-mail', '邮件', 'e-mail'),
  letter: t('书信', 'letter', '信函', '信件'),
  employment: t('人才聘任合同', 'employment contract', '聘任合同', '聘用合同'),
  trade: t('贸易合同', 'trade contract', '贸易投资合同'),
  investment: t('投资合同', 'investment contract'),
  factory: t('合作建厂合同', 'factory contract', '建厂合同'),
};

const agreementContents: Terms<typeof AGREEMENT_CONTENTS> = {
  content: t('研究内容', 'research content', '合作内容'),
  tasks: t('任务分工', 'division of tasks', '分工'),
  term: t('合同期限', 'term', '期限', '协议期限', '合作期限', '有效期', '有效期限'),
  funding: t('经费分配', 'allocation of funds', '经费', '经费安排', '经费预算', '经费分担'),
  ip: t('成果及知识产权归属和利益分配机制', 'ownership of results and IP, sharing of benefits', '知识产权', '知识产权归属', '成果及知识产权归属', '利益分配', '成果归属', '知识产权归属和利益分配', '知识产权归属和利益分配机制', '利益分配机制', '成果及知识产权归属和利益分配'),
};

const targets: Terms<typeof TARGETS> = {
  'key-technology': t('关键技术突破或技术引进', 'key technology breakthrough or import', '关键技术', '关键技术突破', '技术引进', '关键技术的研究突破或技术引进'),
  transfer: t('重大成果转化', 'major transfer of results', '成果转化'),
  talent: t('人才交流与国际化培养', 'talent exchange and international training', '人才交流', '人才培养', '人才交流和人才国际化培养'),
  conference: t('国际性学术或行业会议', 'international conference', '国际会议', '学术会议', '行业会议', '国际性学术会议'),
  'ip-output': t('专利、新产品、标准、论文等成果', 'patents, products, standards, papers', '专利', '知识产权', '科技成果', '发明专利'),
  platform: t('国际科技合作创新平台', 'international cooperation platform', '创新平台', '平台', '合作平台'),
};

const baseLevels: Terms<typeof BASE_LEVELS> = {
  national: t('国家级', 'national', '国家'),
  provincial: t('省级', 'provincial', '省'),
};

const cooperationStatuses: Terms<typeof COOPERATION_STATUSES> = {
  ongoing: t('在研', 'ongoing', '在研中', '进行中', '执行中'),
  completed: t('已结题', 'completed', '结题', '已验收', '验收', '完成', '已完成'),
};

/** The vocabularies, each named after what it enumerates. */
export const VOCABULARY = {
  category: { codes: CATEGORIES, terms: categories },
  applicantKind: { codes: APPLICANT_KINDS, terms: applicantKinds },
  titleRank: { codes: TITLE_RANKS, terms: titleRanks },
  degree: { codes: DEGREES, terms: degrees },
  employment: { codes: EMPLOYMENTS, terms: employments },
  partnerKind: { codes: PARTNER_KINDS, terms: partnerKinds },
  signatoryRank: { codes: SIGNATORY_RANKS, terms: signatoryRanks },
  agreementType: { codes: AGREEMENT_TYPES, terms: agreementTypes },
  agreementContent: { codes: AGREEMENT_CONTENTS, terms: agreementContents },
  target: { codes: TARGETS, terms: targets },
  baseLevel: { codes: BASE_LEVELS, terms: baseLevels },
  cooperationStatus: { codes: COOPERATION_STATUSES, terms: cooperationStatuses },
} as const;

export type VocabularyName = keyof typeof VOCABULARY;

/** How a typed word is compared: full-width folded (NFKC), case, quotes, spaces and _ ignored. */
export function foldWord(s: string): string {
  return s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/["'“”‘’「」《》\s]/gu, '')
    .replace(/_/g, '-');
}

const lookups = new Map<VocabularyName, Map<string, string>>();
function lookup(name: VocabularyName): Map<string, string> {
  let m = lookups.get(name);
  if (!m) {
    m = new Map();
    const v = VOCABULARY[name];
    for (const code of v.codes) {
      const term = (v.terms as Record<string, Term>)[code]!;
      for (const word of [code, code.replace(/-/g, ''), term.label.zh, term.label.en, ...term.aliases]) if (!m.has(foldWord(word))) m.set(foldWord(word), code);
    }
    lookups.set(name, m);
  }
  return m;
}

/** The code a typed value stands for (区域合作项目 → regional, Key-Country → key-country); undefined when none. */
export function codeOf(name: VocabularyName, written: string): string | undefined {
  return lookup(name).get(foldWord(written));
}

/** The label of a code in a language; the code itself when the vocabulary does not know it. */
export function labelOf(name: VocabularyName, code: string, lang: Lang): string {
  return (VOCABULARY[name].terms as Record<string, Term>)[code]?.label[lang] ?? code;
}

/** The label of a code in both languages, as a rule's message parameter. */
export function termOf(name: VocabularyName, code: string): Msg {
  return { zh: labelOf(name, code, 'zh'), en: labelOf(name, code, 'en') };
}

/** The Chinese names editors offer beside the codes: each code's label and aliases written in Chinese. */
export function chineseNames(name: VocabularyName): string[] {
  const v = VOCABULARY[name];
  const han = /\p{Script=Han}/u;
  return [...new Set(v.codes.flatMap((c) => {
    const term = (v.terms as Record<string, Term>)[c]!;
    return [term.label.zh, ...term.aliases].filter((w) => han.test(w));
  }))];
}

/** The vocabulary whose codes are exactly these (a z.enum's options), for the loader and the JSON Schema. */
export function vocabularyOfCodes(codes: readonly string[]): VocabularyName | undefined {
  const key = [...codes].sort().join('|');
  return (Object.keys(VOCABULARY) as VocabularyName[]).find((n) => [...VOCABULARY[n].codes].sort().join('|') === key);
}

// Booleans (是/否) and the two languages of agreements.
const TRUE_WORDS = ['true', 'yes', 'y', '是', '有', '对', '已', '已签', '已签字', '已签署', '已盖章', '涉及', '√', '✓', '✔'];
const FALSE_WORDS = ['false', 'no', 'n', '否', '无', '错', '没有', '不', '未', '未签', '未签字', '未签署', '未盖章', '不涉及', '×', '✗', '✘'];
const BOOLEANS = new Map<string, boolean>([...TRUE_WORDS.map((w) => [foldWord(w), true] as const), ...FALSE_WORDS.map((w) => [foldWord(w), false] as const)]);

/** 是/否/有/无/对/错, yes/no: the boolean a typed word stands for; undefined when none. */
export function booleanOf(written: string): boolean | undefined {
  return BOOLEANS.get(foldWord(written));
}

export const BOOLEAN_WORDS = { true: ['是', '有', '对'], false: ['否', '无', '错'] } as const;

export function booleanLabel(value: boolean, lang: Lang): string {
  return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
}

const LANGUAGES: Record<'zh' | 'en', string[]> = {
  zh: ['中文', '汉语', '汉文', '简体中文', '繁体中文', '中', 'chinese', 'zho', 'chi', 'zh-cn', 'zh-hans', 'zh-hant', 'zh-tw'],
  en: ['英文', '英语', '英', 'english', 'eng', 'en-us', 'en-gb'],
};

/** 中文 → zh, English → en: the language code a typed name stands for; undefined for another language. */
export function languageOf(written: string): 'zh' | 'en' | undefined {
  const w = foldWord(written);
  for (const code of ['zh', 'en'] as const) if (w === code || LANGUAGES[code].some((n) => foldWord(n) === w)) return code;
  return undefined;
}

export const LANGUAGE_LABELS: Record<'zh' | 'en', Msg> = { zh: { zh: '中文', en: 'Chinese' }, en: { zh: '英文', en: 'English' } };
