// The realistic corpus: applications written from the notice alone, as Shanxi research offices write them,
// and the planted-mistake twins. Made into test/fixtures/realistic/ by scripts/make-realistic.ts; judged by
// test/realistic.test.ts (every correct one without error, every twin with exactly its error and clause).
//
// Units, people and projects are invented (credit codes and ID numbers carry valid check characters);
// partners are real universities and institutes where the notice's lists (双一流, 中国科学院, 共建“一带一路”
// 国家) are what is judged.
import type { App, BatchTwin, Case, Partner, Person, Twin, Unit } from './model.js';
import { uscc } from './ids.js';

const SUBMITTED = '2024-11-15';

function person(p: Partial<Person> & Pick<Person, 'name' | 'sex' | 'birth' | 'title' | 'titleRank' | 'degree' | 'position'>): Person {
  return {
    idArea: '140105',
    idSeq: p.sex === '女' ? '024' : '013',
    idInDossier: true,
    proof: 'title-certificate',
    titleOn: '2016-12-28',
    employment: '在职',
    employmentKind: 'employed',
    since: '2008-07-01',
    applicationsThisYear: 1,
    ongoing: [],
    cooperation: [],
    phone: '13903510000',
    ...p,
  };
}

function unit(u: Partial<Unit> & Pick<Unit, 'name' | 'code' | 'kind' | 'kindCode' | 'registeredIn' | 'registeredOn' | 'address' | 'legalRep' | 'recommender'>): Unit {
  return {
    licence: u.kindCode === 'enterprise' ? 'business-licence' : 'institution-certificate',
    capital: u.kindCode === 'enterprise' ? '伍仟万元整' : '￥12000万元',
    scope: u.kindCode === 'enterprise' ? '新材料技术研发；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；金属材料制造；货物进出口。（依法须经批准的项目，经相关部门批准后方可开展经营活动）' : '开展科学研究，促进科技发展。相关学科研究与技术开发、成果转化、人才培养、学术交流。',
    department: '科技处',
    ...u,
  };
}

const base = (app: Omit<App, 'declarations' | 'credit' | 'submittedOn' | 'eseals' | 'scans' | 'typed' | 'commented'> & Partial<App>): App => ({
  typed: 'zh',
  commented: false,
  declarations: { stateSecret: false, otherFiscalFunding: false, ethics: false, humanGeneticResources: false, pledgeLead: true, pledgeApplicant: true },
  credit: { misconduct: false, blacklisted: false, environmentalIncident: false },
  submittedOn: SUBMITTED,
  eseals: false,
  scans: {},
  ...app,
});

const FILES_ENTERPRISE = { applicationForm: '申报书.pdf', businessLicense: '营业执照.pdf', leadQualification: '职称证书.pdf', employmentProof: '在职证明.pdf', fundingCommitment: '配套资金承诺书.pdf', integrityPledge: '科研诚信承诺书.pdf' };
const FILES_INSTITUTION = { ...FILES_ENTERPRISE, businessLicense: '事业单位法人证书.pdf' };
const ALL_FIVE = ['研究内容', '任务分工', '合同期限', '经费分配', '成果及知识产权归属和利益分配机制'];
const FOUR_TARGETS = ['关键技术突破或技术引进', '人才交流与国际化培养', '国际性学术或行业会议', '专利、新产品、标准、论文等成果'];
const SIGNED = { lead: '是', partner: '是' };
const SEAL_INTL = { applicant: '是', partner: '否' };
const SEAL_BOTH = { applicant: '是', partner: '是' };
const AGENCY_TYUT = '教育部科技查新工作站（L12）';
const AGENCY_SXISTI = '山西省科学技术情报研究所科技查新中心';

// ── the applications ─────────────────────────────────────────────────────────────────────────────

const tyut: Case = {
  app: base({
    dir: '太原市/01-太原理工大学-一带一路',
    category: 'belt-and-road',
    categoryTyped: '一带一路',
    title: '中哈煤基固废高值化利用联合研究',
    titleEn: 'China-Kazakhstan Joint Research on High-Value Utilisation of Coal-Based Solid Waste',
    field: '节能环保',
    summary: '与阿里-法拉比哈萨克国立大学合作，研究粉煤灰和煤矸石制备多孔陶瓷与土壤改良材料的关键技术，在山西和哈萨克斯坦各建一条示范线。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 40,
    targets: FOUR_TARGETS,
    applicant: unit({
      name: '太原理工大学',
      code: uscc('12', '140000', '40520033'),
      kind: '高校',
      kindCode: 'university',
      registeredIn: '山西省太原市',
      registeredOn: '2000-03-01',
      address: '太原市万柏林区迎泽西大街79号',
      legalRep: '黄庆学',
      recommender: '山西省教育厅',
      sponsor: '山西省人民政府',
      certificateValid: { from: '2021-07-01', to: '2026-07-01' },
    }),
    lead: person({ name: '王建国', sex: '男', birth: '1967-01-01', title: '教授', titleRank: '正高级', degree: '博士', position: '环境科学与工程学院院长', proof: 'appointment-file', titleOn: '2008-12-30', phone: '13903511201' }),
    partners: [
      {
        name: 'Al-Farabi Kazakh National University',
        nameZh: '阿里-法拉比哈萨克国立大学',
        kind: '高校',
        country: '哈萨克斯坦',
        domestic: false,
        location: '哈萨克斯坦阿拉木图',
        renowned: '是',
        signatory: { name: 'Prof. Yerlan Abdikarimov', rank: '教授', position: 'Professor, Faculty of Chemistry and Chemical Technology' },
        address: '71 al-Farabi Ave., Almaty, Kazakhstan',
      },
    ],
    agreements: [
      { file: '合作协议（中英文）.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'columns', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-10-08', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-08', partnerShare: 10 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-05-01', entrusted: '2024-04-22', agency: AGENCY_TYUT, number: '202414000L120217' },
    files: FILES_INSTITUTION,
    scans: { businessLicense: { seed: 1101 } },
  }),
  warnings: [{ rule: 'novelty-search-date', path: 'attachments.noveltySearch.date', why: '三.2(7)“2024年5月1日之后”：查新报告恰在5月1日完成，“之后”是否含当日通知未写（含），须人工确认' }],
};

const jincai: Case = {
  app: base({
    dir: '太原市/02-山西晋新材料-重点国别',
    commented: true,
    category: 'key-country',
    categoryTyped: '重点国别科技合作项目',
    title: '镁合金构件激光增材制造技术中德联合研发',
    titleEn: 'Sino-German Joint Development of Laser Additive Manufacturing of Magnesium Alloy Components',
    field: '新材料',
    summary: '与德国弗劳恩霍夫激光技术研究所联合研发镁合金粉末激光选区熔化工艺，解决致密度和变形控制问题，形成汽车轻量化构件的小批量制造能力。',
    period: { start: '2025-01-01', end: '2026-12-31' },
    requested: 40,
    matching: 80,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '山西晋新材料科技有限公司',
      code: uscc('91', '140100', 'MACB7K3Y'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省太原市',
      registeredOn: '2023-01-01',
      address: '山西转型综合改革示范区学府产业园长治路345号',
      legalRep: '郝志刚',
      recommender: '太原市科学技术局',
      licence: 'credit-report',
    }),
    lead: person({ name: '郝文杰', sex: '男', birth: '1975-06-12', idArea: '140202', title: '正高级工程师', titleRank: '正高级', degree: '硕士', position: '总工程师', titleOn: '2019-12-20', phone: '13834562290' }),
    partners: [
      {
        name: 'Fraunhofer-Institut für Lasertechnik ILT',
        nameZh: '弗劳恩霍夫激光技术研究所',
        kind: '科研院所',
        country: '德国',
        domestic: false,
        location: '德国亚琛',
        renowned: '是',
        signatory: { name: 'Prof. Dr. Constantin Häfner', rank: '教授', position: 'Institutsleiter / Director' },
        address: 'Steinbachstraße 15, 52074 Aachen, Germany',
      },
    ],
    agreements: [
      { file: '中德合作协议.pdf', partner: 0, type: '合作协议书', kind: 'agreement', layout: 'paragraphs', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-09-15', validUntil: '2026-12-31', covers: ALL_FIVE, signedOn: '2024-09-15', partnerShare: 20 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-08-26', entrusted: '2024-08-12', agency: AGENCY_SXISTI, number: 'SXCX2024-0861' },
    audit: { file: '2023年度审计报告.pdf', firm: '山西中晋会计师事务所（普通合伙）', year: 2023, signedOn: '2024-03-18', number: '晋中晋审字〔2024〕第0312号' },
    files: FILES_ENTERPRISE,
  }),
  warnings: [],
};

const datong: Case = {
  app: base({
    dir: '大同市/03-大同智矿装备-基地平台',
    category: 'base-platform',
    categoryTyped: '国际合作基地与平台项目',
    title: '智能矿山巡检机器人国际联合实验室建设',
    titleEn: 'International Joint Laboratory for Intelligent Mine Inspection Robots',
    field: '装备制造',
    summary: '依托山西省智能矿山装备国际科技合作基地，与英国诺丁汉大学共建联合实验室，研发井下巡检机器人的多传感器融合定位与故障诊断技术。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 100,
    targets: ['关键技术突破或技术引进', '人才交流与国际化培养', '专利、新产品、标准、论文等成果', '国际科技合作创新平台'],
    applicant: unit({
      name: '大同智矿装备有限公司',
      code: uscc('91', '140200', 'MA0H6Q2D'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省大同市',
      registeredOn: '2011-04-20',
      address: '大同市平城区御东新区文兴路18号',
      legalRep: '白永强',
      recommender: '大同市科学技术局',
      base: { level: '省级', name: '山西省智能矿山装备国际科技合作基地' },
    }),
    lead: person({ name: '白雪梅', sex: '女', birth: '1984-09-03', idArea: '140211', title: '高级工程师', titleRank: '副高级', degree: '硕士', position: '研发中心主任', titleOn: '2018-12-25', phone: '13935226618' }),
    partners: [
      {
        name: 'University of Nottingham',
        nameZh: '诺丁汉大学',
        kind: '高校',
        country: '英国',
        domestic: false,
        location: '英国诺丁汉',
        renowned: '是',
        signatory: { name: 'Dr. Emily Carter', rank: '副教授', position: 'Associate Professor, Faculty of Engineering' },
        address: 'University Park, Nottingham NG7 2RD, United Kingdom',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'columns', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-08-15', validUntil: '2028-08-14', covers: ALL_FIVE, signedOn: '2024-08-15', partnerShare: 15, eseals: true },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-09-10', entrusted: '2024-08-28', agency: AGENCY_SXISTI, number: 'SXCX2024-1023' },
    audit: { file: '2023年度审计报告.pdf', firm: '大同信诚会计师事务所有限公司', year: 2023, signedOn: '2024-04-02', number: '同信审字〔2024〕第108号' },
    files: FILES_ENTERPRISE,
    scans: { businessLicense: { seed: 1301 }, fundingCommitment: { seed: 1302 } },
  }),
  warnings: [],
};

const sxau: Case = {
  app: base({
    dir: '晋中市/04-山西农业大学-区域合作',
    category: 'regional',
    categoryTyped: '区域合作项目',
    title: '功能性杂粮种质创制与加工技术京晋协同攻关',
    titleEn: 'Beijing-Shanxi Collaboration on Functional Minor Cereal Germplasm and Processing',
    field: '现代农业',
    summary: '与中国农业大学合作，创制高抗性淀粉谷子和燕麦新种质，研发杂粮功能食品加工技术，在晋中建设示范基地。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 45,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '山西农业大学',
      code: uscc('12', '140000', '40520127'),
      kind: '高校',
      kindCode: 'university',
      registeredIn: '山西省晋中市',
      registeredOn: '2001-05-10',
      address: '山西省晋中市太谷区铭贤南路1号',
      legalRep: '赵春明',
      recommender: '山西省教育厅',
      certificateValid: { from: '2022-03-15', to: '2027-03-15' },
    }),
    lead: person({ name: '李慧', sex: '女', birth: '1983-02-17', idArea: '140702', title: '副教授', titleRank: '副高级', degree: '博士', employment: '在岗', employmentKind: 'on-post', position: '农学院作物遗传育种系副主任', titleOn: '2017-12-29', phone: '13613540771' }),
    partners: [
      {
        name: '中国农业大学',
        kind: '高校',
        country: '中国',
        domestic: true,
        location: '北京市海淀区',
        creditCode: uscc('12', '100000', '40000171'),
        doubleFirstClass: '是',
        signatory: { name: '陈明', rank: '教授', position: '农学院教授' },
        lead: '陈明',
        address: '北京市海淀区圆明园西路2号',
      },
    ],
    agreements: [
      { file: '合作协议-中国农业大学.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-10', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-10', partnerShare: 12, eseals: true },
    ],
    novelty: { file: '查新报告.pdf', date: '2024-07-05', entrusted: '2024-06-20', agency: AGENCY_TYUT, number: '202414000L120488' },
    files: FILES_INSTITUTION,
  }),
  warnings: [{ rule: 'category-field', path: 'project.field', why: '一.4“在装备制造、通用航空、新能源、新材料、大数据、节能环保、生物医药等领域”：“等”未列出现代农业，须人工确认' }],
};

const changzhi: Case = {
  app: base({
    dir: '长治市/05-长治储能科技-区域合作',
    category: 'regional',
    categoryTyped: '区域合作',
    title: '钠离子电池层状氧化物正极材料沪晋联合攻关',
    titleEn: 'Shanghai-Shanxi Joint Research on Layered Oxide Cathodes for Sodium-Ion Batteries',
    field: '新能源',
    summary: '与上海储能材料股份有限公司（国家企业技术中心）合作，研发低成本钠离子电池层状氧化物正极材料的掺杂改性与连续化制备技术。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 35.5,
    matching: 71,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果', '国际性学术或行业会议'],
    applicant: unit({
      name: '长治储能科技有限公司',
      code: uscc('91', '140400', 'MA0KBL5N'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省长治市',
      registeredOn: '2016-08-09',
      address: '长治市潞州区高新技术产业开发区太行北路207号',
      legalRep: '申国栋',
      recommender: '长治市科学技术局',
    }),
    lead: person({
      name: '赵一鸣',
      sex: '男',
      birth: '1991-10-08',
      idArea: '140402',
      title: '工程师',
      titleRank: '中级',
      degree: '博士',
      employment: '在聘',
      employmentKind: 'contracted',
      position: '正极材料研究室主任',
      proof: 'degree-certificate',
      degreeFrom: { university: '中南大学', discipline: '冶金工程', on: '2020-06-28', number: '1053332020000214' },
      contract: { from: '2022-01-01', to: '2027-12-31' },
      contractEndInDossier: '2027-12-31',
      phone: '15035591208',
    }),
    partners: [
      {
        name: '上海储能材料股份有限公司',
        kind: '企业',
        country: '中国',
        domestic: true,
        location: '上海市嘉定区',
        creditCode: uscc('91', '310114', 'MA1FL3C8'),
        platform: { type: '国家企业技术中心', name: '上海储能材料股份有限公司技术中心', approvedBy: '国家发展和改革委员会', year: 2021, batch: '公布2021年（第28批）新认定及全部国家企业技术中心名单' },
        signatory: { name: '周立新', rank: '高级管理/技术人员', position: '副总经理' },
        lead: '周立新',
        address: '上海市嘉定区安亭镇墨玉南路888号',
      },
    ],
    agreements: [
      { file: '合作协议-上海储能.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-16', validUntil: '2028-06-30', covers: ALL_FIVE, signedOn: '2024-10-16', partnerShare: 20 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-10-09', entrusted: '2024-09-25', agency: AGENCY_SXISTI, number: 'SXCX2024-1307' },
    audit: { file: '审计报告2023.pdf', firm: '长治诚信会计师事务所有限公司', year: 2023, signedOn: '2024-03-29', number: '长诚审字〔2024〕第056号' },
    files: { ...FILES_ENTERPRISE, leadQualification: '博士学位证书.pdf', employmentProof: '在聘证明.pdf', platformProof: '国家企业技术中心证明.pdf' },
  }),
  warnings: [],
};

const saas: Case = {
  app: base({
    dir: '省直/06-山西省农业科学院-科技援助',
    category: 'aid',
    categoryTyped: '科技援助合作项目',
    title: '南疆抗旱高产谷子新品种选育与示范推广',
    titleEn: 'Breeding and Demonstration of Drought-Tolerant High-Yield Millet Varieties in Southern Xinjiang',
    field: '良种繁育技术',
    aidRegion: '新疆',
    summary: '与新疆农业科学院合作，选育适宜南疆的抗旱高产谷子新品种，集成水肥一体化栽培技术，在阿克苏建设示范田500亩。',
    period: { start: '2025-01-01', end: '2026-12-31' },
    requested: 20,
    matching: 20,
    targets: ['关键技术突破或技术引进', '重大成果转化'],
    applicant: unit({
      name: '山西省农业科学院',
      code: uscc('12', '140000', '40522011'),
      kind: '事业单位',
      kindCode: 'institution',
      registeredIn: '山西省太原市',
      registeredOn: '1999-11-02',
      address: '太原市小店区龙城大街81号',
      legalRep: '郭宏伟',
      recommender: '山西省农业农村厅',
      certificateValid: { from: '2023-01-10', to: '2028-01-10' },
    }),
    lead: person({ name: '刘志国', sex: '男', birth: '1972-04-23', idArea: '140105', title: '研究员', titleRank: '正高级', degree: '硕士', position: '谷子研究所所长', titleOn: '2013-12-26', phone: '13703419962' }),
    partners: [
      {
        name: '新疆农业科学院',
        kind: '科研院所',
        country: '中国',
        domestic: true,
        location: '新疆维吾尔自治区乌鲁木齐市',
        creditCode: uscc('12', '650000', '45760059'),
        signatory: { name: '艾尔肯·吐尔逊', rank: '研究员', position: '粮食作物研究所所长' },
        lead: '艾尔肯·吐尔逊',
        address: '乌鲁木齐市沙依巴克区南昌路403号',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-09-20', validUntil: '2026-12-31', covers: ALL_FIVE, signedOn: '2024-09-20', partnerShare: 8 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-06-14', entrusted: '2024-06-03', agency: AGENCY_SXISTI, number: 'SXCX2024-0577' },
    files: FILES_INSTITUTION,
  }),
  warnings: [],
};

const ccteg: Case = {
  app: base({
    dir: '太原市/07-中国煤科太原研究院-重点国别',
    category: 'key-country',
    categoryTyped: '重点国别',
    title: '薄煤层智能化综采装备中澳联合研发',
    titleEn: 'China-Australia Joint Development of Intelligent Fully Mechanised Mining Equipment for Thin Seams',
    field: '装备制造',
    summary: '中央驻晋企业与昆士兰大学合作，研发薄煤层采煤机截割路径自主规划与液压支架群协同控制技术，在山西焦煤示范应用。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 120,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '中国煤炭科工集团太原研究院有限公司',
      code: uscc('91', '140100', '11001584'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省太原市',
      registeredOn: '2000-12-26',
      address: '山西综改示范区太原学府园区电子街1号',
      legalRep: '张海峰',
      recommender: '山西省国有资本运营有限公司',
      capital: '叁亿伍仟万元整',
    }),
    lead: person({ name: '闫晓军', sex: '男', birth: '1970-03-30', idArea: '140106', title: '研究员', titleRank: '正高级', degree: '博士', position: '采掘装备研究所所长', proof: 'appointment-file', titleOn: '2012-11-30', phone: '13803474436' }),
    partners: [
      {
        name: 'The University of Queensland',
        nameZh: '昆士兰大学',
        kind: '高校',
        country: '澳大利亚',
        domestic: false,
        location: '澳大利亚布里斯班',
        renowned: '是',
        signatory: { name: 'Prof. Daniel Reid', rank: 'professor', position: 'Professor, School of Mechanical and Mining Engineering' },
        address: 'St Lucia QLD 4072, Brisbane, Australia',
      },
    ],
    agreements: [
      { file: '中澳合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'paragraphs', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-10-28', validUntil: '2028-12-31', covers: ALL_FIVE, signedOn: '2024-10-28', partnerShare: 25 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-11-04', entrusted: '2024-10-21', agency: AGENCY_TYUT, number: '202414000L121102' },
    audit: { file: '2023年度审计报告.pdf', firm: '立信会计师事务所（特殊普通合伙）', year: 2023, signedOn: '2024-04-15', number: '信会师报字〔2024〕第ZB21487号' },
    files: FILES_ENTERPRISE,
    scans: { employmentProof: { seed: 1701 } },
  }),
  warnings: [],
};

const sxicc: Case = {
  app: base({
    dir: '太原市/08-中科院山西煤化所-一带一路',
    category: 'belt-and-road',
    categoryTyped: '“一带一路”科技合作项目',
    title: '费托合成钴基催化剂中俄联合研究',
    titleEn: 'Sino-Russian Joint Research on Cobalt-Based Fischer-Tropsch Catalysts',
    field: '新能源',
    summary: '与俄罗斯科学院西伯利亚分院博列斯科夫催化研究所合作，研究钴基费托合成催化剂的失活机理和再生工艺。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 40,
    targets: FOUR_TARGETS,
    applicant: unit({
      name: '中国科学院山西煤炭化学研究所',
      code: uscc('12', '100000', '40001234'),
      kind: '科研院所',
      kindCode: 'institution',
      registeredIn: '山西省太原市',
      registeredOn: '1998-06-18',
      address: '太原市桃园南路27号',
      legalRep: '王建国',
      recommender: '太原市科学技术局',
      sponsor: '中国科学院',
      certificateValid: { from: '2020-09-01', to: '2025-09-01' },
    }),
    lead: person({ name: '孙晓燕', sex: '女', birth: '1978-12-05', idArea: '140108', title: '研究员', titleRank: '正高级', degree: '博士', position: '煤转化国家重点实验室副主任', titleOn: '2015-12-30', phone: '13994287705' }),
    partners: [
      {
        name: 'Boreskov Institute of Catalysis SB RAS',
        nameZh: '俄罗斯科学院西伯利亚分院博列斯科夫催化研究所',
        kind: '科研院所',
        country: '俄罗斯',
        domestic: false,
        location: '俄罗斯新西伯利亚',
        renowned: '是',
        signatory: { name: 'Prof. Valentin Parmon', rank: '研究员', position: 'Chief Researcher' },
        address: '5 Lavrentiev Ave., Novosibirsk 630090, Russia',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'columns', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-07-01', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-07-01', partnerShare: 10 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-05-02', entrusted: '2024-04-18', agency: AGENCY_TYUT, number: '202414000L120231' },
    files: FILES_INSTITUTION,
    scans: { agreement0: { seed: 1801 } },
  }),
  warnings: [],
};

const yuncheng: Case = {
  app: base({
    dir: '运城市/09-运城铝镁合金-一带一路',
    typed: 'en',
    category: 'belt-and-road',
    categoryTyped: 'belt-and-road',
    title: '铝合金轮毂低压铸造工艺中泰联合开发',
    titleEn: 'China-Thailand Joint Development of Low-Pressure Casting of Aluminium Alloy Wheels',
    field: '新材料',
    summary: '与泰国暹罗铝业有限公司合作，开发适应东南亚市场的铝合金轮毂低压铸造与热处理工艺，在运城和泰国罗勇建设示范生产线。',
    period: { start: '2025-03-01', end: '2027-02-28' },
    requested: 40,
    matching: 90,
    targets: ['key-technology', 'transfer', 'talent', 'ip-output'],
    applicant: unit({
      name: '运城铝镁合金制品有限公司',
      code: uscc('91', '140800', 'MA0J2P7W'),
      kind: 'enterprise',
      kindCode: 'enterprise',
      registeredIn: '山西省运城市',
      registeredOn: '2013-07-16',
      address: '运城市盐湖区空港经济开发区机场大道南段',
      legalRep: '薛建平',
      recommender: '运城市科学技术局',
    }),
    lead: person({ name: '薛晓峰', sex: '男', birth: '1980-05-19', idArea: '140802', title: '高级工程师', titleRank: 'associate-senior', degree: 'bachelor', employment: 'employed', position: '技术中心主任', titleOn: '2015-12-18', phone: '13835988123', idInDossier: false }),
    partners: [
      {
        name: 'Siam Aluminium Co., Ltd.',
        nameZh: '泰国暹罗铝业有限公司',
        kind: 'enterprise',
        country: 'TH',
        domestic: false,
        location: '泰国罗勇府',
        renowned: 'true',
        signatory: { name: 'Mr. Somchai Wongsakul', rank: 'senior-manager', position: 'Vice President, Research and Development' },
        address: '88 Moo 4, Pluak Daeng, Rayong 21140, Thailand',
      },
    ],
    agreements: [
      { file: 'Agreement-Siam-Aluminium.pdf', partner: 0, type: 'agreement', kind: 'agreement', layout: 'columns', languages: ['zh', 'en'], signed: { lead: 'true', partner: 'true' }, sealed: { applicant: 'true', partner: 'false' }, validFrom: '2024-11-01', validUntil: '2027-10-31', covers: ['content', 'tasks', 'term', 'funding', 'ip'], signedOn: '2024-11-01', partnerShare: 15 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-10-21', entrusted: '2024-10-08', agency: AGENCY_SXISTI, number: 'SXCX2024-1388' },
    audit: { file: '2023年度审计报告.pdf', firm: '运城华信会计师事务所有限公司', year: 2023, signedOn: '2024-03-22', number: '运华信审字〔2024〕第0091号' },
    files: { ...FILES_ENTERPRISE, leadQualification: '职称证书（高级工程师）.pdf' },
  }),
  warnings: [],
};

const sxmu: Case = {
  app: base({
    dir: '省直/10-山西医科大学-区域合作',
    commented: true,
    category: 'regional',
    categoryTyped: '区域合作项目',
    title: '尘肺病早期诊断生物标志物晋浙联合研究',
    titleEn: 'Shanxi-Zhejiang Joint Research on Biomarkers for Early Diagnosis of Pneumoconiosis',
    field: '生物医药',
    summary: '与浙江大学合作，利用多组学方法筛选尘肺病早期诊断的血清生物标志物，建立山西煤矿工人队列并开发快速检测试剂盒。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 40,
    targets: ['关键技术突破或技术引进', '人才交流与国际化培养', '国际性学术或行业会议', '专利、新产品、标准、论文等成果'],
    declarations: { stateSecret: false, otherFiscalFunding: false, ethics: true, humanGeneticResources: true, pledgeLead: true, pledgeApplicant: true },
    applicant: unit({
      name: '山西医科大学',
      code: uscc('12', '140000', '40520088'),
      kind: '高校',
      kindCode: 'university',
      registeredIn: '山西省晋中市',
      registeredOn: '2000-08-15',
      address: '山西省晋中市山西转型综合改革示范区晋中开发区大学街',
      legalRep: '李思进',
      recommender: '山西省卫生健康委员会',
      certificateValid: { from: '2022-06-01', to: '2027-06-01' },
    }),
    lead: person({ name: '张丽娟', sex: '女', birth: '1976-07-11', idArea: '140105', title: '教授、主任医师', titleRank: '正高级', degree: '博士', position: '公共卫生学院职业卫生教研室主任', titleOn: '2014-12-30', phone: '13613456780' }),
    partners: [
      {
        name: '浙江大学',
        kind: '高校',
        country: '中国',
        domestic: true,
        location: '浙江省杭州市西湖区',
        doubleFirstClass: '是',
        signatory: { name: '吴晓东', rank: '教授', position: '医学院教授' },
        lead: '吴晓东',
        address: '浙江省杭州市西湖区余杭塘路866号',
      },
    ],
    agreements: [
      { file: '合作协议-浙江大学.pdf', partner: 0, type: '合作协议书', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-09-01', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-09-01', partnerShare: 15 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-06-25', entrusted: '2024-06-11', agency: AGENCY_TYUT, number: '202414000L120502' },
    files: { ...FILES_INSTITUTION, ethicsReview: '伦理审查批件.pdf' },
    ethicsApproval: { committee: '山西医科大学医学伦理委员会', number: 'SXMU-LL-2024-117', on: '2024-08-20' },
  }),
  warnings: [],
};

const yangquan: Case = {
  app: base({
    dir: '阳泉市/11-阳泉氢能-区域合作',
    category: 'regional',
    categoryTyped: '区域合作项目',
    title: '焦炉煤气制氢纯化与储运关键技术联合攻关',
    titleEn: 'Joint Research on Hydrogen Purification and Storage from Coke Oven Gas',
    field: '新能源',
    summary: '与中国科学院大连化学物理研究所合作，研发焦炉煤气变压吸附制高纯氢和有机液体储氢技术，在阳泉建设示范装置。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 120,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '阳泉氢能科技有限公司',
      code: uscc('91', '140300', 'MA0GW8T4'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省阳泉市',
      registeredOn: '2019-05-28',
      address: '阳泉市城区桃北东街16号',
      legalRep: '段宏亮',
      recommender: '阳泉市科学技术局',
      licence: 'credit-report',
    }),
    lead: person({ name: '段雅琴', sex: '女', birth: '1986-01-22', idArea: '140302', title: '高级工程师', titleRank: '副高级', degree: '硕士', position: '氢能研究院副院长', titleOn: '2020-12-28', phone: '13753385521' }),
    partners: [
      {
        name: '中国科学院大连化学物理研究所',
        kind: '科研院所',
        country: '中国',
        domestic: true,
        location: '辽宁省大连市沙河口区',
        cas: '是',
        signatory: { name: '刘海涛', rank: '研究员', position: '研究员' },
        lead: '刘海涛',
        address: '辽宁省大连市沙河口区中山路457号',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-12', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-12', partnerShare: 30 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-09-27', entrusted: '2024-09-09', agency: AGENCY_SXISTI, number: 'SXCX2024-1190' },
    audit: { file: '2023年度审计报告.pdf', firm: '山西晋阳会计师事务所有限公司', year: 2023, signedOn: '2024-03-06', number: '晋阳审字〔2024〕第0217号' },
    files: FILES_ENTERPRISE,
  }),
  warnings: [],
};

const jincheng: Case = {
  app: base({
    dir: '晋城市/12-晋城光电-区域合作',
    category: 'regional',
    categoryTyped: '区域合作项目',
    title: '激光雷达用硅基光电芯片粤晋联合研发',
    titleEn: 'Guangdong-Shanxi Joint Development of Silicon Photonic Chips for LiDAR',
    field: '大数据',
    summary: '与深圳光联科技股份有限公司（国家工程研究中心依托单位）和华南理工大学合作，研发激光雷达用硅基光电探测芯片的设计与封装技术。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 85,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '晋城光电科技有限公司',
      code: uscc('91', '140500', 'MA0N8E6R'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省晋城市',
      registeredOn: '2017-03-21',
      address: '晋城市城区经济技术开发区兰花路1299号',
      legalRep: '秦永刚',
      recommender: '晋城市科学技术局',
    }),
    lead: person({ name: '秦少华', sex: '男', birth: '1982-11-30', idArea: '140502', title: '正高级工程师', titleRank: '正高级', degree: '博士', position: '首席技术官', titleOn: '2021-12-30', phone: '13903566632' }),
    partners: [
      {
        name: '深圳光联科技股份有限公司',
        kind: '企业',
        country: '中国',
        domestic: true,
        location: '广东省深圳市南山区',
        creditCode: uscc('91', '440300', 'MA5DC2U1'),
        platform: { type: '国家工程研究中心', name: '光电芯片集成国家工程研究中心', approvedBy: '国家发展和改革委员会', year: 2022 },
        signatory: { name: '黄志斌', rank: '高级管理/技术人员', position: '首席科学家' },
        lead: '黄志斌',
        address: '广东省深圳市南山区高新南七道20号',
      },
      {
        name: '华南理工大学',
        kind: '高校',
        country: '中国',
        domestic: true,
        location: '广东省广州市天河区',
        doubleFirstClass: '是',
        signatory: { name: '林海', rank: '教授', position: '物理与光电学院教授' },
        lead: '林海',
        address: '广东省广州市天河区五山路381号',
      },
    ],
    agreements: [
      { file: '合作协议-深圳光联.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-18', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-18', partnerShare: 20 },
      { file: '合作意向书-华南理工大学.pdf', partner: 1, type: '意向书', kind: 'intent', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-25', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-25', partnerShare: 8 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-08-08', entrusted: '2024-07-24', agency: AGENCY_TYUT, number: '202414000L120699' },
    audit: { file: '2023年度审计报告.pdf', firm: '晋城正信会计师事务所有限公司', year: 2023, signedOn: '2024-04-10', number: '晋正信审字〔2024〕第133号' },
    files: { ...FILES_ENTERPRISE, platformProof: '国家工程研究中心认定文件.pdf' },
    scans: { noveltySearch: { seed: 1201 } },
  }),
  warnings: [],
};

const xztc: Case = {
  app: base({
    dir: '忻州市/13-忻州师范学院-科技援助',
    category: 'aid',
    categoryTyped: '科技援助',
    title: '藏区青稞绿色高效栽培技术集成与示范',
    titleEn: 'Integration and Demonstration of Green High-Efficiency Highland Barley Cultivation in Tibet',
    field: '现代高效农业',
    aidRegion: '西藏自治区',
    summary: '与西藏农牧学院合作，集成青稞绿色高效栽培和病虫害绿色防控技术，在林芝建设示范基地，培训农牧民技术骨干。',
    period: { start: '2025-01-01', end: '2026-12-31' },
    requested: 20,
    matching: 25,
    targets: ['关键技术突破或技术引进', '人才交流与国际化培养'],
    applicant: unit({
      name: '忻州师范学院',
      code: uscc('12', '140000', '40520161'),
      kind: '高校',
      kindCode: 'university',
      registeredIn: '山西省忻州市',
      registeredOn: '2002-09-09',
      address: '忻州市忻府区和平西街10号',
      legalRep: '郭新华',
      recommender: '忻州市科学技术局',
      certificateValid: { from: '2021-11-01', to: '2026-11-01' },
    }),
    lead: person({
      name: '杨帆',
      sex: '男',
      birth: '1990-08-14',
      idArea: '140902',
      title: '讲师',
      titleRank: '中级',
      degree: '博士',
      position: '生物系教师',
      proof: 'degree-certificate',
      degreeFrom: { university: '西北农林科技大学', discipline: '作物栽培学与耕作学', on: '2019-06-25', number: '1071232019000388' },
      titleOn: '2020-12-01',
      phone: '15234085517',
    }),
    partners: [
      {
        name: '西藏农牧学院',
        kind: '高校',
        country: '中国',
        domestic: true,
        location: '西藏自治区林芝市',
        signatory: { name: '次仁多吉', rank: '教授', position: '植物科学学院院长' },
        lead: '次仁多吉',
        address: '西藏自治区林芝市巴宜区育才西路100号',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '协议书', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-30', validUntil: '2026-12-31', covers: ALL_FIVE, signedOn: '2024-10-30', partnerShare: 6 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-10-15', entrusted: '2024-09-30', agency: AGENCY_SXISTI, number: 'SXCX2024-1342' },
    files: { ...FILES_INSTITUTION, leadQualification: '学位证书.pdf' },
    scans: { agreement0: { seed: 1311 }, integrityPledge: { seed: 1312, grey: true } },
  }),
  warnings: [{ rule: 'attachment-seal', path: 'attachments.integrityPledge', why: '二.8“项目负责人和项目申报单位均须在项目申报时签署科研诚信承诺书”：承诺书是灰度扫描，看不出红色公章，kjhz 如实提示（警告）须人工核对印章' }],
};

const chem: Case = {
  app: base({
    dir: '省直/14-山西省化工研究所-基地平台',
    category: 'base-platform',
    categoryTyped: '基地与平台',
    title: '高性能聚酰亚胺薄膜中韩联合实验室',
    titleEn: 'China-Korea Joint Laboratory for High-Performance Polyimide Films',
    field: '新材料',
    summary: '依托国家级国际科技合作基地，与韩国科学技术研究院共建联合实验室，研发柔性显示用无色透明聚酰亚胺薄膜的单体合成与流延成膜技术。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 60,
    targets: ['关键技术突破或技术引进', '人才交流与国际化培养', '专利、新产品、标准、论文等成果', '国际科技合作创新平台'],
    applicant: unit({
      name: '山西省化工研究所',
      code: uscc('12', '140000', '40522046'),
      kind: '事业单位',
      kindCode: 'institution',
      registeredIn: '山西省太原市',
      registeredOn: '1996-04-12',
      address: '太原市小店区龙城大街91号',
      legalRep: '任丽萍',
      recommender: '山西省科学技术厅',
      base: { level: '国家级', name: '高分子材料国家国际科技合作基地' },
      certificateValid: { from: '2022-08-20', to: '2027-08-20' },
    }),
    lead: person({ name: '任海波', sex: '男', birth: '1979-03-08', idArea: '140109', title: '研究员', titleRank: '正高级', degree: '博士', position: '高分子材料研究室主任', titleOn: '2018-12-27', phone: '13643518874' }),
    partners: [
      {
        name: 'Korea Institute of Science and Technology',
        nameZh: '韩国科学技术研究院',
        kind: '科研院所',
        country: '韩国',
        domestic: false,
        location: '韩国首尔',
        renowned: '是',
        signatory: { name: 'Dr. Kim Min-jun', rank: '研究员', position: 'Principal Researcher' },
        address: '5 Hwarang-ro 14-gil, Seongbuk-gu, Seoul 02792, Korea',
      },
    ],
    agreements: [
      { file: '中韩合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'paragraphs', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-09-05', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-09-05', partnerShare: 12 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-07-15', entrusted: '2024-07-01', agency: AGENCY_SXISTI, number: 'SXCX2024-0702', numerals: true },
    files: FILES_INSTITUTION,
    eseals: true,
    scans: { leadQualification: { seed: 1401 } },
  }),
  warnings: [],
};

const lvliang: Case = {
  app: base({
    dir: '吕梁市/15-吕梁碳材料-重点国别',
    category: 'key-country',
    categoryTyped: '重点国别科技合作项目',
    title: '煤沥青基碳纤维中日联合研发',
    titleEn: 'Sino-Japanese Joint Development of Coal-Tar-Pitch-Based Carbon Fibres',
    field: '新材料',
    summary: '与日本京都大学合作，研发煤沥青中间相调制与熔融纺丝技术，制备高导热沥青基碳纤维，推动吕梁煤焦油深加工产业升级。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 80,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '吕梁碳材料科技有限公司',
      code: uscc('91', '141100', 'MA0LR3H9'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省吕梁市',
      registeredOn: '2018-10-10',
      address: '吕梁市孝义市经济开发区新材料产业园',
      legalRep: '任志远',
      recommender: '吕梁市科学技术局',
    }),
    lead: person({ name: '高建军', sex: '男', birth: '1981-04-02', idArea: '141181', title: '高级工程师', titleRank: '副高级', degree: '博士', position: '副总经理', titleOn: '2017-12-26', phone: '13700380142' }),
    partners: [
      {
        name: 'Kyoto University',
        nameZh: '京都大学',
        kind: '高校',
        country: '日本',
        domestic: false,
        location: '日本京都',
        renowned: '是',
        signatory: { name: 'Prof. Tanaka Hiroshi', rank: '副教授', position: '准教授 / Associate Professor, Graduate School of Engineering' },
        address: 'Yoshida-honmachi, Sakyo-ku, Kyoto 606-8501, Japan',
      },
    ],
    agreements: [
      { file: '合作意向书（中英文）.pdf', partner: 0, type: '合作意向书', kind: 'intent', layout: 'columns', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-10-20', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-20', partnerShare: 15 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-09-18', entrusted: '2024-09-02', agency: AGENCY_SXISTI, number: 'SXCX2024-1157' },
    audit: { file: '2023年度审计报告.pdf', firm: '吕梁天元会计师事务所有限公司', year: 2023, signedOn: '2024-03-26', number: '吕天元审字〔2024〕第072号' },
    files: FILES_ENTERPRISE,
  }),
  warnings: [],
};


// ── another round (qa2): the same notice, other offices' wording, every boundary the notice names ──────
// Dates typed 2024.11.15 / 2024-11-15 / 二〇二四年…, amounts in 元 and 大写, 兹证明……系我单位在职职工, a
// contracted lead's term on page 2 as 2023.1.1-2027.12.31, English-first agreements, 中方/外方, validity
// as a range with a dash or as 有效期三年, page headers, page numbers and watermarks of Word templates,
// dossier.yaml with its sections in another order; requests at the edges of 左右 (20, 50, 25), a period of
// exactly three years that does not start on 1 January, exactly two years from 1 July.

const zhigan: Case = {
  app: base({
    dir: '太原市/16-太原智感科技-重点国别',
    yaml: 'reordered',
    category: 'key-country',
    categoryTyped: '重点国别科技合作项目',
    title: '矿用本安型光纤光栅传感系统中以联合研发',
    titleEn: 'Sino-Israeli Joint Development of Intrinsically Safe Fibre Bragg Grating Sensing Systems for Mines',
    field: '装备制造',
    summary: '与以色列理工学院合作，研发矿用本安型光纤光栅温度与应变传感网络及其解调算法，在晋能控股煤矿开展井下示范。',
    period: { start: '2024-12-01', end: '2027-11-30' },
    requested: 37.5,
    matching: 75,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '国际性学术或行业会议', '专利、新产品、标准、论文等成果', '国际科技合作创新平台'],
    applicant: unit({
      name: '太原智感科技股份有限公司',
      code: uscc('91', '140100', 'MA0M4R7T'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省太原市',
      registeredOn: '2014-06-30',
      address: '太原市小店区长治路227号高新国际大厦18层',
      legalRep: '武建平',
      recommender: '太原市科学技术局',
    }),
    lead: person({ name: '武晓婷', sex: '女', birth: '1985-02-28', idArea: '140106', idSeq: '018', title: '教授级高级工程师', titleRank: '正高级', degree: '硕士', position: '光纤传感研究所所长', titleOn: '2022-12-26', phone: '13935185522' }),
    partners: [
      {
        name: 'Technion – Israel Institute of Technology',
        nameZh: '以色列理工学院',
        kind: '高校',
        country: '以色列',
        domestic: false,
        location: '以色列海法',
        renowned: '是',
        signatory: { name: 'Prof. Avi Ben-Ezra', rank: '教授', position: 'Professor, Faculty of Electrical and Computer Engineering' },
        address: 'Technion City, Haifa 3200003, Israel',
      },
    ],
    agreements: [
      { file: 'Cooperation Agreement 合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'paragraphs', languages: ['英文', '中文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-11-01', validUntil: '2027-11-30', covers: ALL_FIVE, signedOn: '2024-11-01', partnerShare: 18 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-08-08', entrusted: '2024-07-22', agency: AGENCY_SXISTI, number: 'SXCX2024-0915' },
    audit: { file: '2023年度审计报告.pdf', firm: '致同会计师事务所（特殊普通合伙）', year: 2023, signedOn: '2024-04-19', number: '致同审字（2024）第140A012345号' },
    files: FILES_ENTERPRISE,
    wording: { dates: 'dots', commitment: 'yuan', employment: 'zhengming', agreement: 'english-first', validity: 'dash', noveltyDots: true },
    furniture: {
      agreement0: { header: 'Technion – 太原智感 Cooperation Agreement / 合作协议', pageNumbers: true },
      noveltySearch: { header: '科技查新报告　报告编号：SXCX2024-0915', pageNumbers: true },
      fundingCommitment: { watermark: '复印件' },
      employmentProof: { watermark: 'COPY' },
    },
  }),
  warnings: [],
};

const sxdtu: Case = {
  app: base({
    dir: '大同市/17-山西大同大学-区域合作',
    category: 'regional',
    categoryTyped: '区域合作项目',
    title: '煤矸石基地聚物胶凝材料冀晋协同研发',
    titleEn: 'Hebei-Shanxi Collaborative Development of Coal-Gangue-Based Geopolymer Binders',
    field: '新材料',
    summary: '与河北工业大学合作，研究煤矸石活化与地聚物胶凝材料配合比设计，开发替代水泥的低碳胶凝材料，在大同建设中试线。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 30,
    matching: 30,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '山西大同大学',
      code: uscc('12', '140000', '40520218'),
      kind: '高校',
      kindCode: 'university',
      registeredIn: '山西省大同市',
      registeredOn: '2006-02-14',
      address: '大同市平城区兴云街',
      legalRep: '赵玉明',
      recommender: '大同市科学技术局',
      certificateValid: { from: '2022-05-01', to: '2027-05-01' },
    }),
    lead: person({
      name: '马俊',
      sex: '男',
      birth: '1992-03-15',
      idArea: '140203',
      idInDossier: false,
      title: '讲师',
      titleRank: '中级',
      degree: '博士',
      employment: '在聘',
      employmentKind: 'contracted',
      position: '建筑与测绘工程学院教师',
      proof: 'degree-certificate',
      degreeFrom: { university: '中国矿业大学（北京）', discipline: '材料科学与工程', on: '2021-06-20', number: '1141332021000126' },
      contract: { from: '2023-01-01', to: '2027-12-31' },
      contractEndInDossier: '2027-12-31',
      phone: '15203520917',
    }),
    partners: [
      {
        name: '河北工业大学',
        kind: '高校',
        country: '中国',
        domestic: true,
        location: '天津市红桥区',
        creditCode: uscc('12', '130000', '40179541'),
        doubleFirstClass: '是',
        signatory: { name: '刘文军', rank: '教授', position: '土木与交通学院教授' },
        lead: '刘文军',
        address: '天津市红桥区丁字沽光荣道8号',
      },
    ],
    agreements: [
      { file: '合作协议（河北工业大学）.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-21', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-10-21', partnerShare: 10, eseals: true },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-05-06', entrusted: '2024-04-23', agency: AGENCY_TYUT, number: '202414000L120255' },
    files: { ...FILES_INSTITUTION, leadQualification: '博士学位证书.pdf', employmentProof: '在聘证明.pdf' },
    wording: { dates: 'iso', employment: 'zhengming', agreement: 'zhongfang', validity: 'dots-dash' },
    scans: { leadQualification: { seed: 1701, skew: 0.6 } },
  }),
  warnings: [],
};

const sxnu: Case = {
  app: base({
    dir: '临汾市/18-山西师范大学-科技援助',
    category: 'aid',
    categoryTyped: '科技援助合作项目',
    title: '青海高原光伏电站板下生态修复技术示范',
    titleEn: 'Demonstration of Ecological Restoration under Photovoltaic Panels on the Qinghai Plateau',
    field: '新能源',
    aidRegion: '青海',
    summary: '与青海大学合作，研究高原光伏电站板下退化草地的植被恢复与水土保持技术，在海南州共和县光伏园区建设示范区200亩。',
    period: { start: '2025-07-01', end: '2027-06-30' },
    requested: 25,
    matching: 25,
    targets: ['关键技术突破或技术引进', '重大成果转化'],
    applicant: unit({
      name: '山西师范大学',
      code: uscc('12', '140000', '40520193'),
      kind: '高校',
      kindCode: 'university',
      registeredIn: '山西省太原市',
      registeredOn: '2001-09-20',
      address: '太原市小店区大学街339号',
      legalRep: '卫建国',
      recommender: '山西省教育厅',
      certificateValid: { from: '2023-03-01', to: '2028-03-01' },
    }),
    lead: person({ name: '孙雅琴', sex: '女', birth: '1967-01-01', idArea: '141002', idSeq: '028', title: '副教授', titleRank: '副高级', degree: '硕士', employment: '在岗', employmentKind: 'on-post', position: '地理科学学院副教授', titleOn: '2009-12-28', phone: '13834078826' }),
    partners: [
      {
        name: '青海大学',
        kind: '高校',
        country: '中国',
        domestic: true,
        location: '青海省西宁市城北区',
        creditCode: uscc('12', '630000', '40941012'),
        signatory: { name: '才让扎西', rank: '教授', position: '农牧学院教授' },
        lead: '才让扎西',
        address: '青海省西宁市城北区宁大路251号',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '协议书', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-10-15', validUntil: '2027-10-14', covers: ALL_FIVE, signedOn: '2024-10-15', partnerShare: 8 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-10-09', entrusted: '2024-09-24', agency: AGENCY_SXISTI, number: 'SXCX2024-1296' },
    files: FILES_INSTITUTION,
    wording: { dates: 'numerals', validity: 'years' },
    furniture: { integrityPledge: { watermark: '仅供申报使用' }, agreement0: { pageNumbers: true } },
    scans: { businessLicense: { seed: 1801 } },
    pasted: { businessLicense: '附件1：事业单位法人证书（副本）复印件' },
  }),
  warnings: [],
};

const jzam: Case = {
  app: base({
    dir: '晋中市/19-晋中智能农机-区域合作',
    category: 'regional',
    categoryTyped: '区域合作',
    title: '丘陵山区电驱动智能农机关键部件联合攻关',
    titleEn: 'Joint Research on Key Components of Electrically Driven Intelligent Machinery for Hilly Farmland',
    field: '装备制造',
    summary: '与中国科学院兰州化学物理研究所合作，研发丘陵山区电驱动农机用固体润滑传动部件与耐磨涂层，在晋中开展整机示范。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 50,
    matching: 100,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '专利、新产品、标准、论文等成果'],
    applicant: unit({
      name: '晋中智能农机装备有限公司',
      code: uscc('91', '140700', 'MA0P3W6K'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省晋中市',
      registeredOn: '2012-09-18',
      address: '晋中市榆次区汇通产业园区东顺路6号',
      legalRep: '闫志宏',
      recommender: '晋中市科学技术局',
    }),
    lead: person({ name: '闫丽萍', sex: '女', birth: '1978-08-09', idArea: '140702', title: '正高级工程师', titleRank: '正高级', degree: '硕士', position: '技术研究院院长', proof: 'appointment-file', titleOn: '2021-11-30', phone: '13994580316' }),
    partners: [
      {
        name: '中国科学院兰州化学物理研究所',
        kind: '科研院所',
        country: '中国',
        domestic: true,
        location: '甘肃省兰州市城关区',
        creditCode: uscc('12', '100000', '43860104'),
        cas: '是',
        signatory: { name: '王晓波', rank: '研究员', position: '固体润滑国家重点实验室研究员' },
        lead: '王晓波',
        address: '甘肃省兰州市城关区天水中路18号',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'zh', languages: ['中文'], signed: SIGNED, sealed: SEAL_BOTH, validFrom: '2024-09-26', validUntil: '2027-12-31', covers: ALL_FIVE, signedOn: '2024-09-26', partnerShare: 40 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-09-12', entrusted: '2024-08-29', agency: AGENCY_SXISTI, number: 'SXCX2024-1102' },
    audit: { file: '2023年度审计报告.pdf', firm: '山西汇智会计师事务所（普通合伙）', year: 2023, signedOn: '2024-03-28', number: '晋汇智审字〔2024〕第0143号' },
    files: FILES_ENTERPRISE,
    wording: { commitment: 'times-guide', validity: 'dash' },
  }),
  warnings: [],
};

const xzas: Case = {
  app: base({
    dir: '忻州市/20-忻州市农业科学研究院-一带一路',
    category: 'belt-and-road',
    categoryTyped: '一带一路',
    title: '中乌耐盐碱杂粮品种联合选育',
    titleEn: 'Sino-Uzbek Joint Breeding of Saline-Alkali Tolerant Minor Cereals',
    field: '现代农业',
    summary: '与乌兹别克斯坦科学院植物遗传与实验生物学研究所合作，筛选耐盐碱谷子和高粱种质，联合选育适宜两国盐碱地的新品种。',
    period: { start: '2025-01-01', end: '2026-12-31' },
    requested: 20,
    matching: 20,
    targets: FOUR_TARGETS,
    applicant: unit({
      name: '忻州市农业科学研究院',
      code: uscc('12', '140900', '40559237'),
      kind: '事业单位',
      kindCode: 'institution',
      registeredIn: '山西省忻州市',
      registeredOn: '2003-04-11',
      address: '忻州市忻府区七一北路64号',
      legalRep: '梁国栋',
      recommender: '忻州市科学技术局',
      sponsor: '忻州市农业农村局',
      certificateValid: { from: '2023-06-01', to: '2028-06-01' },
    }),
    lead: person({ name: '梁志勇', sex: '男', birth: '1973-10-31', idArea: '140902', title: '研究员', titleRank: '正高级', degree: '学士', position: '杂粮研究所所长', titleOn: '2016-12-28', phone: '13903504418' }),
    partners: [
      {
        name: 'Institute of Genetics and Plant Experimental Biology, Academy of Sciences of the Republic of Uzbekistan',
        nameZh: '乌兹别克斯坦科学院植物遗传与实验生物学研究所',
        kind: '科研院所',
        country: '乌兹别克斯坦',
        domestic: false,
        location: '乌兹别克斯坦塔什干',
        renowned: '是',
        signatory: { name: 'Dr. Abdusattor Abdukarimov', rank: '研究员', position: 'Director, Chief Researcher' },
        address: 'Yukori-Yuz, Kibray District, Tashkent Region 111208, Uzbekistan',
      },
    ],
    agreements: [
      { file: '合作协议（中英文）.pdf', partner: 0, type: '合作协议', kind: 'agreement', layout: 'paragraphs', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-09-10', validUntil: '2026-12-31', covers: ALL_FIVE, signedOn: '2024-09-10', partnerShare: 6 },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-07-30', entrusted: '2024-07-15', agency: AGENCY_TYUT, number: '202414000L120611' },
    files: FILES_INSTITUTION,
    wording: { agreement: 'zhongfang' },
    scans: { leadQualification: { seed: 2001 }, noveltySearch: { seed: 2002, skew: -0.4 } },
  }),
  warnings: [],
};

const czsiemens: Case = {
  app: base({
    dir: '长治市/21-潞安智能装备-基地平台',
    category: 'base-platform',
    categoryTyped: '国际合作基地与平台项目',
    title: '煤矿井下智能供配电系统中德联合研发中心建设',
    titleEn: 'Sino-German Joint R&D Centre for Intelligent Underground Power Distribution in Coal Mines',
    field: '装备制造',
    summary: '依托国家级国际科技合作基地，与西门子股份公司共建联合研发中心，研发煤矿井下智能供配电与能效管理系统，推动成果在山西煤矿转化。',
    period: { start: '2025-01-01', end: '2027-12-31' },
    requested: 40,
    matching: 80,
    targets: ['关键技术突破或技术引进', '重大成果转化', '人才交流与国际化培养', '国际科技合作创新平台'],
    applicant: unit({
      name: '山西潞安智能装备有限公司',
      code: uscc('91', '140400', 'MA0J7N2C'),
      kind: '企业',
      kindCode: 'enterprise',
      registeredIn: '山西省长治市',
      registeredOn: '2009-12-08',
      address: '长治市潞州区英雄南路108号',
      legalRep: '郭振华',
      recommender: '长治市科学技术局',
      base: { level: '国家级', name: '煤矿智能装备国家国际科技合作基地' },
      licence: 'credit-report',
    }),
    lead: person({ name: '郭子健', sex: '男', birth: '1980-12-31', idArea: '140402', title: '高级工程师', titleRank: '副高', degree: '博士', position: '研发中心总工程师', titleOn: '2016-12-30', phone: '13835508127' }),
    partners: [
      {
        name: 'Siemens AG',
        nameZh: '西门子股份公司',
        kind: '企业',
        country: '德国',
        domestic: false,
        location: '德国慕尼黑',
        renowned: '是',
        signatory: { name: 'Dr. Thomas Weber', rank: '高级管理人员', position: 'Senior Vice President, Smart Infrastructure' },
        address: 'Werner-von-Siemens-Straße 1, 80333 München, Germany',
      },
    ],
    agreements: [
      { file: '合作协议.pdf', partner: 0, type: '合作协议书', kind: 'agreement', layout: 'paragraphs', languages: ['中文', '英文'], signed: SIGNED, sealed: SEAL_INTL, validFrom: '2024-10-20', validUntil: '2029-10-19', covers: ALL_FIVE, signedOn: '2024-10-20', partnerShare: 20, eseals: true },
    ],
    novelty: { file: '科技查新报告.pdf', date: '2024-10-31', entrusted: '2024-10-14', agency: AGENCY_TYUT, number: '202414000L121066' },
    audit: { file: '2023年度审计报告.pdf', firm: '中审众环会计师事务所（特殊普通合伙）', year: 2023, signedOn: '2024-04-22', number: '众环审字（2024）0101234号' },
    files: FILES_ENTERPRISE,
    eseals: true,
    wording: { agreement: 'english-first', validity: 'years' },
    furniture: { agreement0: { header: 'Siemens AG – 山西潞安智能装备有限公司', pageNumbers: true }, auditReport: { pageNumbers: true } },
  }),
  warnings: [],
};

export const CASES: Case[] = [tyut, jincai, datong, sxau, changzhi, saas, ccteg, sxicc, yuncheng, sxmu, yangquan, jincheng, xztc, chem, lvliang, zhigan, sxdtu, sxnu, jzam, xzas, czsiemens];

// ── the twins: one mistake each, planted as an office makes it ───────────────────────────────────

const otherUnit = unit({
  name: '山西华拓新材料有限公司',
  code: uscc('91', '140800', 'MA0K9F1B'),
  kind: '企业',
  kindCode: 'enterprise',
  registeredIn: '山西省运城市',
  registeredOn: '2015-02-11',
  address: '运城市盐湖区工业园区禹都大道66号',
  legalRep: '卫建华',
  recommender: '运城市科学技术局',
});

export const TWINS: Twin[] = [
  {
    name: 'lead-born-1966-12-31',
    base: tyut.app.dir,
    planted: '二.2 项目负责人须为1967年1月1日（含）以后出生：负责人生于1966年12月31日（身份证号随之）',
    change: (a) => void (a.lead.birth = '1966-12-31'),
    expect: [{ rule: 'lead-age', clause: '二.2', severity: 'error' }],
  },
  {
    name: 'novelty-2024-04-30',
    base: jincai.app.dir,
    planted: '三.2(7) 2024年5月1日之后的查新报告：报告于2024年4月30日完成（填写与报告一致）',
    change: (a) => void Object.assign(a.novelty, { date: '2024-04-30', entrusted: '2024-04-15' }),
    expect: [{ rule: 'novelty-search-date', clause: '三.2(7)', severity: 'error' }],
  },
  {
    name: 'novelty-printed-2024-04-30',
    base: sxmu.app.dir,
    planted: '三.2(7) 报告本身印的完成日期为2024年4月30日，dossier.yaml 却填了2024-06-25',
    change: (a) => void Object.assign(a.novelty, { printed: '2024-04-30', entrusted: '2024-04-16' }),
    expect: [{ rule: 'novelty-search-text', clause: '三.2(7)', severity: 'error' }],
  },
  {
    name: 'agreement-chinese-only',
    base: datong.app.dir,
    planted: '二.3 涉及国际科技合作的项目需提供中英文对照协议：与诺丁汉大学的协议只有中文，languages 也照实填了 [中文]',
    change: (a) => void Object.assign(a.agreements[0]!, { layout: 'zh', languages: ['中文'] }),
    expect: [
      { rule: 'agreement-bilingual', clause: '二.3', severity: 'error' },
      { rule: 'agreement-text', clause: '二.3', severity: 'error' },
    ],
  },
  {
    name: 'agreement-chinese-only-declared-bilingual',
    base: chem.app.dir,
    planted: '二.3 中英文对照协议：dossier.yaml 写 [中文, 英文]，上传的协议却只有中文',
    change: (a) => void Object.assign(a.agreements[0]!, { layout: 'zh' }),
    expect: [{ rule: 'agreement-text', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'enterprise-without-audit',
    base: ccteg.app.dir,
    planted: '三.2(5) 申报单位为企业的须提供会计师事务所出具的上年度审计报告：没有审计报告',
    change: (a) => void delete a.audit,
    expect: [{ rule: 'material-audit-report', clause: '三.2(5)', severity: 'error' }],
  },
  {
    name: 'enterprise-ratio-1.9',
    base: jincai.app.dir,
    planted: '二.4 项目申报单位为企业的，配套资金与申请引导资金的比例不低于2:1：配套76万元（1.9:1），承诺书同为76万元',
    change: (a) => void (a.matching = 76),
    expect: [{ rule: 'funding-matching-ratio', clause: '二.4', severity: 'error' }],
  },
  {
    name: 'another-units-licence',
    base: yuncheng.app.dir,
    planted: '三.2(1) 营业执照：上传的是另一家公司（山西华拓新材料有限公司）的营业执照',
    change: (a) => void (a.licenceOf = otherUnit),
    expect: [{ rule: 'license-content', clause: '三.2(1)', severity: 'error' }],
  },
  {
    name: 'intent-signed-by-lecturer',
    base: lvliang.app.dir,
    planted: '二.3 国际合作文件须与……担任副教授或相当于副教授以上职务的专家学者签署：意向书由京都大学一位讲师（助教）签署',
    change: (a) => void (a.partners[0]!.signatory = { name: 'Dr. Sato Kenji', rank: '讲师', position: '講師 / Lecturer, Graduate School of Engineering' }),
    expect: [{ rule: 'partner-signatory-rank', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'agreement-ends-before-period',
    base: sxau.app.dir,
    planted: '二.3 协议有效期限覆盖项目执行期：协议至2027年6月30日，执行期至2027年12月31日',
    change: (a) => void (a.agreements[0]!.validUntil = '2027-06-30'),
    expect: [{ rule: 'agreement-validity', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'period-4-years',
    base: saas.app.dir,
    planted: '二.7 项目执行期2—3年：执行期2025年1月1日至2028年12月31日（4年），协议随之延至2028年底',
    change: (a) => {
      a.period.end = '2028-12-31';
      a.agreements[0]!.validUntil = '2028-12-31';
    },
    expect: [{ rule: 'period-length', clause: '二.7', severity: 'error' }],
  },
  {
    name: 'state-secret',
    base: chem.app.dir,
    planted: '二.6 不受理涉及国家秘密的项目：声明涉及国家秘密',
    change: (a) => void (a.declarations.stateSecret = true),
    expect: [{ rule: 'state-secret', clause: '二.6', severity: 'error' }],
  },
  {
    name: 'contract-ends-early',
    base: changzhi.app.dir,
    planted: '三.2(2) 在聘证明需明确受聘期限，受聘期限覆盖项目执行期：聘期至2026年12月31日，执行期至2027年12月31日',
    change: (a) => {
      a.lead.contract!.to = '2026-12-31';
      a.lead.contractEndInDossier = '2026-12-31';
    },
    expect: [
      { rule: 'lead-contract-term', clause: '三.2(2)', severity: 'error' },
      { rule: 'employment-content', clause: '三.2(2)', severity: 'error' },
    ],
  },
  {
    name: 'regional-partner-in-shanxi',
    base: yangquan.app.dir,
    planted: '二.1 区域合作项目的主要合作单位注册地须在山西省外：主要合作单位为中国科学院山西煤炭化学研究所（太原）',
    change: (a) => {
      const p = a.partners[0]!;
      Object.assign(p, { name: '中国科学院山西煤炭化学研究所', location: '山西省太原市', address: '太原市桃园南路27号', signatory: { name: '樊卫斌', rank: '研究员', position: '研究员' }, lead: '樊卫斌' });
    },
    expect: [{ rule: 'regional-partner-outside-shanxi', clause: '二.1', severity: 'error' }],
  },
  {
    name: 'aid-field-not-named',
    base: saas.app.dir,
    planted: '一.5 科技援助项目聚焦新材料、新能源、先进装备……良种繁育技术等领域：技术领域填“文化旅游”',
    change: (a) => void (a.field = '文化旅游'),
    expect: [{ rule: 'category-field', clause: '一.5', severity: 'warning' }],
  },
  {
    name: 'registered-2023-01-02',
    base: jincai.app.dir,
    planted: '二.1 注册时间为2023年1月1日（含）前：公司2023年1月2日成立',
    change: (a) => void (a.applicant.registeredOn = '2023-01-02'),
    expect: [{ rule: 'applicant-registration-date', clause: '二.1', severity: 'error' }],
  },
  {
    name: 'lead-lecturer-master',
    base: xztc.app.dir,
    planted: '二.2 具有副高以上技术职称资格（含副高）或博士学位：负责人为讲师、硕士（上传硕士学位证书）',
    change: (a) => {
      a.lead.degree = '硕士';
      a.lead.proof = 'appointment-file';
    },
    expect: [{ rule: 'lead-qualification', clause: '二.2', severity: 'error' }],
  },
  {
    name: 'recent-cooperation-project',
    base: sxmu.app.dir,
    planted: '二.2 近五年内承担过山西省科技合作交流专项的项目负责人不得申报：负责人2021年承担过一项，已结题',
    change: (a) => void a.lead.cooperation.push({ title: '煤矿粉尘暴露人群健康风险评估国际合作研究', year: 2021, status: '已结题' }),
    expect: [{ rule: 'lead-cooperation-history', clause: '二.2', severity: 'error' }],
  },
  {
    name: 'email-as-agreement',
    base: jincheng.app.dir,
    planted: '二.3 双方电子邮件、书信……不能作为有效协议：与华南理工大学的“合作文件”是往来电子邮件',
    change: (a) => void (a.agreements[1]!.type = '电子邮件'),
    expect: [{ rule: 'agreement-type', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'domestic-agreement-without-partner-seal',
    base: sxau.app.dir,
    planted: '二.3 国内合作文件须由双方项目负责人签字并加盖单位公章：中国农业大学未盖章',
    change: (a) => {
      a.agreements[0]!.sealed = { applicant: '是', partner: '否' };
      a.agreements[0]!.eseals = false;
    },
    expect: [{ rule: 'agreement-signatures', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'novelty-of-another-project',
    base: sxicc.app.dir,
    planted: '三.2(7) 针对本项目的查新报告：上传的是本所另一个项目的查新报告',
    change: (a) => void (a.novelty.project = '低阶煤热解焦油轻质化催化剂研究'),
    expect: [{ rule: 'novelty-search-text', clause: '三.2(7)', severity: 'error' }],
  },
  {
    name: 'commitment-smaller-amount',
    base: yangquan.app.dir,
    planted: '三.2(4) 项目资金配套承诺书：承诺书写配套100万元，dossier.yaml 写120万元',
    change: (a) => void (a.committed = 100),
    expect: [{ rule: 'funding-commitment-text', clause: '三.2(4)', severity: 'error' }],
  },
  {
    name: 'three-targets',
    base: yuncheng.app.dir,
    planted: '一 以上4类合作项目完成后要实现以下至少4项任务目标：只列了3项',
    change: (a) => void (a.targets = ['key-technology', 'transfer', 'talent']),
    expect: [{ rule: 'targets-minimum', clause: '一', severity: 'error' }],
  },
  {
    name: 'blacklisted',
    base: lvliang.app.dir,
    planted: '二.8 无……相关社会领域信用“黑名单”记录：声明有黑名单记录',
    change: (a) => void (a.credit.blacklisted = true),
    expect: [{ rule: 'credit-records', clause: '二.8', severity: 'error' }],
  },
  {
    name: 'platform-proof-missing',
    base: changzhi.app.dir,
    planted: '三.2(6) 与拥有国家级科技创新平台的企业合作的，须提供国家级科技创新平台的证明材料：没有上传',
    change: (a) => void delete a.files.platformProof,
    expect: [{ rule: 'material-platform-proof', clause: '三.2(6)', severity: 'error' }],
  },
  {
    name: 'agreement-without-ip-clause',
    base: saas.app.dir,
    planted: '二.3 合作文件需明确……成果及知识产权归属和利益分配机制：协议没有知识产权条款，covers 也照实少了这一项',
    change: (a) => {
      a.agreements[0]!.omit = ['ip'];
      a.agreements[0]!.covers = ['研究内容', '任务分工', '合同期限', '经费分配'];
    },
    expect: [{ rule: 'agreement-contents', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'two-applications-this-year',
    base: tyut.app.dir,
    planted: '二.2 同一年度限申报1项省科技计划项目：负责人本年度另申报了一项重点研发计划',
    change: (a) => void (a.lead.applicationsThisYear = 2),
    expect: [{ rule: 'lead-applications-per-year', clause: '二.2', severity: 'error' }],
  },
  {
    name: 'university-ratio-0.9',
    base: tyut.app.dir,
    planted: '二.4 项目配套资金与申请引导资金的比例不低于1:1：高校申请40万元，配套36万元（0.9:1），承诺书同为36万元',
    change: (a) => void (a.matching = 36),
    expect: [{ rule: 'funding-matching-ratio', clause: '二.4', severity: 'error' }],
  },
  {
    name: 'two-ongoing-projects',
    base: jincai.app.dir,
    planted: '二.2 有其他类别计划在研项目的，在研项目和申报项目总数不得超过2项：负责人主持在研2项（重点研发、基础研究），加本项目共3项',
    change: (a) => {
      a.lead.ongoing.push({ title: '高强韧镁合金薄壁件挤压成形技术', program: '山西省重点研发计划', end: '2025-12-31' }, { title: '镁合金激光熔池凝固组织演化机理', program: '山西省基础研究计划', end: '2026-06-30' });
    },
    expect: [{ rule: 'lead-ongoing-projects', clause: '二.2', severity: 'error' }],
  },
  {
    name: 'environmental-incident',
    base: yuncheng.app.dir,
    planted: '二.8 项目单位近3年未发生重大环保污染等恶劣影响事件：声明近3年发生过',
    change: (a) => void (a.credit.environmentalIncident = true),
    expect: [{ rule: 'credit-records', clause: '二.8', severity: 'error' }],
  },
  {
    name: 'belt-and-road-with-us-university',
    base: tyut.app.dir,
    planted: '一.1 支持与“一带一路”国家合作：“一带一路”项目的合作单位是美国的普渡大学',
    change: (a) => {
      Object.assign(a.partners[0]!, { name: 'Purdue University', nameZh: '普渡大学', country: '美国', location: '美国西拉法叶', address: '610 Purdue Mall, West Lafayette, IN 47907, USA', signatory: { name: 'Prof. Michael Reynolds', rank: '教授', position: 'Professor, School of Materials Engineering' } });
    },
    expect: [{ rule: 'category-belt-and-road', clause: '一.1', severity: 'error' }],
  },
  {
    name: 'key-country-not-listed',
    base: ccteg.app.dir,
    planted: '一.2 重点国别“美国、英国、德国……澳大利亚等”：合作单位在印度（“等”：警告，须确认）',
    change: (a) => {
      Object.assign(a.partners[0]!, { name: 'Indian Institute of Technology Bombay', nameZh: '印度理工学院孟买分校', country: '印度', location: '印度孟买', address: 'Powai, Mumbai 400076, India', signatory: { name: 'Prof. Rajesh Kumar', rank: '教授', position: 'Professor, Department of Mining Engineering' } });
    },
    expect: [{ rule: 'category-key-country', clause: '一.2', severity: 'warning' }],
  },
  {
    name: 'regional-partner-in-sichuan',
    base: sxmu.app.dir,
    planted: '一.4 区域合作项目对接京津冀、长三角、粤港澳大湾区：主要合作单位为四川大学（成都），“双一流”但不在这三个区域',
    change: (a) => {
      Object.assign(a.partners[0]!, { name: '四川大学', location: '四川省成都市武侯区', address: '四川省成都市武侯区一环路南一段24号', signatory: { name: '李明远', rank: '教授', position: '华西公共卫生学院教授' }, lead: '李明远' });
    },
    expect: [{ rule: 'category-regional-partner', clause: '一.4', severity: 'error' }],
  },
  {
    name: 'talent-contract-as-agreement',
    base: changzhi.app.dir,
    planted: '二.3 人才聘任合同……不能作为有效协议：与上海储能的合作文件是一份人才聘任合同',
    change: (a) => void (a.agreements[0]!.type = '人才聘任合同'),
    expect: [{ rule: 'agreement-type', clause: '二.3', severity: 'error' }],
  },
  // the second round's wordings (qa2): each still finds its mistake
  {
    name: 'contract-ends-early-hyphen-range',
    base: sxdtu.app.dir,
    planted: '三.2(2) 受聘期限覆盖项目执行期：在聘证明第2页写“受聘期限 2023.1.1-2026.12.31”，执行期至2027年12月31日',
    change: (a) => {
      a.lead.contract!.to = '2026-12-31';
      a.lead.contractEndInDossier = '2026-12-31';
    },
    expect: [
      { rule: 'lead-contract-term', clause: '三.2(2)', severity: 'error' },
      { rule: 'employment-content', clause: '三.2(2)', severity: 'error' },
    ],
  },
  {
    name: 'commitment-times-guide-smaller',
    base: jzam.app.dir,
    planted: '三.2(4) 承诺书写“不低于申请引导资金（50万元）的2倍，即90万元”，dossier.yaml 写配套100万元',
    change: (a) => void (a.committed = 90),
    expect: [{ rule: 'funding-commitment-text', clause: '三.2(4)', severity: 'error' }],
  },
  {
    name: 'commitment-yuan-smaller',
    base: zhigan.app.dir,
    planted: '三.2(4) 承诺书写“人民币柒拾万元整（￥700,000.00元）”，dossier.yaml 写配套75万元',
    change: (a) => void (a.committed = 70),
    expect: [{ rule: 'funding-commitment-text', clause: '三.2(4)', severity: 'error' }],
  },
  {
    name: 'agreement-two-years-declared-three',
    base: sxnu.app.dir,
    planted: '二.3 协议有效期限覆盖项目执行期：协议写“自双方签字盖章之日起生效，有效期两年”（至2026年10月14日），dossier.yaml 却填有效期至2027-10-14',
    change: (a) => void (a.agreements[0]!.printedYears = 2),
    expect: [{ rule: 'agreement-text', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'english-first-agreement-ends-early',
    base: zhigan.app.dir,
    planted: '二.3 协议有效期限覆盖项目执行期：英文在前的协议有效期至2027年6月30日，执行期至2027年11月30日',
    change: (a) => void (a.agreements[0]!.validUntil = '2027-06-30'),
    expect: [{ rule: 'agreement-validity', clause: '二.3', severity: 'error' }],
  },
  {
    name: 'period-3-years-and-2-days',
    base: zhigan.app.dir,
    planted: '二.7 项目执行期2—3年：执行期2024年12月1日至2027年12月2日（超过3年），协议随之至2027年12月31日',
    change: (a) => {
      a.period.end = '2027-12-02';
      a.agreements[0]!.validUntil = '2027-12-31';
    },
    expect: [{ rule: 'period-length', clause: '二.7', severity: 'error' }],
  },
  {
    name: 'aid-qinghai-partner-in-gansu',
    base: sxnu.app.dir,
    planted: '一.5 对口援青：援助地区填青海，主要合作单位却是甘肃的兰州大学',
    change: (a) => {
      Object.assign(a.partners[0]!, { name: '兰州大学', location: '甘肃省兰州市城关区', creditCode: uscc('12', '620000', '43800011'), address: '甘肃省兰州市城关区天水南路222号', signatory: { name: '马建华', rank: '教授', position: '草地农业科技学院教授' }, lead: '马建华' });
    },
    expect: [{ rule: 'category-aid-region', clause: '一.5', severity: 'warning' }],
  },
];

// ── across dossiers (二.2 同一负责人, 二.6 同一单位一个推荐部门) ───────────────────────────────────────

export const BATCH_TWINS: BatchTwin[] = [
  {
    name: 'same-lead-twice',
    planted: '二.2 同一年度限申报1项：同一负责人（张丽娟）出现在两份申报中（另一份为本校另一个项目）',
    apps: [
      { base: sxmu.app.dir },
      {
        base: sxmu.app.dir,
        change: (a) => {
          a.dir = a.dir.replace(/10-.*$/, '10b-山西医科大学-区域合作-第二项');
          a.title = '矽肺纤维化干预靶点筛选与验证';
          a.titleEn = 'Screening and Validation of Intervention Targets for Silicotic Fibrosis';
          a.summary = '与浙江大学合作，筛选矽肺纤维化进程中的关键信号通路与干预靶点，开展动物模型验证。';
        },
      },
    ],
    expect: [{ rule: 'batch-duplicate-lead', clause: '二.2', severity: 'error' }],
  },
  {
    name: 'one-unit-two-recommenders',
    planted: '二.6 同一单位只能通过一个项目组织单位进行申报：晋城光电的第二个项目通过省工信厅推荐',
    apps: [
      { base: jincheng.app.dir },
      {
        base: jincheng.app.dir,
        change: (a) => {
          a.dir = a.dir.replace(/12-.*$/, '12b-晋城光电-区域合作-工信厅推荐');
          a.applicant.recommender = '山西省工业和信息化厅';
          a.title = '车规级激光雷达光学窗口片镀膜技术';
          a.titleEn = 'Coatings of Optical Windows for Automotive LiDAR';
          a.summary = '与深圳光联科技股份有限公司合作，研发车规级激光雷达光学窗口片的增透与疏水复合镀膜技术。';
          a.lead = { ...a.lead, name: '秦雨', birth: '1988-06-06', idSeq: '026', sex: '女', title: '高级工程师', titleRank: '副高级', phone: '13903566690' };
          a.agreements = [a.agreements[0]!];
          a.partners = [a.partners[0]!];
          delete a.scans.noveltySearch;
        },
      },
    ],
    expect: [{ rule: 'batch-one-recommender', clause: '二.6', severity: 'error' }],
  },
];
