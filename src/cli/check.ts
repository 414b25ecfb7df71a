// `kjhz check`: options → run → report → exit code.
import { parseAsOf } from '../core/dates.js';
import type { Lang, Msg } from '../core/finding.js';
import { discover, PathError, type Discovery } from '../load/discover.js';
import { runDiscovered } from '../check/run.js';
import type { CheckOptions } from '../check/checkDossier.js';
import type { OcrChoice } from '../ocr/scan.js';
import { renderJson } from '../report/json.js';
import { renderPretty } from '../report/pretty.js';
import { renderJunit } from '../report/junit.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderHtml } from '../report/html.js';
import { renderSarif } from '../report/sarif.js';
import { renderGithub } from '../report/github.js';
import { renderCompact } from '../report/compact.js';
import { errorsOnly } from '../report/quiet.js';
import { ConfigError, findConfig, loadConfig, type Bureau, type LoadedConfig } from '../config/config.js';
import { allRules, checkRules } from '../rules/index.js';
import path from 'node:path';
import { writeAtomically } from '../report/atomic.js';
import { fill } from '../core/finding.js';
import { uiText } from '../i18n/ui.js';
import { EXIT } from './main.js';
import type { RunReport } from '../core/report.js';
import { stat } from 'node:fs/promises';
import { createProgress } from './progress.js';
import { jobsOf } from './prestart.js';
import { systemError } from '../i18n/systemErrors.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { activeCall } from './call.js';
import { CallError, defaultPolicy, type LoadedCall } from '../policy/index.js';
import type { Policy } from '../policy/policy.js';
import { callMsg } from '../policy/text.js';

/** What a report format is given besides the run. */
interface RenderContext {
  lang: Lang;
  color: boolean;
  quiet: boolean;
  verbose?: boolean;
  bureau?: Bureau;
  /** The call of the run: rule titles and hints quote it ({call.…}); default: the built-in call. */
  policy?: Policy;
}

/** The rules as reporters list them, their texts with the call's values. */
const withCallTexts = <R extends { title: Msg; hint?: Msg }>(rules: readonly R[], policy: Policy = defaultPolicy()): R[] =>
  rules.map((r) => ({ ...r, title: callMsg(r.title, policy), ...(r.hint ? { hint: callMsg(r.hint, policy) } : {}) }));

/** --format: each report format and its renderer (main.ts offers these choices). */
export const FORMATS = {
  pretty: (run, c) => renderPretty(run, { lang: c.lang, color: c.color, quiet: c.quiet, verbose: c.verbose }),
  json: (run) => renderJson(run),
  junit: (run, c) => renderJunit(run, { lang: c.lang, rules: withCallTexts(checkRules, c.policy) }),
  markdown: (run, c) => renderMarkdown(run, { lang: c.lang }),
  html: (run, c) => renderHtml(run, { lang: c.lang, ...(c.bureau ? { bureau: c.bureau } : {}) }),
  sarif: (run, c) => renderSarif(run, { lang: c.lang, rules: withCallTexts(allRules.filter((r) => !r.manual), c.policy) }),
  github: (run, c) => renderGithub(run, c.lang),
  compact: (run, c) => renderCompact(run, c.lang),
} satisfies Record<string, (run: RunReport, c: RenderContext) => string>;
export type Format = keyof typeof FORMATS;

/** The OCR cache folder (--cache-dir, else the user's), if results can be kept there; else said once on
 * stderr, and scans are recognised without a cache (never an error: the check itself is not affected). */
async function usableCacheDir(given: string | undefined, lang: Lang): Promise<{ cacheDir?: string }> {
  const { cacheDirProblem, defaultCacheDir } = await import('../ocr/cache.js');
  const cacheDir = given ?? defaultCacheDir();
  const problem = cacheDirProblem(cacheDir);
  if (!problem) return { cacheDir };
  process.stderr.write(`kjhz: ${fill(uiText(lang, 'cli.cacheDir'), { dir: maskIdNumbersIn(cacheDir), detail: problem })}\n`);
  return {};
}

export interface CheckCommandOptions {
  format: Format;
  xlsx?: string;
  asOf?: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  verbose?: boolean;
  pdf: boolean;
  /** --no-ocr: false */
  ocr: boolean;
  cacheDir?: string;
  /** --no-cache: false */
  cache: boolean;
  config?: string;
  /** The call file (default: call: in the config, else the built-in call). */
  call?: string;
  lang: Lang;
  jobs?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** --fix / --fix-dry-run: mends each dossier.yaml (or shows the diff) before it is checked; on stderr, so
 * that the report on stdout stays what --format says. A file that cannot be read is left to the check. */
async function fixFiles(files: string[], o: CheckCommandOptions): Promise<string | undefined> {
  const { fixDossierText, fixDiff } = await import('../load/fix.js');
  const { readFile } = await import('node:fs/promises');
  const { YAML_LIMITS } = await import('../load/yaml.js');
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, unknown>) => fill(uiText(o.lang, k), p);
  let changed = 0;
  for (const file of files) {
    const shown = path.relative(process.cwd(), file) || file;
    let source: string;
    try {
      const bytes = await readFile(file);
      if (bytes.length > YAML_LIMITS.maxBytes) continue;
      source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const { text, changes } = fixDossierText(source);
    if (!changes.length) continue;
    changed++;
    if (o.fixDryRun) {
      process.stderr.write(`${t('fix.dryRun', { file: shown, count: changes.length })}\n${fixDiff(shown, changes)}`);
      continue;
    }
    try {
      await writeAtomically(file, text);
    } catch (err) {
      return t('cli.cannotWrite', { file: shown, detail: systemError(err, o.lang) });
    }
    process.stderr.write(`${t('fix.fixed', { file: shown, count: changes.length })}\n${changes.map((c) => `  ${t('fix.line', { line: c.line, what: c.what[o.lang] })}\n    - ${maskIdNumbersIn(c.before.trim())}\n    + ${maskIdNumbersIn(c.after.trim())}`).join('\n')}\n`);
  }
  if (!changed) process.stderr.write(`${t('fix.nothing')}\n`);
  return undefined;
}

function fail(message: string): number {
  process.stderr.write(`kjhz: ${message}\n`);
  return EXIT.usage;
}

// Batch findings are also on each dossier involved (src/batch/run.ts): counted there, once per dossier.
const warningsOf = (run: RunReport) => run.dossiers.reduce((n, d) => n + d.counts.warning, 0);

export function exitCodeOf(run: RunReport, maxWarnings: number | undefined): number {
  const errors = run.dossiers.some((d) => d.counts.error > 0 || d.status === 'unreadable') || run.batch.findings.some((f) => f.severity === 'error');
  if (errors) return EXIT.findings;
  return maxWarnings !== undefined && warningsOf(run) > maxWarnings ? EXIT.findings : EXIT.ok;
}

/** The line that says why --max-warnings ends the run with exit 1; undefined when the limit holds. */
export function maxWarningsLine(run: RunReport, maxWarnings: number | undefined, lang: Lang): string | undefined {
  const warnings = warningsOf(run);
  return maxWarnings !== undefined && warnings > maxWarnings ? fill(uiText(lang, 'cli.maxWarningsExceeded'), { warnings, max: maxWarnings }) : undefined;
}

export async function runCheckCommand(paths: string[], o: CheckCommandOptions): Promise<number> {
  const lang = o.lang;
  const cliAsOf = o.asOf === undefined ? undefined : parseAsOf(o.asOf);
  if (o.asOf !== undefined && !cliAsOf) return fail(fill(uiText(lang, 'cli.asOf'), { value: o.asOf }));
  let maxWarnings: number | undefined;
  if (o.maxWarnings !== undefined) {
    maxWarnings = /^\d+$/.test(o.maxWarnings.trim()) ? Number(o.maxWarnings) : NaN;
    if (!Number.isSafeInteger(maxWarnings)) return fail(fill(uiText(lang, 'cli.maxWarnings'), { value: o.maxWarnings }));
  }
  // --jobs: worker threads (default: every core); --xlsx: refuse a target that cannot be written before checking.
  const workers = jobsOf(o.jobs);
  if (workers === undefined) return fail(fill(uiText(lang, 'cli.jobs'), { value: o.jobs ?? '' }));
  if (o.xlsx !== undefined) {
    if (!/\.xlsx$/i.test(o.xlsx)) return fail(fill(uiText(lang, 'xlsx.extension'), { file: o.xlsx }));
    if ((await stat(o.xlsx).catch(() => undefined))?.isDirectory()) return fail(fill(uiText(lang, 'xlsx.isDir'), { file: o.xlsx }));
    const dir = path.dirname(path.resolve(o.xlsx));
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) return fail(fill(uiText(lang, 'xlsx.noDir'), { dir: path.dirname(o.xlsx) }));
  }
  // -o: refuse an output that cannot be written before a long batch runs (writing it may still fail: exit 2 then too).
  if (o.output !== undefined) {
    const cannot = (detail: string) => fail(fill(uiText(lang, 'cli.cannotWrite'), { file: o.output, detail }));
    if ((await stat(o.output).catch(() => undefined))?.isDirectory()) return cannot(systemError('EISDIR', lang));
    if (!(await stat(path.dirname(path.resolve(o.output))).catch(() => undefined))?.isDirectory()) return cannot(systemError('ENOENT', lang));
  }
  // kjhz.config.yaml (or --config): the bureau's as-of time and rule severities; any mistake in it is exit 2.
  let config: LoadedConfig | undefined;
  try {
    const file = o.config ?? (await findConfig(paths, lang));
    if (file) config = await loadConfig(file, lang, allRules, o.config ?? (path.relative(process.cwd(), file) || file));
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  // --call, else the config's call:, else the built-in call: one call for every dossier and the batch rules
  let call: LoadedCall;
  try {
    call = await activeCall(lang, o.call, config);
  } catch (err) {
    if (err instanceof CallError) return fail(err.message);
    throw err;
  }
  const asOf = cliAsOf ?? config?.asOf ?? new Date();
  let found: Discovery;
  try {
    found = await discover(paths);
  } catch (err) {
    if (err instanceof PathError) return fail(fill(uiText(lang, err.kind === 'not-found' ? 'path.notFound' : 'path.noDossier'), { path: err.target }));
    throw err;
  }
  if (o.fix || o.fixDryRun) {
    const problem = await fixFiles(found.entries.flatMap((e) => (e.kind === 'dossier' ? [e.file] : [])), o);
    if (problem) return fail(problem);
  }
  // The PDF library loads only where PDFs are read: in each worker, or on this thread's reader when
  // checking one dossier here; a batch's main thread never pays for it.
  // OCR of scanned pages (and the seal check) unless --no-ocr (false: the reports say why scans were not
  // read); results cached unless --no-cache.
  const ocr: OcrChoice | undefined = !o.pdf ? undefined : o.ocr === false ? false : { ...(o.cache !== false ? await usableCacheDir(o.cacheDir, lang) : {}) };
  const progress = createProgress(lang);
  const onPage = (page: number) => page > 0 && progress.ocrPage();
  const readPdf: CheckOptions['readPdf'] = o.pdf ? async (file, fact, policy) => (await import('../pdf/read.js')).readPdfFile(file, fact, policy, ocr, onPage) : undefined;
  const checked = await runDiscovered(found, { policy: call.policy, callFile: call.file, asOf, lang, workers, onProgress: progress.update, onOcrPage: progress.ocrPage, ...(config ? { settings: config.settings } : {}), ...(readPdf ? { readPdf } : {}), ...(ocr !== undefined ? { ocr } : {}) });
  progress.finish();
  const run = config ? { ...checked, config: config.record } : checked;
  // --quiet hides warnings in every format; --max-warnings below still counts them.
  const shown = o.quiet ? errorsOnly(run) : run;
  const color = !o.output && process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  const text = FORMATS[o.format](shown, { lang, color, quiet: o.quiet === true, verbose: o.verbose === true, policy: call.policy, ...(config?.bureau ? { bureau: config.bureau } : {}) });
  if (o.output) {
    try {
      await writeAtomically(o.output, text);
    } catch (err) {
      return fail(fill(uiText(lang, 'cli.cannotWrite'), { file: o.output, detail: systemError(err, lang) }));
    }
  } else process.stdout.write(text);
  if (o.xlsx !== undefined) {
    // The workbook always holds every finding (warnings too, whatever --quiet hides on screen).
    const { writeXlsx } = await import('../report/xlsx.js');
    try {
      await writeXlsx(run, o.xlsx, { lang, policy: call.policy, ...(config?.bureau ? { bureau: config.bureau } : {}) });
    } catch (err) {
      return fail(fill(uiText(lang, 'cli.cannotWrite'), { file: o.xlsx, detail: systemError(err, lang) }));
    }
    if (!o.quiet) process.stderr.write(`${fill(uiText(lang, 'xlsx.written'), { file: o.xlsx, count: run.dossiers.length })}\n`);
  }
  const limit = maxWarningsLine(run, maxWarnings, lang);
  if (limit) process.stderr.write(`${limit}\n`);
  return exitCodeOf(run, maxWarnings);
}
