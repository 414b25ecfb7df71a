// 二.2 项目负责人: age, identity, qualification, employment, and the limits on concurrent projects.
import { defineRule } from './rule.js';
import { checkIdNumber, maskIdNumber } from '../core/checksums.js';
import { shanghaiDate } from '../core/dates.js';
import { foldName } from '../core/places.js';
import { termOf } from '../model/vocabulary.js';

/** Whether a programme name is the cooperation programme or its predecessor (二.2), not a national one. */
function isCooperationProgram(program: string, names: readonly string[]): boolean {
  const p = foldName(program);
  return !p.includes('国家') && names.some((n) => p.includes(foldName(n)));
}

export const leadBirthDate = defineRule({
  id: 'lead-age',
  clause: '二.2',
  severity: 'error',
  title: { zh: '项目负责人{call.leadBornOnOrAfter}（含）以后出生', en: 'The project lead was born on or after {call.leadBornOnOrAfter}' },
  hint: { zh: '更换符合年龄要求的项目负责人', en: 'Choose a project lead who meets the age limit' },
  messages: {
    tooOld: {
      zh: '项目负责人须为{call.leadBornOnOrAfter}（含）以后出生，当前为{date}',
      en: 'The project lead must be born on or after {call.leadBornOnOrAfter}; born {date}',
    },
  },
  doc: {
    why: { zh: '年龄不符是最常见的形式审查退回原因之一。', en: 'The age limit is one of the most common reasons for return.' },
    fail: 'lead: { birthDate: {call.leadBornOnOrAfter.prev} }',
    pass: 'lead: { birthDate: {call.leadBornOnOrAfter.iso} }',
  },
  check({ dossier, policy }, report) {
    const birth = dossier.lead?.birthDate;
    if (typeof birth === 'string' && birth < policy.leadBornOnOrAfter) {
      report('tooOld', { date: birth }, { path: 'lead.birthDate' });
    }
  },
});

export const leadIdNumber = defineRule({
  id: 'lead-id-number',
  clause: '二.2',
  severity: 'error',
  title: { zh: '项目负责人身份证号有效且与出生日期一致', en: 'The lead\'s ID number is valid and agrees with the birth date' },
  hint: { zh: '按居民身份证逐位核对身份证号和出生日期', en: 'Copy the ID number and birth date from the ID card' },
  messages: {
    format: { zh: '身份证号“{id}”格式不正确，应为18位（最后一位可为X）', en: 'The ID number "{id}" is malformed: 18 characters, the last may be X' },
    date: { zh: '身份证号“{id}”中的出生日期不是有效日期', en: 'The birth date inside the ID number "{id}" is not a real date' },
    check: { zh: '身份证号“{id}”校验位错误', en: 'The ID number "{id}" has a wrong check digit' },
    mismatch: {
      zh: '身份证号“{id}”显示的出生日期{idDate}与填写的出生日期{birthDate}不一致',
      en: 'The ID number "{id}" gives birth date {idDate}, but the dossier says {birthDate}',
    },
    tooOld: {
      zh: '身份证号“{id}”显示项目负责人出生于{idDate}，须为{call.leadBornOnOrAfter}（含）以后出生',
      en: 'The ID number "{id}" shows the lead was born on {idDate}; it must be on or after {call.leadBornOnOrAfter}',
    },
  },
  doc: {
    why: { zh: '申报系统按身份证号核验年龄与限项，号码错误会导致核验失败。', en: 'The portal checks age and project limits by ID number; a wrong number fails them.' },
    fail: 'lead: { idNumber: "140105199003070021", birthDate: 1990-03-07 }',
    pass: 'lead: { idNumber: "140105199003070020", birthDate: 1990-03-07 }',
  },
  check({ dossier, policy }, report) {
    const raw = dossier.lead?.idNumber;
    if (typeof raw !== 'string' || raw.trim() === '') return;
    const path = 'lead.idNumber';
    const id = maskIdNumber(raw);
    const r = checkIdNumber(raw);
    if (r.problem) return report(r.problem, { id }, { path });
    const birthDate = dossier.lead?.birthDate;
    if (typeof birthDate === 'string' && r.birthDate !== birthDate) {
      return report('mismatch', { id, idDate: r.birthDate!, birthDate }, { path });
    }
    if (birthDate === undefined && r.birthDate! < policy.leadBornOnOrAfter) {
      report('tooOld', { id, idDate: r.birthDate! }, { path });
    }
  },
});

export const leadQualification = defineRule({
  id: 'lead-qualification',
  clause: '二.2',
  severity: 'error',
  title: { zh: '项目负责人具有副高以上技术职称或博士学位', en: 'The lead holds an associate-senior title or higher, or a doctorate' },
  hint: { zh: '更换具有副高及以上职称或博士学位的项目负责人', en: 'Choose a lead with an associate-senior title or higher, or a doctorate' },
  messages: {
    unqualified: {
      zh: '项目负责人职称级别为“{rank}”、学位为“{degree}”，须具有副高以上技术职称资格（含副高）或博士学位',
      en: 'The lead\'s title rank is "{rank}" and degree "{degree}"; an associate-senior title or higher, or a doctorate, is required',
    },
  },
  doc: {
    why: { zh: '负责人资格不符直接不予受理。', en: 'An unqualified lead means the application is not accepted.' },
    fail: 'lead: { titleRank: intermediate, degree: master }',
    pass: 'lead: { titleRank: intermediate, degree: doctorate }',
  },
  check({ dossier }, report) {
    const rank = dossier.lead?.titleRank;
    const degree = dossier.lead?.degree;
    if (rank === undefined || degree === undefined) return;
    const ok = rank === 'senior' || rank === 'associate-senior' || degree === 'doctorate';
    if (!ok) report('unqualified', { rank: termOf('titleRank', rank), degree: termOf('degree', degree) }, { path: 'lead.titleRank' });
  },
});

export const leadEmployment = defineRule({
  id: 'lead-employment',
  clause: '二.2',
  severity: 'error',
  title: { zh: '项目负责人是申报单位在职、在岗或在聘人员', en: 'The lead is employed, on post or contracted at the applicant' },
  hint: { zh: '由申报单位在职、在岗或在聘人员担任项目负责人', en: 'The lead must be employed, on post or contracted at the applicant' },
  messages: {
    none: { zh: '项目负责人不是申报单位的在职、在岗或在聘人员', en: 'The lead is not employed, on post or contracted at the applicant' },
  },
  doc: {
    why: { zh: '负责人须与申报单位有聘用关系，才能对项目负责。', en: 'The lead must work for the applicant to be responsible for the project.' },
    fail: 'lead: { employment: none }',
    pass: 'lead: { employment: employed }',
  },
  check({ dossier }, report) {
    if (dossier.lead?.employment === 'none') report('none', {}, { path: 'lead.employment' });
  },
});

export const leadContractTerm = defineRule({
  id: 'lead-contract-term',
  clause: '三.2(2)',
  severity: 'error',
  title: { zh: '在聘人员的受聘期限覆盖项目执行期', en: 'A contracted lead\'s hiring term covers the execution period' },
  hint: { zh: '续签聘用合同，使受聘期限覆盖项目执行期，并在在聘证明中写明受聘期限', en: 'Extend the contract to cover the period and state the term in the proof' },
  messages: {
    missing: { zh: '项目负责人为在聘人员，但未填写受聘期限（lead.contractEnd）', en: 'The lead is contracted but lead.contractEnd is not given', hint: { zh: '在 lead.contractEnd 填写受聘期限截止日期，如 2028-06-30', en: 'Give the end of the hiring term in lead.contractEnd, such as 2028-06-30' } },
    short: {
      zh: '项目负责人受聘期限至{contractEnd}，未覆盖项目执行期（至{periodEnd}）',
      en: 'The lead\'s contract ends {contractEnd}, before the period ends ({periodEnd})',
    },
  },
  doc: {
    why: { zh: '受聘期限短于执行期，项目可能中途失去负责人。', en: 'A shorter contract may leave the project without its lead.' },
    fail: 'lead: { employment: contracted, contractEnd: 2026-06-30 }\nproject: { period: { end: 2027-12-31 } }',
    pass: 'lead: { employment: contracted, contractEnd: 2028-06-30 }',
  },
  check({ dossier }, report) {
    if (dossier.lead?.employment !== 'contracted') return;
    const contractEnd = dossier.lead.contractEnd;
    if (!contractEnd) return report('missing', {}, { path: 'lead.contractEnd' });
    const periodEnd = dossier.project?.period?.end;
    if (typeof periodEnd === 'string' && contractEnd < periodEnd) report('short', { contractEnd, periodEnd }, { path: 'lead.contractEnd' });
  },
});

export const leadApplicationsThisYear = defineRule({
  id: 'lead-applications-per-year',
  clause: '二.2',
  severity: 'error',
  title: { zh: '项目负责人同一年度限申报{call.applicationsPerYear}项省科技计划项目', en: 'The lead applies for at most {call.applicationsPerYear} provincial project(s) this year' },
  hint: { zh: '同一年度只保留一项申报', en: 'Keep only one application this year' },
  messages: {
    tooMany: {
      zh: '项目负责人本年度申报省科技计划项目{count}项，同一年度限申报{limit}项',
      en: 'The lead applies for {count} provincial projects this year; the limit is {limit}',
    },
  },
  doc: {
    why: { zh: '超项申报的项目不予受理。', en: 'Applications beyond the limit are not accepted.' },
    fail: 'lead: { applicationsThisYear: 2 }   # with a limit of 1',
    pass: 'lead: { applicationsThisYear: {call.applicationsPerYear} }',
  },
  check({ dossier, policy }, report) {
    const count = dossier.lead?.applicationsThisYear;
    if (typeof count === 'number' && count > policy.applicationsPerYear) {
      report('tooMany', { count, limit: policy.applicationsPerYear }, { path: 'lead.applicationsThisYear' });
    }
  },
});

export const leadOngoingTotal = defineRule({
  id: 'lead-ongoing-projects',
  clause: '二.2',
  severity: 'error',
  title: { zh: '在研项目和申报项目总数不超过{call.maxProjectsWithThis}项', en: 'Ongoing projects plus this one are at most {call.maxProjectsWithThis}' },
  hint: { zh: '待在研项目结题后再申报，或更换项目负责人', en: 'Apply after an ongoing project closes, or change the lead' },
  messages: {
    tooMany: {
      zh: '项目负责人主持在研项目{ongoing}项，加上本项目共{total}项，超过{limit}项',
      en: 'The lead runs {ongoing} ongoing projects; with this one that is {total}, over the limit of {limit}',
    },
  },
  doc: {
    why: { zh: '负责人须能将主要精力用于本项目。', en: 'The lead must be able to devote most effort to this project.' },
    fail: 'lead:\n  ongoingProjects: [{ title: A, end: 2026-12-31 }, { title: B, end: 2025-12-31 }]',
    pass: 'lead:\n  ongoingProjects: [{ title: A, end: 2026-12-31 }]',
  },
  check({ dossier, policy, asOf }, report) {
    const projects = dossier.lead?.ongoingProjects;
    if (!Array.isArray(projects)) return;
    // A project whose end date has already passed is no longer 在研.
    const today = shanghaiDate(asOf);
    const ongoing = projects.filter((p) => !p?.end || p.end >= today).length;
    const total = ongoing + 1;
    if (total > policy.maxProjectsWithThis) {
      report('tooMany', { ongoing, total, limit: policy.maxProjectsWithThis }, { path: 'lead.ongoingProjects' });
    }
  },
});

export const leadCooperationHistory = defineRule({
  id: 'lead-cooperation-history',
  clause: '二.2',
  severity: 'error',
  title: {
    zh: '项目负责人无在研的、且近{call.recentCooperationYears}年内未承担过省科技合作交流专项（含原省重点研发计划（国际科技合作））',
    en: 'The lead has no ongoing and no recent ({call.recentCooperationYears} years) provincial cooperation-programme project',
  },
  hint: { zh: '更换项目负责人', en: 'Choose another project lead' },
  messages: {
    ongoing: {
      zh: '项目负责人主持的省科技合作交流专项“{title}”（{year}年）在研，不得申报',
      en: 'The lead runs an ongoing cooperation-programme project "{title}" ({year}); not eligible',
    },
    recent: {
      zh: '项目负责人于{year}年承担过省科技合作交流专项“{title}”，近{call.recentCooperationYears}年内（{from}年以来）承担过的不得申报',
      en: 'The lead undertook the cooperation-programme project "{title}" in {year}; those who did within {call.recentCooperationYears} years (since {from}) are not eligible',
    },
    boundary: {
      zh: '项目负责人于{year}年承担过省科技合作交流专项“{title}”，处于“近{call.recentCooperationYears}年”的边界，请按项目执行期核实',
      en: 'The lead undertook "{title}" in {year}, on the edge of "the last {call.recentCooperationYears} years"; check against its execution period',
      severity: 'warning',
      hint: { zh: '按该项目的立项和执行期核实是否在“近五年内”；在内则更换项目负责人', en: 'Check the project\'s dates against "the last five years"; if within them, choose another lead' },
    },
    ongoingListed: {
      zh: '项目负责人的在研项目“{title}”属于{program}，主持在研的省科技合作交流专项（含原省重点研发计划（国际科技合作））的不得申报',
      en: 'The lead\'s ongoing project "{title}" belongs to {program}; a lead running an ongoing cooperation-programme project is not eligible',
    },
    recentListed: {
      zh: '项目负责人的项目“{title}”属于{program}，{end}结束，近{call.recentCooperationYears}年内（{from}年以来）承担过的不得申报',
      en: 'The lead\'s project "{title}" belongs to {program} and ended {end}; those who undertook one within {call.recentCooperationYears} years (since {from}) are not eligible',
    },
  },
  doc: {
    why: { zh: '专项限制同一负责人连续获得支持。', en: 'The programme limits repeated support for the same lead.' },
    fail: 'lead:\n  cooperationProjects: [{ title: 某国际合作项目, year: {call.recentCooperationFrom}, status: completed }]',
    pass: 'lead:\n  cooperationProjects: [{ title: 某国际合作项目, year: 2010, status: completed }]',
  },
  check({ dossier, policy, asOf }, report) {
    const projects = Array.isArray(dossier.lead?.cooperationProjects) ? dossier.lead.cooperationProjects : [];
    // 近五年: the call year and the four before it; the year before those is the boundary.
    const from = policy.callYear - policy.recentCooperationYears + 1;
    projects.forEach((p, i) => {
      const path = `lead.cooperationProjects.${i}`;
      const title = p?.title ?? '';
      if (p?.status === 'ongoing') return report('ongoing', { title, year: p.year ?? '?' }, { path: `${path}.status` });
      if (typeof p?.year !== 'number') return;
      if (p.year >= from) report('recent', { title, year: p.year, from }, { path: `${path}.year` });
      else if (p.year === from - 1) report('boundary', { title, year: p.year }, { path: `${path}.year` });
    });
    // The same programme listed among the lead's 在研项目 (program: 山西省科技合作交流专项), unless
    // cooperationProjects lists that project too and it was judged above.
    const judged = new Set(projects.map((p) => (p?.title ? foldName(p.title) : '')).filter(Boolean));
    const ongoing = Array.isArray(dossier.lead?.ongoingProjects) ? dossier.lead.ongoingProjects : [];
    const today = shanghaiDate(asOf);
    ongoing.forEach((p, i) => {
      const program = p?.program;
      if (!program || !isCooperationProgram(program, policy.cooperationPrograms)) return;
      if (p.title && judged.has(foldName(p.title))) return;
      const title = p.title ?? '';
      const path = `lead.ongoingProjects.${i}.program`;
      if (!p.end || p.end >= today) return report('ongoingListed', { title, program }, { path });
      const endYear = Number(p.end.slice(0, 4));
      if (endYear >= from) report('recentListed', { title, program, end: p.end, from }, { path });
      else if (endYear === from - 1) report('boundary', { title, year: endYear }, { path });
    });
  },
});
