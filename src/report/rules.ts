// `kjhz rules` and `kjhz rules ID`: generated from the rules themselves, so documentation cannot drift.
import { allRules, findRule } from '../rules/index.js';
import type { Lang } from '../core/finding.js';
import type { Rule } from '../rules/rule.js';

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
} as const;

const severityOf = (r: Rule) => (r.manual ? 'manual' : r.severity);
const scopeOf = (r: Rule, lang: Lang) => (!r.manual && r.categories ? r.categories.join(', ') : L.all[lang]);

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function renderRuleList(lang: Lang): string {
  const rows = allRules.map((r) => [r.id, r.clause, r.manual ? L.manual[lang] : r.severity, scopeOf(r, lang), r.title[lang]]);
  const head = [L.id[lang], L.clause[lang], L.severity[lang], L.scope[lang], L.what[lang]];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, Math.min(widths[i]!, 40)))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

export function renderRuleDoc(id: string, lang: Lang): string | undefined {
  const r = findRule(id);
  if (!r) return undefined;
  const out = [`${r.id}  [${r.clause}]  ${severityOf(r)}`, r.title[lang], '', `${L.notice[lang]}:`, `  ${r.doc.notice}`, '', `${L.why[lang]}:`, `  ${r.doc.why[lang]}`];
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
