// Runs the cross-dossier rules over a checked run: each finding goes to the JSON `batch.findings` and,
// as an ordinary finding, to every dossier involved, whose counts and status then reflect it.
import { countFindings, fill, severityOrder, type Finding, type Lang, type Severity } from '../core/finding.js';
import type { BatchFinding, DossierReport } from '../core/report.js';
import type { Policy } from '../policy/policy.js';
import { renderParams, type RuleSettings } from '../rules/engine.js';
import type { CheckedDossier } from './keys.js';
import type { BatchEntry, BatchRule } from './rule.js';
import { batchRules } from './rules.js';

const listSeparator = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

export interface BatchRunOptions {
  lang: Lang;
  settings?: RuleSettings;
  rules?: readonly BatchRule[];
}

/** Applies the batch rules to `checked` (in place: dossiers involved get the findings) and returns the batch section. */
export function runBatchRules(checked: readonly CheckedDossier[], policy: Policy, options: BatchRunOptions): BatchFinding[] {
  const { lang, settings = {} } = options;
  const entries: BatchEntry[] = [];
  checked.forEach((c, index) => {
    if (c.keys) entries.push({ index, file: c.report.file, keys: c.keys });
  });
  const out: BatchFinding[] = [];
  const touched = new Set<DossierReport>();
  for (const rule of options.rules ?? batchRules) {
    if (settings.off?.has(rule.id)) continue;
    const severityOf = (messageId: string): Severity => {
      const message = rule.messages[messageId];
      if (!message) throw new Error(`batch rule ${rule.id} has no message ${messageId}`);
      return settings.severity?.get(rule.id) ?? message.severity ?? rule.severity;
    };
    rule.check({ entries, policy }, (messageId, params, involved) => {
      const ordered = [...involved].sort((a, b) => a.entry.index - b.entry.index);
      const files = ordered.map((i) => i.entry.file);
      const message = rule.messages[messageId]!;
      const hint = (message.hint ?? rule.hint)[lang];
      out.push({
        rule: rule.id,
        severity: severityOf(messageId),
        clause: rule.clause,
        dossiers: files,
        message: fill(message[lang], renderParams({ ...params, files: files.join(listSeparator(lang)) }, lang)),
        hint,
      });
      for (const i of ordered) {
        const own = rule.messages[i.messageId];
        if (!own) throw new Error(`batch rule ${rule.id} has no message ${i.messageId}`);
        const others = files.filter((f) => f !== i.entry.file).join(listSeparator(lang));
        const report = checked[i.entry.index]!.report;
        const finding: Finding = {
          rule: rule.id,
          severity: severityOf(i.messageId),
          clause: rule.clause,
          ...(i.path !== undefined ? { path: i.path } : {}),
          message: fill(own[lang], renderParams({ others, ...i.params }, lang)),
          hint: (own.hint ?? rule.hint)[lang],
        };
        report.findings.push(finding);
        touched.add(report);
      }
    });
  }
  for (const report of touched) {
    report.findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
    report.counts = countFindings(report.findings);
    if (report.status !== 'unreadable') report.status = report.counts.error > 0 ? 'fail' : 'pass';
  }
  return out;
}
