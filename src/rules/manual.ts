// Requirements of the notice no machine can check from a dossier: listed so a person checks them.
import { defineManual } from './rule.js';

const why = { zh: '需由申报单位或组织推荐部门人工核实。', en: 'The applicant or the recommending department must verify this by hand.' };

export const manualRules = [
  defineManual({ id: 'manual-team', clause: '二.1', title: { zh: '有稳定、高素质的研究和管理团队，具有较强的技术基础、设备条件和创新能力', en: 'A stable, capable team with the technical base, equipment and innovation capacity' }, doc: { why } }),
  defineManual({ id: 'manual-lead-capacity', clause: '二.2', title: { zh: '项目负责人具有组织管理和协调能力、组织科技计划的成功经验，能将主要精力用于项目', en: 'The lead can manage, has run programmes successfully and can devote most effort to the project' }, doc: { why } }),
  defineManual({ id: 'manual-other-limits', clause: '二.2', title: { zh: '符合省科技计划其他限项要求', en: 'Other limits of the provincial programmes are met' }, doc: { why } }),
  defineManual({ id: 'manual-funding-gap', clause: '二.5', title: { zh: '引导资金未达申请额度的差额由申报单位自筹', en: 'The applicant covers any shortfall of the granted funds' }, doc: { why } }),
  defineManual({ id: 'manual-no-changes', clause: '二.7', title: { zh: '受理后不更改项目名称、申报单位和项目负责人', en: 'Title, applicant and lead do not change after acceptance' }, doc: { why } }),
  defineManual({ id: 'manual-team-credit', clause: '二.8', title: { zh: '项目负责人和参与人员信誉良好，无正在接受处罚的不良信用记录', en: 'The lead and team members have good standing and no ongoing credit sanction' }, doc: { why } }),
  defineManual({ id: 'manual-recommender-review', clause: '二.10', title: { zh: '申报单位和组织推荐部门履行审核推荐职责，核查社会信用与材料真实性', en: 'Applicant and recommender review credit and truthfulness' }, doc: { why } }),
  defineManual({ id: 'manual-paper-copies', clause: '四.1', title: { zh: '书面材料A4纸双面打印，按顺序装订成册一式五份，签字盖章', en: 'Paper copies: A4 double-sided, bound in order, five copies, signed and sealed' }, doc: { why } }),
  defineManual({ id: 'manual-online-final', clause: '四.1', title: { zh: '网上确认提交后一律不予退回重报', en: 'Once confirmed online, nothing is returned for resubmission' }, doc: { why } }),
];
