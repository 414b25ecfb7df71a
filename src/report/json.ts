// --format json: the contract of docs/dossier-format.md §3, plus optional keys (materials, verified).
import type { RunReport } from '../core/report.js';

export function renderJson(run: RunReport): string {
  // summary and the materials' scope serve the workbook and the marks (src/core/marks.ts), not scripts
  const dossiers = run.dossiers.map(({ summary: _internal, ...d }) => (d.materials ? { ...d, materials: d.materials.map(({ scope: _scope, ...m }) => m) } : d));
  return `${JSON.stringify({ ...run, dossiers }, null, 2)}\n`;
}
