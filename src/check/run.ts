// A whole run: discover dossiers, check each (one bad dossier never stops the others), batch rules.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkDossierLoaded, type CheckOptions } from './checkDossier.js';
import { checkDossiers, type FaultInjection } from './pool.js';
import { batchKeysOf, type CheckedDossier } from '../batch/keys.js';
import { runBatchRules } from '../batch/run.js';
import { countFindings, type Finding } from '../core/finding.js';
import type { DossierReport, RunReport, SkippedFolder } from '../core/report.js';
import { MAX_DEPTH, type Discovery, type FolderProblem, type SkippedEntry } from '../load/discover.js';
import { fill, severityOrder, type Lang } from '../core/finding.js';
import { uiText, type UiKey } from '../i18n/ui.js';
import { markReport } from '../core/marks.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { formatShanghai } from '../core/dates.js';
import { DEFAULT_CALL_DISPLAY, defaultCall } from '../policy/callFile.js';
import { TOOL_VERSION } from '../version.js';

export interface RunOptions extends Omit<CheckOptions, 'displayPath'> {
  /** How reports name the call file (absent: the built-in call's). */
  callFile?: string;
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
  /** A page was recognised by OCR (in a worker or here). */
  onOcrPage?: () => void;
  /** With readPdf: workers recognise scanned pages and look for seals with these settings (src/ocr);
   *  `readPdf` itself must do the same for dossiers checked on this thread. */
  ocr?: import('../ocr/scan.js').OcrChoice;
  /** Worker threads (src/check/pool.ts; the CLI uses every core, or --jobs). Absent or 0: this thread.
   * Workers read PDFs with src/pdf/read.ts whenever `readPdf` is set (functions cannot cross threads). */
  workers?: number;
  /** A dossier not done after this long in a worker is abandoned (one failed row). */
  dossierTimeoutMs?: number;
  /** Test-only fault injection into workers. */
  faults?: FaultInjection[];
}

export async function checkOne(file: string, options: RunOptions): Promise<DossierReport> {
  return (await checkOneKeyed(file, options)).report;
}

/** checkOne with the dossier's batch keys (with `salt`), taken from the dossier as it was loaded for the check. */
export async function checkOneKeyed(file: string, options: RunOptions, salt?: Uint8Array): Promise<CheckedDossier> {
  const displayPath = path.relative(options.cwd ?? process.cwd(), file) || file;
  try {
    const { report, dossier } = await checkDossierLoaded(file, { ...options, policy: options.policy ?? defaultCall().policy, displayPath });
    return salt && dossier && report.status !== 'unreadable' ? { report, keys: batchKeysOf(dossier, salt) } : { report };
  } catch (err) {
    // A defect in kjhz itself must not lose the dossier: it is reported, and the batch goes on.
    const findings: Finding[] = [{ rule: 'internal-error', severity: 'error', clause: '三', message: `kjhz 内部错误 internal error: ${(err as Error).message}`, hint: '请将该 dossier 报告给 kjhz 维护者' }];
    return { report: { file: displayPath, status: 'unreadable', counts: countFindings(findings), findings } };
  }
}

export async function runCheck(files: readonly string[], given: RunOptions): Promise<RunReport> {
  // one call for every dossier, here and in the workers, and for the batch rules
  const options = { ...given, policy: given.policy ?? defaultCall().policy };
  // Key of the lead-ID hash the batch rules compare; random per run, never written anywhere.
  const salt = randomBytes(32);
  const checked = await checkDossiers(files, {
    workers: options.workers ?? 0,
    job: { policy: options.policy, asOf: options.asOf.toISOString(), lang: options.lang, cwd: options.cwd ?? process.cwd(), pdf: options.readPdf !== undefined, salt, ...(options.settings ? { settings: options.settings } : {}), ...(options.ocr !== undefined && options.readPdf ? { ocr: options.ocr } : {}) },
    inProcess: (file) => checkOneKeyed(file, options, salt),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onOcrPage ? { onOcrPage: options.onOcrPage } : {}),
    ...(options.dossierTimeoutMs !== undefined ? { dossierTimeoutMs: options.dossierTimeoutMs } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
  });
  // the same call as every dossier's: batch rules read its limits and threshold
  const batch = runBatchRules(checked, options.policy, { lang: options.lang, ...(options.settings ? { settings: options.settings } : {}) });
  const dossiers: DossierReport[] = checked.map((c) => c.report);
  return {
    tool: { name: 'kjhz', version: TOOL_VERSION },
    call: options.policy.id,
    callFile: options.callFile ?? (options.policy === defaultCall().policy ? DEFAULT_CALL_DISPLAY : `(${options.policy.id})`),
    asOf: formatShanghai(options.asOf),
    dossiers,
    batch: { findings: batch },
  };
}

const shown = (cwd: string, file: string) => maskIdNumbersIn(path.relative(cwd, file) || file);

/** The entry of a folder that looks like an application but has no dossier file kjhz reads. */
function problemReport(p: FolderProblem, cwd: string, lang: Lang): DossierReport {
  const folder = shown(cwd, p.folder);
  const finding: Finding =
    p.kind === 'misspelt'
      ? { rule: 'dossier-file', severity: 'error', clause: '三', message: fill(uiText(lang, 'discover.misspelt'), { found: p.found.join(lang === 'zh' ? '、' : ', ') }), hint: fill(uiText(lang, 'discover.misspeltHint'), { file: p.found[0] }) }
      : { rule: 'dossier-file', severity: 'error', clause: '三', message: fill(uiText(lang, 'discover.noDossier'), { pdfs: p.pdfs }), hint: fill(uiText(lang, 'discover.noDossierHint'), { folder }) };
  const file = shown(cwd, path.join(p.folder, p.kind === 'misspelt' ? p.found[0]! : 'dossier.yaml'));
  return { file, status: 'unreadable', counts: countFindings([finding]), findings: [maskFinding(finding)] };
}

const maskFinding = (f: Finding): Finding => ({ ...f, message: maskIdNumbersIn(f.message), ...(f.hint ? { hint: maskIdNumbersIn(f.hint) } : {}) });

/** A folder that holds no application, in words. */
export function skippedFolder(s: SkippedEntry, cwd: string, lang: Lang): SkippedFolder {
  const sep = lang === 'zh' ? '、' : ', ';
  let message: string;
  if (s.reason === 'no-application') {
    const files = s.files ?? [];
    const what = [
      files.length ? fill(uiText(lang, 'skip.files'), { count: files.length, names: files.slice(0, 3).join(sep) + (files.length > 3 ? '…' : '') }) : undefined,
      s.folders ? fill(uiText(lang, 'skip.folders'), { count: s.folders }) : undefined,
    ].filter(Boolean);
    message = fill(uiText(lang, 'skip.no-application'), { what: what.join(lang === 'zh' ? '；' : '; ') });
  } else message = fill(uiText(lang, `skip.${s.reason}` as UiKey), { pdfs: s.pdfs ?? 0, max: MAX_DEPTH, detail: s.detail ?? '' });
  return { path: shown(cwd, s.folder), reason: s.reason, message: maskIdNumbersIn(message) };
}

/**
 * runCheck over what discovery found: every application folder is one entry in its place (a folder
 * without a dossier file kjhz reads is an unreadable one saying what was found and how to fix it), and
 * the folders that hold none are listed as skipped.
 */
export async function runDiscovered(found: Discovery, options: RunOptions): Promise<RunReport> {
  const cwd = options.cwd ?? process.cwd();
  const files = found.entries.flatMap((e) => (e.kind === 'dossier' ? [e.file] : []));
  const run = await runCheck(files, options);
  const checked = [...run.dossiers];
  const dossiers = found.entries.map((e): DossierReport => {
    if (e.kind === 'problem') return problemReport(e.problem, cwd, options.lang);
    const report = checked.shift()!;
    if (e.alsoFound) {
      const other = maskIdNumbersIn(e.alsoFound);
      report.findings.push({ rule: 'dossier-file', severity: 'warning', clause: '三', message: fill(uiText(options.lang, 'discover.both'), { other }), hint: fill(uiText(options.lang, 'discover.bothHint'), { other }) });
      report.findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
      report.counts = countFindings(report.findings);
      markReport(report);
    }
    return report;
  });
  return { ...run, dossiers, skipped: found.skipped.map((s) => skippedFolder(s, cwd, options.lang)) };
}
