// `kjhz check`: options → run → report → exit code.
import { parseAsOf } from '../core/dates.js';
import type { Lang } from '../core/finding.js';
import { discoverDossiers, PathError } from '../load/discover.js';
import { runCheck } from '../check/run.js';
import { renderJson } from '../report/json.js';
import { renderPretty } from '../report/pretty.js';
import { writeAtomically } from '../report/atomic.js';
import { fill } from '../core/finding.js';
import { uiText } from '../i18n/ui.js';
import { EXIT } from './main.js';
import type { RunReport } from '../core/report.js';

export interface CheckCommandOptions {
  format: 'pretty' | 'json' | 'junit' | 'markdown';
  xlsx?: string;
  asOf?: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  pdf: boolean;
  config?: string;
  lang: Lang;
}

function fail(message: string): number {
  process.stderr.write(`kjhz: ${message}\n`);
  return EXIT.usage;
}

export function exitCodeOf(run: RunReport, maxWarnings: number | undefined): number {
  const errors = run.dossiers.some((d) => d.counts.error > 0 || d.status === 'unreadable') || run.batch.findings.some((f) => f.severity === 'error');
  if (errors) return EXIT.findings;
  const warnings = run.dossiers.reduce((n, d) => n + d.counts.warning, 0) + run.batch.findings.filter((f) => f.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}

export async function runCheckCommand(paths: string[], o: CheckCommandOptions): Promise<number> {
  const lang = o.lang;
  const asOf = o.asOf === undefined ? new Date() : parseAsOf(o.asOf);
  if (!asOf) return fail(`--as-of 无法识别“${o.asOf}”，应为 2024-11-20 或 2024-11-20T10:00:00+08:00`);
  let maxWarnings: number | undefined;
  if (o.maxWarnings !== undefined) {
    maxWarnings = Number(o.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return fail(`--max-warnings 应为非负整数，当前为“${o.maxWarnings}”`);
  }
  let files: string[];
  try {
    files = await discoverDossiers(paths);
  } catch (err) {
    if (err instanceof PathError) return fail(fill(uiText(lang, err.kind === 'not-found' ? 'path.notFound' : 'path.noDossier'), { path: err.target }));
    throw err;
  }
  const readPdf = o.pdf ? (await import('../pdf/read.js')).readPdfFile : undefined;
  const run = await runCheck(files, { asOf, lang, ...(readPdf ? { readPdf } : {}) });
  const color = !o.output && process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  let text: string;
  switch (o.format) {
    case 'json':
      text = renderJson(run);
      break;
    default:
      text = renderPretty(run, { lang, color, quiet: o.quiet === true });
  }
  if (o.output) {
    try {
      await writeAtomically(o.output, text);
    } catch (err) {
      return fail(`无法写入 ${o.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else process.stdout.write(text);
  return exitCodeOf(run, maxWarnings);
}
