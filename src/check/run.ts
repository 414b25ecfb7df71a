// A whole run: discover dossiers, check each (one bad dossier never stops the others), batch rules.
import path from 'node:path';
import { checkDossier, type CheckOptions } from './checkDossier.js';
import { countFindings, type Finding } from '../core/finding.js';
import type { DossierReport, RunReport } from '../core/report.js';
import { formatShanghai } from '../core/dates.js';
import { DEFAULT_CALL } from '../policy/index.js';
import { TOOL_VERSION } from '../version.js';

export interface RunOptions extends Omit<CheckOptions, 'displayPath'> {
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
}

export async function checkOne(file: string, options: RunOptions): Promise<DossierReport> {
  const displayPath = path.relative(options.cwd ?? process.cwd(), file) || file;
  try {
    return await checkDossier(file, { ...options, displayPath });
  } catch (err) {
    // A defect in kjhz itself must not lose the dossier: it is reported, and the batch goes on.
    const findings: Finding[] = [{ rule: 'internal-error', severity: 'error', clause: '三', message: `kjhz 内部错误 internal error: ${(err as Error).message}`, hint: '请将该 dossier 报告给 kjhz 维护者' }];
    return { file: displayPath, status: 'unreadable', counts: countFindings(findings), findings };
  }
}

export async function runCheck(files: readonly string[], options: RunOptions): Promise<RunReport> {
  const dossiers: DossierReport[] = [];
  for (const file of files) {
    dossiers.push(await checkOne(file, options));
    options.onProgress?.(dossiers.length, files.length);
  }
  return {
    tool: { name: 'kjhz', version: TOOL_VERSION },
    call: DEFAULT_CALL,
    asOf: formatShanghai(options.asOf),
    dossiers,
    batch: { findings: [] },
  };
}
