// The report of one run, as the JSON contract (docs/dossier-format.md §3) shapes it,
// plus optional extensions (materials checklist, what was verified in each attachment).
import type { Counts, Finding, Severity } from './finding.js';
import type { Category } from '../model/dossier.js';

export type DossierStatus = 'pass' | 'fail' | 'unreadable';

/** One line of the 三 checklist: a material, whether this dossier needs it, and how it stands. */
export type MaterialState = 'ok' | 'problem' | 'missing' | 'not-needed';

export interface MaterialLine {
  id: string;
  clause: string;
  label: string;
  state: MaterialState;
  /** Dossier paths of the files behind it. */
  paths: string[];
}

/** Something kjhz read in an attachment and found to agree with the dossier (查新完成日期 2024-06-18 ✔). */
export interface Verified {
  path: string;
  what: string;
  value: string;
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
  call: string;
  asOf: string;
  dossiers: DossierReport[];
  batch: { findings: BatchFinding[] };
  /** Present when a kjhz.config.yaml (or --config) was used. */
  config?: RunConfig;
}
