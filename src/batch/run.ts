// Runs the cross-dossier rules over a checked run: each finding goes to the JSON `batch.findings` and,
// as an ordinary finding, to every dossier involved, whose counts and status then reflect it.
import { countFindings, fill, severityOrder, type Finding, type Lang, type Severity } from '../core/finding.js';
import type { BatchFinding, DossierReport } from '../core/report.js';
import { markReport } from '../core/marks.js';
import type { Policy } from '../policy/policy.js';
import { renderParams, type RuleSettings } from '../rules/engine.js';
import type { CheckedDossier } from './keys.js';
import type { BatchEntry, BatchRule } from './rule.js';
import { batchRules, listed, LISTED_AT_MOST } from './rules.js';
import { uiText } from '../i18n/ui.js';
import { callParams } from '../policy/text.js';

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
  const call = callParams(policy, lang);
  const touched = new Set<DossierReport>();
  for (const rule of options.rules ?? batchRules) {
    if (settings.off?.has(rule.id)) continue;
    const severityOf = (messageId: string): Severity => {
      const message = rule.messages[messageId];
      if (!message) throw new Error(`batch rule ${rule.id} has no message ${messageId}`);
      return settings.severity?.get(rule.id) ?? message.severity ?? rule.severity;
    };
    try {
      rule.check({ entries, policy }, (messageId, params, involved) => {
        const ordered = [...involved].sort((a, b) => a.entry.index - b.entry.index);
        const files = ordered.map((i) => i.entry.file);
        const message = rule.messages[messageId]!;
        // a hint may name what its message names, like a dossier rule's
        const rendered = { ...call, ...renderParams({ ...params, files: listed(files) }, lang, call) };
        out.push({
          rule: rule.id,
          severity: severityOf(messageId),
          clause: rule.clause,
          dossiers: files,
          message: fill(message[lang], rendered),
          hint: fill((message.hint ?? rule.hint)[lang], rendered),
        });
        // the first few other files, whatever the size of the group (2,000 copies: not 2,000 lists of 1,999)
        const firstFiles = files.slice(0, LISTED_AT_MOST + 1);
        for (const i of ordered) {
          const own = rule.messages[i.messageId];
          if (!own) throw new Error(`batch rule ${rule.id} has no message ${i.messageId}`);
          const others = listed(firstFiles.filter((f) => f !== i.entry.file), files.length - 1);
          const report = checked[i.entry.index]!.report;
          const renderedHere = { ...call, ...renderParams({ others, ...i.params }, lang, call) };
          const finding: Finding = {
            rule: rule.id,
            severity: severityOf(i.messageId),
            clause: rule.clause,
            ...(i.path !== undefined ? { path: i.path } : {}),
            message: fill(own[lang], renderedHere),
            hint: fill((own.hint ?? rule.hint)[lang], renderedHere),
          };
          report.findings.push(finding);
          touched.add(report);
        }
      });
    } catch (err) {
      // A defect in one batch rule loses neither the reports nor the other rules: the batch says it was not checked.
      out.push({
        rule: rule.id,
        severity: 'error',
        clause: rule.clause,
        dossiers: [],
        message: fill(uiText(lang, 'batch.ruleFailed'), { title: fill(rule.title[lang], call), detail: (err as Error)?.message ?? String(err) }),
        hint: uiText(lang, 'batch.ruleFailedHint'),
      });
    }
  }
  for (const report of touched) {
    report.findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
    report.counts = countFindings(report.findings);
    if (report.status !== 'unreadable') report.status = report.counts.error > 0 ? 'fail' : 'pass';
    markReport(report);
  }
  return out;
}
