// --format junit: one <testsuite> per dossier, read by CI dashboards (Jenkins, GitLab, GitHub test reporters).
// Granularity (as ESLint's junit formatter): one <testcase> per finding, so that the counts agree with the
// JSON report — a suite's failures are the dossier's errors and warnings (counts.error + counts.warning;
// <failure type="错误|警告">, warnings visible as such, not hidden in system-out), a defect of kjhz itself
// (internal-error) is an <error> instead — and one passing <testcase> per rule checked without finding
// anything. Notes (info) ride on their rule's testcase as <system-out>. <skipped>: rules the bureau's
// config switched off, attachments whose content was not read (no --no-pdf or scan is ever a silent pass),
// and, in a suite of their own, the folders of a batch that hold no application. Batch findings are on
// each dossier involved (JSON counts them there too), so they have no suite of their own.
// The reporter knows no rule: the CLI hands it the list of rules (id, clause, title, scope).
import path from 'node:path';
import type { Finding, Lang, Msg } from '../core/finding.js';
import { fill } from '../core/finding.js';
import type { BatchFinding, DossierReport, RunReport } from '../core/report.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { readReasonKey, uiText } from '../i18n/ui.js';
import { verdictKind } from '../core/marks.js';

/** What the JUnit report needs to know of a rule. */
export interface RuleInfo {
  id: string;
  clause: string;
  title: Msg;
  /** Categories the rule concerns; absent: every category. */
  categories?: readonly string[];
}

export interface JunitOptions {
  lang: Lang;
  /** The rules that run on every dossier (not the manual ones). */
  rules: readonly RuleInfo[];
}

/** The dossier loader's own checks: always a testcase, so a dashboard sees them pass too. */
const LOADER_CASES = ['dossier-schema'];

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return maskIdNumbersIn(s)
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const attr = (s: string) => xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

function describe(f: Finding | BatchFinding, lang: Lang, where: string): string {
  const lines = [`[${f.clause}] ${f.message}`];
  if (where) lines.push(`  ${uiText(lang, 'report.location')}: ${where}`);
  if (f.hint) lines.push(`  ${uiText(lang, 'report.hint')}: ${f.hint}`);
  return lines.join('\n');
}

function whereOf(d: DossierReport, f: Finding): string {
  return [f.line ? `${d.file}:${f.line}:${f.column}` : undefined, f.path].filter(Boolean).join(' · ');
}

interface Case {
  name: string;
  failures: string[];
  /** A defect of kjhz itself, not of the dossier: JUnit's <error>. */
  errors: string[];
  out: string[];
  skipped?: string;
  /** The <failure>'s type: the severity's name (错误, 警告). */
  failureType?: string;
}

function renderCase(classname: string, c: Case): string {
  const head = `    <testcase classname="${attr(classname)}" name="${attr(c.name)}"`;
  const body: string[] = [];
  if (c.skipped !== undefined) body.push(`      <skipped message="${attr(c.skipped)}"/>`);
  if (c.failures.length) {
    const first = c.failures[0]!.split('\n')[0]!;
    const message = c.failures.length > 1 ? `${first} (+${c.failures.length - 1})` : first;
    body.push(`      <failure message="${attr(message)}" type="${attr(c.failureType ?? '')}">${xmlText(c.failures.join('\n\n'))}</failure>`);
  }
  if (c.errors.length) body.push(`      <error message="${attr(c.errors[0]!.split('\n')[0]!)}" type="internal-error">${xmlText(c.errors.join('\n\n'))}</error>`);
  if (c.out.length) body.push(`      <system-out>${xmlText(c.out.join('\n\n'))}</system-out>`);
  return body.length ? `${head}>\n${body.join('\n')}\n    </testcase>` : `${head}/>`;
}

interface Totals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function totalsOf(cases: Case[]): Totals {
  const count = (p: (c: Case) => boolean) => cases.filter(p).length;
  return { tests: cases.length, failures: count((c) => c.failures.length > 0), errors: count((c) => c.errors.length > 0), skipped: count((c) => c.skipped !== undefined) };
}

const totalsAttrs = (t: Totals) => `tests="${t.tests}" failures="${t.failures}" errors="${t.errors}" skipped="${t.skipped}"`;

function renderSuite(name: string, classname: string, cases: Case[], properties: [string, string][]): string {
  const head = `  <testsuite name="${attr(name)}" ${totalsAttrs(totalsOf(cases))}>`;
  const props = properties.length
    ? [`    <properties>`, ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), `    </properties>`]
    : [];
  return [head, ...props, ...cases.map((c) => renderCase(classname, c)), '  </testsuite>'].join('\n');
}

function dossierCases(d: DossierReport, run: RunReport, o: JunitOptions): Case[] {
  const off = new Map((run.config?.rules ?? []).filter((r) => r.setting === 'off').map((r) => [r.rule, r.reason ?? '']));
  const byRule = new Map<string, Finding[]>();
  for (const f of d.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const titles = new Map(o.rules.map((r) => [r.id, r]));
  const ids: string[] = [];
  // An unreadable dossier ran no rule: only what made it unreadable is a testcase.
  if (d.status !== 'unreadable') {
    ids.push(...LOADER_CASES);
    for (const r of o.rules) if (!r.categories || (d.category !== undefined && r.categories.includes(d.category))) ids.push(r.id);
  }
  for (const id of byRule.keys()) if (!ids.includes(id)) ids.push(id);
  const severityLabel = (f: Finding) => uiText(o.lang, f.severity === 'error' ? 'severity.error' : f.severity === 'warning' ? 'severity.warning' : 'severity.info');
  const cases = ids.flatMap((id): Case[] => {
    const info = titles.get(id);
    const name = info ? `${id} [${info.clause}] ${info.title[o.lang]}` : id;
    const findings = byRule.get(id) ?? [];
    const notes = findings.filter((f) => f.severity === 'info').map((f) => `${severityLabel(f)}: ${describe(f, o.lang, whereOf(d, f))}`);
    const judged = findings.filter((f) => f.severity !== 'info');
    if (!judged.length) {
      const c: Case = { name, failures: [], errors: [], out: notes };
      if (off.has(id) && findings.length === 0) c.skipped = fill(uiText(o.lang, 'report.ruleOff'), { file: run.config?.file ?? '', reason: off.get(id) || '—' });
      return [c];
    }
    // one testcase per finding; the notes of the rule ride on its first
    return judged.map((f, k): Case => {
      const text = describe(f, o.lang, f.rule === 'internal-error' ? '' : whereOf(d, f));
      const labelled = f.severity === 'warning' ? `${severityLabel(f)}: ${text}` : text;
      return {
        name: judged.length > 1 ? `${name} #${k + 1}` : name,
        failures: f.rule === 'internal-error' ? [] : [labelled],
        errors: f.rule === 'internal-error' ? [text] : [],
        out: k === 0 ? notes : [],
        failureType: severityLabel(f),
      };
    });
  });
  // What was not read is said: each attachment whose content kjhz could not check is a skipped testcase.
  for (const a of d.attachments ?? []) {
    if (a.read !== 'not-read') continue;
    const why = a.reason ? uiText(o.lang, readReasonKey(a.reason)) : '';
    cases.push({ name: fill(uiText(o.lang, 'junit.notRead'), { path: a.path, file: a.file }), failures: [], errors: [], out: [], skipped: o.lang === 'zh' ? `${uiText(o.lang, 'report.notRead')}：${a.file}（${why}）` : `${uiText(o.lang, 'report.notRead')}: ${a.file} (${why})` });
  }
  return cases;
}

export function renderJunit(run: RunReport, o: JunitOptions): string {
  const allCases: Case[] = [];
  const suites = run.dossiers.map((d) => {
    const properties: [string, string][] = [
      ['file', d.file],
      ...(d.title ? [['title', d.title] as [string, string]] : []),
      ...(d.applicant ? [['applicant', d.applicant] as [string, string]] : []),
      ...(d.category ? [['category', d.category] as [string, string]] : []),
      ['status', d.status],
      ['verdict', verdictKind(d)],
      ['errors', String(d.counts.error)],
      ['warnings', String(d.counts.warning)],
      ...(d.notRead !== undefined ? [['notRead', String(d.notRead)] as [string, string]] : []),
      ...(d.hidden?.warning ? [['hiddenWarnings', String(d.hidden.warning)] as [string, string]] : []),
      ['call', run.call],
      ...(run.callFile ? [['callFile', run.callFile] as [string, string]] : []),
      ['asOf', run.asOf],
    ];
    const cases = dossierCases(d, run, o);
    allCases.push(...cases);
    return renderSuite(d.file, path.dirname(d.file) === '.' ? d.file : path.dirname(d.file), cases, properties);
  });
  if (run.skipped?.length) {
    const cases: Case[] = run.skipped.map((f) => ({ name: f.path, failures: [], errors: [], out: [], skipped: f.message }));
    allCases.push(...cases);
    suites.push(renderSuite(fill(uiText(o.lang, 'report.skipped'), { count: run.skipped.length }), 'skipped', cases, [['call', run.call], ['asOf', run.asOf]]));
  }
  const body = suites.map((s) => `${s}\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kjhz ${attr(run.tool.version)} ${attr(run.call)}" ${totalsAttrs(totalsOf(allCases))}>\n${body}</testsuites>\n`;
}
