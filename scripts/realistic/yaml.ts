// dossier.yaml as an office writes it: the values typed in Chinese (区域合作项目, 是/否, 副教授, 德国),
// some comments left from `kjhz init`, dates as YYYY-MM-DD (the format), amounts in 万元.
import type { App } from './model.js';
import { idNumber } from './ids.js';

const yes = (app: App, v: boolean) => (app.typed === 'zh' ? (v ? '是' : '否') : String(v));
const q = (s: string) => (/^[\w\u4e00-\u9fff（）()·\- .,&'’]+$/u.test(s) && !/^(是|否|yes|no|true|false|null|~)$/i.test(s) && !/^[\d.]+$/.test(s) && !/: | #/.test(s) ? s : JSON.stringify(s));
const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;

export function dossierYaml(app: App): string {
  const c = (text: string) => (app.commented ? `  # ${text}\n` : '');
  const c4 = (text: string) => (app.commented ? `    # ${text}\n` : '');
  const L = app.lead;
  const out: string[] = [];
  out.push('# yaml-language-server: $schema=https://kjhz.example/schemas/dossier.schema.json');
  out.push(`# ${app.applicant.name} 2024年度山西省科技合作交流专项 申报材料（${app.submittedOn.slice(5).replace('-', '月')}日整理）`);
  out.push('version: 1');
  out.push('');
  out.push('project:');
  out.push(`${c('项目名称：与申报书完全一致')}  title: ${q(app.title)}`);
  out.push(`${c('支持方向')}  category: ${app.categoryTyped}`);
  out.push(`  field: ${q(app.field)}`);
  if (app.aidRegion) out.push(`  aidRegion: ${app.aidRegion}`);
  out.push(`  summary: >-\n    ${app.summary}`);
  out.push(`${c('项目执行期（二.7）：2—3年')}  period: { start: ${app.period.start}, end: ${app.period.end} }`);
  out.push(`${c('资金，单位：万元')}  funding:\n    requested: ${app.requested}   # 申请省引导资金（万元）\n    matching: ${app.matching}    # 单位自筹配套资金（万元）`);
  out.push(`  targets: ${list(app.targets)}`);
  const d = app.declarations;
  out.push('  declarations:');
  out.push(`${c4('是否涉及国家秘密')}    stateSecret: ${yes(app, d.stateSecret)}`);
  out.push(`    otherFiscalFunding: ${yes(app, d.otherFiscalFunding)}`);
  out.push(`    ethics: ${yes(app, d.ethics)}`);
  out.push(`    humanGeneticResources: ${yes(app, d.humanGeneticResources)}`);
  out.push(`    integrityPledge: { lead: ${yes(app, d.pledgeLead)}, applicant: ${yes(app, d.pledgeApplicant)} }`);
  out.push('');
  const A = app.applicant;
  out.push('applicant:');
  out.push(`  name: ${q(A.name)}`);
  out.push(`  creditCode: "${A.code}"`);
  out.push(`  kind: ${A.kind}`);
  out.push(`  legalPerson: ${yes(app, true)}`);
  out.push(`  registeredIn: ${A.registeredIn}`);
  out.push(`${c('注册时间（二.1）：须为2023年1月1日（含）前')}  registeredOn: ${A.registeredOn}`);
  out.push(`  recommender: ${A.recommender}`);
  if (A.base) out.push(`  internationalBase: { level: ${A.base.level}, name: ${q(A.base.name)} }`);
  const cr = app.credit;
  out.push(`  credit: { misconduct: ${yes(app, cr.misconduct)}, blacklisted: ${yes(app, cr.blacklisted)}, environmentalIncident: ${yes(app, cr.environmentalIncident)} }`);
  out.push('');
  out.push('lead:');
  out.push(`  name: ${L.name}`);
  if (L.idInDossier) out.push(`  idNumber: "${idNumber(L.idArea, L.birth, L.idSeq)}"`);
  out.push(`${c('出生日期（二.2）：须为1967年1月1日（含）以后出生')}  birthDate: ${L.birth}`);
  out.push(`  title: ${L.title}`);
  out.push(`  titleRank: ${L.titleRank}`);
  out.push(`  degree: ${L.degree}`);
  out.push(`  employment: ${L.employment}`);
  if (L.contractEndInDossier) out.push(`  contractEnd: ${L.contractEndInDossier}`);
  out.push(`  applicationsThisYear: ${L.applicationsThisYear}`);
  out.push(L.ongoing.length ? `  ongoingProjects:\n${L.ongoing.map((o) => `    - { title: ${q(o.title)}, program: ${q(o.program)}, end: ${o.end} }`).join('\n')}` : '  ongoingProjects: []');
  out.push(L.cooperation.length ? `  cooperationProjects:\n${L.cooperation.map((o) => `    - { title: ${q(o.title)}, year: ${o.year}, status: ${o.status} }`).join('\n')}` : '  cooperationProjects: []');
  out.push('');
  out.push(app.commented ? '# 合作单位：第一个为主要合作单位\npartners:' : 'partners:');
  for (const p of app.partners) {
    out.push(`  - name: ${q(p.name)}`);
    out.push(`    kind: ${p.kind}`);
    out.push(`    country: ${p.country}`);
    out.push(`    location: ${q(p.location)}`);
    if (p.creditCode) out.push(`    creditCode: "${p.creditCode}"`);
    if (p.doubleFirstClass) out.push(`    doubleFirstClass: ${p.doubleFirstClass}`);
    if (p.cas) out.push(`    cas: ${p.cas}`);
    if (p.platform) out.push(`    nationalPlatform: { type: ${p.platform.type}, name: ${q(p.platform.name)} }`);
    if (p.renowned) out.push(`    renowned: ${p.renowned}`);
    out.push(`    signatory: { name: ${q(p.signatory.name)}, rank: ${q(p.signatory.rank)} }`);
  }
  out.push('');
  out.push('agreements:');
  for (const a of app.agreements) {
    out.push(`  - file: ${q(a.file)}`);
    out.push(`    partner: ${q(app.partners[a.partner]!.name)}`);
    out.push(`    type: ${a.type}`);
    out.push(`    languages: ${list(a.languages)}`);
    out.push(`    signed: { lead: ${a.signed.lead}, partner: ${a.signed.partner} }`);
    out.push(`    sealed: { applicant: ${a.sealed.applicant}, partner: ${a.sealed.partner} }`);
    out.push(`    validFrom: ${a.validFrom}`);
    out.push(`    validUntil: ${a.validUntil}`);
    out.push(`    covers: ${list(a.covers)}`);
  }
  out.push('');
  const f = app.files;
  out.push('attachments:');
  out.push(`  applicationForm: ${q(f.applicationForm)}`);
  out.push(`  businessLicense: ${q(f.businessLicense)}`);
  out.push(`  leadQualification: ${q(f.leadQualification)}`);
  out.push(`  employmentProof: ${q(f.employmentProof)}`);
  out.push(`  fundingCommitment: ${q(f.fundingCommitment)}`);
  if (app.audit) out.push(`  auditReport: ${q(app.audit.file)}`);
  if (f.platformProof) out.push(`  platformProof: ${q(f.platformProof)}`);
  out.push(`  noveltySearch:\n    file: ${q(app.novelty.file)}\n    date: ${app.novelty.date}\n    agency: ${q(app.novelty.agency)}`);
  out.push(`  integrityPledge: ${q(f.integrityPledge)}`);
  if (f.ethicsReview) out.push(`  ethicsReview: ${q(f.ethicsReview)}`);
  const text = `${out.join('\n')}\n`;
  return app.yaml === 'reordered' ? reordered(text) : text;
}

/**
 * Another office's dossier.yaml: the same facts with the sections in its own order (unit and lead first,
 * attachments before the agreements), `call:` written out, empty lists left out, dates quoted, the period
 * and funding as block mappings, and its own remarks after the values.
 */
function reordered(text: string): string {
  const sections = text.split('\n\n');
  const head = sections.shift()!;
  const key = (sec: string) => /^(?:#.*\n)*([a-z]+):/m.exec(sec)?.[1] ?? '';
  const order = ['applicant', 'lead', 'project', 'partners', 'attachments', 'agreements'];
  sections.sort((a, b) => order.indexOf(key(a)) - order.indexOf(key(b)));
  return [head.replace('version: 1', 'version: 1\ncall: shanxi-2024-kjhz   # 2024年度山西省科技合作交流专项'), ...sections]
    .join('\n\n')
    .replace(/^ {2}(ongoingProjects|cooperationProjects): \[\]\n/gm, '')
    .replace(/^( {2}period): \{ start: (\S+), end: (\S+) \}$/m, '$1:\n    start: $2   # 开始\n    end: $3     # 结束（含）')
    .replace(/: (\d{4}-\d{2}-\d{2})\b/g, ': "$1"')
    .replace(/(idNumber: "\d{17})X"/, '$1x"   # 末位x按身份证原样填写')
    .replace(/^( {2}registeredOn: .*)$/m, '$1   # 以营业执照（法人证书）成立日期为准');
}
