// 二.2 and 二.6 across dossiers: one lead in two dossiers, one unit through two recommenders, one unit
// with two projects of the same or near-same content. Pure functions of the dossiers' batch keys.
import { defineBatchRule, type BatchEntry, type BatchRule, type Involved } from './rule.js';
import type { Msg } from '../core/finding.js';
import { similarity } from '../core/textfacts.js';

/** Dossiers linked by any shared key (union-find), each group with the key kinds that linked it. */
export function linkedGroups(entries: readonly BatchEntry[], keysOf: (e: BatchEntry) => readonly string[]): { members: BatchEntry[]; kinds: Set<string> }[] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<string, number>();
  const shared = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const key of new Set(keysOf(e))) {
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else {
        parent[find(i)] = find(j);
        shared.set(key, (shared.get(key) ?? 1) + 1);
      }
    }
  });
  const groups = new Map<number, { members: BatchEntry[]; kinds: Set<string> }>();
  entries.forEach((e, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, { members: [], kinds: new Set() });
    groups.get(root)!.members.push(e);
  });
  for (const key of shared.keys()) groups.get(find(firstWith.get(key)!))!.kinds.add(key.slice(0, key.indexOf(':')));
  return [...groups.values()].filter((g) => g.members.length > 1);
}

const unique = (values: (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined))];
const FILES = '{files}';

export const batchDuplicateLead = defineBatchRule({
  id: 'batch-duplicate-lead',
  clause: '二.2',
  severity: 'error',
  title: { zh: '（跨申报）同一项目负责人不在两份申报中出现', en: '(across dossiers) No lead appears in two dossiers' },
  hint: { zh: '同一负责人本年度只保留一份申报，其余申报更换负责人或撤回', en: 'Keep one application per lead this year; change the lead of the others or withdraw them' },
  messages: {
    sameLead: {
      zh: `同一项目负责人{lead}（出生日期{birth}；{by}）出现在{count}份申报中：${FILES}`,
      en: `The same project lead {lead} (born {birth}; {by}) appears in {count} dossiers: ${FILES}`,
    },
    sameLeadHere: {
      zh: '项目负责人{lead}（出生日期{birth}；{by}）还是另外{count}份申报的负责人：{others}；同一年度限申报{limit}项省科技计划项目',
      en: 'The project lead {lead} (born {birth}; {by}) also leads {count} other dossier(s): {others}; a lead may apply for {limit} provincial project(s) a year',
    },
  },
  doc: {
    notice: '项目负责人限项要求如下：同一年度限申报1项省科技计划项目，如申报的计划未能立项时，方可再次申报。',
    why: {
      zh: '同一负责人的两份申报在省级受理时按身份证号查重，全部退回；市级汇总时先发现可以及时调整。',
      en: 'The province matches leads by ID number and returns every duplicate; the city bureau can still fix it before forwarding.',
    },
    fail: 'a/dossier.yaml  lead: { name: 张三, idNumber: "140105198003150018" }\nb/dossier.yaml  lead: { name: 张三, idNumber: "140105198003150018" }',
    pass: 'a/dossier.yaml  lead: { name: 张三, … }\nb/dossier.yaml  lead: { name: 李四, … }',
  },
  check({ entries, policy }, report) {
    const keyed = entries.filter((e) => e.keys.leadId || e.keys.leadNameBirth);
    for (const g of linkedGroups(keyed, (e) => [e.keys.leadId ? `id:${e.keys.leadId}` : '', e.keys.leadNameBirth ? `nb:${e.keys.leadNameBirth}` : ''].filter(Boolean))) {
      const names = unique(g.members.map((e) => e.keys.lead));
      const births = unique(g.members.map((e) => e.keys.leadBirth));
      const lead = names.join('/') || '—';
      const birth = births.join('/') || '—';
      const by: Msg = g.kinds.has('id') && g.kinds.has('nb')
        ? { zh: '身份证号、姓名和出生日期均相同', en: 'same ID number, name and birth date' }
        : g.kinds.has('id')
          ? { zh: '身份证号相同', en: 'same ID number' }
          : { zh: '姓名和出生日期相同', en: 'same name and birth date' };
      const params = { lead, birth, by };
      report('sameLead', { ...params, count: g.members.length }, g.members.map((entry) => ({ entry, path: g.kinds.has('id') ? 'lead.idNumber' : 'lead.name', messageId: 'sameLeadHere', params: { ...params, count: g.members.length - 1, limit: policy.applicationsPerYear } })));
    }
  },
});

export const batchOneRecommender = defineBatchRule({
  id: 'batch-one-recommender',
  clause: '二.6',
  severity: 'error',
  title: { zh: '（跨申报）同一单位只通过一个组织推荐部门申报', en: '(across dossiers) A unit applies through one recommending department only' },
  hint: { zh: '同一单位只能通过一个项目组织单位申报：统一由一个组织推荐部门推荐后再提交', en: 'A unit may apply through one recommending department only: agree on one before submitting' },
  messages: {
    recommenders: {
      zh: `申报单位{applicant}通过{count}个组织推荐部门申报（{recommenders}）：${FILES}`,
      en: `The applicant {applicant} applies through {count} recommending departments ({recommenders}): ${FILES}`,
    },
    recommendersHere: {
      zh: '申报单位{applicant}经{recommender}推荐本项目，又经{elsewhere}推荐了另外{count}份申报：{others}',
      en: 'The applicant {applicant} is recommended here by {recommender}, and by {elsewhere} in {count} other dossier(s): {others}',
    },
  },
  doc: {
    notice: '同一单位只能通过一个项目组织单位进行申报。',
    why: { zh: '多头推荐的单位，其全部申报均不予受理。', en: 'Every application of a unit recommended by two departments is refused.' },
    fail: 'a/dossier.yaml  applicant: { creditCode: 91140100MA0L1K2M32, recommender: 太原市科学技术局 }\nb/dossier.yaml  applicant: { creditCode: 91140100MA0L1K2M32, recommender: 山西省工业和信息化厅 }',
    pass: 'a/dossier.yaml  applicant: { creditCode: 91140100MA0L1K2M32, recommender: 太原市科学技术局 }\nb/dossier.yaml  applicant: { creditCode: 91140100MA0L1K2M32, recommender: 太原市科技局 }',
  },
  check({ entries }, report) {
    const keyed = entries.filter((e) => e.keys.recommenderKey && e.keys.applicantKeys.length);
    for (const g of linkedGroups(keyed, (e) => e.keys.applicantKeys)) {
      const byKey = new Map<string, string>();
      for (const e of g.members) if (!byKey.has(e.keys.recommenderKey!)) byKey.set(e.keys.recommenderKey!, e.keys.recommender!);
      if (byKey.size < 2) continue;
      const applicant = unique(g.members.map((e) => e.keys.applicant)).join('/') || '—';
      const involved: Involved[] = g.members.map((entry) => {
        const elsewhere = g.members.filter((o) => o.keys.recommenderKey !== entry.keys.recommenderKey);
        return {
          entry,
          path: 'applicant.recommender',
          messageId: 'recommendersHere',
          params: { applicant, recommender: entry.keys.recommender!, elsewhere: unique(elsewhere.map((o) => o.keys.recommender)).join('、'), count: elsewhere.length, others: elsewhere.map((o) => o.file).join('、') },
        };
      });
      report('recommenders', { applicant, count: byKey.size, recommenders: [...byKey.values()].join('、') }, involved);
    }
  },
});

export const batchSimilarProjects = defineBatchRule({
  id: 'batch-similar-projects',
  clause: '二.6',
  severity: 'warning',
  title: { zh: '（跨申报）同一单位不重复申报研究内容相同或相近的项目', en: '(across dossiers) A unit does not submit two projects of the same or near-same content' },
  hint: { zh: '同一单位研究内容相同或相近的项目不得重复、多头申报：合并为一个项目，或撤回其一', en: 'A unit may not submit the same or near-same project twice: merge them or withdraw one' },
  messages: {
    same: {
      severity: 'error',
      zh: `申报单位{applicant}有{count}个项目的{field}相同：${FILES}`,
      en: `{count} projects of {applicant} have the same {field}: ${FILES}`,
    },
    similar: {
      zh: `申报单位{applicant}有{count}个项目的{field}相近（相似度{percent}，阈值{threshold}），请人工核对研究内容：${FILES}`,
      en: `{count} projects of {applicant} have near-identical {field} (similarity {percent}, threshold {threshold}); compare their contents: ${FILES}`,
    },
    sameHere: {
      severity: 'error',
      zh: '本项目的{field}与同一申报单位的另外{count}份申报相同：{partners}',
      en: 'This project\'s {field} equals that of {count} other dossier(s) of the same applicant: {partners}',
    },
    similarHere: {
      zh: '本项目的{field}与同一申报单位的另外{count}份申报相近（阈值{threshold}）：{partners}',
      en: 'This project\'s {field} is near-identical to that of {count} other dossier(s) of the same applicant (threshold {threshold}): {partners}',
    },
  },
  doc: {
    notice: '已获得其他财政支持的项目、同一单位研究内容相同或相近的项目不得重复、多头申报。',
    why: {
      zh: '重复申报的项目不予受理。相似度为项目名称、研究内容摘要的汉字二元组Dice系数（取两者较高者），达到政策阈值即报告：完全相同为错误，相近为警告，需人工核对研究内容。',
      en: 'Duplicate applications are refused. Similarity is the Dice coefficient of character bigrams of the titles and of the summaries (the higher counts); at the policy threshold kjhz reports: identical is an error, near-identical a warning for a person to compare.',
    },
    fail: 'a/dossier.yaml  project: { title: 高性能镁合金轻量化部件联合研发 }\nb/dossier.yaml  project: { title: 高性能镁合金轻量化部件联合研发与应用 }   # same applicant, 90%',
    pass: 'a/dossier.yaml  project: { title: 高性能镁合金轻量化部件联合研发 }\nb/dossier.yaml  project: { title: 煤矸石基陶瓷膜材料制备技术合作 }',
  },
  check({ entries, policy }, report) {
    const threshold = policy.similarityThreshold;
    const fields = [
      { key: 'title', label: { zh: '名称', en: 'titles' }, path: 'project.title' },
      { key: 'summary', label: { zh: '研究内容摘要', en: 'summaries' }, path: 'project.summary' },
    ] as const;
    type Field = (typeof fields)[number];
    const keyed = entries.filter((e) => (e.keys.title || e.keys.summary) && e.keys.applicantKeys.length);
    for (const g of linkedGroups(keyed, (e) => e.keys.applicantKeys)) {
      const applicant = unique(g.members.map((e) => e.keys.applicant)).join('/') || '—';
      // Every pair of the unit's projects, by the more similar of title and summary.
      const links: { a: BatchEntry; b: BatchEntry; score: number; field: Field }[] = [];
      for (let i = 0; i < g.members.length; i++) {
        for (let j = i + 1; j < g.members.length; j++) {
          const a = g.members[i]!;
          const b = g.members[j]!;
          let best: { score: number; field: Field } | undefined;
          for (const field of fields) {
            const x = a.keys[field.key];
            const y = b.keys[field.key];
            if (!x || !y) continue;
            const score = similarity(x, y);
            if (!best || score > best.score) best = { score, field };
          }
          if (best && best.score >= threshold) links.push({ a, b, ...best });
        }
      }
      // Identical projects form one finding (error); near-identical ones another (warning).
      for (const same of [true, false]) {
        const kept = links.filter((l) => (l.score >= 1) === same);
        if (!kept.length) continue;
        // Each link is a key both its ends share, so linked projects fall into one cluster.
        const linksOf = (e: BatchEntry) => kept.filter((l) => l.a === e || l.b === e).map((l) => `link:${l.a.index}-${l.b.index}`);
        for (const cluster of linkedGroups(g.members, linksOf)) {
          const inside = kept.filter((l) => cluster.members.includes(l.a));
          const fieldOf = (ls: typeof inside): Msg => {
            const used = fields.filter((f) => ls.some((l) => l.field === f));
            return used.length === 1 ? used[0]!.label : { zh: '名称或研究内容摘要', en: 'titles or summaries' };
          };
          const pct = (x: number) => `${Math.floor(x * 100)}%`;
          const scores = inside.map((l) => l.score);
          const lo = Math.min(...scores);
          const hi = Math.max(...scores);
          const common = { applicant, threshold: `${Math.round(threshold * 100)}%` };
          const involved: Involved[] = cluster.members.map((entry) => {
            const mine = inside.filter((l) => l.a === entry || l.b === entry).sort((x, y) => y.score - x.score);
            const partners = mine.map((l) => {
              const other = l.a === entry ? l.b : l.a;
              return `${other.file}《${other.keys.title ?? '—'}》${same ? '' : `（${pct(l.score)}）`}`;
            });
            const field = fieldOf(mine);
            return { entry, path: mine.every((l) => l.field === mine[0]!.field) ? mine[0]!.field.path : 'project', messageId: same ? 'sameHere' : 'similarHere', params: { ...common, field, count: mine.length, partners: partners.join('、') } };
          });
          report(same ? 'same' : 'similar', { ...common, field: fieldOf(inside), count: cluster.members.length, percent: lo === hi ? pct(lo) : `${pct(lo)}–${pct(hi)}` }, involved);
        }
      }
    }
  },
});

/** Every cross-dossier rule, in the order of the notice. */
export const batchRules: BatchRule[] = [batchDuplicateLead, batchOneRecommender, batchSimilarProjects];
