// The facts cross-dossier rules compare, taken from each dossier as it was loaded for its check
// (src/check/run.ts checkOneKeyed, in the worker that checked it).
// The lead's ID number enters only as a keyed hash (HMAC-SHA-256 with a random per-run key that never
// leaves the process): it can tell two dossiers apart or alike, and nothing else. BatchKeys are not part
// of any report; runCheck keeps them beside the reports and drops them once the batch rules have run.
import { createHmac } from 'node:crypto';
import type { DossierReport } from '../core/report.js';
import { checkIdNumber, maskIdNumbersIn, normaliseCode } from '../core/checksums.js';
import { nameKey } from '../core/textfacts.js';
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
