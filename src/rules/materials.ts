// 三 申报材料: which attachments a dossier needs, in the notice's order, and whether each is there.
// The MATERIALS table is also the checklist every report prints.
import { defineRule, type CheckRule } from './rule.js';
import type { LooseDossier } from '../model/dossier.js';
import type { Msg } from '../core/finding.js';
import type { AttachmentFact } from '../core/attachments.js';
import { partnersOf } from './helpers.js';
import { shanghaiDate } from '../core/dates.js';

export interface FileRef {
  path: string;
  file: string;
}

export interface Material {
  id: string;
  clause: string;
  label: Msg;
  /** Whether this dossier needs it, and why (for the message). */
  needed(d: LooseDossier): boolean;
  neededBecause?: Msg;
  /** The files the dossier declares for it. */
  files(d: LooseDossier): FileRef[];
  /** Where a missing one is reported. */
  path: string;
}

const single = (key: keyof NonNullable<LooseDossier['attachments']>) => (d: LooseDossier): FileRef[] => {
  const v = d.attachments?.[key];
  return typeof v === 'string' && v ? [{ path: `attachments.${key}`, file: v }] : [];
};
const always = () => true;

export const MATERIALS: Material[] = [
  { id: 'applicationForm', clause: '三.1', label: { zh: '项目申报书', en: 'Application form' }, needed: always, files: single('applicationForm'), path: 'attachments.applicationForm' },
  { id: 'businessLicense', clause: '三.2(1)', label: { zh: '营业执照或组织机构代码证', en: 'Business licence or organisation code certificate' }, needed: always, files: single('businessLicense'), path: 'attachments.businessLicense' },
  { id: 'leadQualification', clause: '三.2(2)', label: { zh: '项目负责人职称或学位证明', en: 'Lead\'s title or degree certificate' }, needed: always, files: single('leadQualification'), path: 'attachments.leadQualification' },
  { id: 'employmentProof', clause: '三.2(2)', label: { zh: '在职、在岗或在聘证明', en: 'Proof of employment' }, needed: always, files: single('employmentProof'), path: 'attachments.employmentProof' },
  {
    id: 'agreements',
    clause: '三.2(3)',
    label: { zh: '合作文件（合作协议书或意向书）', en: 'Cooperation agreements' },
    needed: always,
    files: (d) => (Array.isArray(d.agreements) ? d.agreements : []).flatMap((a, i) => (typeof a?.file === 'string' && a.file ? [{ path: `agreements.${i}.file`, file: a.file }] : [])),
    path: 'agreements',
  },
  { id: 'fundingCommitment', clause: '三.2(4)', label: { zh: '项目资金配套承诺书', en: 'Matching-funds commitment' }, needed: always, files: single('fundingCommitment'), path: 'attachments.fundingCommitment' },
  {
    id: 'auditReport',
    clause: '三.2(5)',
    label: { zh: '上年度审计报告（企业）', en: 'Previous year\'s audit report (enterprises)' },
    needed: (d) => d.applicant?.kind === 'enterprise',
    neededBecause: { zh: '申报单位为企业', en: 'the applicant is an enterprise' },
    files: single('auditReport'),
    path: 'attachments.auditReport',
  },
  {
    id: 'platformProof',
    clause: '三.2(6)',
    label: { zh: '国家级科技创新平台证明（区域合作）', en: 'National platform proof (regional)' },
    // 三.2(6) asks it of 科研院所或企业 with a national platform; a university qualifies by 双一流 (一.4).
    needed: (d) => d.project?.category === 'regional' && partnersOf(d).some((p) => !!p?.nationalPlatform && p.kind !== 'university'),
    neededBecause: { zh: '区域合作项目与拥有国家级科技创新平台的科研院所或企业合作', en: 'a regional partner is an institute or company holding a national platform' },
    files: single('platformProof'),
    path: 'attachments.platformProof',
  },
  {
    id: 'noveltySearch',
    clause: '三.2(7)',
    label: { zh: '科技查新报告（{call.noveltySearchAfter}之后）', en: 'Novelty search report (after {call.noveltySearchAfter})' },
    needed: always,
    files: (d) => {
      const f = d.attachments?.noveltySearch?.file;
      return typeof f === 'string' && f ? [{ path: 'attachments.noveltySearch.file', file: f }] : [];
    },
    path: 'attachments.noveltySearch',
  },
  {
    id: 'integrityPledge',
    clause: '二.8',
    label: { zh: '科研诚信承诺书', en: 'Research integrity pledge' },
    // Required by 二.8, but may be inside the application form: the integrity-pledge rule warns.
    needed: () => false,
    files: single('integrityPledge'),
    path: 'attachments.integrityPledge',
  },
  {
    id: 'ethicsReview',
    clause: '二.9',
    label: { zh: '伦理委员会审查意见', en: 'Ethics committee opinion' },
    needed: (d) => d.project?.declarations?.ethics === true || d.project?.declarations?.humanGeneticResources === true,
    files: single('ethicsReview'),
    path: 'attachments.ethicsReview',
  },
  {
    id: 'other',
    clause: '三.2(8)',
    label: { zh: '其它相关证明材料', en: 'Other supporting documents' },
    needed: () => false,
    files: (d) => (Array.isArray(d.attachments?.other) ? d.attachments.other : []).flatMap((f, i) => (typeof f === 'string' && f ? [{ path: `attachments.other.${i}`, file: f }] : [])),
    path: 'attachments.other',
  },
];

/** The material an attachment path belongs to (agreements.1.file → agreements, 三.2(3)). */
export function materialOf(d: LooseDossier, path: string): Material | undefined {
  return MATERIALS.find((m) => m.files(d).some((f) => f.path === path));
}

/** Every file the dossier declares, in the checklist's order. */
export function declaredFiles(d: LooseDossier): FileRef[] {
  return MATERIALS.flatMap((m) => m.files(d));
}

function materialRule(m: Material, id: string): CheckRule {
  return defineRule({
    id,
    clause: m.clause,
    severity: 'error',
    title: { zh: `提供${m.label.zh}`, en: `${m.label.en} is provided` },
    hint: { zh: `在 dossier.yaml 的 ${m.path} 中填写该附件（PDF）的文件名，并将文件放在 dossier.yaml 所在文件夹内`, en: `Name the PDF in ${m.path} of dossier.yaml and put the file in the dossier folder` },
    messages: {
      missing: { zh: '缺少{label}{because}', en: '{label} is missing{because}' },
    },
    doc: {
      why: { zh: '缺少必备附件的申报形式审查不予通过。', en: 'An application missing a required attachment fails the formal review.' },
    },
    check({ dossier }, report) {
      if (!m.needed(dossier) || m.files(dossier).length > 0) return;
      const because = m.neededBecause ? { zh: `（${m.neededBecause.zh}）`, en: ` (${m.neededBecause.en})` } : '';
      report('missing', { label: m.label, because }, { path: m.path });
    },
  });
}

const byId = (id: string) => MATERIALS.find((m) => m.id === id)!;

export const materialRules: CheckRule[] = [
  materialRule(byId('applicationForm'), 'material-application-form'),
  materialRule(byId('businessLicense'), 'material-business-license'),
  materialRule(byId('leadQualification'), 'material-lead-qualification'),
  materialRule(byId('employmentProof'), 'material-employment-proof'),
  materialRule(byId('agreements'), 'material-agreements'),
  materialRule(byId('fundingCommitment'), 'material-funding-commitment'),
  materialRule(byId('auditReport'), 'material-audit-report'),
  materialRule(byId('platformProof'), 'material-platform-proof'),
  materialRule(byId('noveltySearch'), 'material-novelty-search'),
];

export const attachmentFile = defineRule({
  id: 'attachment-file',
  clause: '三',
  severity: 'error',
  title: { zh: '附件文件存在于申报文件夹内，且是PDF', en: 'Each attachment is a PDF inside the dossier folder' },
  hint: { zh: '把附件PDF放在 dossier.yaml 所在文件夹（或其子文件夹）内，路径与 dossier.yaml 中填写的一致', en: 'Put the PDF in the dossier folder (or below it) under the name dossier.yaml gives' },
  messages: {
    similar: {
      zh: '附件“{file}”不存在；文件夹中有“{similar}”',
      en: 'The attachment "{file}" does not exist; the folder has "{similar}"',
      hint: { zh: '是否应为“{similar}”？在 dossier.yaml 中照实际文件名填写（kjhz 不会改文件名）', en: 'Did you mean "{similar}"? Give the file\'s actual name in dossier.yaml (kjhz never renames files)' },
    },
    missing: { zh: '附件“{file}”不存在', en: 'The attachment "{file}" does not exist', hint: { zh: '把“{file}”放在 dossier.yaml 所在文件夹（或其子文件夹）内，或改正 dossier.yaml 中的文件名', en: 'Put "{file}" in the dossier folder (or below it), or correct the name in dossier.yaml' } },
    outside: { zh: '附件路径“{file}”指向申报文件夹之外（{detail}），已拒绝读取', en: 'The attachment path "{file}" leads outside the dossier folder ({detail}); not read', hint: { zh: '把附件复制到申报文件夹内，并填写相对于 dossier.yaml 的路径，如 营业执照.pdf', en: 'Copy the file into the dossier folder and give its path relative to dossier.yaml, such as 营业执照.pdf' } },
    'not-regular': { zh: '附件“{file}”不是普通文件（{detail}）', en: 'The attachment "{file}" is not a regular file ({detail})', hint: { zh: '填写附件文件本身的路径，而不是文件夹', en: 'Give the path of the file itself, not of a folder' } },
    'bad-name': { zh: '附件文件名“{file}”含有不允许的字符（{detail}），已拒绝读取', en: 'The attachment name "{file}" has characters that are not allowed ({detail}); not read', hint: { zh: '重命名该文件，去掉控制字符等特殊字符，并同步修改 dossier.yaml', en: 'Rename the file without control characters, and change dossier.yaml to match' } },
    empty: { zh: '附件“{file}”是空文件（0字节）', en: 'The attachment "{file}" is empty (0 bytes)', hint: { zh: '重新导出或复制该附件：当前文件没有内容', en: 'Export or copy the attachment again: the file has no content' } },
    'not-pdf': { zh: '附件“{file}”不是PDF文件（文件头不是 %PDF-）', en: 'The attachment "{file}" is not a PDF (it does not start with %PDF-)', hint: { zh: '用 Word/WPS 的“另存为PDF”或扫描软件导出为PDF；只改扩展名不能得到PDF', en: 'Export it as PDF ("Save as PDF" or the scanner software); renaming the file does not make it a PDF' } },
    'too-large': {
      zh: '附件“{file}”大小为{size}，超过{limit}，网上申报系统可能拒收；未读取其内容',
      en: 'The attachment "{file}" is {size}, over {limit}; the portal may refuse it. Its content was not read',
      severity: 'warning',
      hint: { zh: '压缩该PDF（如扫描分辨率降到200 dpi）至{limit}以内', en: 'Compress the PDF (e.g. scan at 200 dpi) to under {limit}' },
    },
  },
  doc: {
    why: { zh: '附件缺失或格式不对，网上申报无法上传或评审无法查看。', en: 'A missing or malformed attachment cannot be uploaded or reviewed.' },
    fail: 'attachments: { businessLicense: ../其他单位/营业执照.pdf }',
    pass: 'attachments: { businessLicense: 营业执照.pdf }',
  },
  check({ dossier, attachments, policy }, report) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    for (const fact of attachments.values()) {
      if (fact.status === 'ok') continue;
      const clause = materialOf(dossier, fact.path)?.clause;
      report(fact.status === 'missing' && fact.similar ? 'similar' : fact.status, { file: fact.file, similar: fact.similar ?? '', detail: fact.detail ?? '', size: mb(fact.size ?? 0), limit: mb(policy.attachment.maxBytes) }, { path: fact.path, ...(clause ? { clause } : {}) });
    }
  },
});

export const noveltySearchDate = defineRule({
  id: 'novelty-search-date',
  clause: '三.2(7)',
  severity: 'error',
  title: { zh: '科技查新报告为{call.noveltySearchAfter}之后完成', en: 'The novelty search report was completed after {call.noveltySearchAfter}' },
  hint: { zh: '重新委托查新机构针对本项目进行科技查新', en: 'Commission a new novelty search for this project' },
  messages: {
    tooOld: {
      zh: '科技查新报告完成日期为{date}，须为{call.noveltySearchAfter}之后',
      en: 'The novelty search report is dated {date}; it must be after {call.noveltySearchAfter}',
    },
    onLimit: {
      zh: '科技查新报告完成日期为{date}，恰为通知规定的“{call.noveltySearchAfter}之后”的边界日，请确认是否被受理',
      en: 'The novelty search report is dated {date}, exactly the "after {call.noveltySearchAfter}" boundary; confirm it is accepted',
      severity: 'warning',
      hint: { zh: '向组织推荐部门确认恰在边界日完成的查新报告是否被受理', en: 'Ask the recommending department whether a report dated on the boundary is accepted' },
    },
    future: {
      zh: '科技查新报告完成日期{date}晚于检查时间{today}，请核对',
      en: 'The novelty search date {date} is after the check date {today}; please verify',
      severity: 'warning',
      hint: { zh: '核对查新完成日期是否填错：应与查新报告上印的日期一致', en: 'Check the date for a typo: it is the date printed on the report' },
    },
  },
  doc: {
    why: { zh: '过期的查新报告不能反映项目的新颖性。', en: 'An old report does not show the project\'s novelty.' },
    fail: 'noveltySearch: { file: 查新报告.pdf, date: {call.noveltySearchAfter.prev} }',
    pass: 'noveltySearch: { file: 查新报告.pdf, date: {call.noveltySearchAfter.next} }',
  },
  check({ dossier, policy, asOf }, report) {
    const date = dossier.attachments?.noveltySearch?.date;
    if (typeof date !== 'string') return;
    const path = 'attachments.noveltySearch.date';
    const limit = policy.noveltySearchAfter;
    if (date < limit) return report('tooOld', { date }, { path });
    if (date === limit) return report('onLimit', { date }, { path });
    const today = shanghaiDate(asOf);
    if (date > today) report('future', { date, today }, { path });
  },
});

export type { AttachmentFact };
