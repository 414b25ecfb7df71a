// 四.2 申报时限: judged against --as-of (default: now, Asia/Shanghai).
import { defineRule } from './rule.js';
import { formatShanghai } from '../core/dates.js';
import type { Deadline } from '../policy/policy.js';

const deadlineRule = (which: 'online' | 'paper', id: string) =>
  defineRule({
    id,
    clause: '四.2',
    severity: 'error',
    title: which === 'online' ? { zh: '网络申报在{call.deadlines.online}前完成', en: 'Online submission before {call.deadlines.online}' } : { zh: '纸质材料在{call.deadlines.paper}前送达', en: 'Paper copies delivered before {call.deadlines.paper}' },
    hint: which === 'online' ? { zh: '尽早在山西科技计划管理信息系统完成网络申报并由组织推荐部门确认提交', en: 'Submit in the provincial portal and have the recommender confirm it' } : { zh: '尽早将A4双面打印、装订成册的一式五份纸质材料报送组织推荐部门', en: 'Send the five bound A4 copies to the recommending department in time' },
    messages: {
      passed: { zh: '{label}时间为{deadline}，检查时间{asOf}已过截止时间', en: 'The {label} was {deadline}; at {asOf} it has passed' },
      soon: { zh: '距{label}（{deadline}）不足{days}天，请尽快完成', en: 'Less than {days} days to the {label} ({deadline})', severity: 'warning' },
    },
    doc: {
      why: { zh: '截止后不再受理。', en: 'Nothing is accepted after the deadline.' },
    },
    check({ policy, asOf }, report) {
      const deadline: Deadline = policy.deadlines[which];
      const at = new Date(deadline.at);
      const params = { label: deadline.label, deadline: deadline.at.replace('T', ' ').slice(0, 16), asOf: formatShanghai(asOf).replace('T', ' ').slice(0, 16), days: policy.deadlineWarningDays };
      if (asOf.getTime() > at.getTime()) report('passed', params);
      else if (at.getTime() - asOf.getTime() <= policy.deadlineWarningDays * 86_400_000) report('soon', params);
    },
  });

export const onlineDeadline = deadlineRule('online', 'deadline-online');
export const paperDeadline = deadlineRule('paper', 'deadline-paper');
