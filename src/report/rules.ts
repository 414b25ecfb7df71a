// `kjhz rules` and `kjhz rules ID`: generated from the rules themselves, so documentation cannot drift.
import { allRules, batchRuleList, findRule } from '../rules/index.js';
import { fill, type Lang, type Msg } from '../core/finding.js';
import type { Rule } from '../rules/rule.js';
import { closest } from '../core/suggest.js';
import { uiText } from '../i18n/ui.js';
import type { Policy } from '../policy/policy.js';
import { callText } from '../policy/text.js';

const L = {
  id: { zh: '规则', en: 'rule' },
  clause: { zh: '条款', en: 'clause' },
  severity: { zh: '级别', en: 'severity' },
  scope: { zh: '适用', en: 'applies to' },
  what: { zh: '检查内容', en: 'what it checks' },
  manual: { zh: '人工', en: 'manual' },
  all: { zh: '全部', en: 'all' },
  notice: { zh: '通知原文', en: 'The notice says' },
  why: { zh: '为什么', en: 'Why' },
  fail: { zh: '不通过的写法', en: 'Fails' },
  pass: { zh: '通过的写法', en: 'Passes' },
  fix: { zh: '如何修改', en: 'How to fix' },
  messages: { zh: '可能的报告', en: 'Messages' },
  manualNote: { zh: '此项无法由程序检查，请人工核实。', en: 'No machine can check this; verify it by hand.' },
  batch: { zh: '跨申报（批量检查）', en: 'across dossiers (batch)' },
  docsTitle: { zh: 'kjhz 规则', en: 'Rules' },
  overview: { zh: '一览', en: 'Overview' },
  details: { zh: '规则说明', en: 'Rules in full' },
  generated: { zh: '本文件由 npm run docs 从规则本身生成，请勿手工修改', en: 'Generated from the rules themselves by npm run docs; do not edit by hand' },
  callNote: {
    zh: '文中的日期、数字、名单和通知原文均取自该通知文件；换用其他通知（--call）时 kjhz rules 显示其取值。',
    en: 'Dates, numbers, lists and the notice\'s sentences here come from that call file; with another call (--call), kjhz rules shows its values.',
  },
  counts: { zh: '共{total}条：{check}条逐份检查，{batch}条跨申报检查，{manual}条需人工核实。', en: '{total} rules: {check} checked per dossier, {batch} across dossiers, {manual} checked by hand.' },
  config: {
    zh: '级别可在 kjhz.config.yaml 中按规则调高、调低或关闭（须写明原因）；人工核实项不可配置。',
    en: 'A bureau can raise, lower or switch off (with a reason) any rule in kjhz.config.yaml; manual items cannot be configured.',
  },
} as const satisfies Record<string, Msg>;

const severityOf = (r: Rule) => (r.manual ? 'manual' : r.severity);
const severityText = (r: Rule, lang: Lang) => (r.manual ? L.manual[lang] : uiText(lang, `severity.${r.severity}`));
const isBatch = (r: Rule) => batchRuleList.some((b) => b.id === r.id);
const scopeOf = (r: Rule, lang: Lang) => (isBatch(r) ? L.batch[lang] : !r.manual && r.categories ? r.categories.join(', ') : L.all[lang]);

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

// Every text of a rule may quote the call ({call.leadBornOnOrAfter}): shown with the values of the call in use.
const inCall = (m: Msg, policy: Policy, lang: Lang) => callText(m[lang], policy, lang);
/** The notice's own sentence the rule enforces, as the call file quotes it. */
const quoteOf = (r: Rule, policy: Policy) => policy.quotes[r.id] ?? '—';

export function renderRuleList(lang: Lang, policy: Policy): string {
  const rows = allRules.map((r) => [r.id, r.clause, severityText(r, lang), scopeOf(r, lang), inCall(r.title, policy, lang)]);
  const head = [L.id[lang], L.clause[lang], L.severity[lang], L.scope[lang], L.what[lang]];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, Math.min(widths[i]!, 40)))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

export function renderRuleDoc(id: string, lang: Lang, policy: Policy): string | undefined {
  const r = findRule(id);
  if (!r) return undefined;
  const t = (m: Msg) => inCall(m, policy, lang);
  const ex = (s: string) => callText(s, policy, lang);
  const out = [`${r.id}  [${r.clause}]  ${severityText(r, lang)}`, t(r.title), '', `${L.notice[lang]}（${policy.id}）:`, `  ${quoteOf(r, policy)}`, '', `${L.why[lang]}:`, `  ${t(r.doc.why)}`];
  if (r.manual) out.push('', L.manualNote[lang]);
  else {
    out.push('', `${L.scope[lang]}: ${scopeOf(r, lang)}`);
    if (r.doc.fail) out.push('', `${L.fail[lang]}:`, ...ex(r.doc.fail).split('\n').map((l) => `  ${l}`));
    if (r.doc.pass) out.push('', `${L.pass[lang]}:`, ...ex(r.doc.pass).split('\n').map((l) => `  ${l}`));
    out.push('', `${L.fix[lang]}:`, `  ${t(r.hint)}`, '', `${L.messages[lang]}:`);
    for (const m of Object.values(r.messages)) out.push(`  - (${m.severity ?? r.severity}) ${t(m)}`);
  }
  return out.join('\n') + '\n';
}

/** `kjhz rules NOPE`: says so, and names the closest rule id. */
export function unknownRuleMessage(id: string, lang: Lang): string {
  const near = closest(id, allRules.map((r) => r.id));
  const base = fill(uiText(lang, 'rules.unknown'), { rule: id });
  return `${base}\n${near ? fill(uiText(lang, 'rules.didYouMean'), { rule: near }) : uiText(lang, 'rules.seeList')}`;
}

const bothLangs = (m: Msg) => (m.zh === m.en ? m.zh : `${m.zh}<br>${m.en}`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const label = (k: keyof typeof L) => `${L[k].zh} ${L[k].en}`;
const fence = (yaml: string) => ['```yaml', yaml, '```'];

/** docs/rules.md: every rule, in Chinese and English, generated from the rules (npm run docs). */
export function renderRulesMarkdown(policy: Policy, callFile: string): string {
  const both = (m: Msg) => bothLangs({ zh: callText(m.zh, policy, 'zh'), en: callText(m.en, policy, 'en') });
  const zhOnly = (s: string) => callText(s, policy, 'zh');
  const n = (p: (r: Rule) => boolean) => allRules.filter(p).length;
  const counts = { total: allRules.length, check: n((r) => !r.manual && !isBatch(r)), batch: n(isBatch), manual: n((r) => r.manual === true) };
  const out: string[] = [
    `# ${label('docsTitle')}`,
    '',
    `<!-- ${L.generated.zh}. ${L.generated.en}. -->`,
    '',
    `${policy.name.zh}（${policy.id}，${callFile}）. ${policy.name.en}. ${L.callNote.zh} ${L.callNote.en}`,
    '',
    `${fill(L.counts.zh, counts)} ${fill(L.counts.en, counts)}`,
    '',
    `${L.config.zh} ${L.config.en}`,
    '',
    `## ${label('overview')}`,
    '',
    `| ${label('id')} | ${label('clause')} | ${label('severity')} | ${label('scope')} | ${label('what')} |`,
    '| --- | --- | --- | --- | --- |',
    ...allRules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.clause} | ${severityOf(r)} | ${cell(scopeOf(r, 'zh'))}${isBatch(r) || r.manual || r.categories ? '' : ` ${L.all.en}`} | ${cell(both(r.title))} |`),
    '',
    `## ${label('details')}`,
  ];
  const en = (s: string) => callText(s, policy, 'en');
  for (const r of allRules) {
    out.push('', `### ${r.id}`, '', `**${r.clause} · ${severityOf(r)} · ${scopeOf(r, 'zh')}${isBatch(r) ? '' : ` (${scopeOf(r, 'en')})`}**`, '', `${zhOnly(r.title.zh)}  `, en(r.title.en), '');
    out.push(`**${label('notice')}**`, '', `> ${quoteOf(r, policy)}`, '', `**${label('why')}**`, '', `${zhOnly(r.doc.why.zh)}  `, en(r.doc.why.en), '');
    if (r.manual) {
      out.push(`${L.manualNote.zh} ${L.manualNote.en}`);
      continue;
    }
    // examples are YAML: the call's dates in ISO form ({call.D.iso} and the like)
    if (r.doc.fail) out.push(`**${label('fail')}**`, '', ...fence(zhOnly(r.doc.fail)), '');
    if (r.doc.pass) out.push(`**${label('pass')}**`, '', ...fence(zhOnly(r.doc.pass)), '');
    out.push(`**${label('fix')}**`, '', `${zhOnly(r.hint.zh)}  `, en(r.hint.en), '', `**${label('messages')}**`, '');
    for (const [id, m] of Object.entries(r.messages)) {
      out.push(`- \`${id}\` (${m.severity ?? r.severity}): ${zhOnly(m.zh)}  `, `  ${en(m.en)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
