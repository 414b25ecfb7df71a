// The commented dossier.yaml that `kjhz init --category C` writes. Every field has a comment (Chinese, or
// English with --lang en) above it: what to fill, the notice clause, and the limit. The limits are read from the policy (the
// call as data), the attachment list from the materials of 三 — nothing call-specific is restated here.
//
// Fields the applicant must decide are left empty ("" or nothing), so that an unfilled template fails
// `kjhz check` loudly instead of passing with made-up values. Optional fields that only some dossiers
// need are written as commented-out lines to uncomment.
import type { Category } from '../model/dossier.js';
import { AGREEMENT_CONTENTS, CATEGORIES, TARGETS } from '../model/dossier.js';
import { uiText } from '../i18n/ui.js';
import type { Policy } from '../policy/policy.js';
import type { Lang, Msg } from '../core/finding.js';
import { MATERIALS } from '../rules/materials.js';
import { labelOf, VOCABULARY, type VocabularyName } from '../model/vocabulary.js';
import { callMsg, callText, chineseDate } from '../policy/text.js';

/** An entry of the template: a key with its comment, and a scalar, a map of entries or a list of maps. */
interface Entry {
  key: string;
  comment: string | string[];
  /** YAML text of a scalar value; '' writes `key:` (null: the applicant must fill it). */
  value?: string;
  children?: Entry[];
  /** A list of maps: each item is a list of entries. */
  items?: Entry[][];
  /** Written commented out: fill and uncomment when it applies. */
  optional?: boolean;
}

const e = (key: string, comment: string | string[], value = ''): Entry => ({ key, comment, value });
const opt = (key: string, comment: string | string[], value: string): Entry => ({ key, comment, value, optional: true });
const map = (key: string, comment: string | string[], children: Entry[]): Entry => ({ key, comment, children });
const list = (key: string, comment: string | string[], items: Entry[][]): Entry => ({ key, comment, items });

export { chineseDate };

const INTERNATIONAL: readonly Category[] = ['belt-and-road', 'key-country', 'base-platform'];

const CATEGORY_NAMES = Object.fromEntries(CATEGORIES.map((c) => [c, uiText('zh', `category.${c}`)])) as Record<Category, string>;

const TARGET_NAMES: Record<(typeof TARGETS)[number], string> = {
  'key-technology': '相关领域关键技术的研究突破或技术引进',
  transfer: '重大成果转化，经济和社会效益显著',
  talent: '人才交流和人才国际化培养成效显著',
  conference: '召开或承办有较大影响力的国际性学术会议或行业会议',
  'ip-output': '合作申请发明专利，取得新产品、新工艺、标准、论文论著等科技成果',
  platform: '建设国际科技合作创新平台',
};

/** When a material of 三 that not every dossier needs is needed (shown in the template's list). */
const MATERIAL_CONDITIONS: Record<string, Msg> = {
  auditReport: { zh: '申报单位为企业时', en: 'when the applicant is an enterprise' },
  platformProof: { zh: '合作单位以国家级科技创新平台为依据时', en: 'when a partner qualifies through a national platform' },
  integrityPledge: { zh: '须签署；已含在申报书中时可不单独上传', en: 'must be signed; may be omitted when the application form includes it' },
  ethicsReview: { zh: '涉及伦理或人类遗传资源时', en: 'when ethics or human genetic resources are involved' },
  other: { zh: '如有', en: 'if any' },
};

/** Suggested file names: only a convention; any name works if dossier.yaml gives it. */
const FILE_NAMES: Record<string, string> = {
  applicationForm: '申报书.pdf',
  businessLicense: '营业执照.pdf',
  leadQualification: '职称证书.pdf',
  employmentProof: '在职证明.pdf',
  fundingCommitment: '配套资金承诺书.pdf',
  platformProof: '国家级平台证明.pdf',
  integrityPledge: '科研诚信承诺书.pdf',
  ethicsReview: '伦理审查意见.pdf',
};

/** The attachments (三) a dossier of this category needs, as the template's header lists them. */
export function attachmentsFor(category: Category): { label: Msg; clause: string; condition?: Msg }[] {
  return MATERIALS.filter((m) => m.id !== 'platformProof' || category === 'regional').map((m) => {
    const always = m.needed({});
    const condition = always ? undefined : MATERIAL_CONDITIONS[m.id];
    return { label: m.label, clause: m.clause, ...(condition ? { condition } : {}) };
  });
}

/** One line of the attachment list: 项目申报书（三.1） / Application form (三.1, …), with the call's values. */
export function attachmentLine(entry: ReturnType<typeof attachmentsFor>[number], lang: Lang, policy: Policy): string {
  const m = { ...entry, label: callMsg(entry.label, policy) };
  return lang === 'zh' ? `${m.label.zh}（${m.clause}${m.condition ? `，${m.condition.zh}` : ''}）` : `${m.label.en} (${m.clause}${m.condition ? `, ${m.condition.en}` : ''})`;
}

/** The template's words in one language: T(zh, en). Values are Chinese in zh (区域合作项目, 是, 中文), the
 * English codes in en; the loader reads both. */
type Tr = (zh: string, en: string) => string;

interface Words {
  lang: Lang;
  T: Tr;
  /** A value of a vocabulary as the template writes it. */
  v: (name: VocabularyName, code: string) => string;
  /** The choices of a vocabulary for a comment: 企业 | 事业单位 … or enterprise | institution … */
  choices: (name: VocabularyName) => string;
  yes: string;
  no: string;
  yesNo: string;
}

function words(lang: Lang): Words {
  const T: Tr = (zh, en) => (lang === 'zh' ? zh : en);
  const quote = (s: string) => (/^[“"'#&*!|>%@`{[\]-]|: | #/u.test(s) ? JSON.stringify(s) : s);
  const v = (name: VocabularyName, code: string) => (lang === 'zh' ? quote(labelOf(name, code, 'zh')) : code);
  const choices = (name: VocabularyName) =>
    VOCABULARY[name].codes.map((c: string) => (lang === 'zh' ? labelOf(name, c, 'zh') : `${c} (${labelOf(name, c, 'en')})`)).join(' | ');
  return { lang, T, v, choices, yes: T('是', 'true'), no: T('否', 'false'), yesNo: T('是 或 否', 'true or false') };
}

function projectEntries(category: Category, p: Policy, w: Words): Entry[] {
  const { T } = w;
  const fields = category === 'regional' ? p.regionalFields : category === 'aid' ? p.aidFields : undefined;
  const needsTargets = p.targetCategories.includes(category);
  const example = needsTargets ? ['key-technology', 'transfer', 'talent', 'ip-output'] : ['transfer', 'talent'];
  const exampleList = `[${example.map((t) => w.v('target', t)).join(', ')}]`;
  const entries: Entry[] = [
    e('title', T('项目名称：与申报书完全一致；受理后原则上不能更改（二.7）', 'Project title, exactly as in the application form; it cannot change after acceptance (二.7)'), '""'),
    e('category', [T(`支持方向：${CATEGORY_NAMES[category]}`, `Category: ${uiText('en', `category.${category}` as const)}`), T('改报其他方向请用 kjhz init --category 重新生成模板', 'For another category, make a new template with kjhz init --category')], w.v('category', category)),
    e(
      'field',
      fields
        ? [T(`技术领域：通知列举 ${fields.join('、')} 等领域（${category === 'regional' ? '一.4' : '一.5'}），其他领域须说明`, `Technical field: the notice names ${fields.join(', ')} and similar fields (${category === 'regional' ? '一.4' : '一.5'}); another field needs explaining`)]
        : T('技术领域，如 新材料、新能源、装备制造', 'Technical field, such as 新材料 (new materials), 新能源 (new energy), 装备制造 (equipment)'),
      '""',
    ),
  ];
  if (category === 'aid') {
    entries.push(e('aidRegion', [T(`援助地区（一.5）：${Object.keys(p.aidRegions).join(' | ')}（新疆生产建设兵团填 新疆）`, `Aid region (一.5): ${Object.keys(p.aidRegions).join(' | ')} (the 新疆生产建设兵团 counts as 新疆)`), T('主要合作单位应位于该地区', 'The main partner should be in that region')]));
  }
  entries.push(
    e('summary', T('研究内容摘要：几句话说明合作研究的内容；批量检查时用来识别同一单位相同或相近的项目（二.6）', 'Summary of the research, a few sentences; a batch check uses it to find near-same projects of one unit (二.6)'), '""'),
    map('period', T(`项目执行期（二.7）：${p.periodYears.min}—${p.periodYears.max}年；合作协议有效期须覆盖执行期（二.3）`, `Execution period (二.7): ${p.periodYears.min}–${p.periodYears.max} years; the agreements must be valid through it (二.3)`), [
      e('start', T('执行期开始日期，如 2025-01-01', 'First day, such as 2025-01-01')),
      e('end', T(`执行期结束日期，与开始日期相距${p.periodYears.min}—${p.periodYears.max}年，如 2027-12-31`, `Last day, ${p.periodYears.min}–${p.periodYears.max} years after the start, such as 2027-12-31`)),
    ]),
    map('funding', T('资金，单位：万元', 'Funding, in 万元 (10,000 CNY)'), [
      e('requested', T(`申请省引导资金（万元，一）：本类项目单项支持额度${p.typicalFunding[category]}万元左右`, `Requested provincial funding (万元, 一): about ${p.typicalFunding[category]}万 for this category`)),
      e(
        'matching',
        T(
          `配套资金（万元，二.4）：与申请引导资金之比不低于${p.matchingRatio.default}:1，申报单位为企业的不低于${p.matchingRatio.enterprise}:1；立项额度不足时差额自筹（二.5）`,
          `Matching funds (万元, 二.4): at least ${p.matchingRatio.default}:1 to the request, ${p.matchingRatio.enterprise}:1 for an enterprise; a shortfall of the grant is the applicant's to cover (二.5)`,
        ),
      ),
    ]),
    {
      key: 'targets',
      comment: [
        needsTargets
          ? T(`任务目标（一）：项目完成后至少实现${p.minTargets}项，写成列表，如 ${exampleList}`, `Task targets (一): at least ${p.minTargets} by the end of the project, as a list such as ${exampleList}`)
          : T(`任务目标（一）：科技援助项目不作数量要求，写出计划实现的目标，如 ${exampleList}`, `Task targets (一): aid projects have no minimum; list the targets planned, such as ${exampleList}`),
        ...TARGETS.map((t) => T(`  ${labelOf('target', t, 'zh')}（${t}）：${TARGET_NAMES[t]}`, `  ${t}: ${labelOf('target', t, 'en')}`)),
      ],
      value: '[]',
    },
    map('declarations', T('声明事项：如实填写 是 或 否', 'Declarations: true or false, as it is'), [
      e('stateSecret', T('项目是否涉及国家秘密（二.6：涉密项目不予受理）', 'Does the project involve state secrets? (二.6: such projects are not accepted)')),
      e('otherFiscalFunding', T('项目是否已获得其他财政资金支持（二.6：不得重复、多头申报）', 'Does it already have other public funding? (二.6: no double applications)')),
      e('ethics', T('项目是否涉及伦理问题（二.9：是则视需要提供伦理委员会审查意见）', 'Does it involve ethics questions? (二.9: then an ethics committee opinion, where needed)')),
      e('humanGeneticResources', T('项目是否涉及人类遗传资源（二.9：是则视需要提供伦理委员会审查意见）', 'Does it involve human genetic resources? (二.9: then an ethics committee opinion, where needed)')),
      map('integrityPledge', T('科研诚信承诺书（二.8）：项目负责人和申报单位均须在申报时签署', 'Research integrity pledge (二.8): the lead and the applicant both sign it when applying'), [
        e('lead', T(`项目负责人已签署：${w.yesNo}`, `Signed by the lead: ${w.yesNo}`)),
        e('applicant', T(`申报单位已签署：${w.yesNo}`, `Signed by the applicant: ${w.yesNo}`)),
      ]),
    ]),
  );
  return entries;
}

function applicantEntries(category: Category, p: Policy, w: Words): Entry[] {
  const { T } = w;
  const entries: Entry[] = [
    e('name', T('申报单位全称，与营业执照或法人证书一致', 'Full name of the applicant, as on its licence or legal-person certificate'), '""'),
    e('creditCode', T('统一社会信用代码（18位，GB 32100-2015，校验码将被核验）；写在引号内', 'Unified social credit code (18 characters, GB 32100-2015; its check character is verified), in quotes'), '""'),
    e('kind', T(`单位性质：${w.choices('applicantKind')}`, `Kind of unit: ${w.choices('applicantKind')}`)),
    e('legalPerson', T(`是否具有独立法人资格（二.1：须为独立法人）：${w.yesNo}`, `Is it an independent legal person? (二.1: it must be): ${w.yesNo}`)),
    e('registeredIn', T(`注册地（二.1：须在${p.homeProvince.names[0]}省行政区域内注册，含中央驻晋单位），如 山西省太原市`, 'Place of registration (二.1: in Shanxi, central units based in Shanxi included), such as 山西省太原市'), '""'),
    e('registeredOn', T(`注册时间（二.1）：须为${chineseDate(p.registeredOnOrBefore)}（含）前，如 2015-03-02`, `Date of registration (二.1): on or before ${p.registeredOnOrBefore}, such as 2015-03-02`)),
    e('recommender', T('组织推荐部门，如 太原市科学技术局（二.6：同一单位只能通过一个组织推荐部门申报）', 'Recommending department, such as 太原市科学技术局 (二.6: one per unit)'), '""'),
  ];
  if (category === 'base-platform') {
    entries.push(
      map('internationalBase', [T('已认定的国际科技合作基地（一.3）：没有时删除这一段，并与国外知名机构合作（partners 中 renowned: 是）', 'Recognised international cooperation base (一.3): without one, delete this block and partner with a renowned foreign institution (renowned: true in partners)')], [
        e('level', T(`基地级别：${w.choices('baseLevel')}`, `Level: ${w.choices('baseLevel')}`)),
        e('name', T('基地名称，与认定文件一致', 'Name of the base, as in its designation'), '""'),
      ]),
    );
  }
  entries.push(
    map('credit', T('信用情况（二.8）：如实填写 有 或 无（是 或 否）', 'Credit (二.8): true or false, as it is'), [
      e('misconduct', T('是否有在惩戒执行期内的科研严重失信行为记录', 'A serious research misconduct record under sanction?')),
      e('blacklisted', T('是否有相关社会领域信用“黑名单”记录', 'On a credit blacklist?')),
      e('environmentalIncident', T('近3年是否发生重大环保污染等恶劣影响事件', 'A major environmental incident in the last 3 years?')),
    ]),
  );
  return entries;
}

function leadEntries(p: Policy, w: Words): Entry[] {
  const { T } = w;
  return [
    e('name', T('项目负责人姓名；受理后原则上不能更改（二.7）', 'Name of the project lead; it cannot change after acceptance (二.7)'), '""'),
    opt('idNumber', T('居民身份证号（可选，写在引号内）：核验校验位与出生日期；所有报告中均脱敏显示', 'Resident ID number (optional, in quotes): check digit and birth date are verified; every report masks it'), '""'),
    e('birthDate', T(`出生日期（二.2）：须为${chineseDate(p.leadBornOnOrAfter)}（含）以后出生，如 1980-03-15`, `Birth date (二.2): on or after ${p.leadBornOnOrAfter}, such as 1980-03-15`)),
    e('title', T('职称，照职称证书原文填写，如 正高级工程师、副研究员', 'Title as the certificate writes it, such as 正高级工程师, 副研究员'), '""'),
    e('titleRank', T(`职称级别（二.2：副高以上或博士学位）：${w.choices('titleRank')}`, `Title rank (二.2: associate senior or higher, or a doctorate): ${w.choices('titleRank')}`)),
    e('degree', T(`学位：${w.choices('degree')}`, `Degree: ${w.choices('degree')}`)),
    e('employment', T(`与申报单位的关系（二.2）：${w.choices('employment')}`, `Relation to the applicant (二.2): ${w.choices('employment')}`)),
    opt('contractEnd', T('在聘人员必填：受聘期限截止日期，须覆盖项目执行期（三.2(2)），如 2028-06-30', 'Contracted leads only: end of the hiring term, covering the period (三.2(2)), such as 2028-06-30'), '""'),
    e('applicationsThisYear', T(`本年度申报省科技计划项目数，含本项目（二.2：同一年度限申报${p.applicationsPerYear}项）`, `Provincial programme applications this year, this one included (二.2: at most ${p.applicationsPerYear})`)),
    {
      key: 'ongoingProjects',
      comment: [
        T(`主持的在研项目（二.2：在研项目和本项目合计不超过${p.maxProjectsWithThis}项）；没有则保留 []，有则逐项列出：`, `Ongoing projects the lead runs (二.2: with this one at most ${p.maxProjectsWithThis}); keep [] if none, or list each:`),
        T('  - { title: 项目名称, program: 计划类别, end: 2025-12-31 }', '  - { title: project title, program: programme, end: 2025-12-31 }'),
      ],
      value: '[]',
    },
    {
      key: 'cooperationProjects',
      comment: [
        T(`主持过的省科技合作交流专项（含原省重点研发计划（国际科技合作））（二.2：不得有在研，近${p.recentCooperationYears}年内承担过的不得申报）`, `Provincial cooperation-programme projects the lead ran (二.2: none ongoing, none in the last ${p.recentCooperationYears} years)`),
        T(`没有则保留 []，有则逐项列出：  - { title: 项目名称, year: 2017, status: ${w.v('cooperationStatus', 'completed')} }（status：${w.choices('cooperationStatus')}）`, `Keep [] if none, or list each:  - { title: project title, year: 2017, status: completed } (status: ${w.choices('cooperationStatus')})`),
      ],
      value: '[]',
    },
  ];
}

function partnerItem(category: Category, p: Policy, w: Words): Entry[] {
  const { T } = w;
  const international = INTERNATIONAL.includes(category);
  const keyCountries = p.keyCountries.map((c) => T(`${p.countryNames[c]?.zh ?? c}（${c}）`, `${c} ${p.countryNames[c]?.en ?? c}`)).join(T('、', ', '));
  const country =
    category === 'key-country'
      ? T(`国别（一.2）：中文国名或 ISO 两位字母代码，通知列举 ${keyCountries} 等`, `Country (一.2): ISO 3166-1 two-letter code; the notice names ${keyCountries} and similar`)
      : category === 'belt-and-road'
        ? T('国别（一.1）：共建“一带一路”国家，写中文国名或 ISO 两位字母代码，如 哈萨克斯坦（KZ）、俄罗斯（RU）', 'Country (一.1): a Belt and Road country, as its ISO two-letter code, such as KZ (Kazakhstan), RU (Russia)')
        : category === 'base-platform'
          ? T('国别：中文国名或 ISO 两位字母代码，如 德国（DE）、日本（JP）', 'Country: ISO two-letter code, such as DE (Germany), JP (Japan)')
          : T('国别：国内单位填 中国（CN）', 'Country: CN for a domestic partner');
  const item: Entry[] = [
    e('name', T('合作单位全称，与合作协议一致；第一个为主要合作单位', 'Full name of the partner, as in the agreement; the first is the main partner'), '""'),
    e('kind', T(`合作单位类型：${w.choices('partnerKind')}`, `Kind of partner: ${w.choices('partnerKind')}`)),
    e('country', country, international ? '' : T('中国', 'CN')),
    e(
      'location',
      category === 'regional'
        ? T(`所在地（二.1：区域合作项目的主要合作单位注册地须在山西省外；一.4：${p.regionalAreas.join('、')}），如 北京市海淀区`, `Place (二.1: a regional project's main partner is registered outside Shanxi; 一.4: ${p.regionalAreas.join(', ')}), such as 北京市海淀区`)
        : category === 'aid'
          ? T('所在地，如 新疆维吾尔自治区乌鲁木齐市（应在援助地区）', 'Place, such as 新疆维吾尔自治区乌鲁木齐市 (in the aid region)')
          : T('所在地，如 德国开姆尼茨', 'Place, such as Chemnitz, Germany'),
      '""',
    ),
  ];
  if (!international) item.push(opt('creditCode', T('合作单位的统一社会信用代码（可选，用于核验注册地）', "The partner's credit code (optional; it tells where it is registered)"), '""'));
  if (category === 'regional') {
    item.push(
      e('doubleFirstClass', T(`是否“双一流”建设高校（一.4）：${w.yesNo}`, `A Double First-Class university? (一.4): ${w.yesNo}`), w.no),
      e('cas', T(`是否中国科学院等国家级院所（一.4）：${w.yesNo}`, `A CAS-level national institute? (一.4): ${w.yesNo}`), w.no),
      opt('nationalPlatform', T('合作单位拥有的国家级科技创新平台（一.4，须提供证明材料 三.2(6)），如 { type: 国家重点实验室, name: …… }', "The partner's national innovation platform (一.4; its proof is attached, 三.2(6)), such as { type: 国家重点实验室, name: … }"), '{ type: "", name: "" }'),
    );
  }
  if (category === 'base-platform') item.push(e('renowned', T(`是否国外知名院校、科研机构、世界500强或行业领军企业（一.3）：${w.yesNo}`, `A renowned foreign university, institute, Fortune Global 500 or industry leader? (一.3): ${w.yesNo}`)));
  item.push(
    map(
      'signatory',
      international
        ? T('外方签字人（二.3：高校院所须副教授或相当以上，企业须高级职务）', 'Foreign signatory (二.3: associate professor or equivalent at universities and institutes, a senior position at companies)')
        : T('合作方签字人（二.3：国内合作文件须由双方项目负责人签字）', "Partner's signatory (二.3: both leads sign a domestic agreement)"),
      [e('name', T('签字人姓名', 'Name of the signatory'), '""'), e('rank', T(`职务级别：${w.choices('signatoryRank')}`, `Rank: ${w.choices('signatoryRank')}`))],
    ),
  );
  return item;
}

function agreementItem(category: Category, w: Words): Entry[] {
  const { T } = w;
  const international = INTERNATIONAL.includes(category);
  const languages = international ? `[${w.T('中文, 英文', 'zh, en')}]` : `[${w.T('中文', 'zh')}]`;
  const contents = `[${AGREEMENT_CONTENTS.map((c) => w.v('agreementContent', c)).join(', ')}]`;
  return [
    e('file', T('合作文件 PDF 的文件名（三.2(3)），放在本文件夹内', 'File name of the agreement PDF (三.2(3)), in this folder'), '合作协议.pdf'),
    e('partner', T('对应的合作单位名称，须与 partners 中的 name 完全一致', 'The partner it is with: exactly a name of partners'), '""'),
    e('type', T(`文件类型（二.3）：${w.v('agreementType', 'agreement')} | ${w.v('agreementType', 'intent')}；电子邮件、书信、聘任合同、贸易投资合同、合作建厂合同不能作为有效协议`, 'Type (二.3): agreement | intent; e-mails, letters, employment, trade, investment and factory contracts are not valid agreements')),
    e('languages', international ? T(`文本语言（二.3）：国际合作须提供中英文对照协议，写 ${languages}`, `Languages (二.3): international cooperation needs a Chinese-English agreement: ${languages}`) : T(`文本语言，国内合作写 ${languages}`, `Languages; a domestic agreement: ${languages}`), languages),
    map('signed', international ? T('签字（二.3）：外方由合作人签字，中方由项目负责人签字', 'Signatures (二.3): the foreign partner signs; on the Chinese side the lead signs') : T('签字（二.3）：国内合作文件须由双方项目负责人签字', 'Signatures (二.3): both leads sign a domestic agreement'), [
      e('lead', T(`中方项目负责人已签字：${w.yesNo}`, `Signed by the Chinese lead: ${w.yesNo}`)),
      e('partner', T(`合作方已签字：${w.yesNo}`, `Signed by the partner: ${w.yesNo}`)),
    ]),
    map('sealed', international ? T('盖章（二.3）：国际合作文件须加盖申报单位公章', "Seals (二.3): an international agreement carries the applicant's seal") : T('盖章（二.3）：国内合作文件须加盖双方单位公章', "Seals (二.3): a domestic agreement carries both units' seals"), [
      e('applicant', T(`已加盖申报单位公章：${w.yesNo}`, `Sealed by the applicant: ${w.yesNo}`)),
      e('partner', international ? T(`已加盖合作单位公章（国际合作不要求）：${w.yesNo}`, `Sealed by the partner (not required internationally): ${w.yesNo}`) : T(`已加盖合作单位公章：${w.yesNo}`, `Sealed by the partner: ${w.yesNo}`)),
    ]),
    e('validFrom', T('协议生效日期，如 2024-10-20', 'Date it takes effect, such as 2024-10-20')),
    e('validUntil', T('协议有效期至（二.3）：须覆盖项目执行期，不早于 project.period.end', 'Valid until (二.3): through the execution period, not before project.period.end')),
    {
      key: 'covers',
      comment: [
        T(`协议明确的内容（二.3）：以下${AGREEMENT_CONTENTS.length}项缺一不可，写 ${contents}`, `What the agreement states (二.3): all ${AGREEMENT_CONTENTS.length} are required: ${contents}`),
        T(`  ${AGREEMENT_CONTENTS.map((c) => `${labelOf('agreementContent', c, 'zh')}（${c}）`).join(' · ')}`, `  ${AGREEMENT_CONTENTS.map((c) => `${c} ${labelOf('agreementContent', c, 'en')}`).join(' · ')}`),
      ],
      value: '[]',
    },
  ];
}

function attachmentEntries(category: Category, p: Policy, w: Words): Entry[] {
  const { T } = w;
  const entries: Entry[] = [
    e('applicationForm', T('《山西省科技合作交流专项项目申报书》PDF（三.1），网上申报系统生成', 'The application form PDF (三.1), as the online system generates it'), FILE_NAMES.applicationForm),
    e('businessLicense', T('营业执照或组织机构代码证（三.2(1)）；事业单位可用事业单位法人证书', 'Business licence or organisation code certificate (三.2(1)); a public institution may use its legal-person certificate'), FILE_NAMES.businessLicense),
    e('leadQualification', T('项目负责人职称或学位证明（三.2(2)）', "The lead's title or degree certificate (三.2(2))"), FILE_NAMES.leadQualification),
    e('employmentProof', T('在职、在岗或在聘证明（三.2(2)）：在聘证明须写明受聘期限并覆盖执行期', 'Proof of employment (三.2(2)); a contract proof states a term covering the period'), FILE_NAMES.employmentProof),
    e('fundingCommitment', T('项目资金配套承诺书（三.2(4)）：写明的配套金额与 project.funding.matching 一致', 'Matching-funds commitment (三.2(4)), stating project.funding.matching'), FILE_NAMES.fundingCommitment),
    e('auditReport', T(`上年度（${p.auditYear}年度）审计报告（三.2(5)）：申报单位为企业时必须提供，由会计师事务所出具；非企业删除此行`, `Audit report for ${p.auditYear} (三.2(5)): required of enterprises, by an accounting firm; others delete this line`), `${p.auditYear}年度审计报告.pdf`),
  ];
  if (category === 'regional') {
    entries.push(opt('platformProof', T('国家级科技创新平台证明材料（三.2(6)）：合作单位以国家级平台为依据时必须提供', "Proof of the partner's national platform (三.2(6)), when the partner qualifies by it"), FILE_NAMES.platformProof!));
  }
  entries.push(
    map('noveltySearch', T(`针对本项目的科技查新报告（三.2(7)）：须为${chineseDate(p.noveltySearchAfter)}之后完成`, `Novelty search report for this project (三.2(7)): completed after ${p.noveltySearchAfter}`), [
      e('file', T('查新报告 PDF 的文件名', 'File name of the report PDF'), '科技查新报告.pdf'),
      e('date', T(`查新完成日期，须晚于 ${p.noveltySearchAfter}，与报告上的日期一致，如 2024-06-18`, `Completion date, after ${p.noveltySearchAfter}, as printed on the report, such as 2024-06-18`)),
      e('agency', T('查新机构名称，如 教育部科技查新工作站（L12）', 'The agency, such as 教育部科技查新工作站（L12）'), '""'),
    ]),
    e('integrityPledge', T('科研诚信承诺书（二.8）：项目负责人和申报单位签署', 'Research integrity pledge (二.8), signed by the lead and the applicant'), FILE_NAMES.integrityPledge),
    opt('ethicsReview', T('伦理委员会审查意见（二.9）：涉及伦理或人类遗传资源时提供', 'Ethics committee opinion (二.9), when ethics or human genetic resources are involved'), FILE_NAMES.ethicsReview!),
    opt('other', T('其它相关证明材料（三.2(8)），可列多个', 'Other supporting documents (三.2(8)), any number'), '[其他证明材料.pdf]'),
  );
  return entries;
}

function render(entries: Entry[], indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const entry of entries) {
    for (const c of Array.isArray(entry.comment) ? entry.comment : [entry.comment]) out.push(`${pad}# ${c}`);
    if (entry.optional) {
      out.push(`${pad}# ${entry.key}: ${entry.value}`);
    } else if (entry.children) {
      out.push(`${pad}${entry.key}:`);
      render(entry.children, indent + 2, out);
    } else if (entry.items) {
      out.push(`${pad}${entry.key}:`);
      for (const item of entry.items) {
        const lines: string[] = [];
        render(item, indent + 4, lines);
        // The first key of each item carries the list dash.
        const first = lines.findIndex((l) => !l.trimStart().startsWith('#'));
        lines[first] = `${pad}  - ${lines[first]!.slice(indent + 4)}`;
        for (let i = 0; i < first; i++) lines[i] = `${pad}  ${lines[i]!.slice(indent + 4)}`;
        out.push(...lines);
      }
    } else {
      out.push(entry.value ? `${pad}${entry.key}: ${entry.value}` : `${pad}${entry.key}:`);
    }
  }
}

export interface TemplateOptions {
  /** Where the JSON Schema is, relative to the dossier's folder (or a URL): for the yaml-language-server modeline. */
  schema: string;
  /** The language of the comments and values (default zh: Chinese comments and Chinese values). */
  lang?: Lang;
}

export function dossierTemplate(category: Category, policy: Policy, o: TemplateOptions): string {
  const w = words(o.lang ?? 'zh');
  const { T } = w;
  const needed = attachmentsFor(category);
  const out: string[] = [
    `# yaml-language-server: $schema=${o.schema}`,
    T(`# ${policy.name.zh} 申报材料描述文件（dossier.yaml）`, `# ${policy.name.en}: application description (dossier.yaml)`),
    T(`# 支持方向：${CATEGORY_NAMES[category]}`, `# Category: ${uiText('en', `category.${category}` as const)}`),
    '#',
    T('# 填写说明：按每个字段上方的注释填写。日期写作 2025-01-01，金额单位为万元，是/否写 是 或 否（也可写 true/false）。', '# Fill in each field as the comment above it says. Dates as 2025-01-01, amounts in 万元, yes/no as true or false (是/否 work too).'),
    T('# 选项可写中文（如 区域合作项目、副高级、在职），也可写英文代码（regional、associate-senior、employed）。', '# Choices are the English codes (regional, associate-senior, employed); their Chinese names work too.'),
    T('# 空着的字段都必须填写；以“# 字段名:”开头的可选字段，需要时去掉行首的“# ”再填写。', '# Every empty field must be filled; optional fields start with "# name:": remove the "# " when one applies.'),
    T('# 附件 PDF 放在本文件所在的文件夹（或其子文件夹）内，文件名填在 agreements 和 attachments 中。', '# Put the attachment PDFs in the folder of this file (or below it) and give their names in agreements and attachments.'),
    T(callText('# 网络申报截止：{call.deadlines.online}；纸质材料截止：{call.deadlines.paper}（四.2）', policy, 'zh'), callText('# Online submission closes {call.deadlines.online}; paper copies {call.deadlines.paper} (四.2)', policy, 'en')),
    T('# 填写完成后运行：kjhz check <本文件夹>', '# When done, run: kjhz check <this folder>'),
    '#',
    T('# 本类项目需要的附件（三）：', '# Attachments this category needs (三):'),
    ...needed.map((m) => `#   - ${attachmentLine(m, w.lang, policy)}`),
    '',
  ];
  const top: Entry[] = [e('version', T('格式版本，固定为 1', 'Format version: always 1'), '1'), e('call', T('适用的申报通知，保持不变', 'The call this dossier is for: keep it'), policy.id)];
  render(top, 0, out);
  const sections: [string, Entry[], string][] = [
    ['project', projectEntries(category, policy, w), T('项目信息（一、二.4、二.6、二.7）', 'The project (一, 二.4, 二.6, 二.7)')],
    ['applicant', applicantEntries(category, policy, w), T('项目申报单位（二.1）', 'The applicant (二.1)')],
    ['lead', leadEntries(policy, w), T('项目负责人（二.2）', 'The project lead (二.2)')],
  ];
  for (const [key, children, comment] of sections) {
    out.push('');
    render([map(key, comment, children)], 0, out);
  }
  out.push('');
  render([list('partners', [T('合作单位（二.3）：第一个为主要合作单位；多个合作单位时复制整段（从“- name:”起）', 'Partners (二.3): the first is the main partner; for more, copy the block from "- name:"'), T('每个合作单位都须有一份合作文件（agreements）', 'Every partner needs an agreement (agreements)')], [partnerItem(category, policy, w)])], 0, out);
  out.push('');
  render([list('agreements', T('合作文件（二.3、三.2(3)）：每个合作单位一份，多个时复制整段（从“- file:”起）', 'Agreements (二.3, 三.2(3)): one per partner; for more, copy the block from "- file:"'), [agreementItem(category, w)])], 0, out);
  out.push('');
  render([map('attachments', T('申报材料附件（三）：填写 PDF 文件名（相对于本文件所在文件夹）', 'Attachments (三): PDF file names, relative to the folder of this file'), attachmentEntries(category, policy, w))], 0, out);
  return `${out.join('\n')}\n`;
}
