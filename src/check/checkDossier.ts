// One dossier, end to end: read dossier.yaml, gather the attachment facts, judge, and shape the report.
// The only I/O is here and in load/ and pdf/; rules stay pure.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadDossierText, YAML_LIMITS } from '../load/yaml.js';
import { attachmentPath, inspectAttachment } from '../load/attachments.js';
import { countFindings, fill, severityOrder, type Finding, type Lang } from '../core/finding.js';
import type { AttachmentFact, PdfFacts } from '../core/attachments.js';
import type { DossierReport, DossierStatus } from '../core/report.js';
import type { LooseDossier } from '../model/dossier.js';
import type { Policy } from '../policy/policy.js';
import { defaultCall } from '../policy/callFile.js';
import { checkRules } from '../rules/index.js';
import { runRules, type RuleSettings } from '../rules/engine.js';
import { declaredFiles } from '../rules/materials.js';
import { buildMaterials, buildSummary } from './summary.js';
import { attachmentRead, markReport } from '../core/marks.js';
import { uiText } from '../i18n/ui.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { systemError } from '../i18n/systemErrors.js';

export interface CheckOptions {
  /** The call every dossier of the run is judged against (default: the built-in call); a dossier whose
   * `call:` names another is the dossier-call rule's finding. */
  policy?: Policy;
  asOf: Date;
  lang: Lang;
  settings?: RuleSettings;
  /** Reads an attachment judged a readable PDF; absent: PDFs are not opened. */
  readPdf?: (absolutePath: string, fact: AttachmentFact, policy: Policy) => Promise<PdfFacts | undefined>;
  /** How the file is named in the report (relative to where the user ran kjhz). */
  displayPath?: string;
}

/** The report with every text passed through maskIdNumbersIn: whatever the applicant typed that reaches it
 * (a key named after an ID number, a file name, a folder name, a YAML message quoting the source) leaves
 * masked, in every format, whichever part of kjhz put it there. */
function masked<T>(value: T): T {
  if (typeof value === 'string') return maskIdNumbersIn(value) as T;
  if (Array.isArray(value)) return value.map(masked) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)])) as T;
  return value;
}

const unreadable = (file: string, findings: Finding[]): DossierReport => masked({ file, status: 'unreadable', counts: countFindings(findings), findings });

async function readDossierFile(file: string, lang: Lang): Promise<{ text?: string; findings: Finding[] }> {
  const fail = (message: string, hint?: string): { findings: Finding[] } => ({
    findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message, ...(hint ? { hint } : {}) }],
  });
  try {
    // synchronous, like the attachments' checks (src/load/attachments.ts): two small calls, no thread-pool round trips
    const info = statSync(file);
    if (!info.isFile()) return fail(uiText(lang, 'yaml.notRegular'));
    if (info.size > YAML_LIMITS.maxBytes) {
      return fail(fill(uiText(lang, 'yaml.tooLarge'), { size: `${(info.size / 1024 / 1024).toFixed(1)} MB`, max: `${YAML_LIMITS.maxBytes / 1024 / 1024} MB` }));
    }
    const bytes = readFileSync(file);
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      return { text, findings: [] };
    } catch {
      return fail(uiText(lang, 'yaml.encoding'), uiText(lang, 'yaml.encodingHint'));
    }
  } catch (err) {
    return fail(fill(uiText(lang, 'yaml.unreadableFile'), { detail: systemError(err, lang) }));
  }
}

export async function checkDossier(file: string, options: CheckOptions): Promise<DossierReport> {
  return (await checkDossierLoaded(file, options)).report;
}

/**
 * checkDossier, also handing back the dossier as loaded (absent when unreadable), so that a batch takes
 * its cross-dossier keys from it instead of reading and parsing dossier.yaml a second time.
 */
export async function checkDossierLoaded(file: string, options: CheckOptions): Promise<{ report: DossierReport; dossier?: LooseDossier }> {
  const { lang } = options;
  const display = options.displayPath ?? file;
  const read = await readDossierFile(file, lang);
  if (read.text === undefined) return { report: unreadable(display, read.findings) };
  const loaded = loadDossierText(read.text, lang);
  if (!loaded.ok) return { report: unreadable(display, loaded.findings) };
  const { dossier, locate } = loaded;
  const policy = options.policy ?? defaultCall().policy;

  const dir = path.dirname(file);
  const attachments = new Map<string, AttachmentFact>();
  for (const ref of declaredFiles(dossier)) {
    const fact = await inspectAttachment(dir, ref.path, ref.file, { maxBytes: policy.attachment.maxBytes });
    if (fact.status === 'ok' && options.readPdf) {
      const pdf = await options.readPdf(attachmentPath(dir, ref.file), fact, policy);
      if (pdf) fact.pdf = pdf;
    }
    attachments.set(ref.path, fact);
  }

  const { findings: ruleFindings, verified } = runRules(checkRules, { dossier, policy, asOf: options.asOf, attachments, invalid: loaded.invalid }, lang, options.settings);
  // what was read from a scan says so (recognised text may hold errors a person would not make)
  for (const v of verified) if (attachments.get(v.path)?.pdf?.ocr?.pages.length) v.source = 'ocr';
  for (const f of ruleFindings) Object.assign(f, f.path !== undefined ? locate(f.path) : {});
  const findings = [...loaded.findings, ...ruleFindings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const counts = countFindings(findings);
  const status: DossierStatus = counts.error > 0 ? 'fail' : 'pass';
  const report: DossierReport = {
    file: display,
    // Typed by the applicant: an ID number inside is masked like everywhere else.
    ...(dossier.project?.title ? { title: maskIdNumbersIn(dossier.project.title) } : {}),
    ...(dossier.applicant?.name ? { applicant: maskIdNumbersIn(dossier.applicant.name) } : {}),
    ...(dossier.project?.category ? { category: dossier.project.category } : {}),
    status,
    counts,
    findings,
    materials: buildMaterials(dossier, lang, policy),
    verified,
    attachments: [...attachments.values()].map((fact) => attachmentRead(fact, options.readPdf !== undefined)),
    summary: buildSummary(dossier),
  };
  return { report: masked(markReport(report)), dossier };
}
