// --quiet (as in ESLint): only errors are reported, in every format. Counts follow what is shown,
// so a JSON consumer never sees warnings counted that are not listed. The exit code is decided on
// the full run (--max-warnings still counts the warnings --quiet hides); each dossier's `hidden` says how
// many were left out, so that no report claims fewer warnings than there are.
import { countFindings } from '../core/finding.js';
import type { RunReport } from '../core/report.js';

export function errorsOnly(run: RunReport): RunReport {
  return {
    ...run,
    dossiers: run.dossiers.map((d) => {
      const findings = d.findings.filter((f) => f.severity === 'error');
      const counts = countFindings(findings);
      return { ...d, findings, counts, hidden: { error: 0, warning: d.counts.warning, info: d.counts.info } };
    }),
    batch: { ...run.batch, findings: run.batch.findings.filter((f) => f.severity === 'error') },
  };
}
