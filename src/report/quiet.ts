// --quiet (as in ESLint): only errors are reported, in every format. Counts follow what is shown,
// so a JSON consumer never sees warnings counted that are not listed. The exit code is decided on
// the full run (--max-warnings still counts the warnings --quiet hides).
import { countFindings } from '../core/finding.js';
import type { RunReport } from '../core/report.js';

export function errorsOnly(run: RunReport): RunReport {
  return {
    ...run,
    dossiers: run.dossiers.map((d) => {
      const findings = d.findings.filter((f) => f.severity === 'error');
      return { ...d, findings, counts: countFindings(findings) };
    }),
    batch: { ...run.batch, findings: run.batch.findings.filter((f) => f.severity === 'error') },
  };
}
