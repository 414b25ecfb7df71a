// Sentences several reporters share, built from the report's marks (src/core/marks.ts) only.
import { fill, type Lang } from '../core/finding.js';
import type { DossierReport } from '../core/report.js';
import { readReasonKey, uiText } from '../i18n/ui.js';

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
