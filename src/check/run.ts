// A whole run: discover dossiers, check each (one bad dossier never stops the others), batch rules.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkDossierLoaded, type CheckOptions } from './checkDossier.js';
import { checkDossiers, type FaultInjection } from './pool.js';
import { batchKeysOf, type CheckedDossier } from '../batch/keys.js';
import { runBatchRules } from '../batch/run.js';
import { countFindings, type Finding } from '../core/finding.js';
import type { DossierReport, RunReport } from '../core/report.js';
import { formatShanghai } from '../core/dates.js';
import { DEFAULT_CALL, getPolicy } from '../policy/index.js';
import { TOOL_VERSION } from '../version.js';

export interface RunOptions extends Omit<CheckOptions, 'displayPath'> {
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
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
    const { report, dossier } = await checkDossierLoaded(file, { ...options, displayPath });
    return salt && dossier && report.status !== 'unreadable' ? { report, keys: batchKeysOf(dossier, salt) } : { report };
  } catch (err) {
    // A defect in kjhz itself must not lose the dossier: it is reported, and the batch goes on.
    const findings: Finding[] = [{ rule: 'internal-error', severity: 'error', clause: '三', message: `kjhz 内部错误 internal error: ${(err as Error).message}`, hint: '请将该 dossier 报告给 kjhz 维护者' }];
    return { report: { file: displayPath, status: 'unreadable', counts: countFindings(findings), findings } };
  }
}

export async function runCheck(files: readonly string[], options: RunOptions): Promise<RunReport> {
  // Key of the lead-ID hash the batch rules compare; random per run, never written anywhere.
  const salt = randomBytes(32);
  const checked = await checkDossiers(files, {
    workers: options.workers ?? 0,
    job: { asOf: options.asOf.toISOString(), lang: options.lang, cwd: options.cwd ?? process.cwd(), pdf: options.readPdf !== undefined, salt, ...(options.settings ? { settings: options.settings } : {}) },
    inProcess: (file) => checkOneKeyed(file, options, salt),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.dossierTimeoutMs !== undefined ? { dossierTimeoutMs: options.dossierTimeoutMs } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const batch = runBatchRules(checked, getPolicy(DEFAULT_CALL)!, { lang: options.lang, ...(options.settings ? { settings: options.settings } : {}) });
  const dossiers: DossierReport[] = checked.map((c) => c.report);
  return {
    tool: { name: 'kjhz', version: TOOL_VERSION },
    call: DEFAULT_CALL,
    asOf: formatShanghai(options.asOf),
    dossiers,
    batch: { findings: batch },
  };
}
