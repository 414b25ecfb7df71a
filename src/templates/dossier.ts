// The commented dossier.yaml that `kjhz init --category C` writes. Every field has a Chinese comment
// above it: what to fill, the notice clause, and the limit. The limits are read from the policy (the
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

/** 2023-01-01 → 2023年1月1日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

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

const CONTENT_NAMES: Record<(typeof AGREEMENT_CONTENTS)[number], string> = {
  content: '研究内容',
  tasks: '任务分工',
  term: '合同期限',
  funding: '经费分配',
  ip: '成果及知识产权归属和利益分配机制',
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

/** One line of the attachment list: 项目申报书（三.1） / Application form (三.1, …). */
export function attachmentLine(m: ReturnType<typeof attachmentsFor>[number], lang: Lang): string {
  return lang === 'zh' ? `${m.label.zh}（${m.clause}${m.condition ? `，${m.condition.zh}` : ''}）` : `${m.label.en} (${m.clause}${m.condition ? `, ${m.condition.en}` : ''})`;
}

function projectEntries(category: Category, p: Policy): Entry[] {
  const fields = category === 'regional' ? p.regionalFields : category === 'aid' ? p.aidFields : undefined;
  const needsTargets = p.targetCategories.includes(category);
  const entries: Entry[] = [
    e('title', '项目名称：与申报书完全一致；受理后原则上不能更改（二.7）', '""'),
    e('category', [`支持方向：${CATEGORY_NAMES[category]}`, '改报其他方向请用 kjhz init --category 重新生成模板'], category),
    e(
      'field',
      fields ? [`技术领域：通知列举 ${fields.join('、')} 等领域（${category === 'regional' ? '一.4' : '一.5'}），其他领域须说明`] : '技术领域，如 新材料、新能源、装备制造',
      '""',
    ),
  ];
  if (category === 'aid') {
    entries.push(e('aidRegion', [`援助地区（一.5）：${Object.keys(p.aidRegions).join(' | ')}（新疆生产建设兵团填 新疆）`, '主要合作单位应位于该地区']));
  }
  entries.push(
    e('summary', '研究内容摘要：几句话说明合作研究的内容；批量检查时用来识别同一单位相同或相近的项目（二.6）', '""'),
    map('period', `项目执行期（二.7）：${p.periodYears.min}—${p.periodYears.max}年；合作协议有效期须覆盖执行期（二.3）`, [
      e('start', '执行期开始日期，如 2025-01-01'),
      e('end', `执行期结束日期，与开始日期相距${p.periodYears.min}—${p.periodYears.max}年，如 2027-12-31`),
    ]),
    map('funding', '资金，单位：万元', [
      e('requested', `申请省引导资金（万元，一）：本类项目单项支持额度${p.typicalFunding[category]}万元左右`),
      e(
        'matching',
        `配套资金（万元，二.4）：与申请引导资金之比不低于${p.matchingRatio.default}:1，申报单位为企业的不低于${p.matchingRatio.enterprise}:1；立项额度不足时差额自筹（二.5）`,
      ),
    ]),
    {
      key: 'targets',
      comment: [
        needsTargets ? `任务目标（一）：项目完成后至少实现${p.minTargets}项，写成列表，如 [key-technology, transfer, talent, ip-output]` : '任务目标（一）：科技援助项目不作数量要求，写出计划实现的目标，如 [transfer, talent]',
        ...TARGETS.map((t) => `  ${t}：${TARGET_NAMES[t]}`),
      ],
      value: '[]',
    },
    map('declarations', '声明事项：如实填写 true（是）或 false（否）', [
      e('stateSecret', '项目是否涉及国家秘密（二.6：涉密项目不予受理）'),
      e('otherFiscalFunding', '项目是否已获得其他财政资金支持（二.6：不得重复、多头申报）'),
      e('ethics', '项目是否涉及伦理问题（二.9：是则须提供伦理委员会审查意见）'),
      e('humanGeneticResources', '项目是否涉及人类遗传资源（二.9：是则须提供伦理委员会审查意见）'),
      map('integrityPledge', '科研诚信承诺书（二.8）：项目负责人和申报单位均须在申报时签署', [
        e('lead', '项目负责人已签署：true 或 false'),
        e('applicant', '申报单位已签署：true 或 false'),
      ]),
    ]),
  );
  return entries;
}

function applicantEntries(category: Category, p: Policy): Entry[] {
  const entries: Entry[] = [
    e('name', '申报单位全称，与营业执照或法人证书一致', '""'),
    e('creditCode', '统一社会信用代码（18位，GB 32100-2015，校验码将被核验）；写在引号内', '""'),
    e('kind', '单位性质：enterprise 企业 | institution 事业单位/科研院所 | university 高校 | other 其他'),
    e('legalPerson', '是否具有独立法人资格（二.1：须为独立法人）：true 或 false'),
    e('registeredIn', `注册地（二.1：须在山西省行政区域内注册，含中央驻晋单位），如 山西省太原市`, '""'),
    e('registeredOn', `注册时间（二.1）：须为${chineseDate(p.registeredOnOrBefore)}（含）前，如 2015-03-02`),
    e('recommender', '组织推荐部门，如 太原市科学技术局（二.6：同一单位只能通过一个组织推荐部门申报）', '""'),
  ];
  if (category === 'base-platform') {
    entries.push(
      map('internationalBase', ['已认定的国际科技合作基地（一.3）：没有时删除这一段，并与国外知名机构合作（partners 中 renowned: true）'], [
        e('level', '基地级别：national 国家级 | provincial 省级'),
        e('name', '基地名称，与认定文件一致', '""'),
      ]),
    );
  }
  entries.push(
    map('credit', '信用情况（二.8）：如实填写 true（有）或 false（无）', [
      e('misconduct', '是否有在惩戒执行期内的科研严重失信行为记录'),
      e('blacklisted', '是否有相关社会领域信用“黑名单”记录'),
      e('environmentalIncident', '近3年是否发生重大环保污染等恶劣影响事件'),
    ]),
  );
  return entries;
}

function leadEntries(p: Policy): Entry[] {
  return [
    e('name', '项目负责人姓名；受理后原则上不能更改（二.7）', '""'),
    opt('idNumber', '居民身份证号（可选，写在引号内）：核验校验位与出生日期；所有报告中均脱敏显示', '""'),
    e('birthDate', `出生日期（二.2）：须为${chineseDate(p.leadBornOnOrAfter)}（含）以后出生，如 1980-03-15`),
    e('title', '职称，照职称证书原文填写，如 正高级工程师、副研究员', '""'),
    e('titleRank', '职称级别（二.2：副高以上或博士学位）：senior 正高 | associate-senior 副高 | intermediate 中级 | junior 初级 | none 无'),
    e('degree', '学位：doctorate 博士 | master 硕士 | bachelor 学士 | other 其他'),
    e('employment', '与申报单位的关系（二.2）：employed 在职 | on-post 在岗 | contracted 在聘 | none 无'),
    opt('contractEnd', '在聘人员必填：受聘期限截止日期，须覆盖项目执行期（三.2(2)），如 2028-06-30', '""'),
    e('applicationsThisYear', `本年度申报省科技计划项目数，含本项目（二.2：同一年度限申报${p.applicationsPerYear}项）`),
    {
      key: 'ongoingProjects',
      comment: [
        `主持的在研项目（二.2：在研项目和本项目合计不超过${p.maxProjectsWithThis}项）；没有则保留 []，有则逐项列出：`,
        '  - { title: 项目名称, program: 计划类别, end: 2025-12-31 }',
      ],
      value: '[]',
    },
    {
      key: 'cooperationProjects',
      comment: [
        `主持过的省科技合作交流专项（含原省重点研发计划（国际科技合作））（二.2：不得有在研，近${p.recentCooperationYears}年内承担过的不得申报）`,
        '没有则保留 []，有则逐项列出：  - { title: 项目名称, year: 2017, status: completed }（status：ongoing 在研 | completed 已结题）',
      ],
      value: '[]',
    },
  ];
}

function partnerItem(category: Category, p: Policy): Entry[] {
  const international = INTERNATIONAL.includes(category);
  const keyCountries = p.keyCountries.map((c) => `${c} ${p.countryNames[c]?.zh ?? c}`).join('、');
  const country =
    category === 'key-country'
      ? `国别（一.2）：ISO 两位字母代码，通知列举 ${keyCountries} 等`
      : category === 'belt-and-road'
        ? '国别（一.1）：共建“一带一路”国家的 ISO 两位字母代码，如 KZ 哈萨克斯坦、RU 俄罗斯'
        : category === 'base-platform'
          ? '国别：ISO 两位字母代码，如 DE 德国、JP 日本'
          : '国别：国内单位填 CN';
  const item: Entry[] = [
    e('name', '合作单位全称，与合作协议一致；第一个为主要合作单位', '""'),
    e('kind', '合作单位类型：university 高校 | institute 科研院所 | enterprise 企业'),
    e('country', country, international ? '' : 'CN'),
    e(
      'location',
      category === 'regional'
        ? `所在地（二.1：区域合作项目的主要合作单位注册地须在山西省外；一.4：${p.regionalAreas.join('、')}），如 北京市海淀区`
        : category === 'aid'
          ? '所在地，如 新疆维吾尔自治区乌鲁木齐市（应在援助地区）'
          : '所在地，如 德国开姆尼茨',
      '""',
    ),
  ];
  if (!international) item.push(opt('creditCode', '合作单位的统一社会信用代码（可选，用于核验注册地）', '""'));
  if (category === 'regional') {
    item.push(
      e('doubleFirstClass', '是否“双一流”建设高校（一.4）：true 或 false', 'false'),
      e('cas', '是否中国科学院等国家级院所（一.4）：true 或 false', 'false'),
      opt('nationalPlatform', '合作单位拥有的国家级科技创新平台（一.4，须提供证明材料 三.2(6)），如 { type: 国家重点实验室, name: …… }', '{ type: "", name: "" }'),
    );
  }
  if (category === 'base-platform') item.push(e('renowned', '是否国外知名院校、科研机构、世界500强或行业领军企业（一.3）：true 或 false'));
  item.push(
    map(
      'signatory',
      international ? '外方签字人（二.3：高校院所须副教授或相当以上，企业须高级职务）' : '合作方签字人（二.3：国内合作文件须由双方项目负责人签字）',
      [
        e('name', '签字人姓名', '""'),
        e('rank', '职务级别：professor 教授 | associate-professor 副教授 | researcher 研究员 | associate-researcher 副研究员 | senior-manager 高级管理/技术人员 | lecturer 讲师 | other 其他'),
      ],
    ),
  );
  return item;
}

function agreementItem(category: Category): Entry[] {
  const international = INTERNATIONAL.includes(category);
  return [
    e('file', '合作文件 PDF 的文件名（三.2(3)），放在本文件夹内', '合作协议.pdf'),
    e('partner', '对应的合作单位名称，须与 partners 中的 name 完全一致', '""'),
    e('type', '文件类型（二.3）：agreement 合作协议书 | intent 意向书；电子邮件、书信、聘任合同、贸易投资合同、合作建厂合同不能作为有效协议'),
    e(
      'languages',
      international ? '文本语言（二.3）：国际合作须提供中英文对照协议，写 [zh, en]' : '文本语言，国内合作写 [zh]',
      international ? '[zh, en]' : '[zh]',
    ),
    map('signed', international ? '签字（二.3）：外方由合作人签字，中方由项目负责人签字' : '签字（二.3）：国内合作文件须由双方项目负责人签字', [
      e('lead', '中方项目负责人已签字：true 或 false'),
      e('partner', '合作方已签字：true 或 false'),
    ]),
    map('sealed', international ? '盖章（二.3）：国际合作文件须加盖申报单位公章' : '盖章（二.3）：国内合作文件须加盖双方单位公章', [
      e('applicant', '已加盖申报单位公章：true 或 false'),
      e('partner', international ? '已加盖合作单位公章（国际合作不要求）：true 或 false' : '已加盖合作单位公章：true 或 false'),
    ]),
    e('validFrom', '协议生效日期，如 2024-10-20'),
    e('validUntil', '协议有效期至（二.3）：须覆盖项目执行期，不早于 project.period.end'),
    {
      key: 'covers',
      comment: [
        `协议明确的内容（二.3）：以下${AGREEMENT_CONTENTS.length}项缺一不可，写 [${AGREEMENT_CONTENTS.join(', ')}]`,
        `  ${AGREEMENT_CONTENTS.map((c) => `${c} ${CONTENT_NAMES[c]}`).join(' · ')}`,
      ],
      value: '[]',
    },
  ];
}

function attachmentEntries(category: Category, p: Policy): Entry[] {
  const entries: Entry[] = [
    e('applicationForm', '《山西省科技合作交流专项项目申报书》PDF（三.1），网上申报系统生成', FILE_NAMES.applicationForm),
    e('businessLicense', '营业执照或组织机构代码证（三.2(1)）；事业单位可用事业单位法人证书', FILE_NAMES.businessLicense),
    e('leadQualification', '项目负责人职称或学位证明（三.2(2)）', FILE_NAMES.leadQualification),
    e('employmentProof', '在职、在岗或在聘证明（三.2(2)）：在聘证明须写明受聘期限并覆盖执行期', FILE_NAMES.employmentProof),
    e('fundingCommitment', '项目资金配套承诺书（三.2(4)）：写明的配套金额与 project.funding.matching 一致', FILE_NAMES.fundingCommitment),
    e('auditReport', `上年度（${p.auditYear}年度）审计报告（三.2(5)）：申报单位为企业时必须提供，由会计师事务所出具；非企业删除此行`, `${p.auditYear}年度审计报告.pdf`),
  ];
  if (category === 'regional') {
    entries.push(opt('platformProof', '国家级科技创新平台证明材料（三.2(6)）：合作单位以国家级平台为依据时必须提供', FILE_NAMES.platformProof!));
  }
  entries.push(
    map('noveltySearch', `针对本项目的科技查新报告（三.2(7)）：须为${chineseDate(p.noveltySearchAfter)}之后完成`, [
      e('file', '查新报告 PDF 的文件名', '科技查新报告.pdf'),
      e('date', `查新完成日期，须晚于 ${p.noveltySearchAfter}，与报告上的日期一致，如 2024-06-18`),
      e('agency', '查新机构名称，如 教育部科技查新工作站（L12）', '""'),
    ]),
    e('integrityPledge', '科研诚信承诺书（二.8）：项目负责人和申报单位签署', FILE_NAMES.integrityPledge),
    opt('ethicsReview', '伦理委员会审查意见（二.9）：涉及伦理或人类遗传资源时提供', FILE_NAMES.ethicsReview!),
    opt('other', '其它相关证明材料（三.2(8)），可列多个', '[其他证明材料.pdf]'),
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
}

export function dossierTemplate(category: Category, policy: Policy, o: TemplateOptions): string {
  const needed = attachmentsFor(category);
  const out: string[] = [
    `# yaml-language-server: $schema=${o.schema}`,
    `# ${policy.name.zh} 申报材料描述文件（dossier.yaml）`,
    `# 支持方向：${CATEGORY_NAMES[category]}`,
    '#',
    '# 填写说明：按每个字段上方的注释填写。日期写作 2025-01-01，金额单位为万元，是/否写 true/false。',
    '# 空着的字段都必须填写；以“# 字段名:”开头的可选字段，需要时去掉行首的“# ”再填写。',
    '# 附件 PDF 放在本文件所在的文件夹（或其子文件夹）内，文件名填在 agreements 和 attachments 中。',
    `# 网络申报截止：${policy.deadlines.online.at.replace('T', ' ').slice(0, 16)}；纸质材料截止：${policy.deadlines.paper.at.replace('T', ' ').slice(0, 16)}（四.2）`,
    '# 填写完成后运行：kjhz check <本文件夹>',
    '#',
    '# 本类项目需要的附件（三）：',
    ...needed.map((m) => `#   - ${attachmentLine(m, 'zh')}`),
    '',
  ];
  const top: Entry[] = [
    e('version', '格式版本，固定为 1', '1'),
    e('call', '适用的申报通知，保持不变', policy.id),
  ];
  render(top, 0, out);
  const sections: [string, Entry[], string][] = [
    ['project', projectEntries(category, policy), '项目信息（一、二.4、二.6、二.7）'],
    ['applicant', applicantEntries(category, policy), '项目申报单位（二.1）'],
    ['lead', leadEntries(policy), '项目负责人（二.2）'],
  ];
  for (const [key, children, comment] of sections) {
    out.push('');
    render([map(key, comment, children)], 0, out);
  }
  out.push('');
  render([list('partners', ['合作单位（二.3）：第一个为主要合作单位；多个合作单位时复制整段（从“- name:”起）', '每个合作单位都须有一份合作文件（agreements）'], [partnerItem(category, policy)])], 0, out);
  out.push('');
  render([list('agreements', '合作文件（二.3、三.2(3)）：每个合作单位一份，多个时复制整段（从“- file:”起）', [agreementItem(category)])], 0, out);
  out.push('');
  render([map('attachments', '申报材料附件（三）：填写 PDF 文件名（相对于本文件所在文件夹）', attachmentEntries(category, policy))], 0, out);
  return `${out.join('\n')}\n`;
}
