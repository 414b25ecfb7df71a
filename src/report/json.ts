// --format json: the contract of docs/dossier-format.md §3, plus optional keys (materials, verified).
import type { RunReport } from '../core/report.js';

export function renderJson(run: RunReport): string {
  const dossiers = run.dossiers.map(({ summary: _internal, ...d }) => d);
  return `${JSON.stringify({ ...run, dossiers }, null, 2)}\n`;
}
