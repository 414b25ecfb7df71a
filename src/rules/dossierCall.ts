// The dossier's own `call:` (format: "optional; the policy to check against") beside the call kjhz was given.
// Decision: the call of the run (--call FILE, call: in kjhz.config.yaml, or the built-in one) is what every
// dossier is judged against — a bureau checks a whole batch against one notice — and a dossier that names
// another call is an error saying so, so that nobody takes a verdict under one notice for one under another:
// either the dossier's `call:` is stale (last year's template) or the run needs that notice's file.
import { defineRule } from './rule.js';

export const dossierCall = defineRule({
  id: 'dossier-call',
  clause: '三.1',
  severity: 'error',
  title: { zh: 'dossier.yaml 适用的申报通知即本次检查依据的通知', en: 'The call dossier.yaml names is the call it is checked against' },
  hint: {
    zh: '把 dossier.yaml 的 call 改为本次通知的编号；如确应按另一通知检查，用 kjhz check … --call 该通知文件（或在 kjhz.config.yaml 中写 call: 文件）',
    en: 'Set call in dossier.yaml to this notice\'s id; if the dossier is for another notice, check it with kjhz check … --call THAT-FILE (or call: FILE in kjhz.config.yaml)',
  },
  messages: {
    other: {
      zh: 'dossier.yaml 写明适用的申报通知为“{declared}”，本次检查依据的是{call.name}（{call.id}），以下结果均按后者判断',
      en: 'dossier.yaml names the call "{declared}", but this check follows {call.name} ({call.id}); every result here is judged by the latter',
    },
  },
  doc: {
    why: {
      zh: '不同年度的通知日期、年龄、额度等要求不同：按另一通知得出的结论不能作为本通知的预检结果。',
      en: 'Each year\'s notice has its own dates, age limit and amounts: a verdict under one notice is not one under another.',
    },
    fail: 'call: shanxi-2019-kjhz   # checked against {call.id}',
    pass: 'call: {call.id}   # or no call: at all',
  },
  check({ dossier, policy }, report) {
    const declared = dossier.call;
    if (typeof declared === 'string' && declared.trim() !== '' && declared.trim() !== policy.id) report('other', { declared: declared.trim() }, { path: 'call' });
  },
});
