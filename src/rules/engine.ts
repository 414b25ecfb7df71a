// Runs the rules over one dossier and renders their reports as findings in the chosen language.
import type { CheckRule, Param, RuleInput } from './rule.js';
import { fill, type Finding, type Lang, type Msg, type Severity } from '../core/finding.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import type { Verified } from '../core/report.js';
import { callParams } from '../policy/text.js';

/** A bureau's adjustments (kjhz.config.yaml): severities turned up or down, rules switched off. */
export interface RuleSettings {
  off?: ReadonlySet<string>;
  severity?: ReadonlyMap<string, Severity>;
}

const isMsg = (p: Param): p is Msg => typeof p === 'object' && p !== null && 'zh' in p;

/** A finding's params as text. A rule's own texts ({ zh, en }) may quote the call ({call.…}, filled from
 * `call`); plain strings may come from the applicant: ID numbers are masked wherever they appear. */
export function renderParams(params: Record<string, Param>, lang: Lang, call: Record<string, string | number> = {}): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = isMsg(v) ? fill(v[lang], call) : typeof v === 'string' ? maskIdNumbersIn(v) : v;
  return out;
}

export interface RuleResults {
  findings: Finding[];
  verified: Verified[];
}

export function runRules(rules: readonly CheckRule[], input: RuleInput, lang: Lang, settings: RuleSettings = {}): RuleResults {
  const findings: Finding[] = [];
  const verified: Verified[] = [];
  const call = callParams(input.policy, lang);
  const note = (path: string, what: Msg, value: string | Msg, fields?: readonly string[]) =>
    verified.push({ path, what: fill(what[lang], call), value: maskIdNumbersIn(typeof value === 'string' ? value : value[lang]), ...(fields?.length ? { fields: [...fields] } : {}) });
  for (const rule of rules) {
    if (settings.off?.has(rule.id)) continue;
    rule.check(input, (messageId, params = {}, where = {}) => {
      const message = rule.messages[messageId];
      if (!message) throw new Error(`rule ${rule.id} has no message ${messageId}`);
      const severity = settings.severity?.get(rule.id) ?? message.severity ?? rule.severity;
      // the call's values ({call.leadBornOnOrAfter} …), then the finding's own
      const rendered = { ...call, ...renderParams(params, lang, call) };
      findings.push({
        rule: rule.id,
        severity,
        clause: where.clause ?? rule.clause,
        ...(where.path !== undefined ? { path: where.path } : {}),
        message: fill(message[lang], rendered),
        // a hint may name what the message names ({file}, {partner} …)
        hint: fill((message.hint ?? rule.hint)[lang], rendered),
      });
    }, note);
  }
  return { findings, verified };
}
