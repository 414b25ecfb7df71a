// The typical mistakes of a person writing dossier.yaml by hand (issue 13), one row each: the line as they
// type it → the finding kjhz gives: its rule, words its message and its hint must contain (and must not),
// and where it points (‸ in the edited text marks the expected line and column). Each row edits one line
// of the valid key-country sample and runs the real checker on a copy of its folder (PDFs not read).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDossier } from '../src/check/checkDossier.js';
import type { Finding } from '../src/core/finding.js';

const SAMPLE = path.resolve(__dirname, '..', 'samples', 'valid-key-country');
const source = readFileSync(path.join(SAMPLE, 'dossier.yaml'), 'utf8');
const MARK = '‸';
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-mistakes-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

export interface Mistake {
  name: string;
  /** Text of the sample replaced, and what the person typed instead (‸ marks where the finding points). */
  from: string;
  to: string;
  rule: string;
  message: string[];
  hint: string[];
  /** Words the hint must not contain: the advice of another mistake. */
  hintNot?: string[];
  severity?: Finding['severity'];
  /** Files added to (or removed from) the folder. */
  files?: { add?: Record<string, string>; remove?: string[] };
}

function edited(m: Mistake): { text: string; line: number; column: number } {
  expect(source, m.name).toContain(m.from);
  const marked = source.replace(m.from, m.to);
  const at = marked.indexOf(MARK);
  expect(at, `${m.name}: the row marks where the finding points`).toBeGreaterThanOrEqual(0);
  const before = marked.slice(0, at).split('\n');
  return { text: marked.replace(MARK, ''), line: before.length, column: [...before[before.length - 1]!].length + 1 };
}

export const MISTAKES: Mistake[] = [
  // YAML: the character that broke it, where it is
  { name: 'full-width colon after a key', from: '  field: 新材料', to: `  field${MARK}：新材料`, rule: 'yaml-syntax', message: ['全角冒号“：”', 'field'], hint: ['英文冒号', '--fix'], hintNot: ['引号'] },
  { name: 'full-width colon after a key, the last of its block', from: '  integrityPledge: 科研诚信承诺书.pdf', to: `  integrityPledge${MARK}：科研诚信承诺书.pdf`, rule: 'yaml-syntax', message: ['全角冒号“：”'], hint: ['英文冒号'] },
  { name: 'full-width colon after a section key', from: 'lead:\n', to: `lead${MARK}：\n`, rule: 'yaml-syntax', message: ['全角冒号', 'lead'], hint: ['英文冒号'] },
  { name: 'no space after the colon', from: '  field: 新材料', to: `  field${MARK}:新材料`, rule: 'yaml-syntax', message: ['冒号后缺少空格', '第8行'], hint: ['加一个空格'], hintNot: ['引号', 'Tab'] },
  { name: 'tab indentation', from: '  title: 正高级工程师', to: `${MARK}\ttitle: 正高级工程师`, rule: 'yaml-syntax', message: ['Tab'], hint: ['空格', '--fix'], hintNot: ['冒号', '引号'] },
  { name: 'full-width space indentation', from: '  recommender: 太原市科学技术局', to: `${MARK}\u3000\u3000recommender: 太原市科学技术局`, rule: 'yaml-syntax', message: ['全角空格'], hint: ['半角空格'] },
  { name: 'Chinese quotes around a value with a colon', from: '  title: 高性能镁合金轻量化部件联合研发', to: `  title: ${MARK}“高性能镁合金: 轻量化部件联合研发”`, rule: 'yaml-syntax', message: ['中文引号'], hint: ['英文引号'] },
  { name: 'a colon and a space inside a value', from: '  title: 高性能镁合金轻量化部件联合研发', to: `  title: 高性能镁合金${MARK}: 轻量化部件联合研发`, rule: 'yaml-syntax', message: ['“: ”'], hint: ['引号'] },
  { name: 'a quote never closed', from: '  name: 张晓明', to: `  name: ${MARK}"张晓明`, rule: 'yaml-syntax', message: ['引号没有闭合'], hint: ['补上'] },
  { name: 'a bracket never closed', from: '  targets: [key-technology, transfer, talent, conference, ip-output]', to: `  targets: ${MARK}[key-technology, transfer, talent, conference, ip-output`, rule: 'yaml-syntax', message: ['没有闭合'], hint: [']'] },
  { name: 'a full-width comma in a flow map', from: '  period: { start: 2025-01-01, end: 2027-12-31 }', to: `  period: { start: 2025-01-01${MARK}， end: 2027-12-31 }`, rule: 'yaml-syntax', message: ['全角逗号'], hint: ['英文逗号'] },
  { name: 'a key written twice', from: '  degree: doctorate\n', to: `  degree: doctorate\n  ${MARK}degree: master\n`, rule: 'yaml-syntax', message: ['“degree”', '重复', '第36行'], hint: ['保留一个'] },
  { name: 'a stray indent', from: '  degree: doctorate', to: `${MARK}    degree: doctorate`, rule: 'yaml-syntax', message: ['多缩进了2个空格'], hint: ['对齐'] },
  // values in the forms people write them
  { name: 'a date with slashes', from: '  registeredOn: 2015-03-02', to: `  registeredOn: ${MARK}2015/3/2`, rule: 'dossier-schema', message: ['2015/3/2', 'YYYY-MM-DD'], hint: ['2015-03-02', '--fix'] },
  { name: 'a date in Chinese', from: '  birthDate: 1985-04-12', to: `  birthDate: ${MARK}1985年4月12日`, rule: 'dossier-schema', message: ['1985年4月12日'], hint: ['1985-04-12'] },
  { name: 'a date with dots', from: '    date: 2024-06-18', to: `    date: ${MARK}2024.6.18`, rule: 'dossier-schema', message: ['2024.6.18'], hint: ['2024-06-18'], hintNot: ['查新'] },
  { name: 'a day that does not exist', from: '  birthDate: 1985-04-12', to: `  birthDate: ${MARK}1985-02-30`, rule: 'dossier-schema', message: ['不是有效的日历日期'], hint: ['YYYY-MM-DD'] },
  { name: 'an amount with 万元 written out', from: '{ requested: 40, matching: 80 }', to: `{ requested: 40, matching: ${MARK}80万元 }`, rule: 'dossier-schema', message: ['只写数字', '80万元'], hint: ['写作 80', '--fix'] },
  { name: 'an amount in 元 with the unit', from: '{ requested: 40, matching: 80 }', to: `{ requested: ${MARK}400000元, matching: 80 }`, rule: 'dossier-schema', message: ['应为万元：即 40'], hint: ['40'] },
  { name: 'an amount in words', from: '{ requested: 40, matching: 80 }', to: `{ requested: ${MARK}四十, matching: 80 }`, rule: 'dossier-schema', message: ['应为数字', '四十'], hint: ['阿拉伯数字'] },
  { name: 'a boolean in a word kjhz does not know', from: '    stateSecret: false', to: `    stateSecret: ${MARK}不涉及吧`, rule: 'dossier-schema', message: ['应为“是”或“否”'], hint: ['是 或 否'] },
  { name: 'a category misspelt', from: '  category: key-country', to: `  category: ${MARK}重点国别合作`, rule: 'dossier-schema', message: ['重点国别科技合作项目', 'key-country'], hint: ['是否应为'] },
  { name: 'a title rank kjhz does not know', from: '  titleRank: senior', to: `  titleRank: ${MARK}高级`, rule: 'dossier-schema', message: ['正高级', '副高级'], hint: [] },
  { name: 'an unknown key', from: '  field: 新材料', to: `  ${MARK}feild: 新材料`, rule: 'dossier-unknown-field', message: ['feild'], hint: ['是否应为“field”'], severity: 'warning' },
  { name: 'a country name kjhz does not know', from: '    country: DE', to: `    country: ${MARK}德意志`, rule: 'dossier-schema', message: ['德意志'], hint: ['中文国名', 'DE'], hintNot: ['冒号'] },
  { name: 'a list written as text', from: '  targets: [key-technology, transfer, talent, conference, ip-output]', to: `  targets: ${MARK}关键技术，成果转化，人才交流，国际会议`, rule: 'dossier-schema', message: ['应为列表'], hint: ['[zh, en]'] },
  { name: 'a period written as text', from: '  period: { start: 2025-01-01, end: 2027-12-31 }', to: `  period: ${MARK}2025-01-01至2027-12-31`, rule: 'dossier-schema', message: ['键: 值'], hint: ['缩进两个空格'] },
  { name: 'an ID number one digit short', from: '  idNumber: "140105198504120036"', to: `  idNumber: ${MARK}"14010519850412003"`, rule: 'lead-id-number', message: ['应为18位'], hint: ['身份证'] },
  // near misses, named
  { name: 'a letter O for a zero in the credit code', from: '  creditCode: 91140100MA0L1K2M9L', to: `  creditCode: ${MARK}911401O0MA0L1K2M9L`, rule: 'applicant-credit-code', message: ['第7位是字母“O”（可能是数字“0”）'], hint: ['改为“91140100MA0L1K2M9L”后校验码正确'] },
  { name: 'a letter I for a one in the credit code', from: '  creditCode: 91140100MA0L1K2M9L', to: `  creditCode: ${MARK}9I140100MA0L1K2M9L`, rule: 'applicant-credit-code', message: ['第2位是字母“I”（可能是数字“1”）'], hint: ['校验码正确'] },
  { name: 'a symbol in the credit code', from: '  creditCode: 91140100MA0L1K2M9L', to: `  creditCode: ${MARK}91140100MA0L1K2M9*`, rule: 'applicant-credit-code', message: ['第18位“*”'], hint: ['逐位核对'] },
  { name: 'amounts in 元 in 万元 fields', from: '{ requested: 40, matching: 80 }', to: `{ requested: ${MARK}400000, matching: 800000 }`, rule: 'funding-unit', message: ['400000 应为万元：即 40'], hint: ['改为 40', '不会自动换算'] },
  { name: 'a declared file differing from the one in the folder by case', from: '  applicationForm: 申报书.pdf', to: `  applicationForm: ${MARK}申报书.pdf`, rule: 'attachment-file', message: ['“申报书.pdf”不存在', '申报书.PDF'], hint: ['是否应为“申报书.PDF”？'], hintNot: ['所在文件夹'], files: { remove: ['申报书.pdf'], add: { '申报书.PDF': '%PDF-1.4\n' } } },
  { name: 'a declared file differing by its extension', from: '  businessLicense: 营业执照.pdf', to: `  businessLicense: ${MARK}营业执照.jpg`, rule: 'attachment-file', message: ['营业执照.jpg'], hint: ['是否应为“营业执照.pdf”？'] },
  { name: 'a declared file differing by full-width letters and spaces', from: '  fundingCommitment: 配套资金承诺书.pdf', to: `  fundingCommitment: ${MARK}配套资金承诺书 .ＰＤＦ`, rule: 'attachment-file', message: ['不存在'], hint: ['是否应为“配套资金承诺书.pdf”？'] },
  { name: 'a file that is not a PDF', from: '  businessLicense: 营业执照.pdf', to: `  businessLicense: ${MARK}营业执照.pdf`, rule: 'attachment-file', message: ['不是PDF文件'], hint: ['另存为PDF'], hintNot: ['所在文件夹'], files: { add: { '营业执照.pdf': 'PK\u0003\u0004 a .docx renamed' } } },
  { name: 'a novelty date typed wrong (in the future)', from: '    date: 2024-06-18', to: `    date: ${MARK}2042-06-18`, rule: 'novelty-search-date', message: ['晚于检查时间'], hint: ['核对'], hintNot: ['重新', '委托'], severity: 'warning' },
  { name: 'an attachment named outside the folder', from: '  businessLicense: 营业执照.pdf', to: `  businessLicense: ${MARK}../营业执照.pdf`, rule: 'attachment-file', message: ['之外'], hint: ['复制到申报文件夹内'] },
];

describe('typical mistakes: the finding names the mistake, points at it and gives its own fix', () => {
  it.each(MISTAKES.map((m) => [m.name, m] as const))('%s', async (_name, m) => {
    const { text, line, column } = edited(m);
    const dir = path.join(tmp, m.name.replace(/[^A-Za-z0-9]+/g, '-'));
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'dossier.yaml'), text);
    for (const [file, content] of Object.entries(m.files?.add ?? {})) writeFileSync(path.join(dir, file), content);
    for (const file of m.files?.remove ?? []) rmSync(path.join(dir, file));
    const report = await checkDossier(path.join(dir, 'dossier.yaml'), { asOf: new Date('2024-11-20T10:00:00+08:00'), lang: 'zh' });
    const f = report.findings.find((x) => x.rule === m.rule && x.line === line);
    expect(f, `${m.rule} at line ${line} among ${JSON.stringify(report.findings.map((x) => [x.rule, x.line, x.column, x.message]))}`).toBeDefined();
    expect(f!.severity).toBe(m.severity ?? 'error');
    expect(`${f!.line}:${f!.column}`).toBe(`${line}:${column}`);
    for (const w of m.message) expect(f!.message).toContain(w);
    for (const w of m.hint) expect(f!.hint).toContain(w);
    for (const w of m.hintNot ?? []) expect(f!.hint).not.toContain(w);
    expect(f!.message).not.toMatch(/类型应为|number|boolean|string/);
  });

  it('an amount in 元 is said once, by funding-unit: not also as a ratio or a far amount', async () => {
    const { text } = edited(MISTAKES.find((m) => m.rule === 'funding-unit')!);
    const dir = path.join(tmp, 'yuan-once');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'dossier.yaml'), text.replace('matching: 800000', 'matching: 80'));
    const report = await checkDossier(path.join(dir, 'dossier.yaml'), { asOf: new Date('2024-11-20T10:00:00+08:00'), lang: 'zh' });
    expect(report.findings.filter((f) => f.rule.startsWith('funding')).map((f) => f.rule)).toEqual(['funding-unit']);
  });
});
