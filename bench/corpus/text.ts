// Filler text for the long documents of the benchmark corpus: the body of a 申报书, the statements of an
// 审计报告, the retrieval record of a 查新报告 and the further articles of a 合作协议. Real Chinese (and,
// for agreements, English) sentences of the kinds these documents contain, composed deterministically
// from a seed so that pages are dense and not all alike.

import { between, pick, rng, type Rng } from '../../scripts/random.js';

const FORM_SECTIONS = [
  '一、项目立项的背景和意义',
  '二、国内外研究现状及发展趋势',
  '三、合作方基本情况及合作基础',
  '四、主要研究内容',
  '五、关键技术与创新点',
  '六、技术路线与实施方案',
  '七、预期目标与考核指标',
  '八、进度安排',
  '九、项目组成员及分工',
  '十、经费预算及说明',
  '十一、风险分析及对策',
  '十二、知识产权与成果转化',
];

const FORM_SENTENCES = [
  '本项目面向山西省传统产业转型升级和战略性新兴产业培育的重大需求，聚焦制约产业发展的关键共性技术。',
  '通过引进、消化、吸收合作方的先进技术和管理经验，提升我省相关领域的自主创新能力和国际竞争力。',
  '近年来，国内外在该领域的研究取得了显著进展，但在材料制备、工艺控制和工程化应用方面仍存在明显差距。',
  '合作方在该方向具有长期的研究积累，拥有完善的实验平台和检测条件，已在国际知名期刊发表系列论文。',
  '双方自2019年起开展学术交流与人员互访，联合举办国际学术研讨会两次，共同培养研究生五名。',
  '项目拟围绕关键材料设计、制备工艺优化、性能表征与服役评价、工程示范应用四个方面开展联合攻关。',
  '建立多尺度计算模拟与实验验证相结合的研究方法，揭示组织结构演变规律及其对综合性能的影响机制。',
  '开发具有自主知识产权的成套工艺与装备，形成可复制、可推广的技术方案，并在省内骨干企业开展示范应用。',
  '项目实施期间，计划申请发明专利三至五项，制定企业标准一项，发表高水平学术论文四篇以上。',
  '引进和培养中青年科技骨干五名以上，其中博士研究生两名，邀请外方专家来晋开展技术指导和学术交流。',
  '技术路线采用“基础研究—中试验证—工程示范”三段式推进，各阶段设置明确的节点目标和考核方式。',
  '第一阶段完成文献调研、方案论证和实验平台搭建；第二阶段完成关键工艺参数优化和小批量试制。',
  '第三阶段在合作企业生产线开展工程化验证，完成用户试用评价，形成技术总结报告和验收材料。',
  '项目负责人长期从事相关领域的研究工作，主持完成省部级科研项目多项，具有丰富的项目组织管理经验。',
  '项目组成员专业结构合理，涵盖材料、机械、自动化和经济管理等学科，能够满足项目实施的需要。',
  '申报单位建有省级工程技术研究中心，拥有扫描电镜、万能试验机、热分析仪等大型仪器设备四十余台套。',
  '经费预算按照实事求是、精打细算的原则编制，设备费、材料费、测试化验加工费等支出均有明确用途。',
  '引导资金主要用于国际合作交流、关键材料购置、测试分析和专家咨询，配套资金由申报单位自筹解决。',
  '项目可能面临技术路线调整、国际交流受阻和市场需求变化等风险，已制定相应的预案和应对措施。',
  '合作产生的知识产权按协议约定归属，双方共同推动成果在山西省内转化应用，实现经济效益和社会效益。',
  '项目成果预计可使产品综合性能提升百分之二十以上，生产成本降低百分之十五，年新增产值约三千万元。',
  '依托本项目建设联合实验室，搭建长期稳定的国际科技合作平台，为后续深化合作奠定坚实基础。',
  '项目实行负责人制，设立项目管理办公室，定期召开工作例会，及时协调解决实施过程中出现的问题。',
  '严格执行国家和我省科研项目资金管理的有关规定，建立项目资金台账，确保专款专用、规范使用。',
  '研究过程中严格遵守科研诚信和科技伦理要求，实验数据真实可靠，原始记录完整、可追溯。',
];

const FORM_TABLE_ROWS = [
  ['设备费', '用于购置小型专用实验设备'],
  ['材料费', '用于购置原材料、试剂和耗材'],
  ['测试化验加工费', '用于委托第三方检测和样品加工'],
  ['差旅费/会议费/国际合作与交流费', '用于出国访问、外方专家来晋和学术会议'],
  ['出版/文献/信息传播/知识产权事务费', '用于论文版面费和专利申请'],
  ['劳务费', '用于项目聘用人员和研究生'],
  ['专家咨询费', '用于聘请专家咨询论证'],
];

const AUDIT_ITEMS = [
  '货币资金', '应收票据', '应收账款', '预付款项', '其他应收款', '存货', '其他流动资产', '长期股权投资', '固定资产',
  '在建工程', '无形资产', '开发支出', '长期待摊费用', '递延所得税资产', '短期借款', '应付票据', '应付账款', '合同负债',
  '应付职工薪酬', '应交税费', '其他应付款', '长期借款', '实收资本', '资本公积', '盈余公积', '未分配利润',
  '营业收入', '营业成本', '税金及附加', '销售费用', '管理费用', '研发费用', '财务费用', '其他收益', '营业利润', '利润总额',
];

const AUDIT_NOTES = [
  '本公司以持续经营为基础，根据实际发生的交易和事项，按照企业会计准则的规定进行确认和计量。',
  '本公司会计年度自公历1月1日起至12月31日止，以人民币为记账本位币。',
  '对于应收账款，本公司按照整个存续期内预期信用损失的金额计量其损失准备。',
  '固定资产按成本进行初始计量，采用年限平均法计提折旧，房屋建筑物折旧年限为二十年。',
  '研究阶段的支出于发生时计入当期损益；开发阶段的支出满足资本化条件的，确认为无形资产。',
  '本公司根据财政部、国家税务总局相关规定，享受高新技术企业所得税优惠税率百分之十五。',
];

const NOVELTY_SENTENCES = [
  '检索数据库：中国学术期刊网络出版总库、万方数据知识服务平台、中国专利数据库、Web of Science、Derwent Innovation。',
  '检索年限：2004年至今。检索词：轻量化、成形工艺、组织调控、服役性能、联合研发、国际合作。',
  '经检索，共检出相关文献一百二十六篇，其中密切相关文献十二篇，现将密切相关文献列举如下：',
  '文献一报道了一种新型制备工艺，在实验室条件下获得了较好的力学性能，但未涉及工程化应用。',
  '文献二研究了热处理制度对组织和性能的影响，所用材料体系与本项目不同。',
  '文献三公开了一种成形装置及方法，其技术方案与本项目的查新点一存在本质区别。',
  '文献四对服役环境下的失效机理进行了分析，未见与本项目查新点二相同的技术特征。',
  '文献五为国外研究机构的综述文章，总结了该领域近十年的研究进展和发展趋势。',
  '对比分析表明，本项目在工艺路线和应用对象方面与上述文献存在明显区别。',
];

const AGREEMENT_ARTICLES: { zh: string[]; en: string[] }[] = [
  {
    zh: ['第六条 保密条款', '双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限自本协议签订之日起至协议终止后五年。'],
    en: ['Article 6 Confidentiality', 'Each Party shall keep confidential the technical and business information received from the other Party and shall not disclose it to any third party without prior written consent, during the term and for five years thereafter.'],
  },
  {
    zh: ['第七条 人员交流', '双方每年互派科研人员开展合作研究和学术访问，派出方承担国际旅费，接待方提供工作条件和必要的生活便利。'],
    en: ['Article 7 Exchange of Personnel', 'The Parties shall exchange researchers every year for joint research and academic visits. The sending Party bears the international travel costs; the receiving Party provides working conditions.'],
  },
  {
    zh: ['第八条 违约责任', '任何一方违反本协议约定，应承担相应的违约责任；因不可抗力导致协议不能履行的，双方互不承担责任。'],
    en: ['Article 8 Liability for Breach', 'A Party in breach of this Agreement shall be liable for the consequences. Neither Party is liable for failure to perform caused by force majeure.'],
  },
  {
    zh: ['第九条 争议解决', '因本协议引起的或与本协议有关的任何争议，双方应友好协商解决；协商不成的，提交双方认可的仲裁机构仲裁。'],
    en: ['Article 9 Settlement of Disputes', 'Any dispute arising from or in connection with this Agreement shall be settled through friendly consultation, failing which it shall be submitted to arbitration agreed by both Parties.'],
  },
  {
    zh: ['第十条 协议的变更与终止', '本协议的任何变更须经双方书面同意。一方提前三个月书面通知对方，可以终止本协议，已开展的工作按约定妥善处理。'],
    en: ['Article 10 Amendment and Termination', 'Any amendment to this Agreement requires the written consent of both Parties. Either Party may terminate it by three months\' written notice; work in progress shall be completed as agreed.'],
  },
  {
    zh: ['第十一条 其他', '本协议未尽事宜，由双方另行协商并签订补充协议，补充协议与本协议具有同等法律效力。本协议一式四份，双方各执两份。'],
    en: ['Article 11 Miscellaneous', 'Matters not covered by this Agreement shall be settled by supplementary agreements with the same legal effect. This Agreement is made in four originals, two for each Party.'],
  },
];

const money = (r: Rng) => (between(r, 1, 9999) * 1000 + between(r, 0, 999)).toLocaleString('en-US') + '.' + String(between(r, 0, 99)).padStart(2, '0');

/** Pages of the application form's body (after the cover and summary). */
export function formBody(seed: number, pages: number): string[][] {
  const r = rng(seed);
  const out: string[][] = [];
  for (let p = 0; p < pages; p++) {
    const lines: string[] = [];
    const section = FORM_SECTIONS[p % FORM_SECTIONS.length]!;
    if (section.startsWith('十、')) {
      lines.push(section, '单位：万元');
      for (const [item, use] of FORM_TABLE_ROWS) lines.push(`${item}  ${between(r, 1, 30)}.${between(r, 0, 9)}  ${use}`);
      lines.push('');
    } else lines.push(section);
    // about 30 wrapped lines of prose: a full A4 page at 12 pt
    while (lines.join('').length < 1100) lines.push(Array.from({ length: between(r, 2, 4) }, () => pick(r, FORM_SENTENCES)).join(''));
    out.push(lines);
  }
  return out;
}

/** Pages of financial statements and notes that follow the audit opinion. */
export function auditBody(seed: number, pages: number): string[][] {
  const r = rng(seed);
  const out: string[][] = [];
  for (let p = 0; p < pages; p++) {
    const lines: string[] = [];
    if (p % 3 === 2) {
      lines.push(`财务报表附注（${p}）`);
      while (lines.join('').length < 1000) lines.push(pick(r, AUDIT_NOTES));
    } else {
      lines.push(p % 3 === 0 ? '资产负债表（续）    单位：人民币元' : '利润表（续）    单位：人民币元', '项目    期末余额    上年年末余额');
      for (let i = 0; i < 32; i++) lines.push(`${pick(r, AUDIT_ITEMS)}    ${money(r)}    ${money(r)}`);
    }
    out.push(lines);
  }
  return out;
}

/** Pages of the novelty report's retrieval record. */
export function noveltyBody(seed: number, pages: number): string[][] {
  const r = rng(seed);
  const out: string[][] = [];
  for (let p = 0; p < pages; p++) {
    const lines = [`附件${p + 1} 检索过程及密切相关文献`];
    while (lines.join('').length < 1000) lines.push(pick(r, NOVELTY_SENTENCES));
    out.push(lines);
  }
  return out;
}

/** Further articles of an agreement, Chinese then (for a bilingual one) English. */
export function agreementBody(seed: number, pages: number, english: boolean): string[][] {
  const r = rng(seed);
  const out: string[][] = [];
  for (let p = 0; p < pages; p++) {
    const en = english && p % 2 === 1;
    const lines: string[] = [];
    while (lines.join('').length < (en ? 2200 : 1000)) {
      const a = pick(r, AGREEMENT_ARTICLES);
      lines.push(...(en ? a.en : a.zh));
    }
    out.push(lines);
  }
  return out;
}
