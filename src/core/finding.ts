// What every part of kjhz exchanges: findings and the per-dossier report. Reporters only see these.
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Lang = 'zh' | 'en';

/** A text in both languages; templates use {name} placeholders. */
export interface Msg {
  zh: string;
  en: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  clause: string;
  /** Dotted path of the dossier field the finding is about (partners.0.signatory.rank). */
  path?: string;
  message: string;
  hint?: string;
  /** 1-based position in dossier.yaml, when the path exists there. */
  line?: number;
  column?: number;
  /** Where it ends: 1-based line, and the column just after its last character. */
  endLine?: number;
  endColumn?: number;
  /** The lines of dossier.yaml around a YAML mistake, for the reports' code frame. */
  excerpt?: { firstLine: number; lines: string[] };
}

export type Counts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Fills {name} placeholders (names may be dotted: {call.leadBornOnOrAfter}); unknown ones stay as written. */
export function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{([\w.-]+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
