// Every mark a report shows, derived in one place from the report's own findings and reads: a material's
// state (✔ ✘ ! 未核对 –), whether a verified fact is disputed, whether an attachment's content was read,
// and the verdict kind. Reporters only show these; none of them judges a mark again, so the terminal, the
// Markdown, the JSON, JUnit and the workbook cannot disagree.
import type { AttachmentFact } from './attachments.js';
import type { Finding } from './finding.js';
import type { AttachmentRead, DossierReport, MaterialLine, MaterialState, Verified } from './report.js';

/** The mark of each material state, in every format. */
export const MATERIAL_MARK: Record<MaterialState, string> = { ok: '✔', problem: '✘', missing: '✘', warning: '!', 'not-read': '?', 'not-needed': '–' };

/** A finding at `findingPath` concerns the field `p`: the same field, a field inside it, or the whole it is in. */
export function touches(findingPath: string, p: string): boolean {
  return findingPath === p || findingPath.startsWith(`${p}.`) || p.startsWith(`${findingPath}.`);
}

/** A finding at `findingPath` is about the field `p` or something inside it (not about a list `p` belongs to). */
const within = (findingPath: string, p: string): boolean => findingPath === p || findingPath.startsWith(`${p}.`);

/** Whether an attachment's content was read, and why not. `pdfRequested`: the run reads PDFs (no --no-pdf). */
export function attachmentRead(fact: AttachmentFact, pdfRequested: boolean): AttachmentRead {
  const base = { path: fact.path, file: fact.file };
  if (fact.status !== 'ok') return { ...base, read: 'not-read', reason: fact.status };
  const pdf = fact.pdf;
  if (!pdf) return { ...base, read: 'not-read', reason: pdfRequested ? 'not-opened' : 'pdf-off' };
  if (pdf.problem) return { ...base, read: 'not-read', reason: pdf.problem };
  // a text layer that does not decode (fonts without a Unicode map), not replaced by OCR: the content
  // rules skip such a document (src/rules/content.ts), so it was not checked
  if (pdf.pageTexts?.some((p) => (p as { unreadable?: unknown }).unreadable !== undefined && p.source !== 'ocr')) return { ...base, read: 'not-read', reason: 'garbled' };
  if (pdf.hasText) return { ...base, read: pdf.pageTexts?.some((p) => p.source === 'ocr') ? 'ocr' : 'text' };
  // pdf.ocr (src/ocr): OCR was tried on the scanned pages and read nothing; ocrOff: --no-ocr
  return { ...base, read: 'not-read', reason: pdf.ocr ? 'ocr-failed' : pdf.ocrOff ? 'ocr-off' : 'no-text' };
}

/** The dossier fields a material stands for: where its absence is reported, and each file's entry
 * (agreements.0 for agreements.0.file, attachments.noveltySearch for its .file, the file path otherwise). */
export function materialScope(reportedAt: string, filePaths: readonly string[]): string[] {
  return [...new Set([reportedAt, ...filePaths.map((p) => (p.endsWith('.file') ? p.slice(0, -'.file'.length) : p))])];
}

const disputing = (findings: readonly Finding[]) => findings.filter((f) => f.path !== undefined && (f.severity === 'error' || f.severity === 'warning'));

function stateOf(m: MaterialLine, findings: readonly Finding[], reads: readonly AttachmentRead[]): MaterialState {
  const scope = m.scope ?? m.paths;
  const on = findings.filter((f) => scope.some((p) => touches(f.path!, p)));
  if (m.state === 'missing') return 'missing';
  if (on.some((f) => f.severity === 'error')) return 'problem';
  if (m.paths.length === 0) return on.length ? 'warning' : 'not-needed';
  if (m.paths.some((p) => reads.find((r) => r.path === p)?.read === 'not-read')) return 'not-read';
  return on.length ? 'warning' : 'ok';
}

function isDisputed(v: Verified, findings: readonly Finding[]): boolean {
  return findings.some((f) => [v.path, ...(v.fields ?? [])].some((p) => within(f.path!, p)));
}

/**
 * Sets every mark of `report` from its findings (in place, and again whenever findings are added: batch
 * rules, discovery): materials' states, verified facts' `disputed`, `notRead`. Structural states (missing,
 * not-needed without files) come from the checklist as built; the rest only from findings and reads.
 */
export function markReport(report: DossierReport): DossierReport {
  const findings = disputing(report.findings);
  const reads = report.attachments ?? [];
  for (const m of report.materials ?? []) m.state = stateOf(m, findings, reads);
  for (const v of report.verified ?? []) {
    if (isDisputed(v, findings)) v.disputed = true;
    else delete v.disputed;
  }
  if (report.attachments) report.notRead = reads.filter((r) => r.read === 'not-read').length;
  return report;
}

/** The facts shown as verified (✔): the ones no error or warning disputes. */
export const shownVerified = (report: DossierReport, paths: readonly string[]): Verified[] =>
  (report.verified ?? []).filter((v) => !v.disputed && paths.includes(v.path));

export type VerdictKind = 'pass' | 'passWarnings' | 'passNotRead' | 'fail' | 'unreadable';

/** The verdict a report gives a dossier: a pass whose attachments were not all read is never a bare pass. */
export function verdictKind(d: DossierReport): VerdictKind {
  if (d.status === 'unreadable') return 'unreadable';
  if (d.status === 'fail') return 'fail';
  if ((d.notRead ?? 0) > 0) return 'passNotRead';
  return d.counts.warning > 0 ? 'passWarnings' : 'pass';
}
