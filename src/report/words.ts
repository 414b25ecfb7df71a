// Sentences several reporters share, built from the report's marks (src/core/marks.ts) only.
import { fill, type Lang } from '../core/finding.js';
import type { DossierReport, RunReport } from '../core/report.js';
import { readReasonKey, uiText, type UiKey } from '../i18n/ui.js';

/** The attachments whose content was not read, each with why ("在职证明.pdf（扫描件，无文字层）"); under
 * --no-pdf, one sentence for all. Undefined when every attachment was read. */
export function notReadSummary(d: DossierReport, lang: Lang): string | undefined {
  const unread = (d.attachments ?? []).filter((a) => a.read === 'not-read');
  if (!unread.length) return undefined;
  if (unread.every((a) => a.reason === 'pdf-off')) return fill(uiText(lang, 'report.notReadAll'), { count: unread.length });
  const files = unread.map((a) => {
    const why = a.reason ? uiText(lang, readReasonKey(a.reason)) : '';
    return lang === 'zh' ? `${a.file}（${why}）` : `${a.file} (${why})`;
  });
  return fill(uiText(lang, 'report.notReadFiles'), { count: unread.length, files: files.join(lang === 'zh' ? '；' : '; ') });
}

/** Each attachment whose content was not read, as one sentence (formats that list lines, not sections). */
export function notReadLines(d: DossierReport, lang: Lang): { path: string; file: string; reason?: string; text: string }[] {
  return (d.attachments ?? [])
    .filter((a) => a.read === 'not-read')
    .map((a) => ({ path: a.path, file: a.file, ...(a.reason ? { reason: a.reason } : {}), text: fill(uiText(lang, 'report.notReadOne'), { file: a.file, why: a.reason ? uiText(lang, readReasonKey(a.reason)) : '' }) }));
}

/** A skipped folder as one sentence. */
export const skippedLine = (message: string, lang: Lang) => fill(uiText(lang, 'report.skippedOne'), { message });

/** The totals, last: dossiers by status, findings, what was not read, folders skipped, warnings hidden. */
export function totalsSentence(run: RunReport, lang: Lang): string {
  const t = (k: UiKey) => uiText(lang, k);
  const sep = lang === 'zh' ? '；' : '; ';
  const n = (s: string) => run.dossiers.filter((d) => d.status === s).length;
  const sum = (f: (d: DossierReport) => number) => run.dossiers.reduce((k, d) => k + f(d), 0);
  const parts = [
    fill(t('report.summary'), { total: run.dossiers.length, pass: n('pass'), fail: n('fail'), unreadable: n('unreadable') }),
    fill(t('report.totalsFindings'), { errors: sum((d) => d.counts.error), warnings: sum((d) => d.counts.warning) }),
  ];
  const notRead = run.dossiers.filter((d) => d.status === 'pass' && (d.notRead ?? 0) > 0).length;
  if (notRead) parts.push(fill(t('report.totalsNotRead'), { count: notRead }));
  if (run.skipped?.length) parts.push(fill(t('report.totalsSkipped'), { count: run.skipped.length }));
  const hidden = sum((d) => d.hidden?.warning ?? 0);
  if (hidden) parts.push(fill(t('report.hiddenWarnings'), { count: hidden }));
  return parts.join(sep);
}
