// The default report: per dossier, the 三 checklist (✔ ✘ –), findings by severity with clause and hint,
// and a one-line verdict. Colour only where the terminal wants it (chalk honours NO_COLOR and non-TTY).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang, Severity } from '../core/finding.js';
import type { DossierReport, RunReport } from '../core/report.js';
import { fill } from '../core/finding.js';
import { MATERIAL_STATE_KEY, readReasonKey, uiText } from '../i18n/ui.js';
import { notReadSummary, totalsSentence } from './words.js';
import { MATERIAL_MARK, shownVerified, verdictKind } from '../core/marks.js';
import type { MaterialState } from '../core/report.js';
import { codeFrame } from './codeFrame.js';

export interface PrettyOptions {
  lang: Lang;
  color: boolean;
  quiet?: boolean;
  /** A batch: every dossier's full checklist (else passing ones take one line). */
  verbose?: boolean;
}


/** Bidirectional overrides and isolates: they reorder what a terminal shows ("报告\u202Efdp.exe" reads "报告exe.pdf"). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text the applicant typed, made inert for a terminal: an escape sequence in a title or file name
 * ("\u001b[2J", "\r" that overwrites the verdict line, "\n" that adds a fake one) would otherwise be
 * obeyed by the bureau's terminal. Control characters are shown as their Unicode pictures (␛, ␍),
 * line breaks as ⏎, tabs as a space, bidi controls as <U+202E>.
 */
export function terminalSafe(s: string): string {
  return s
    .replace(/\r\n|\n|\r|\u2028|\u2029/g, '⏎')
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : c === '\u007F' ? '␡' : '�'))
    .replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

function inert<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(inert) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inert(v)])) as T;
  return value;
}

function verdict(d: DossierReport, lang: Lang, c: ChalkInstance): string {
  const { error, warning } = d.counts;
  const params = { errors: error, warnings: warning, notRead: d.notRead ?? 0 };
  switch (verdictKind(d)) {
    case 'unreadable':
      return c.red.bold(fill(uiText(lang, 'report.unreadable'), params));
    case 'fail':
      return c.red.bold(fill(uiText(lang, 'report.fail'), params));
    case 'passNotRead':
      return c.yellow.bold(fill(uiText(lang, 'report.passNotRead'), params));
    case 'passWarnings':
      return c.yellow.bold(fill(uiText(lang, 'report.passWarnings'), params));
    default:
      return c.green.bold(uiText(lang, 'report.pass'));
  }
}

const COLOUR: Record<MaterialState, 'green' | 'red' | 'yellow' | 'dim'> = { ok: 'green', problem: 'red', missing: 'red', warning: 'yellow', 'not-read': 'yellow', 'not-needed': 'dim' };

/** What a material's line says after its label: its state, and for one not read, why. */
function materialNote(d: DossierReport, m: NonNullable<DossierReport['materials']>[number], lang: Lang): string {
  if (m.state === 'ok') return '';
  const label = uiText(lang, MATERIAL_STATE_KEY[m.state]);
  if (m.state !== 'not-read') return ` ${label}`;
  const why = [...new Set((d.attachments ?? []).filter((a) => m.paths.includes(a.path) && a.read === 'not-read' && a.reason).map((a) => uiText(lang, readReasonKey(a.reason!))))];
  return why.length ? ` ${label}${lang === 'zh' ? `（${why.join('；')}）` : ` (${why.join('; ')})`}` : ` ${label}`;
}

/** One dossier: heading, the 三 checklist (`checklist`), its findings by severity, the verdict and what was not read. */
export function renderDossier(report: DossierReport, o: PrettyOptions & { checklist?: boolean }): string {
  const d = inert(report);
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const t = (k: Parameters<typeof uiText>[1]) => uiText(o.lang, k);
  const lines: string[] = [];
  const heading = [d.title, d.applicant].filter(Boolean).join(' · ');
  lines.push(c.bold(d.file) + (heading ? `  ${heading}` : ''));
  if (o.checklist !== false && d.materials?.length) {
    lines.push(c.bold(`  ${t('report.materials')}`));
    for (const m of d.materials) {
      const colour = c[COLOUR[m.state]];
      lines.push(`    ${colour(MATERIAL_MARK[m.state])} ${c.dim(m.clause.padEnd(8))}${m.label}${colour(materialNote(d, m, o.lang))}`);
      const seen = shownVerified(d, m.paths);
      if (seen.length) lines.push(c.dim(`        ${t('report.verified')}: ${[...new Set(seen.map((v) => `${v.what} ${v.value}${v.source === 'ocr' ? t('report.fromScan') : ''} ✔`))].join(o.lang === 'zh' ? '；' : '; ')}`));
    }
  }
  const order: Severity[] = o.quiet ? ['error'] : ['error', 'warning', 'info'];
  for (const severity of order) {
    const group = d.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const colour = severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
    const key = severity === 'error' ? 'report.error' : severity === 'warning' ? 'report.warning' : 'report.info';
    lines.push(colour.bold(`  ${t(key)} (${group.length})`));
    for (const f of group) {
      lines.push(`    ${colour(severity === 'error' ? '✘' : severity === 'warning' ? '!' : 'i')} ${c.dim(`[${f.clause}]`)} ${f.message}`);
      const where = [f.line ? `${d.file}:${f.line}:${f.column}` : undefined, f.path, f.rule].filter(Boolean).join(' · ');
      lines.push(c.dim(`      ${t('report.location')}: ${where}`));
      if (f.hint) lines.push(`      ${c.cyan(t('report.hint'))}: ${f.hint}`);
      for (const l of codeFrame(f)) lines.push(`      ${l.startsWith('>') ? l : c.dim(l)}`);
    }
  }
  lines.push(`  ${verdict(d, o.lang, c)}`);
  const unread = notReadSummary(d, o.lang);
  if (unread) lines.push(`  ${c.yellow(unread)}`);
  if (d.hidden?.warning) lines.push(`  ${c.yellow(fill(t('report.hiddenWarnings'), { count: d.hidden.warning }))}`);
  return lines.join('\n');
}

/** A dossier with nothing to report, in a batch: one line. */
function passingLine(d: DossierReport, o: PrettyOptions, c: ChalkInstance): string {
  const heading = [d.title, d.applicant].filter(Boolean).join(' · ');
  const unread = d.notRead ?? 0;
  const mark = unread ? c.yellow('?') : c.green('✔');
  const word = unread ? c.yellow(fill(uiText(o.lang, 'report.passNotReadShort'), { notRead: unread })) : c.green(uiText(o.lang, 'status.pass'));
  return `${mark} ${c.bold(d.file)}${heading ? `  ${heading}` : ''}  ${word}`;
}

/**
 * The terminal report. One dossier: its full checklist. A batch reads like ESLint's stylish output: the
 * passing dossiers one line each, then every dossier with findings in full (without the checklist, which
 * --verbose adds), the cross-dossier findings, the folders skipped, and the totals last. --quiet shows
 * only the dossiers with errors, and says how many warnings it hid.
 */
export function renderPretty(report: RunReport, o: PrettyOptions): string {
  const run = inert(report);
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const batch = run.dossiers.length > 1 || (run.skipped?.length ?? 0) > 0;
  const parts: string[] = [];
  const passing: string[] = [];
  for (const d of run.dossiers) {
    if (!batch || o.verbose) parts.push(renderDossier(d, { ...o, checklist: true }));
    else if (d.findings.length) parts.push(renderDossier(d, { ...o, checklist: false }));
    else if (!o.quiet) passing.push(passingLine(d, o, c));
  }
  if (passing.length) parts.unshift(passing.join('\n'));
  if (run.batch.findings.some((f) => !o.quiet || f.severity === 'error')) {
    const lines = [c.bold(uiText(o.lang, 'report.batch'))];
    for (const f of run.batch.findings) {
      if (o.quiet && f.severity !== 'error') continue;
      const colour = f.severity === 'error' ? c.red : c.yellow;
      lines.push(`  ${colour(f.severity === 'error' ? '✘' : '!')} ${c.dim(`[${f.clause}]`)} ${f.message}`);
      lines.push(c.dim(`      ${f.dossiers.join(', ')}  (${f.rule})`));
    }
    parts.push(lines.join('\n'));
  }
  if (run.skipped?.length) {
    const lines = [c.bold(fill(uiText(o.lang, 'report.skipped'), { count: run.skipped.length }))];
    for (const s of run.skipped) lines.push(c.dim(`  – ${s.path}  ${s.message}`));
    parts.push(lines.join('\n'));
  }
  let facts = c.dim(`${uiText(o.lang, 'report.asOf')}: ${run.asOf} · ${run.call}${run.callFile ? ` (${run.callFile})` : ''}`);
  if (run.config?.rules.length) {
    const rules = run.config.rules.map((r) => `${r.rule} ${r.setting === 'off' ? uiText(o.lang, 'report.off') : uiText(o.lang, `severity.${r.setting}`)}${r.reason ? (o.lang === 'zh' ? `（${r.reason}）` : ` (${r.reason})`) : ''}`).join(o.lang === 'zh' ? '；' : '; ');
    facts += `\n${c.dim(fill(uiText(o.lang, 'report.configNote'), { file: run.config.file, rules }))}`;
  }
  parts.push(batch ? `${facts}\n${c.bold(totalsSentence(run, o.lang))}` : facts);
  return `${parts.join('\n\n')}\n`;
}
