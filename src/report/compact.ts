// --format compact: one line per finding, `file:line:col: severity message [rule]`, for editors'
// error lists (vim's errorformat, VS Code problem matchers) and grep. A finding with no position in
// dossier.yaml is `file: severity message [rule]`. Severity is the English word in every language;
// texts are made inert for a terminal (line breaks, escape sequences and bidi controls shown, not obeyed).
// Attachments whose content was not read and folders skipped are `info` lines ([not-read], [skipped]).
import type { RunReport } from '../core/report.js';
import type { Lang } from '../core/finding.js';
import { notReadLines, skippedLine } from './words.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { terminalSafe } from './pretty.js';
import { bidiWrittenOut } from './bidi.js';

const inert = (s: string) => bidiWrittenOut(terminalSafe(maskIdNumbersIn(s)));

export function renderCompact(run: RunReport, lang: Lang = 'zh'): string {
  const lines: string[] = [];
  for (const d of run.dossiers) {
    const file = inert(d.file);
    for (const f of d.findings) {
      const at = f.line ? `${file}:${f.line}:${f.column ?? 1}:` : `${file}:`;
      lines.push(`${at} ${f.severity} ${inert(f.message)} [${inert(f.rule)}]`);
    }
    // what was not checked is said here too: one note per attachment not read
    for (const n of notReadLines(d, lang)) lines.push(`${file}: info ${inert(n.text)} [not-read]`);
  }
  for (const s of run.skipped ?? []) lines.push(`${inert(s.path)}: info ${inert(skippedLine(s.message, lang))} [skipped]`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
