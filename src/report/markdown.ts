// --format markdown: a report a person pastes into an e-mail or a merge request. A summary table,
// then per dossier the verdict, the 三 checklist and the findings (errors first) with clause and fix.
import type { Finding, Lang, Severity } from '../core/finding.js';
import { fill } from '../core/finding.js';
import type { DossierReport, RunReport } from '../core/report.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { MATERIAL_STATE_KEY, UI, uiText, type UiKey } from '../i18n/ui.js';
import { MATERIAL_MARK, shownVerified, verdictKind, type VerdictKind } from '../core/marks.js';
import { notReadSummary, totalsSentence } from './words.js';
import { codeFrame } from './codeFrame.js';

export interface MarkdownOptions {
  lang: Lang;
}

/** Text that Markdown must show as written: its punctuation escaped, on one line. */
export function mdText(s: string): string {
  return maskIdNumbersIn(s)
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]<>|#~])/g, '\\$1');
}

/** A file path or rule id shown as code. */
function mdCode(s: string): string {
  const text = maskIdNumbersIn(s).replace(/\r?\n/g, ' ');
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${ticks.length > 1 ? ' ' : ''}${text}${ticks.length > 1 ? ' ' : ''}${ticks}`;
}

const STATUS_MARK: Record<VerdictKind, string> = { pass: '✅', passWarnings: '✅', passNotRead: '❔', fail: '❌', unreadable: '⛔' };
const STATUS_KEY: Record<VerdictKind, UiKey> = { pass: 'status.pass', passWarnings: 'status.pass', passNotRead: 'status.passNotRead', fail: 'status.fail', unreadable: 'status.unreadable' };
const SEVERITY_KEY: Record<Severity, UiKey> = { error: 'report.error', warning: 'report.warning', info: 'report.info' };

function categoryLabel(category: string, lang: Lang): string {
  const key = `category.${category}`;
  return key in UI ? `${mdText(uiText(lang, key as UiKey))} ${mdCode(category)}` : mdCode(category);
}

const VERDICT_KEY = { unreadable: 'report.unreadable', fail: 'report.fail', passNotRead: 'report.passNotRead', passWarnings: 'report.passWarnings', pass: 'report.pass' } as const satisfies Record<ReturnType<typeof verdictKind>, UiKey>;

function verdict(d: DossierReport, lang: Lang): string {
  return fill(uiText(lang, VERDICT_KEY[verdictKind(d)]), { errors: d.counts.error, warnings: d.counts.warning, notRead: d.notRead ?? 0 });
}

function findingLines(d: DossierReport, f: Finding, lang: Lang): string[] {
  const where = [f.line ? mdCode(`${d.file}:${f.line}:${f.column}`) : undefined, f.path ? mdCode(f.path) : undefined, mdCode(f.rule)].filter(Boolean).join(' · ');
  const lines = [`- **[${mdText(f.clause)}]** ${mdText(f.message)}`, `  ${uiText(lang, 'report.location')}: ${where}`];
  if (f.hint) lines.push(`  ${uiText(lang, 'report.hint')}: ${mdText(f.hint)}`);
  // Two trailing spaces: a line break inside the list item, in every Markdown flavour.
  return [...lines.map((l, i) => (i < lines.length - 1 ? `${l}  ` : l)), ...frameBlock(f)];
}

/** The code frame of a YAML mistake as a fenced block inside the list item (indented to stay in it). */
function frameBlock(f: Finding): string[] {
  const frame = codeFrame(f);
  if (!frame.length) return [];
  const longest = Math.max(3, ...frame.map((l) => (l.match(/`+/g) ?? []).reduce((n, r) => Math.max(n, r.length + 1), 0)));
  const fence = '`'.repeat(longest);
  return ['', `  ${fence}text`, ...frame.map((l) => `  ${l}`), `  ${fence}`];
}

function renderDossier(d: DossierReport, lang: Lang): string {
  const t = (k: UiKey) => uiText(lang, k);
  const out: string[] = [];
  const name = d.title ? mdText(d.title) : mdCode(d.file);
  out.push(`## ${STATUS_MARK[verdictKind(d)]} ${name}`, '');
  const facts = [
    `${t('report.file')}: ${mdCode(d.file)}`,
    ...(d.applicant ? [`${t('report.applicant')}: ${mdText(d.applicant)}`] : []),
    ...(d.category ? [`${t('report.category')}: ${categoryLabel(d.category, lang)}`] : []),
  ];
  out.push(facts.join(' · '), '', `**${mdText(verdict(d, lang))}**`, '');
  const unread = notReadSummary(d, lang);
  if (unread) out.push(mdText(unread), '');
  if (d.hidden?.warning) out.push(mdText(fill(t('report.hiddenWarnings'), { count: d.hidden.warning })), '');
  if (d.materials?.length) {
    out.push(`### ${t('report.materials')}`, '', `| | ${t('report.clause')} | ${t('report.material')} | ${t('report.state')} |`, '| :-: | --- | --- | --- |');
    for (const m of d.materials) {
      out.push(`| ${MATERIAL_MARK[m.state]} | ${mdText(m.clause)} | ${mdText(m.label)} | ${t(MATERIAL_STATE_KEY[m.state])} |`);
      for (const v of shownVerified(d, m.paths)) out.push(`| | | ↳ ${mdText(v.what)} ${mdText(v.value)}${v.source === 'ocr' ? mdText(t('report.fromScan')) : ''} | ${t('report.verified')} |`);
    }
    out.push('');
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = d.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`### ${t(SEVERITY_KEY[severity])} (${group.length})`, '');
    for (const f of group) out.push(...findingLines(d, f, lang));
    out.push('');
  }
  return out.join('\n');
}

export function renderMarkdown(run: RunReport, o: MarkdownOptions): string {
  const { lang } = o;
  const t = (k: UiKey) => uiText(lang, k);
  const n = (s: DossierReport['status']) => run.dossiers.filter((d) => d.status === s).length;
  const out: string[] = [`# ${t('report.title')}`, ''];
  out.push(`${t('report.asOf')}: ${mdText(run.asOf)} · ${mdCode(run.call)}${run.callFile ? ` (${mdCode(run.callFile)})` : ''} · kjhz ${mdText(run.tool.version)}`, '');
  out.push(`**${mdText(totalsSentence(run, lang))}**`, '');
  if (run.dossiers.length) {
    out.push(`| ${t('report.file')} | ${t('report.project')} | ${t('report.applicant')} | ${t('report.status')} | ${t('report.error')} | ${t('report.warning')} |`);
    out.push('| --- | --- | --- | --- | ---: | ---: |');
    for (const d of run.dossiers) {
      const kind = verdictKind(d);
      const status = `${STATUS_MARK[kind]} ${t(STATUS_KEY[kind])}`;
      out.push(`| ${mdCode(d.file)} | ${mdText(d.title ?? '—')} | ${mdText(d.applicant ?? '—')} | ${status} | ${d.counts.error} | ${d.counts.warning} |`);
    }
    out.push('');
  }
  for (const d of run.dossiers) out.push(renderDossier(d, lang));
  if (run.batch.findings.length) {
    out.push(`## ${t('report.batch')}`, '');
    for (const f of run.batch.findings) {
      const mark = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
      out.push(`- ${mark} **[${mdText(f.clause)}]** ${mdText(f.message)}  `, `  ${f.dossiers.map(mdCode).join(', ')} · ${mdCode(f.rule)}${f.hint ? '  ' : ''}`);
      if (f.hint) out.push(`  ${t('report.hint')}: ${mdText(f.hint)}`);
    }
    out.push('');
  }
  if (run.skipped?.length) {
    out.push(`## ${mdText(fill(t('report.skipped'), { count: run.skipped.length }))}`, '', `| ${t('report.folder')} | ${t('report.reason')} |`, '| --- | --- |');
    for (const f of run.skipped) out.push(`| ${mdCode(f.path)} | ${mdText(f.message)} |`);
    out.push('');
  }
  if (run.config) {
    out.push(`## ${t('report.config')}`, '', `${t('report.file')}: ${mdCode(run.config.file)}`, '');
    if (run.config.rules.length) {
      out.push(`| ${t('report.rule')} | ${t('report.setting')} | ${t('report.reason')} |`, '| --- | --- | --- |');
      for (const r of run.config.rules) {
        const setting = r.setting === 'off' ? t('report.off') : t(`severity.${r.setting}`);
        out.push(`| ${mdCode(r.rule)} | ${setting} | ${mdText(r.reason ?? '—')} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
