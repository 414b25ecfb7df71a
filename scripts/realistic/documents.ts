// The attachments of one application, written as the offices that issue them write them: the portal's
// 申报书, a licence or 事业单位法人证书 (or the 国家企业信用信息公示系统 print), the lead's certificate, the HR
// office's 在职/在岗/在聘证明, the bilingual agreement (two columns, or paragraph by paragraph), the
// commitment letter with its 大写 amount, the accounting firm's audit report, the platform's approval
// notice, the 查新 station's report with its cover table, the integrity pledge, the ethics approval.
import type { App, Agreement, Covers, Partner, Unit } from './model.js';
import { type Block, blank, body, columns, eseal, p, pageBreak, right, table, title } from './fodt.js';
import { cn, cnMonth, cnNumerals, cnPadded, daxie, dots, idNumber, yuanFigures } from './ids.js';
import type { Furniture } from './fodt.js';

export interface DocPlan {
  key: string;
  file: string;
  title: string;
  blocks: Block[];
  furniture?: Furniture;
}

/** How the office prints a date in the letters it writes itself (Wording.dates). */
const own = (app: App) => (iso: string): string => {
  const w = app.wording?.dates;
  return w === 'dots' ? dots(iso) : w === 'iso' ? iso : w === 'numerals' ? cnNumerals(iso) : cn(iso);
};

const CATEGORY_LABEL: Record<App['category'], string> = {
  'belt-and-road': '“一带一路”科技合作项目',
  'key-country': '重点国别科技合作项目',
  'base-platform': '国际合作基地与平台项目',
  regional: '区域合作项目',
  aid: '科技援助合作项目',
};
const TARGET_TEXT: Record<string, string> = {
  关键技术突破或技术引进: '实现相关领域关键技术的研究突破或技术引进',
  'key-technology': '实现相关领域关键技术的研究突破或技术引进',
  重大成果转化: '实现重大成果转化，项目实施后经济和社会效益显著',
  transfer: '实现重大成果转化，项目实施后经济和社会效益显著',
  人才交流与国际化培养: '人才交流和人才国际化培养成效显著',
  talent: '人才交流和人才国际化培养成效显著',
  国际性学术或行业会议: '召开或承办有较大影响力的国际性学术会议或行业会议',
  conference: '召开或承办有较大影响力的国际性学术会议或行业会议',
  '专利、新产品、标准、论文等成果': '合作申请发明专利，取得新产品、新工艺、论文论著、标准等科技成果',
  'ip-output': '合作申请发明专利，取得新产品、新工艺、论文论著、标准等科技成果',
  国际科技合作创新平台: '建设国际科技合作创新平台',
  platform: '建设国际科技合作创新平台',
};

const periodText = (app: App) => `${cnMonth(app.period.start)}至${cnMonth(app.period.end)}`;
const partnerName = (p: Partner) => (p.nameZh ? `${p.nameZh}（${p.name}）` : p.name);

// ── 三.1 申报书 (what the portal prints) ─────────────────────────────────────────────────────────

function applicationForm(app: App): Block[] {
  const L = app.lead;
  const main = app.partners[0]!;
  return [
    p('编号：SXKJHZ2024' + app.applicant.code.slice(-6), { align: 'right', size: 10.5 }),
    blank(),
    title('山西省科技合作交流专项', 22),
    title('项目申报书', 26),
    blank(),
    blank(),
    table(
      [
        ['项目名称', app.title],
        ['支持方向', CATEGORY_LABEL[app.category]],
        ['申报单位（盖章）', app.applicant.name],
        ['项目负责人', L.name],
        ['联系电话', L.phone],
        ['组织推荐部门', app.applicant.recommender],
        ['起止年限', periodText(app)],
        ['填报日期', cn(app.submittedOn)],
      ],
      [4.2, 11],
      { size: 14, font: '仿宋' },
    ),
    blank(),
    blank(),
    p('山西省科学技术厅制', { align: 'center', size: 16, font: '楷体' }),
    p('二〇二四年十一月', { align: 'center', size: 16, font: '楷体' }),
    pageBreak(),
    p('一、项目基本信息', { bold: true, font: '黑体', size: 14 }),
    table(
      [
        ['项目名称', { text: app.title, span: 3 }],
        ['英文名称', { text: app.titleEn, span: 3 }],
        ['支持方向', CATEGORY_LABEL[app.category], '技术领域', app.field],
        ['申报单位', { text: app.applicant.name, span: 3 }],
        ['统一社会信用代码', app.applicant.code, '单位性质', { enterprise: '企业', institution: '事业单位', university: '高等院校' }[app.applicant.kindCode]],
        ['注册时间', cn(app.applicant.registeredOn), '注册地', app.applicant.registeredIn],
        ['项目负责人', L.name, '性别', L.sex],
        ['出生日期', cn(L.birth), '职称', L.title],
        ['学位', { doctorate: '博士', master: '硕士', bachelor: '学士' }[L.proof === 'degree-certificate' || /博士|doctorate/.test(L.degree) ? 'doctorate' : /硕士|master/.test(L.degree) ? 'master' : 'bachelor'], '职务', L.position],
        ['主要合作单位', { text: partnerName(main), span: 3 }],
        ['合作单位所在国别（地区）', main.domestic ? main.location : main.country, '合作方负责人', main.signatory.name],
        ['申请省引导资金（万元）', String(app.requested), '单位自筹配套资金（万元）', String(app.matching)],
        ['项目执行期', { text: `${cn(app.period.start)}至${cn(app.period.end)}`, span: 3 }],
      ],
      [3.6, 4.6, 3.2, 4.2],
      { size: 10.5 },
    ),
    blank(),
    p('二、项目摘要', { bold: true, font: '黑体', size: 14 }),
    body(app.summary),
    p('三、项目完成时的考核指标', { bold: true, font: '黑体', size: 14 }),
    ...app.targets.map((t, i) => body(`${i + 1}. ${TARGET_TEXT[t] ?? t}。`)),
    p('四、申报单位意见', { bold: true, font: '黑体', size: 14 }),
    body('本单位承诺申报材料真实、合法、有效，同意申报，并保证项目实施所需的配套资金和条件。'),
    right('申报单位（盖章）：' + app.applicant.name),
    right(cn(app.submittedOn)),
  ];
}

// ── 三.2(1) 营业执照 / 事业单位法人证书 / 公示系统打印件 ─────────────────────────────────────────────

function licence(u: Unit): Block[] {
  if (u.licence === 'institution-certificate') {
    return [
      title('事业单位法人证书', 26),
      p('（副本）', { align: 'center', size: 14 }),
      blank(),
      p(`统一社会信用代码　${u.code}`, { size: 12 }),
      blank(),
      table(
        [
          ['名　　称', u.name],
          ['宗旨和业务范围', u.scope],
          ['住　　所', u.address],
          ['法定代表人', u.legalRep],
          ['经费来源', '财政补助'],
          ['开办资金', u.capital],
          ['举办单位', u.sponsor ?? '山西省人民政府'],
        ],
        [3.6, 11.6],
        { size: 12 },
      ),
      blank(),
      p(`有效期　自${cnPadded(u.certificateValid!.from)}至${cnPadded(u.certificateValid!.to)}`, { size: 12 }),
      blank(),
      p('登记管理机关　山西省事业单位登记管理局', { align: 'right', size: 12 }),
      p(`${cnPadded(u.certificateValid!.from)}`, { align: 'right', size: 12 }),
      p('国家事业单位登记管理局监制', { align: 'center', size: 9 }),
    ];
  }
  if (u.licence === 'credit-report') {
    return [
      p('国家企业信用信息公示系统', { align: 'center', size: 12, font: '黑体' }),
      title('企业信用信息公示报告', 20),
      p(`报告生成时间：${cn('2024-10-28')}`, { align: 'center', size: 10.5 }),
      blank(),
      p('营业执照信息', { bold: true, font: '黑体', size: 12 }),
      table(
        [
          ['统一社会信用代码', u.code, '企业名称', u.name],
          ['类型', '有限责任公司（自然人投资或控股）', '法定代表人', u.legalRep],
          ['注册资本', u.capital, '成立日期', cnPadded(u.registeredOn)],
          ['营业期限自', cnPadded(u.registeredOn), '营业期限至', '长期'],
          ['登记机关', `${u.registeredIn.replace(/^山西省/, '')}市场监督管理局`, '核准日期', cnPadded('2024-03-12')],
          ['登记状态', '存续（在营、开业、在册）', '住所', u.address],
          ['经营范围', { text: u.scope, span: 3 }],
        ],
        [3.2, 4.6, 2.8, 4.6],
        { size: 10 },
      ),
      blank(),
      p('股东及出资信息', { bold: true, font: '黑体', size: 12 }),
      table([['序号', '股东名称', '股东类型', '认缴出资额（万元）'], ['1', u.legalRep, '自然人股东', '3000'], ['2', '山西省科技创新投资有限公司', '企业法人', '2000']], [1.4, 6.4, 3.6, 3.8], { size: 10 }),
      blank(),
      p('提示：本报告依据企业自主公示及政府部门公示的信息生成。', { size: 9 }),
    ];
  }
  return [
    title('营 业 执 照', 28),
    p('（副　本）', { align: 'center', size: 14 }),
    p('副本编号：1-1', { align: 'right', size: 10 }),
    p(`统一社会信用代码　${u.code}`, { size: 12 }),
    blank(),
    table(
      [
        ['名　　称', u.name],
        ['类　　型', '有限责任公司（自然人投资或控股）'],
        ['法定代表人', u.legalRep],
        ['经营范围', u.scope],
        ['注册资本', u.capital],
        ['成立日期', cnPadded(u.registeredOn)],
        ['营业期限', `${cnPadded(u.registeredOn)}至长期`],
        ['住　　所', u.address],
      ],
      [3.2, 12],
      { size: 12 },
    ),
    blank(),
    p(`登记机关　${u.registeredIn.replace(/^山西省/, '')}行政审批服务管理局`, { align: 'right', size: 12 }),
    p(cnPadded('2023-05-12'), { align: 'right', size: 12 }),
    p('国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　国家市场监督管理总局监制', { align: 'center', size: 8 }),
  ];
}

// ── 三.2(2) 职称或学位证明 ────────────────────────────────────────────────────────────────────────

function qualification(app: App): Block[] {
  const L = app.lead;
  if (L.proof === 'degree-certificate') {
    const dg = L.degreeFrom!;
    return [
      title('博士学位证书', 26),
      blank(),
      body(`${L.name}，${L.sex}，${cnMonth(L.birth)}生。在${dg.university}${dg.discipline}学科专业已通过博士学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予工学博士学位。`),
      blank(),
      right(`${dg.university}`),
      right('学位评定委员会主席'),
      right(cn(dg.on)),
      blank(),
      p(`证书编号：${dg.number}`, { size: 12 }),
      blank(),
      p('（本证书可在中国学位与研究生教育信息网 www.chinadegrees.cn 查询）', { align: 'center', size: 9 }),
      ...(L.title && !/无/.test(L.title) ? [blank(), p(`附：现任专业技术职务　${L.title}（${cn(L.titleOn)}聘任）`, { size: 12 })] : []),
    ];
  }
  if (L.proof === 'appointment-file') {
    return [
      p(`晋职称字〔${L.titleOn.slice(0, 4)}〕${Number(L.phone.slice(-2)) + 11}号`, { align: 'center', size: 14, font: '仿宋' }),
      title(`关于${L.name}等同志取得${L.title}任职资格的通知`, 18),
      blank(),
      p('各有关单位：', { font: '仿宋', size: 14 }),
      body(`经山西省高级专业技术职务评审委员会评审，省职称改革工作领导组办公室审核，下列同志取得${L.title}任职资格，资格取得时间为${cn(L.titleOn)}。`),
      table(
        [
          ['序号', '姓名', '性别', '工作单位', '资格名称'],
          ['1', '刘志强', '男', '山西焦煤集团有限责任公司', L.title],
          ['2', L.name, L.sex, app.applicant.name, L.title],
          ['3', '张丽华', '女', '太原重工股份有限公司', L.title],
        ],
        [1.4, 2.2, 1.4, 7, 3.4],
        { size: 11 },
      ),
      blank(),
      right('山西省人力资源和社会保障厅'),
      right(cn(L.titleOn)),
    ];
  }
  return [
    title('专业技术职务任职资格证书', 20),
    blank(),
    table(
      [
        ['姓　　名', L.name, '性　　别', L.sex],
        ['出生年月', cnMonth(L.birth), '工作单位', app.applicant.name],
        ['专业技术职务任职资格', { text: L.title, span: 3 }],
        ['评审组织', { text: '山西省高级专业技术职务评审委员会', span: 3 }],
        ['资格取得时间', { text: cn(L.titleOn), span: 3 }],
        ['证书编号', { text: `晋${L.titleOn.slice(0, 4)}G${L.phone.slice(-6)}`, span: 3 }],
      ],
      [3.6, 4, 3, 4.6],
      { size: 12 },
    ),
    blank(),
    right('山西省人力资源和社会保障厅（印）'),
    right(cn(L.titleOn)),
  ];
}

// ── 三.2(2) 在职、在岗或在聘证明 ───────────────────────────────────────────────────────────────────

function employment(app: App): Block[] {
  const L = app.lead;
  const A = app.applicant;
  const id = idNumber(L.idArea, L.birth, L.idSeq);
  const heading = { employed: '在职证明', 'on-post': '在岗证明', contracted: '在聘证明' }[L.employmentKind];
  const status =
    L.employmentKind === 'contracted'
      ? `${L.name}同志（身份证号：${id}）受聘于我单位，任${L.position}，聘期自${cn(L.contract!.from)}至${cn(L.contract!.to)}。聘期内其人事关系由我单位管理，能够保证项目执行期内的研究工作时间。`
      : `${L.name}同志（身份证号：${id}），${L.sex}，${cnMonth(L.birth)}出生，自${cnMonth(L.since)}起在我单位工作，现任${L.position}，专业技术职务为${L.title}，系我单位${L.employmentKind === 'on-post' ? '在岗' : '在职'}职工。`;
  const on = own(app);
  if (app.wording?.employment === 'zhengming') return employmentZhengming(app, on);
  return [
    title(heading, 22),
    blank(),
    p('山西省科学技术厅：', { font: '仿宋', size: 16 }),
    body(status),
    body(`该同志作为项目负责人申报2024年度山西省科技合作交流专项项目“${app.title}”，我单位同意其申报。`),
    body('特此证明。'),
    blank(),
    blank(),
    right(`单位名称（盖章）：${A.name}`),
    ...(app.eseals ? [eseal(A.name, 9.2, -1.9)] : []),
    right(`人事部门负责人：${A.legalRep.slice(0, 1)}晓东　联系电话：0351-${L.phone.slice(-7)}`),
    right(on(app.submittedOn)),
  ];
}

/** Another HR office's template: 证明 / 兹证明……系我单位在职职工; a contracted lead's term stands in the table
 * of the contract's terms on page 2, as 2023.1.1-2027.12.31. */
function employmentZhengming(app: App, on: (iso: string) => string): Block[] {
  const L = app.lead;
  const A = app.applicant;
  const id = idNumber(L.idArea, L.birth, L.idSeq);
  const who = `${L.name}（身份证号：${id}）`;
  const out: Block[] = [title('证　　明', 22), blank()];
  if (L.employmentKind === 'contracted') {
    out.push(
      body(`兹证明${who}自${on(L.contract!.from)}起受聘于我单位，任${L.position}，系我单位在聘人员，聘用合同主要条款见第2页。`),
      body(`该同志作为项目负责人申报2024年度山西省科技合作交流专项项目“${app.title}”，情况属实。`),
      body('特此证明。'),
      blank(),
      right(`${A.name}（盖章）`),
      ...(app.eseals ? [eseal(A.name, 9.2, -1.9)] : []),
      right(on(app.submittedOn)),
      pageBreak(),
      p('聘用合同主要条款', { align: 'center', size: 16, bold: true, font: '黑体' }),
      table(
        [
          ['受聘人', L.name, '性别', L.sex],
          ['聘用单位', { text: A.name, span: 3 }],
          ['聘用岗位', { text: L.position, span: 3 }],
          ['受聘期限', { text: `${dots(L.contract!.from)}-${dots(L.contract!.to)}`, span: 3 }],
          ['岗位职责', { text: '主持本单位科研项目的组织实施，开展合作研究与人才培养。', span: 3 }],
        ],
        [3, 5, 2.4, 5],
        { size: 12 },
      ),
      blank(),
      right(`${A.department.replace('科技处', '人事处')}（盖章）`),
    );
    return out;
  }
  out.push(
    body(`兹证明${who}，${L.sex}，${L.birth.slice(0, 4)}年${Number(L.birth.slice(5, 7))}月生，${L.since.slice(0, 4)}年起在我单位工作，现任${L.position}，系我单位${L.employmentKind === 'on-post' ? '在岗' : '在职'}职工。`),
    body('特此证明。'),
    blank(),
    right(`证明单位（盖章）：${A.name}`),
    ...(app.eseals ? [eseal(A.name, 9.2, -1.9)] : []),
    right(on(app.submittedOn)),
  );
  return out;
}

// ── 三.2(3) 合作文件 ──────────────────────────────────────────────────────────────────────────────

interface Clause {
  key?: Covers;
  zh: string;
  en: string;
}

function clausesOf(app: App, a: Agreement): Clause[] {
  const partner = app.partners[a.partner]!;
  const A = app.applicant;
  const own = app.matching + app.requested - a.partnerShare;
  const isIntent = a.kind === 'intent';
  const list: Clause[] = [
    {
      zh: `甲方：${A.name}（以下简称“甲方”），住所：${A.address}。\n乙方：${partnerName(partner)}（以下简称“乙方”），住所：${partner.address}。`,
      en: `Party A: ${A.name} ("Party A"), ${A.address}, Shanxi, China.\nParty B: ${partner.name} ("Party B"), ${partner.address}.`,
    },
    {
      zh: `为共同开展“${app.title}”项目的研究，双方本着平等互利、优势互补的原则，经友好协商，${isIntent ? '达成如下合作意向' : '签订本协议'}。`,
      en: `In order to carry out jointly the project "${app.titleEn}", the Parties, on the basis of equality and mutual benefit, have agreed as follows.`,
    },
    {
      key: 'content',
      zh: `第一条　研究内容\n双方围绕${app.field}领域开展联合研究，主要研究内容包括：${app.summary}`,
      en: `Article 1 Research Content\nThe Parties will conduct joint research on the subject of the project, including the design of experiments, the development and validation of the key technologies, and the demonstration of the results in Shanxi Province.`,
    },
    {
      key: 'tasks',
      zh: `第二条　任务分工\n甲方负责项目的总体方案设计、中试验证和在山西的示范应用，项目负责人为${app.lead.name}；乙方负责关键技术的联合研发、理论分析与测试表征${partner.lead ? `，乙方负责人为${partner.lead}` : ''}，并接收甲方科研人员开展合作研究。`,
      en: `Article 2 Division of Tasks\nParty A is responsible for the overall design, pilot testing and demonstration in Shanxi; its project leader is ${app.lead.name}. Party B is responsible for the joint development of the key technologies, theoretical analysis and characterisation, and hosts visiting researchers of Party A.`,
    },
    termClause(app, a, isIntent ? '意向书' : '协议', isIntent ? 'Letter of Intent' : 'Agreement'),
    {
      key: 'funding',
      zh: `第四条　经费分配\n项目总经费${app.requested + app.matching}万元，其中申请山西省科技合作交流专项引导资金${app.requested}万元。甲方使用经费${own}万元，用于材料、测试、差旅及国际交流；拨付乙方合作经费${a.partnerShare}万元，用于乙方承担的研究任务。`,
      en: `Article 4 Allocation of Funds\nThe total budget is CNY ${cny(app.requested + app.matching)}. Party A uses CNY ${cny(own)} for materials, testing, travel and exchanges; CNY ${cny(a.partnerShare)} is allocated to Party B for its tasks.`,
    },
    {
      key: 'ip',
      zh: '第五条　成果及知识产权归属和利益分配\n合作中双方共同完成的科技成果及知识产权归双方共有，专利申请由双方协商办理；一方独立完成的成果归该方所有。成果转化收益按双方贡献协商分配。',
      en: 'Article 5 Results, Intellectual Property and Sharing of Benefits\nResults and intellectual property created jointly belong to both Parties; patent applications are filed by agreement. Results created by one Party alone belong to that Party. Income from commercialisation is shared according to the contributions of the Parties.',
    },
    {
      zh: `第六条　其他\n本${isIntent ? '意向书' : '协议'}一式四份，双方各执两份，自双方签字（盖章）之日起生效。未尽事宜由双方友好协商解决。`,
      en: `Article 6 Miscellaneous\nThis ${isIntent ? 'Letter of Intent' : 'Agreement'} is made in four originals in Chinese and English, both texts being equally authentic, and enters into force upon signature by both Parties.`,
    },
  ];
  return list.filter((c) => !c.key || !a.omit?.includes(c.key));
}

/** 第三条 合作期限, as this office words the validity (Wording.validity). */
function termClause(app: App, a: Agreement, zhDoc: string, enDoc: string): Clause {
  const w = app.wording?.validity;
  const on = own(app);
  const period = `覆盖项目执行期（${cn(app.period.start)}至${cn(app.period.end)}）`;
  if (w === 'years') {
    const years = a.printedYears ?? Number(a.validUntil.slice(0, 4)) - Number(a.validFrom.slice(0, 4));
    const n = ['零', '一', '二', '三', '四', '五', '六'][years]!;
    return {
      key: 'term',
      zh: `第三条　合作期限\n本${zhDoc}自双方签字盖章之日起生效，有效期${n}年，${period}。期满经双方协商可以续签。`,
      en: `Article 3 Term\nThis ${enDoc} shall enter into force on the date of signature by both Parties and remain valid for ${['zero', 'one', 'two', 'three', 'four', 'five', 'six'][years]} years, covering the project period.`,
    };
  }
  const range = w === 'dots-dash' ? `为${dots(a.validFrom)}-${dots(a.validUntil)}` : w === 'dash' ? `：${on(a.validFrom)}—${on(a.validUntil)}` : `自${cn(a.validFrom)}至${cn(a.validUntil)}`;
  return {
    key: 'term',
    zh: `第三条　合作期限\n本${zhDoc}有效期${range}${w ? '' : `，${period}`}。期满经双方协商可以续签。`,
    en: `Article 3 Term\nThis ${enDoc} is valid from ${enDate(a.validFrom)} to ${enDate(a.validUntil)}, covering the project period. It may be renewed by mutual consent.`,
  };
}

const cny = (wan: number) => Math.round(wan * 10000).toLocaleString('en-US');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enDate = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

function agreement(app: App, a: Agreement): Block[] {
  const partner = app.partners[a.partner]!;
  const A = app.applicant;
  const zhTitle = a.kind === 'intent' ? '合作意向书' : partner.domestic ? '科技合作协议书' : '国际科技合作协议';
  const enTitle = a.kind === 'intent' ? 'Letter of Intent for Cooperation' : 'Agreement on Scientific and Technological Cooperation';
  const clauses = clausesOf(app, a);
  const out: Block[] = [];
  const seal = (unit: string): Block[] => (a.eseals ? [eseal(unit, 2.2, -1.7)] : []);
  if (a.layout === 'zh') {
    out.push(title(zhTitle, 22), p(`项目名称：${app.title}`, { align: 'center', size: 12 }), blank());
    for (const c of clauses) for (const [i, line] of c.zh.split('\n').entries()) out.push(i === 0 && c.key ? p(line, { bold: true, font: '黑体', size: 14 }) : body(line));
  } else if (a.layout === 'columns') {
    out.push(title(zhTitle, 20), p(enTitle, { align: 'center', size: 14, bold: true, font: 'Times New Roman' }), blank());
    out.push(columns(clauses.map((c) => [c.zh, c.en]), [7.6, 7.8], { size: 10.5 }));
  } else if (app.wording?.agreement === 'english-first') {
    // the partner's draft: English first, each article followed by its Chinese text
    out.push(p(enTitle, { align: 'center', size: 18, bold: true, font: 'Times New Roman' }), title(zhTitle, 16), blank());
    for (const c of clauses) {
      for (const [i, line] of c.en.split('\n').entries()) out.push(p(line, { font: 'Times New Roman', size: 11, bold: i === 0 && !!c.key }));
      for (const [i, line] of c.zh.split('\n').entries()) out.push(i === 0 && c.key ? p(line, { bold: true, font: '黑体', size: 12 }) : p(line, { indent: 2, size: 12 }));
    }
  } else {
    out.push(title(zhTitle, 20), p(enTitle, { align: 'center', size: 14, bold: true, font: 'Times New Roman' }), blank());
    for (const c of clauses) {
      for (const [i, line] of c.zh.split('\n').entries()) out.push(i === 0 && c.key ? p(line, { bold: true, font: '黑体', size: 12 }) : p(line, { indent: 2, size: 12 }));
      for (const [i, line] of c.en.split('\n').entries()) out.push(p(line, { font: 'Times New Roman', size: 11, bold: i === 0 && !!c.key }));
    }
  }
  out.push(blank());
  if (partner.domestic) {
    out.push(
      columns(
        [
          [`甲方（盖章）：${A.name}`, `乙方（盖章）：${partner.name}`],
          [`项目负责人（签字）：${app.lead.name}`, `项目负责人（签字）：${partner.lead ?? partner.signatory.name}`],
          [`日期：${cn(a.signedOn)}`, `日期：${cn(a.signedOn)}`],
        ],
        [7.7, 7.7],
        { size: 12 },
      ),
    );
    if (a.eseals) out.push(eseal(A.name, 2.4, -3.2), eseal(partner.name, 10.2, -3.2));
  } else if (a.layout === 'zh') {
    // a Chinese-only text with a foreign partner: the partner's names stay as they are written
    out.push(
      p(`甲方（盖章）：${A.name}`, { size: 12 }),
      ...seal(A.name),
      p(`项目负责人（签字）：${app.lead.name}`, { size: 12 }),
      p(`日期：${cn(a.signedOn)}`, { size: 12 }),
      blank(),
      p(`乙方（签字）：${partnerName(partner)}`, { size: 12 }),
      p(`合作人：${partner.signatory.name}（${partner.signatory.position}）`, { size: 12 }),
      p(`日期：${cn(a.signedOn)}`, { size: 12 }),
    );
  } else {
    out.push(
      p(`甲方（盖章）：${A.name}`, { size: 12 }),
      ...seal(A.name),
      p(`项目负责人（签字）/ Project Leader: ${app.lead.name}`, { size: 12 }),
      p(`日期 / Date: ${cn(a.signedOn)}`, { size: 12 }),
      blank(),
      p(`乙方（签字）/ Party B: ${partner.name}`, { size: 12, font: 'Times New Roman' }),
      p(`合作人 / Signed by: ${partner.signatory.name}, ${partner.signatory.positionEn ?? partner.signatory.position}`, { size: 12, font: 'Times New Roman' }),
      p(`日期 / Date: ${enDate(a.signedOn)}`, { size: 12, font: 'Times New Roman' }),
    );
  }
  if (app.wording?.agreement !== 'zhongfang') return out;
  // this office calls the parties 中方 and 外方 (合作方 for a domestic partner), not 甲方 and 乙方
  const other = partner.domestic ? '合作方' : '外方';
  const rename = (t: string) => t.replace(/甲方/g, '中方').replace(/乙方/g, other);
  return out.map((b) => (b.kind === 'p' ? { ...b, text: rename(b.text) } : b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map((c) => (typeof c === 'string' ? rename(c) : { ...c, text: rename(c.text) }))) } : b));
}

// ── 三.2(4) 项目资金配套承诺书 ──────────────────────────────────────────────────────────────────────

function commitment(app: App): Block[] {
  const amount = app.committed ?? app.matching;
  const on = own(app);
  const times = app.applicant.kindCode === 'enterprise' ? '2' : '1';
  if (app.wording?.commitment) {
    const pledge =
      app.wording.commitment === 'yuan'
        ? `我单位承诺自筹配套资金人民币${daxie(amount)}（￥${yuanFigures(amount)}元），不低于申请引导资金的${times}倍。`
        : `我单位承诺自筹配套资金不低于申请引导资金（${app.requested}万元）的${times}倍，即${amount}万元，资金来源为企业自有资金。`;
    return [
      title('项目资金配套承诺书', 22),
      blank(),
      p('山西省科学技术厅：', { font: '仿宋', size: 16 }),
      body(`我单位申报2024年度山西省科技合作交流专项项目“${app.title}”，项目执行期${on(app.period.start)}至${on(app.period.end)}，申请省引导资金${yuanFigures(app.requested)}元。`),
      body(pledge),
      body('配套资金专款专用，按项目进度及时足额到位；引导资金实际资助额度未达到申请额度的，差额部分由我单位自筹解决。'),
      body('特此承诺。'),
      blank(),
      right(`承诺单位（盖章）：${app.applicant.name}`),
      ...(app.eseals ? [eseal(app.applicant.name, 9.2, -1.9)] : []),
      right(`法定代表人（签字）：${app.applicant.legalRep}`),
      right(on(app.submittedOn)),
    ];
  }
  return [
    title('项目资金配套承诺书', 22),
    blank(),
    p('山西省科学技术厅：', { font: '仿宋', size: 16 }),
    body(`我单位申报的2024年度山西省科技合作交流专项项目“${app.title}”，项目执行期为${cn(app.period.start)}至${cn(app.period.end)}，申请省引导资金${app.requested}万元。`),
    body(`我单位承诺：项目获准立项后，按照不低于申请引导资金${app.applicant.kindCode === 'enterprise' ? '2' : '1'}倍的比例落实配套资金，配套资金人民币${amount}万元（大写：${daxie(amount)}），资金来源为单位自有资金，专款专用，按项目进度及时足额到位。引导资金实际资助额度未达到申请额度的，差额部分由我单位自筹配套解决。`),
    body('如未能履行上述承诺，我单位愿承担相应责任。'),
    blank(),
    right(`申报单位（盖章）：${app.applicant.name}`),
    ...(app.eseals ? [eseal(app.applicant.name, 9.2, -1.9)] : []),
    right(`法定代表人（签字）：${app.applicant.legalRep}`),
    right(cn(app.submittedOn)),
  ];
}

// ── 三.2(5) 审计报告 ──────────────────────────────────────────────────────────────────────────────

function auditReport(app: App): Block[] {
  const au = app.audit!;
  const A = app.applicant;
  const short = A.name.replace(/^山西(省)?/, '').replace(/(股份)?有限(责任)?公司$/, '').slice(0, 6);
  const y = au.year;
  return [
    blank(),
    blank(),
    title(A.name, 20),
    title(`${y}年度财务报表审计报告`, 20),
    blank(),
    p(au.number, { align: 'center', size: 14 }),
    blank(),
    blank(),
    blank(),
    table([['目　　录', '页　码'], ['一、审计报告', '1—3'], ['二、资产负债表', '4'], ['三、利润表', '5'], ['四、现金流量表', '6'], ['五、财务报表附注', '7—25']], [10, 4], { size: 12 }),
    blank(),
    blank(),
    p(au.firm, { align: 'center', size: 16, font: '黑体' }),
    p(cnNumerals(au.signedOn), { align: 'center', size: 14 }),
    pageBreak(),
    title('审 计 报 告', 18),
    p(au.number, { align: 'right', size: 12 }),
    p(`${A.name}全体股东：`, { size: 12 }),
    p('一、审计意见', { bold: true, size: 12 }),
    p(`我们审计了${A.name}（以下简称“${short}公司”）财务报表，包括${y}年12月31日的资产负债表，${y}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。`, { indent: 2, size: 12 }),
    p(`我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了${short}公司${y}年12月31日的财务状况以及${y}年度的经营成果和现金流量。`, { indent: 2, size: 12 }),
    p('二、形成审计意见的基础', { bold: true, size: 12 }),
    p(`我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于${short}公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。`, { indent: 2, size: 12 }),
    blank(),
    columns([[au.firm, '中国注册会计师：王　芳'], ['中国·太原', '中国注册会计师：李建军'], ['', cn(au.signedOn)]], [8, 7], { size: 12 }),
    pageBreak(),
    title('资产负债表', 16),
    p(`编制单位：${A.name}　　　　${y}年12月31日　　　　单位：元`, { size: 10.5 }),
    table(
      [
        ['项　　目', '期末余额', '上年年末余额'],
        ['货币资金', yuanFigures(1860.4), yuanFigures(1432.7)],
        ['应收账款', yuanFigures(2315.2), yuanFigures(2051.9)],
        ['存货', yuanFigures(1288.6), yuanFigures(1190.3)],
        ['固定资产', yuanFigures(5630.8), yuanFigures(5421.5)],
        ['资产总计', yuanFigures(11095), yuanFigures(10096.4)],
      ],
      [6, 4.6, 4.6],
      { size: 10.5 },
    ),
    p(`注：上年年末余额为${y - 1}年12月31日数据。`, { size: 9 }),
  ];
}

// ── 三.2(6) 国家级科技创新平台证明 ─────────────────────────────────────────────────────────────────

function platformProof(app: App): Block[] {
  const holder = app.partners.find((x) => x.platform)!;
  const pf = holder.platform!;
  return [
    p(`${pf.approvedBy}文件`, { align: 'center', size: 22, bold: true, font: '黑体' }),
    blank(),
    title(`关于${pf.batch ?? `认定${pf.year}年度${pf.type}`}的通知`, 16),
    blank(),
    p('各有关单位：', { font: '仿宋', size: 14 }),
    body(`根据${pf.type}管理办法，经单位申报、专家评审和公示，现认定以下单位的${pf.type}。请依托单位加强建设和运行管理。`),
    table(
      [
        ['序号', '平台名称', '依托单位', '所在地'],
        ['1', `${pf.name}`, holder.name, holder.location],
        ['2', '先进储能材料国家工程研究中心', '湖南科力远新能源股份有限公司', '湖南省长沙市'],
        ['3', '高端装备智能制造国家工程研究中心', '沈阳新松机器人自动化股份有限公司', '辽宁省沈阳市'],
      ],
      [1.4, 6, 5, 3],
      { size: 10.5 },
    ),
    blank(),
    right(pf.approvedBy),
    right(`${pf.year}年12月20日`),
  ];
}

// ── 三.2(7) 科技查新报告 ──────────────────────────────────────────────────────────────────────────

function noveltySearch(app: App): Block[] {
  const n = app.novelty;
  const printed = n.printed ?? n.date;
  const date = n.numerals ? cnNumerals : app.wording?.noveltyDots ? dots : cn;
  return [
    p(`报告编号：${n.number}`, { align: 'right', size: 12 }),
    blank(),
    title('科 技 查 新 报 告', 26),
    blank(),
    blank(),
    table(
      [
        ['项目名称', `${n.project ?? app.title}\n${n.project ? 'Research on Another Project' : app.titleEn}`],
        ['委 托 人', app.applicant.name],
        ['委托日期', date(n.entrusted)],
        ['查新机构（盖章）', n.agency],
        ['查新完成日期', date(printed)],
      ],
      [4.2, 11],
      { size: 14, font: '仿宋' },
    ),
    blank(),
    blank(),
    p('中华人民共和国科学技术部', { align: 'center', size: 14 }),
    p('二〇〇〇年制', { align: 'center', size: 14 }),
    pageBreak(),
    table(
      [
        ['查新项目名称', `中文：${n.project ?? app.title}\n英文：${n.project ? 'Research on Another Project' : app.titleEn}`],
        ['查新机构', `名称：${n.agency}\n通信地址：太原市迎泽西大街79号　邮政编码：030024\n负责人：赵国华　联系人：孙莉　电话：0351-6010231`],
        ['一、查新目的', '申报2024年度山西省科技合作交流专项。'],
        ['二、查新项目的科学技术要点', app.summary],
        ['三、查新点与查新要求', `1. ${app.title}的关键技术及其工艺路线；\n2. 与国内外同类研究的对比。\n要求：对查新点进行国内外查新，判断其新颖性。`],
        ['四、文献检索范围及检索策略', '中国知网（CNKI）1985—2024；万方数据知识服务平台 1990—2024；国家知识产权局专利数据库 1985—2024；Web of Science 1990—2024；Derwent Innovations Index 1963—2024。'],
        ['五、查新结论', `经检索并对相关文献分析对比，在所检索范围内，除委托单位已发表的文献外，国内外未见与本项目查新点相同的文献报道。本项目查新点具有新颖性。`],
        ['查新员（签字）：孙莉', `审核员（签字）：赵国华\n${date(printed)}`],
      ],
      [4.2, 11],
      { size: 11 },
    ),
  ];
}

// ── 二.8 科研诚信承诺书, 二.9 伦理审查意见 ─────────────────────────────────────────────────────────

function pledge(app: App): Block[] {
  return [
    title('科研诚信承诺书', 22),
    blank(),
    body(`本人及本单位郑重承诺：在申报2024年度山西省科技合作交流专项项目“${app.title}”过程中，严格遵守科研诚信要求，所提交的申报材料真实、准确、完整，不存在剽窃他人科研成果、侵犯他人知识产权、虚报项目、伪造材料骗取申报资格等科研不端及失信行为；项目负责人和参与人员无在惩戒执行期内的科研严重失信行为记录和相关社会领域信用“黑名单”记录。`),
    body('如违背上述承诺，本人及本单位愿接受项目管理机构和相关部门作出的各项处理决定。'),
    blank(),
    right(`项目负责人（签字）：${app.lead.name}`),
    right(own(app)(app.submittedOn)),
    blank(),
    right(`申报单位（盖章）：${app.applicant.name}`),
    ...(app.eseals ? [eseal(app.applicant.name, 9.2, -1.9)] : []),
    right(`法定代表人（签字）：${app.applicant.legalRep}`),
    right(cn(app.submittedOn)),
  ];
}

function ethics(app: App): Block[] {
  const e = app.ethicsApproval!;
  return [
    title(`${e.committee}`, 18),
    title('伦理审查批件', 22),
    p(`批件号：${e.number}`, { align: 'right', size: 12 }),
    table(
      [
        ['项目名称', app.title],
        ['项目负责人', `${app.lead.name}（${app.applicant.name}）`],
        ['审查类别', '初始审查'],
        ['审查方式', '会议审查'],
        ['审查日期', cn(e.on)],
        ['审查意见', '经本委员会审查，该研究方案符合《涉及人的生命科学和医学研究伦理审查办法》及人类遗传资源管理的有关规定，知情同意书内容完整，同意开展研究。'],
        ['有效期', '自批准之日起三年'],
      ],
      [3.6, 11.6],
      { size: 12 },
    ),
    blank(),
    right(`主任委员（签字）：郭文斌`),
    right(cn(e.on)),
  ];
}

/** Every attachment of the application, in the order of 三. */
export function documentsOf(app: App): DocPlan[] {
  const f = app.files;
  const out: DocPlan[] = [
    { key: 'applicationForm', file: f.applicationForm, title: '山西省科技合作交流专项项目申报书', blocks: applicationForm(app) },
    { key: 'businessLicense', file: f.businessLicense, title: app.applicant.licence === 'institution-certificate' ? '事业单位法人证书' : '营业执照', blocks: licence(app.licenceOf ?? app.applicant) },
    { key: 'leadQualification', file: f.leadQualification, title: '职称证书', blocks: qualification(app) },
    { key: 'employmentProof', file: f.employmentProof, title: '在职证明', blocks: employment(app) },
    ...app.agreements.map((a, i) => ({ key: `agreement${i}`, file: a.file, title: '合作协议', blocks: agreement(app, a) })),
    { key: 'fundingCommitment', file: f.fundingCommitment, title: '项目资金配套承诺书', blocks: commitment(app) },
    ...(app.audit ? [{ key: 'auditReport', file: app.audit.file, title: '审计报告', blocks: auditReport(app) }] : []),
    ...(f.platformProof ? [{ key: 'platformProof', file: f.platformProof, title: '国家级平台证明', blocks: platformProof(app) }] : []),
    { key: 'noveltySearch', file: app.novelty.file, title: '科技查新报告', blocks: noveltySearch(app) },
    { key: 'integrityPledge', file: f.integrityPledge, title: '科研诚信承诺书', blocks: pledge(app) },
    ...(f.ethicsReview ? [{ key: 'ethicsReview', file: f.ethicsReview, title: '伦理审查批件', blocks: ethics(app) }] : []),
  ];
  return out.map((d) => (app.furniture?.[d.key as keyof typeof app.furniture] ? { ...d, furniture: app.furniture[d.key as keyof typeof app.furniture]! } : d));
}
