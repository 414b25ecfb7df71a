// 二.2 and 二.6 across dossiers: one lead in two dossiers, one unit through two recommenders, one unit
// with two projects of the same or near-same content. Pure functions of the dossiers' batch keys.
import { defineBatchRule, type BatchEntry, type BatchRule, type Involved } from './rule.js';
import type { Msg } from '../core/finding.js';
import { bigramsOf, nameKey, similarityOf, type Bigrams } from '../core/textfacts.js';

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
  hint: {
    zh: '同一负责人同一年度限申报{call.applicationsPerYear}项：只保留{call.applicationsPerYear}份申报，其余申报更换负责人或撤回（仅姓名和出生日期相同时，先核对身份证号，确认是否为同一人）',
    en: 'A lead may apply for {call.applicationsPerYear} project(s) a year: keep {call.applicationsPerYear}, change the lead of the others or withdraw them (when only the name and birth date agree, first compare the ID numbers: it may be two people)',
  },
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
      // By recommender first: each dossier names the first few others, found once per recommender, so that
      // one unit with thousands of dossiers does not build thousands of lists of thousands.
      const byRecommender = new Map<string, BatchEntry[]>();
      for (const e of g.members) {
        let list = byRecommender.get(e.keys.recommenderKey!);
        if (!list) byRecommender.set(e.keys.recommenderKey!, (list = []));
        list.push(e);
      }
      const keys = [...byRecommender.keys()];
      const sorted = [...g.members].sort((a, b) => a.index - b.index);
      const elsewhereOf = new Map<string, { names: Msg; count: number; others: Msg }>();
      for (const [k, own] of byRecommender) {
        const firstOthers: string[] = [];
        for (const e of sorted) {
          if (firstOthers.length >= LISTED_AT_MOST) break;
          if (e.keys.recommenderKey !== k) firstOthers.push(e.file);
        }
        const otherKeys = keys.filter((x) => x !== k);
        const count = g.members.length - own.length;
        elsewhereOf.set(k, { names: listed(otherKeys.slice(0, LISTED_AT_MOST).map((x) => byKey.get(x)!), otherKeys.length, { zh: '个', en: '' }), count, others: listed(firstOthers, count) });
      }
      const involved: Involved[] = g.members.map((entry) => {
        const { names, count, others } = elsewhereOf.get(entry.keys.recommenderKey!)!;
        return { entry, path: 'applicant.recommender', messageId: 'recommendersHere', params: { applicant, recommender: entry.keys.recommender!, elsewhere: names, count, others } };
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
      hint: {
        zh: '逐一核对这几份申报的研究内容：确属相同或相近的，合并为一个项目或撤回其一；内容确实不同的，在项目名称和研究内容摘要中写明区别',
        en: 'Compare the contents of these dossiers: if they are the same or near-same project, merge them or withdraw one; if they truly differ, make the titles and summaries say how',
      },
    },
    sameHere: {
      severity: 'error',
      zh: '本项目的{field}与同一申报单位的另外{count}份申报相同：{partners}',
      en: 'This project\'s {field} equals that of {count} other dossier(s) of the same applicant: {partners}',
    },
    similarHere: {
      zh: '本项目的{field}与同一申报单位的另外{count}份申报相近（阈值{threshold}）：{partners}',
      en: 'This project\'s {field} is near-identical to that of {count} other dossier(s) of the same applicant (threshold {threshold}): {partners}',
      hint: {
        zh: '逐一核对这几份申报的研究内容：确属相同或相近的，合并为一个项目或撤回其一；内容确实不同的，在项目名称和研究内容摘要中写明区别',
        en: 'Compare the contents of these dossiers: if they are the same or near-same project, merge them or withdraw one; if they truly differ, make the titles and summaries say how',
      },
    },
  },
  doc: {
    why: {
      zh: '重复申报的项目不予受理。相似度为项目名称、研究内容摘要的汉字二元组Dice系数（取两者较高者），达到政策阈值即报告：完全相同为错误，相近为警告，需人工核对研究内容。',
      en: 'Duplicate applications are refused. Similarity is the Dice coefficient of character bigrams of the titles and of the summaries (the higher counts); at the policy threshold kjhz reports: identical is an error, near-identical a warning for a person to compare.',
    },
    fail: 'a/dossier.yaml  project: { title: 高性能镁合金轻量化部件联合研发 }\nb/dossier.yaml  project: { title: 高性能镁合金轻量化部件联合研发与应用 }   # same applicant, 90%',
    pass: 'a/dossier.yaml  project: { title: 高性能镁合金轻量化部件联合研发 }\nb/dossier.yaml  project: { title: 煤矸石基陶瓷膜材料制备技术合作 }',
  },
  check({ entries, policy }, report) {
    const threshold = policy.similarityThreshold;
    const keyed = entries.filter((e) => (e.keys.title || e.keys.summary) && e.keys.applicantKeys.length);
    for (const g of linkedGroups(keyed, (e) => e.keys.applicantKeys)) {
      const applicant = unique(g.members.map((e) => e.keys.applicant)).join('/') || '—';
      const common = { applicant, threshold: `${Math.round(threshold * 100)}%` };
      for (const kind of similarPairsOf(g.members, threshold)) {
        for (const cluster of kind.clusters) {
          const involved: Involved[] = cluster.members.map((m) => ({
            entry: m.entry,
            path: m.fields.size === 1 ? [...m.fields][0]!.path : 'project',
            messageId: kind.same ? 'sameHere' : 'similarHere',
            params: { ...common, field: fieldLabel(m.fields), count: m.count, partners: listed(m.partners.map((p) => `${p.entry.file}《${p.entry.keys.title ?? '—'}》${kind.same ? '' : `（${percent(p.score)}）`}`), m.count) },
          }));
          const range = cluster.low === cluster.high ? percent(cluster.low) : `${percent(cluster.low)}–${percent(cluster.high)}`;
          report(kind.same ? 'same' : 'similar', { ...common, field: fieldLabel(cluster.fields), count: cluster.members.length, percent: range }, involved);
        }
      }
    }
  },
});

const SIMILAR_FIELDS = [
  { key: 'title', label: { zh: '名称', en: 'titles' }, path: 'project.title' },
  { key: 'summary', label: { zh: '研究内容摘要', en: 'summaries' }, path: 'project.summary' },
] as const;
type SimilarField = (typeof SIMILAR_FIELDS)[number];

const percent = (x: number) => `${Math.floor(x * 100)}%`;
const fieldLabel = (fields: ReadonlySet<SimilarField>): Msg => (fields.size === 1 ? [...fields][0]!.label : { zh: '名称或研究内容摘要', en: 'titles or summaries' });

/** How many other dossiers a message names before it says "and N more": a unit with 2,000 copies of one
 * project must not write 2,000 × 1,999 file names. */
export const LISTED_AT_MOST = 10;

/** `items` (the first of `total`) as a list in the message's language: "…等N份" / "… and N more" beyond LISTED_AT_MOST. */
export function listed(items: readonly string[], total = items.length, unit: Msg = { zh: '份', en: '' }): Msg {
  const shown = items.slice(0, LISTED_AT_MOST);
  const rest = total - shown.length;
  return {
    zh: shown.join('、') + (rest > 0 ? `等${total}${unit.zh}` : ''),
    en: shown.join(', ') + (rest > 0 ? ` and ${rest} more` : ''),
  };
}

interface Partner {
  entry: BatchEntry;
  score: number;
}

interface ClusterMember {
  entry: BatchEntry;
  /** How many other dossiers this one is the same as (or near), the first of them (best first), and by which fields. */
  count: number;
  partners: Partner[];
  fields: Set<SimilarField>;
}

interface Cluster {
  members: ClusterMember[];
  fields: Set<SimilarField>;
  low: number;
  high: number;
}

/** Dossiers of one unit with the same title and summary (after nameKey): compared once, as one. */
interface Copies {
  entries: BatchEntry[];
  title?: Bigrams;
  summary?: Bigrams;
}

/** Union-find over 0..n-1. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return { find, union: (a: number, b: number) => void (parent[find(a)] = find(b)) };
}

/** The distinct texts of one field, each with the copies that have it, and the pairs of texts at least `threshold`
 * similar (score < 1: identical texts are one entry). Texts are compared in order of length and only while their
 * lengths allow the threshold (Dice ≥ t needs the longer at most (2−t)/t times the shorter). */
function nearTexts(copies: readonly Copies[], field: SimilarField, threshold: number) {
  const texts = new Map<string, { text: Bigrams; copies: number[] }>();
  copies.forEach((c, i) => {
    const t = c[field.key];
    if (!t) return;
    const had = texts.get(t.key);
    if (had) had.copies.push(i);
    else texts.set(t.key, { text: t, copies: [i] });
  });
  const sorted = [...texts.values()].sort((a, b) => a.text.count - b.text.count);
  const factor = threshold > 0 ? (2 - threshold) / threshold : Infinity;
  const pairs: { a: number[]; b: number[]; score: number }[] = [];
  for (let x = 0; x < sorted.length; x++) {
    const a = sorted[x]!;
    for (let y = x + 1; y < sorted.length; y++) {
      const b = sorted[y]!;
      if (b.text.count > a.text.count * factor + 1e-9) break;
      const score = similarityOf(a.text, b.text);
      if (score >= threshold) pairs.push({ a: a.copies, b: b.copies, score });
    }
  }
  return { groups: [...texts.values()].map((t) => t.copies), pairs };
}

/**
 * The projects of one unit that are the same (identical title or summary, after nameKey) and those near-same
 * (threshold ≤ the higher of their titles' and summaries' similarity < 1, and not the same), each in clusters
 * of projects linked pair by pair. Built to scale (issue 14): dossiers with the same title and summary are one
 * class of copies, so 2,000 copies of a project are one text, not two million pairs; the same-clusters come from
 * shared texts (union-find), not from pairs; distinct texts are compared only where their lengths allow the
 * threshold; and every dossier keeps counts and its first few partners, never a list of all its pairs.
 */
export function similarPairsOf(members: readonly BatchEntry[], threshold: number): { same: boolean; clusters: Cluster[] }[] {
  const copies: Copies[] = [];
  const byKeys = new Map<string, Copies>();
  const profiles = new Map<string, Bigrams>();
  const numbering = new Map<string, number>();
  const profile = (text: string | undefined) => {
    const key = text ? nameKey(text) : '';
    if (key === '') return undefined;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = bigramsOf(key, numbering)));
    return p;
  };
  for (const e of members) {
    const title = profile(e.keys.title);
    const summary = profile(e.keys.summary);
    const k = `${title?.key ?? ''}\u0000${summary?.key ?? ''}`;
    const had = byKeys.get(k);
    if (had) had.entries.push(e);
    else {
      const c: Copies = { entries: [e], ...(title ? { title } : {}), ...(summary ? { summary } : {}) };
      byKeys.set(k, c);
      copies.push(c);
    }
  }
  const [titleField, summaryField] = SIMILAR_FIELDS;
  const byIndex = (a: BatchEntry, b: BatchEntry) => a.index - b.index;
  const out: { same: boolean; clusters: Cluster[] }[] = [];

  // The same: copies sharing a title or a summary.
  {
    const groupOf = new Map<string, BatchEntry[]>();
    const sameKey = (field: SimilarField, c: Copies) => (c[field.key] ? `${field.key}:${c[field.key]!.key}` : undefined);
    for (const c of copies) {
      for (const f of SIMILAR_FIELDS) {
        const k = sameKey(f, c);
        if (!k) continue;
        let g = groupOf.get(k);
        if (!g) groupOf.set(k, (g = []));
        for (const e of c.entries) g.push(e);
      }
    }
    for (const g of groupOf.values()) g.sort(byIndex);
    const uf = unionFind(copies.length);
    const firstWith = new Map<string, number>();
    copies.forEach((c, i) => {
      for (const f of SIMILAR_FIELDS) {
        const k = sameKey(f, c);
        if (!k) continue;
        const j = firstWith.get(k);
        if (j === undefined) firstWith.set(k, i);
        else uf.union(i, j);
      }
    });
    const clusters = new Map<number, Cluster>();
    copies.forEach((c, i) => {
      const titleGroup = sameKey(titleField, c) ? groupOf.get(sameKey(titleField, c)!)! : [];
      const summaryGroup = sameKey(summaryField, c) ? groupOf.get(sameKey(summaryField, c)!)! : [];
      // the title group and the summary group meet in these copies; a pair sharing both counts by its title
      const byTitle = c.title ? titleGroup.length - 1 : 0;
      const bySummaryOnly = c.summary ? summaryGroup.length - (c.title ? c.entries.length : 1) : 0;
      if (byTitle + bySummaryOnly === 0) return;
      const fields = new Set<SimilarField>([...(byTitle > 0 ? [titleField] : []), ...(bySummaryOnly > 0 ? [summaryField] : [])]);
      const root = uf.find(i);
      let cluster = clusters.get(root);
      if (!cluster) clusters.set(root, (cluster = { members: [], fields: new Set(), low: 1, high: 1 }));
      for (const f of fields) cluster.fields.add(f);
      for (const entry of c.entries) {
        const partners: Partner[] = [];
        const seen = new Set<BatchEntry>([entry]);
        for (const o of [...titleGroup.slice(0, LISTED_AT_MOST + 1), ...summaryGroup.slice(0, LISTED_AT_MOST + 1)].sort(byIndex)) {
          if (partners.length >= LISTED_AT_MOST) break;
          if (!seen.has(o)) partners.push({ entry: o, score: 1 });
          seen.add(o);
        }
        cluster.members.push({ entry, count: byTitle + bySummaryOnly, partners, fields });
      }
    });
    if (clusters.size) out.push({ same: true, clusters: [...clusters.values()] });
  }

  // Near-same: copies whose titles or summaries are near, and which are not the same.
  {
    const titles = nearTexts(copies, titleField, threshold);
    const summaries = nearTexts(copies, summaryField, threshold);
    const uf = unionFind(copies.length);
    interface Near { count: number; best: { other: number; score: number }[]; fields: Set<SimilarField>; low: number; high: number }
    const near = new Map<number, Near>();
    const add = (i: number, j: number, score: number, field: SimilarField) => {
      uf.union(i, j);
      for (const [a, b] of [[i, j], [j, i]] as const) {
        let n = near.get(a);
        if (!n) near.set(a, (n = { count: 0, best: [], fields: new Set(), low: Infinity, high: -Infinity }));
        n.count += copies[b]!.entries.length;
        n.fields.add(field);
        n.low = Math.min(n.low, score);
        n.high = Math.max(n.high, score);
        // the best few partner copies, best first (then the earliest)
        if (n.best.length < LISTED_AT_MOST || score > n.best[n.best.length - 1]!.score) {
          n.best.push({ other: b, score });
          n.best.sort((x, y) => y.score - x.score || copies[x.other]!.entries[0]!.index - copies[y.other]!.entries[0]!.index);
          if (n.best.length > LISTED_AT_MOST) n.best.pop();
        }
      }
    };
    const sameSummary = (a: Copies, b: Copies) => !!a.summary && a.summary.key === b.summary?.key;
    for (const p of titles.pairs) {
      for (const i of p.a) {
        for (const j of p.b) {
          const a = copies[i]!;
          const b = copies[j]!;
          if (sameSummary(a, b)) continue; // the same, by summary
          const bySummary = a.summary && b.summary ? similarityOf(a.summary, b.summary) : 0;
          // a pair's score is its better field's; the title wins a tie
          if (bySummary > p.score) add(i, j, bySummary, summaryField);
          else add(i, j, p.score, titleField);
        }
      }
    }
    for (const p of summaries.pairs) {
      for (const i of p.a) {
        for (const j of p.b) {
          const a = copies[i]!;
          const b = copies[j]!;
          // the same by title, or near by title and judged above
          if (a.title && b.title && (a.title.key === b.title.key || similarityOf(a.title, b.title) >= threshold)) continue;
          add(i, j, p.score, summaryField);
        }
      }
    }
    const clusters = new Map<number, Cluster>();
    for (const i of [...near.keys()].sort((a, b) => copies[a]!.entries[0]!.index - copies[b]!.entries[0]!.index)) {
      const n = near.get(i)!;
      const root = uf.find(i);
      let cluster = clusters.get(root);
      if (!cluster) clusters.set(root, (cluster = { members: [], fields: new Set(), low: Infinity, high: -Infinity }));
      for (const f of n.fields) cluster.fields.add(f);
      cluster.low = Math.min(cluster.low, n.low);
      cluster.high = Math.max(cluster.high, n.high);
      const partners: Partner[] = [];
      for (const b of n.best) {
        for (const entry of copies[b.other]!.entries) {
          if (partners.length >= LISTED_AT_MOST) break;
          partners.push({ entry, score: b.score });
        }
      }
      for (const entry of copies[i]!.entries) cluster.members.push({ entry, count: n.count, partners, fields: n.fields });
    }
    if (clusters.size) out.push({ same: false, clusters: [...clusters.values()] });
  }
  for (const kind of out) for (const c of kind.clusters) c.members.sort((a, b) => byIndex(a.entry, b.entry));
  return out;
}

/** Every cross-dossier rule, in the order of the notice. */
export const batchRules: BatchRule[] = [batchDuplicateLead, batchOneRecommender, batchSimilarProjects];
