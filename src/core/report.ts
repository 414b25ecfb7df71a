// The report of one run, as the JSON contract (docs/dossier-format.md §3) shapes it,
// plus optional extensions (materials checklist, what was verified in each attachment).
import type { Counts, Finding, Severity } from './finding.js';
import type { Category } from '../model/dossier.js';

export type DossierStatus = 'pass' | 'fail' | 'unreadable';

/**
 * One line of the 三 checklist: a material, whether this dossier needs it, and how it stands — derived
 * from the findings on its fields and whether its files were read (src/core/marks.ts, the one place):
 * ok: present, read, no error or warning touches it · problem: an error touches it · missing: needed, not
 * declared · not-needed · warning: a warning touches it · not-read: present, no error, content not read.
 */
export type MaterialState = 'ok' | 'problem' | 'missing' | 'not-needed' | 'warning' | 'not-read';

export interface MaterialLine {
  id: string;
  clause: string;
  label: string;
  state: MaterialState;
  /** Dossier paths of the files behind it. */
  paths: string[];
  /** Internal (not in the JSON): the dossier fields that describe it (attachments.noveltySearch, agreements.0 …),
   * whose findings decide its state. */
  scope?: string[];
}

/** Something kjhz read in an attachment and found to agree with the dossier (查新完成日期 2024-06-18 ✔). */
export interface Verified {
  path: string;
  what: string;
  value: string;
  /** The dossier fields the fact confirms (agreements.0.validUntil), when there are any. */
  fields?: string[];
  /** An error or warning touches its path or field: it is not shown as verified (src/core/marks.ts). */
  disputed?: true;
  /** 'ocr': read from a scan by OCR (the report says so: 扫描件识别); absent: the PDF's own text. */
  source?: 'ocr';
}

/** Why an attachment's content was not read. */
export type NotReadReason =
  | 'pdf-off'
  | 'not-opened'
  | 'no-text'
  | 'garbled'
  | 'ocr-off'
  | 'ocr-failed'
  | 'too-large'
  | 'timeout'
  | 'too-many-pages'
  | 'encrypted'
  | 'corrupt'
  | 'no-pages'
  | 'missing'
  | 'outside'
  | 'not-regular'
  | 'bad-name'
  | 'empty'
  | 'not-pdf';

/** Whether kjhz read an attachment's content: from its text layer, by OCR, or not at all (and why). */
export interface AttachmentRead {
  path: string;
  file: string;
  read: 'text' | 'ocr' | 'not-read';
  reason?: NotReadReason;
}

/** A folder under a batch root that holds no application, listed so that a clerk sees the count is complete. */
export type SkipReason = 'empty' | 'hidden' | 'ignored' | 'no-application' | 'container-pdfs' | 'symlink' | 'too-deep' | 'cannot-read';

export interface SkippedFolder {
  path: string;
  reason: SkipReason;
  /** The reason in words, with what was found (in the run's language). */
  message: string;
}

/** Facts of the dossier the batch summary needs (already masked where personal). */
export interface DossierSummary {
  recommender?: string;
  applicant?: string;
  creditCode?: string;
  applicantKind?: string;
  title?: string;
  category?: Category;
  field?: string;
  mainPartner?: string;
  partnerCountries?: string[];
  lead?: string;
  leadBirth?: string;
  /** Masked ID number, never the plain one. */
  leadIdMasked?: string;
  leadQualification?: string;
  period?: string;
  requested?: number;
  matching?: number;
  summary?: string;
}

export interface DossierReport {
  file: string;
  title?: string;
  applicant?: string;
  category?: string;
  status: DossierStatus;
  counts: Counts;
  findings: Finding[];
  materials?: MaterialLine[];
  verified?: Verified[];
  /** Every declared attachment file and whether its content was read. */
  attachments?: AttachmentRead[];
  /** How many of `attachments` were not read (0: every attachment's content was read). */
  notRead?: number;
  /** Under --quiet: what was left out of `findings` and `counts`. */
  hidden?: Counts;
  /** Not part of the JSON contract's required keys; used by batch rules and the workbook. */
  summary?: DossierSummary;
}

export interface BatchFinding {
  rule: string;
  severity: Severity;
  clause: string;
  dossiers: string[];
  message: string;
  hint?: string;
}

/** A bureau's kjhz.config.yaml as applied to this run: which rules it changed, and why. */
export interface RuleOverride {
  rule: string;
  /** The severity the bureau set, or 'off' when the rule did not run. */
  setting: Severity | 'off';
  reason?: string;
}

export interface RunConfig {
  file: string;
  rules: RuleOverride[];
}

export interface RunReport {
  tool: { name: 'kjhz'; version: string };
  /** The id of the call every dossier was judged against (shanxi-2024-kjhz). */
  call: string;
  /** Its file: as --call or kjhz.config.yaml gave it, or data/calls/….yaml for the built-in call (runCheck
   * always sets it). */
  callFile?: string;
  asOf: string;
  dossiers: DossierReport[];
  batch: { findings: BatchFinding[] };
  /** Folders under a batch root that hold no application (every folder that looks like one is in `dossiers`). */
  skipped?: SkippedFolder[];
  /** Present when a kjhz.config.yaml (or --config) was used. */
  config?: RunConfig;
}
