// The facts cross-dossier rules compare, taken from each dossier while it is checked.
// The lead's ID number enters only as a keyed hash (HMAC-SHA-256 with a random per-run key that never
// leaves the process): it can tell two dossiers apart or alike, and nothing else. BatchKeys are not part
// of any report; runCheck keeps them beside the reports and drops them once the batch rules have run.
import { createHmac } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { DossierReport } from '../core/report.js';
import type { Lang } from '../core/finding.js';
import { checkIdNumber, maskIdNumbersIn, normaliseCode } from '../core/checksums.js';
import { nameKey } from '../core/textfacts.js';
import { loadDossierText, YAML_LIMITS } from '../load/yaml.js';
import type { LooseDossier } from '../model/dossier.js';

export interface BatchKeys {
  /** HMAC of the normalised ID number (never the number, never emitted). */
  leadId?: string;
  /** nameKey(lead name) | birth date. */
  leadNameBirth?: string;
  /** For messages (ID numbers masked). */
  lead?: string;
  leadBirth?: string;
  /** Keys identifying the applicant: `code:<credit code>` and `name:<nameKey>`. */
  applicantKeys: string[];
  applicant?: string;
  recommender?: string;
  /** The recommender's name, normalised so that 科学技术局 and 科技局 agree. */
  recommenderKey?: string;
  title?: string;
  summary?: string;
}

/** The result of checking one dossier: its report, and (when readable) its batch keys. */
export interface CheckedDossier {
  report: DossierReport;
  keys?: BatchKeys;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function recommenderKey(name: string): string {
  return nameKey(name).replace(/科学技术/g, '科技');
}

export function batchKeysOf(d: LooseDossier, salt: Uint8Array): BatchKeys {
  const keys: BatchKeys = { applicantKeys: [] };
  const id = text(d.lead?.idNumber);
  const leadName = text(d.lead?.name);
  let birth = text(d.lead?.birthDate);
  if (id) {
    const normalised = normaliseCode(id);
    keys.leadId = createHmac('sha256', salt).update(normalised).digest('base64url');
    birth ??= checkIdNumber(normalised).birthDate;
  }
  if (leadName) keys.lead = maskIdNumbersIn(leadName);
  if (birth) keys.leadBirth = birth;
  if (leadName && birth && nameKey(leadName)) keys.leadNameBirth = `${nameKey(leadName)}|${birth}`;

  const code = text(d.applicant?.creditCode);
  if (code && normaliseCode(code)) keys.applicantKeys.push(`code:${normaliseCode(code)}`);
  const applicant = text(d.applicant?.name);
  if (applicant && nameKey(applicant)) {
    keys.applicantKeys.push(`name:${nameKey(applicant)}`);
    keys.applicant = maskIdNumbersIn(applicant);
  }
  const recommender = text(d.applicant?.recommender);
  if (recommender && recommenderKey(recommender)) {
    keys.recommender = maskIdNumbersIn(recommender);
    keys.recommenderKey = recommenderKey(recommender);
  }
  const title = text(d.project?.title);
  if (title) keys.title = maskIdNumbersIn(title);
  const summary = text(d.project?.summary);
  if (summary) keys.summary = maskIdNumbersIn(summary);
  return keys;
}

/**
 * Reads dossier.yaml again (it is small and was just read) for the keys of a readable dossier. The
 * checker itself hands out only reports; reading here keeps the ID number out of every report.
 */
export async function readBatchKeys(file: string, salt: Uint8Array, lang: Lang): Promise<BatchKeys | undefined> {
  try {
    if ((await stat(file)).size > YAML_LIMITS.maxBytes) return undefined;
    const loaded = loadDossierText(await readFile(file, 'utf8'), lang);
    return loaded.ok ? batchKeysOf(loaded.dossier, salt) : undefined;
  } catch {
    return undefined;
  }
}

/** A report with its keys: what a worker sends back for one dossier. */
export async function withBatchKeys(report: DossierReport, file: string, salt: Uint8Array, lang: Lang): Promise<CheckedDossier> {
  if (report.status === 'unreadable') return { report };
  const keys = await readBatchKeys(file, salt, lang);
  return keys ? { report, keys } : { report };
}
