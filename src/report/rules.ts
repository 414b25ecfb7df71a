// `kjhz rules` and `kjhz rules ID`: generated from the rules themselves, so documentation cannot drift.
import { allRules, batchRuleList, findRule } from '../rules/index.js';
import { fill, type Lang, type Msg } from '../core/finding.js';
import type { Rule } from '../rules/rule.js';
import { closest } from '../core/suggest.js';
import { uiText } from '../i18n/ui.js';
import { getPolicy } from '../policy/index.js';

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

export function renderRuleList(lang: Lang): string {
  const rows = allRules.map((r) => [r.id, r.clause, severityText(r, lang), scopeOf(r, lang), r.title[lang]]);
  const head = [L.id[lang], L.clause[lang], L.severity[lang], L.scope[lang], L.what[lang]];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, Math.min(widths[i]!, 40)))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

export function renderRuleDoc(id: string, lang: Lang): string | undefined {
  const r = findRule(id);
  if (!r) return undefined;
  const out = [`${r.id}  [${r.clause}]  ${severityText(r, lang)}`, r.title[lang], '', `${L.notice[lang]}:`, `  ${r.doc.notice}`, '', `${L.why[lang]}:`, `  ${r.doc.why[lang]}`];
  if (r.manual) out.push('', L.manualNote[lang]);
  else {
    out.push('', `${L.scope[lang]}: ${scopeOf(r, lang)}`);
    if (r.doc.fail) out.push('', `${L.fail[lang]}:`, ...r.doc.fail.split('\n').map((l) => `  ${l}`));
    if (r.doc.pass) out.push('', `${L.pass[lang]}:`, ...r.doc.pass.split('\n').map((l) => `  ${l}`));
    out.push('', `${L.fix[lang]}:`, `  ${r.hint[lang]}`, '', `${L.messages[lang]}:`);
    for (const m of Object.values(r.messages)) out.push(`  - (${m.severity ?? r.severity}) ${m[lang]}`);
  }
  return out.join('\n') + '\n';
}

/** `kjhz rules NOPE`: says so, and names the closest rule id. */
export function unknownRuleMessage(id: string, lang: Lang): string {
  const near = closest(id, allRules.map((r) => r.id));
  const base = fill(uiText(lang, 'rules.unknown'), { rule: id });
  return `${base}\n${near ? fill(uiText(lang, 'rules.didYouMean'), { rule: near }) : uiText(lang, 'rules.seeList')}`;
}

const both = (m: Msg) => (m.zh === m.en ? m.zh : `${m.zh}<br>${m.en}`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const label = (k: keyof typeof L) => `${L[k].zh} ${L[k].en}`;
const fence = (yaml: string) => ['```yaml', yaml, '```'];

/** docs/rules.md: every rule, in Chinese and English, generated from the rules (npm run docs). */
export function renderRulesMarkdown(): string {
  const policy = getPolicy(undefined)!;
  const n = (p: (r: Rule) => boolean) => allRules.filter(p).length;
  const counts = { total: allRules.length, check: n((r) => !r.manual && !isBatch(r)), batch: n(isBatch), manual: n((r) => r.manual === true) };
  const out: string[] = [
    `# ${label('docsTitle')}`,
    '',
    `<!-- ${L.generated.zh}. ${L.generated.en}. -->`,
    '',
    `${policy.name.zh}（${policy.id}）. ${policy.name.en}.`,
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
  for (const r of allRules) {
    out.push('', `### ${r.id}`, '', `**${r.clause} · ${severityOf(r)} · ${scopeOf(r, 'zh')}${isBatch(r) ? '' : ` (${scopeOf(r, 'en')})`}**`, '', `${r.title.zh}  `, r.title.en, '');
    out.push(`**${label('notice')}**`, '', `> ${r.doc.notice}`, '', `**${label('why')}**`, '', `${r.doc.why.zh}  `, r.doc.why.en, '');
    if (r.manual) {
      out.push(`${L.manualNote.zh} ${L.manualNote.en}`);
      continue;
    }
    if (r.doc.fail) out.push(`**${label('fail')}**`, '', ...fence(r.doc.fail), '');
    if (r.doc.pass) out.push(`**${label('pass')}**`, '', ...fence(r.doc.pass), '');
    out.push(`**${label('fix')}**`, '', `${r.hint.zh}  `, r.hint.en, '', `**${label('messages')}**`, '');
    for (const [id, m] of Object.entries(r.messages)) {
      out.push(`- \`${id}\` (${m.severity ?? r.severity}): ${m.zh}  `, `  ${m.en}`);
    }
  }
  return `${out.join('\n')}\n`;
}
