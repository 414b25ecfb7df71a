// --format github: GitHub Actions workflow commands, one annotation per finding
// (`::error file=…,line=…,col=…,title=…::message`), shown on the dossier.yaml line in a pull request.
// Escaped as the runner parses them (@actions/core's command.ts): in the message % CR LF become
// %25 %0D %0A; in a property also : and , (%3A %2C). A title or name the applicant typed can therefore
// neither end the command nor start another; bidi controls are shown as <U+202E> in what a person reads.
// Attachments whose content was not read, and folders skipped, are ::notice lines.
import type { Finding, Lang, Severity } from '../core/finding.js';
import { uiText } from '../i18n/ui.js';
import { notReadLines, skippedLine } from './words.js';
import type { RunReport } from '../core/report.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { bidiWrittenOut } from './bidi.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const readable = (s: string) => bidiWrittenOut(maskIdNumbersIn(s));

export function renderGithub(run: RunReport, lang: Lang = 'zh'): string {
  const lines: string[] = [];
  for (const d of run.dossiers) {
    for (const f of d.findings as (Finding & { endLine?: number; endColumn?: number })[]) {
      const props: [string, string | number | undefined][] = [
        ['file', maskIdNumbersIn(d.file).replace(/\\/g, '/')],
        ['line', f.line],
        ['col', f.line ? f.column : undefined],
        ['endLine', f.line ? f.endLine : undefined],
        ['endColumn', f.line && f.endLine ? f.endColumn : undefined],
        ['title', readable(`kjhz ${f.rule} [${f.clause}]`)],
      ];
      const head = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      const body = readable(f.hint ? `${f.message}\n${f.hint}` : f.message);
      lines.push(`::${COMMAND[f.severity]} ${head}::${escapeData(body)}`);
    }
    // what was not checked is said here too: a notice per attachment not read
    for (const n of notReadLines(d, lang)) lines.push(`::notice file=${escapeProperty(maskIdNumbersIn(d.file).replace(/\\/g, '/'))},title=${escapeProperty(readable(`kjhz ${uiText(lang, 'report.notRead')}`))}::${escapeData(readable(n.text))}`);
  }
  for (const s of run.skipped ?? []) lines.push(`::notice title=${escapeProperty(readable(`kjhz ${uiText(lang, 'report.skippedTitle')}`))}::${escapeData(readable(`${s.path}: ${skippedLine(s.message, lang)}`))}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
