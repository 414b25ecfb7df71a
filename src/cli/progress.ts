// A one-line progress bar on stderr (count, rate, ETA), only when stderr is a terminal: nothing at all
// is written to a pipe, a file or CI logs. stdout is never touched (a report may be going there).
import type { Lang } from '../core/finding.js';
import { fill } from '../core/finding.js';
import { uiText } from '../i18n/ui.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

export interface Progress {
  update(done: number, total: number): void;
  /** One more page recognised by OCR: counted on the line (OCR is what makes a batch of scans slow). */
  ocrPage(): void;
  /** Clears the line (the report that follows starts on a clean line). */
  finish(): void;
}

const silent: Progress = { update: () => undefined, ocrPage: () => undefined, finish: () => undefined };

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Display width: CJK and other wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function createProgress(lang: Lang, stream: ProgressStream = process.stderr, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true) return silent;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  let ocrPages = 0;
  let last = { done: 0, total: 0 };
  const progress: Progress = {
    ocrPage() {
      ocrPages += 1;
      // (before the first dossier is done the total is not known yet: one dossier, or the batch's first)
      progress.update(last.done, Math.max(last.total, 1));
    },
    update(done, total) {
      last = { done, total: Math.max(total, last.total) };
      const t = now();
      // At most ten redraws a second, but always the last one.
      if (done < total && t - lastDraw < 100) return;
      lastDraw = t;
      const elapsed = (t - started) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = done > 0 && rate > 0 ? (total - done) / rate : NaN;
      const text = fill(uiText(lang, 'progress.line'), { done, total, rate: rate.toFixed(1), eta: formatDuration(eta) }) + (ocrPages > 0 ? fill(uiText(lang, 'progress.ocr'), { pages: ocrPages }) : '');
      const columns = stream.columns && stream.columns > 0 ? stream.columns : 80;
      const barWidth = Math.max(0, Math.min(30, columns - width(text) - 4));
      const filled = total > 0 ? Math.round((barWidth * done) / total) : 0;
      const bar = barWidth > 0 ? `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ` : '';
      stream.write(`\r${bar}${text}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
  return progress;
}
