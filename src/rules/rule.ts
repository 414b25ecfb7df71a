// The rule module (after ESLint's): id, clause, severity, texts and documentation live next to the check.
// Rules are pure: they judge the dossier and the facts the loader gathered; they never read files.
import type { Category, LooseDossier } from '../model/dossier.js';
import type { Policy } from '../policy/policy.js';
import type { AttachmentFacts } from '../core/attachments.js';
import type { Msg, Severity } from '../core/finding.js';

export interface RuleMessage extends Msg {
  /** When this message is less (or more) severe than the rule's default. */
  severity?: Severity;
  hint?: Msg;
}

export interface RuleDoc {
  // The notice's own sentence this rule enforces is the call's (Policy.quotes[rule id]): a later
  // notice words it anew, and its numbers live only in the call file.
  /** Why a reviewer rejects it. */
  why: Msg;
  /** A dossier fragment that fails, and the fix. */
  fail?: string;
  pass?: string;
}

export interface RuleInput {
  dossier: LooseDossier;
  policy: Policy;
  asOf: Date;
  attachments: AttachmentFacts;
  /** Fields the schema rejected: reported already and removed from the dossier, so not "missing" either. */
  invalid?: ReadonlySet<string>;
}

/** A value a message may show: plain, or a text in both languages. */
export type Param = string | number | Msg;

/** `clause` narrows the rule's clause for one finding (an attachment of 三 reports the clause of its material). */
export type Report = (messageId: string, params?: Record<string, Param>, where?: { path?: string; clause?: string }) => void;

/** Records what a rule read in an attachment and found to agree (查新完成日期 2024-06-18 ✔); `fields`: the
 * dossier fields it confirms, so that a finding on one of them keeps it from being shown as verified. */
/** A fact found right in an attachment: `value` as read (a string), or in words of the report's language (a Msg). */
export type Note = (path: string, what: Msg, value: string | Msg, fields?: readonly string[]) => void;

export interface CheckRule {
  id: string;
  clause: string;
  severity: Severity;
  /** Categories the rule concerns; absent means every category. */
  categories?: Category[];
  title: Msg;
  hint: Msg;
  messages: Record<string, RuleMessage>;
  doc: RuleDoc;
  check(input: RuleInput, report: Report, note: Note): void;
  manual?: false;
}

/** A requirement of the notice that no machine can check: listed by `kjhz rules` so a person does. */
export interface ManualRule {
  id: string;
  clause: string;
  manual: true;
  title: Msg;
  doc: Pick<RuleDoc, 'why'>;
}

export type Rule = CheckRule | ManualRule;

export const defineRule = (rule: Omit<CheckRule, 'manual'>): CheckRule => rule;
export const defineManual = (rule: Omit<ManualRule, 'manual'>): ManualRule => ({ ...rule, manual: true });
