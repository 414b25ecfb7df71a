// Cross-dossier rules (二.2, 二.6), in the style of src/rules/rule.ts: id, clause, severity, zh+en texts
// and documentation live next to the check. A batch rule judges the keys of every dossier of the run
// (never the files) and reports one finding for the batch, plus one on each dossier involved.
import type { CheckRule, Param, RuleDoc, RuleMessage } from '../rules/rule.js';
import type { Msg, Severity } from '../core/finding.js';
import type { Policy } from '../policy/policy.js';
import type { BatchKeys } from './keys.js';

/** One readable dossier of the run, as the batch rules see it. */
export interface BatchEntry {
  /** Position in the run (the report's order). */
  index: number;
  /** The dossier's file as the reports name it. */
  file: string;
  keys: BatchKeys;
}

export interface BatchInput {
  entries: readonly BatchEntry[];
  policy: Policy;
}

/** What a dossier involved in a batch finding gets in its own findings. */
export interface Involved {
  entry: BatchEntry;
  /** The dossier field the finding is about (lead.name, applicant.recommender, project.title …). */
  path?: string;
  /** Message (of the rule's messages) for this dossier; its params may use {others}, the other dossiers. */
  messageId: string;
  params?: Record<string, Param>;
}

export type BatchReport = (messageId: string, params: Record<string, Param>, involved: Involved[]) => void;

export interface BatchRule {
  id: string;
  clause: string;
  severity: Severity;
  title: Msg;
  hint: Msg;
  messages: Record<string, RuleMessage>;
  doc: RuleDoc;
  check(input: BatchInput, report: BatchReport): void;
}

export const defineBatchRule = (rule: BatchRule): BatchRule => rule;

/**
 * The rule as `kjhz rules` lists it (id, clause, severity, texts, documentation). Its per-dossier
 * `check` does nothing: batch rules are judged across dossiers by src/batch/run.ts, never per dossier.
 */
export function listedBatchRule(rule: BatchRule): CheckRule {
  const { check: _acrossDossiers, ...listed } = rule;
  return { ...listed, check: () => undefined };
}
