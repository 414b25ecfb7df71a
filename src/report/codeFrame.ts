// The lines of dossier.yaml around a YAML mistake, with a caret under it: for the pretty and Markdown
// reports. Columns count as a terminal shows them: a Chinese character or full-width sign takes two.
import type { Finding } from '../core/finding.js';

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** How many terminal columns a text takes. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** The frame as plain lines ("  5 | text", "> 6 | text", "    |    ^^"); empty when the finding has no excerpt. */
export function codeFrame(f: Pick<Finding, 'excerpt' | 'line' | 'column' | 'endLine' | 'endColumn'>): string[] {
  const { excerpt: x, line, column } = f;
  if (!x || !line || !column) return [];
  const last = x.firstLine + x.lines.length - 1;
  const gutter = String(last).length;
  const out: string[] = [];
  x.lines.forEach((text, i) => {
    const n = x.firstLine + i;
    const shown = text.replace(/\t/g, ' ');
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(gutter)} | ${shown}`);
    if (n !== line) return;
    const chars = [...shown];
    const before = displayWidth(chars.slice(0, column - 1).join(''));
    const endColumn = f.endLine === line && f.endColumn && f.endColumn > column ? f.endColumn : column + 1;
    const marked = Math.max(1, displayWidth(chars.slice(column - 1, endColumn - 1).join('')));
    out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(before)}${'^'.repeat(marked)}`);
  });
  return out;
}
