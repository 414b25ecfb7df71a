// src/load/yaml.ts loadDossierText: syntax errors with line and column, schema findings with the dotted
// path and line, unknown keys with a did-you-mean, alias bombs and deep nesting refused, and invalid fields
// removed so that the rules do not report them a second time.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDossierText, type Loaded } from '../src/load/yaml.js';
import { explainYamlWarning } from '../src/load/yamlErrors.js';
import { uiText } from '../src/i18n/ui.js';
import type { Finding } from '../src/core/finding.js';
import { check, validDossier } from './helpers/dossier.js';

/** The YAML text of the valid key-country dossier, and the 1-based line of a text in it. */
const source = stringify(validDossier('key-country'));
const lineOf = (text: string, needle: string) => {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i + 1;
};
const columnOf = (text: string, needle: string, value: string) => {
  const line = text.split('\n')[lineOf(text, needle) - 1]!;
  return line.indexOf(value) + 1;
};
const replaced = (from: string, to: string) => {
  expect(source).toContain(from);
  return source.replace(from, to);
};
const loaded = (text: string, lang: 'zh' | 'en' = 'zh'): Extract<Loaded, { ok: true }> => {
  const r = loadDossierText(text, lang);
  if (!r.ok) throw new Error(`not loaded: ${JSON.stringify(r.findings)}`);
  return r;
};
const refused = (text: string): Finding[] => {
  const r = loadDossierText(text, 'zh');
  expect(r.ok).toBe(false);
  return r.findings;
};

describe('a valid dossier', () => {
  it('loads without findings and equals what was written', () => {
    const r = loaded(source);
    expect(r.findings).toEqual([]);
    expect(r.dossier).toEqual(validDossier('key-country'));
  });
  it('locates paths, numeric indexes included', () => {
    const r = loaded(source);
    expect(r.locate('lead.birthDate')).toEqual({ line: lineOf(source, 'birthDate:'), column: columnOf(source, 'birthDate:', '1990-03-07'), endLine: lineOf(source, 'birthDate:'), endColumn: columnOf(source, 'birthDate:', '1990-03-07') + 10 });
    expect(r.locate('partners.0.signatory.rank')?.line).toBe(lineOf(source, 'rank: researcher'));
    expect(r.locate('agreements.0.covers')?.line).toBeGreaterThan(lineOf(source, 'agreements:'));
  });
});

describe('YAML syntax errors', () => {
  const text = ['version: 1', 'project:', '  title: 测试项目', '  category: key-country', '  field 新材料', '  summary: x', ''].join('\n');
  it('give one error finding at the line and column of the problem, and nothing else is judged', () => {
    const findings = refused(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 5, column: 3 });
    expect(findings[0]!.message).toContain('YAML');
    expect(findings[0]!.hint).toBeTruthy();
  });
  it('report a duplicated key where the duplicate stands', () => {
    const findings = refused(`${source}project:\n  title: again\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: source.split('\n').length, column: 1 });
    expect(findings[0]!.message).toContain('重复');
  });
  it('report tab indentation at its line', () => {
    const findings = refused(['version: 1', 'project:', '\ttitle: 测试项目', ''].join('\n'));
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 3 });
  });
  it('refuse a document that is not a mapping', () => {
    for (const t of ['', '- a\n- b\n', 'just text\n']) expect(refused(t)[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 1, column: 1 });
  });
  it('speak English when asked', () => {
    const r = loadDossierText(text, 'en');
    expect(r.findings[0]!.message).toMatch(/YAML syntax error/);
  });
});

describe('YAML warnings (the parser reads on, perhaps not as meant)', () => {
  // Each row edits the valid dossier as a person might (‸ marks where the warning must point), loads it
  // with the real loader, and expects one warning there, explained in Chinese, or English with --lang en.
  const MARK = '‸';
  const rows: { kind: string; edits: [string, string][]; zh: string[]; zhHint: string[]; en: string[]; enHint: string[] }[] = [
    { kind: 'an unknown tag before a value', edits: [['  field: 新材料', `  field: ${MARK}!important 新材料`]], zh: ['“!important”', 'YAML 标签', '按普通文字读取'], zhHint: ['删去“!important”', '加英文引号'], en: ['"!important"', 'YAML tag'], enHint: ['Delete "!important"', 'quotes'] },
    { kind: 'a type tag that does not fit its content', edits: [['  targets:\n', `  targets: ${MARK}!!set\n`]], zh: ['“!!set”', '不符'], zhHint: ['删去“!!set”'], en: ['"!!set"', 'does not fit'], enHint: ['Delete "!!set"'] },
    { kind: 'a line starting with % that is no directive', edits: [['version: 1\n', `${MARK}%备注 第二稿\n---\nversion: 1\n`]], zh: ['“%备注”', '不是 YAML 指令'], zhHint: ['删去这一行', '“#”'], en: ['"%备注"', 'not a YAML directive'], enHint: ['Delete the line', '"#"'] },
    { kind: 'an unsupported YAML version', edits: [['version: 1\n', `%YAML ${MARK}1.3\n---\nversion: 1\n`]], zh: ['“1.3”', '不受支持', 'YAML 1.2'], zhHint: ['%YAML 1.3', '%YAML 1.2'], en: ['"1.3"', 'not supported'], enHint: ['%YAML 1.2'] },
    { kind: 'an anchor ending in a colon', edits: [['  field: 新材料', `  field: ${MARK}&材料: 新材料`]], zh: ['“&材料:”', '锚点', '含义不明确'], zhHint: ['加英文引号'], en: ['"&材料:"', 'anchor'], enHint: ['quotes'] },
    { kind: 'an alias ending in a colon', edits: [['  field: 新材料', '  field: &材料: 新材料'], ['  summary: 与德国', `  summary: ${MARK}*材料:\n  remark: 与德国`]], zh: ['“*材料:”', '别名', '含义不明确'], zhHint: ['加英文引号'], en: ['"*材料:"', 'alias'], enHint: ['quotes'] },
  ];
  const edited = (edits: [string, string][]) => {
    let text = source;
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const before = text.slice(0, text.indexOf(MARK)).split('\n');
    return { text: text.replace(MARK, ''), line: before.length, column: [...before[before.length - 1]!].length + 1 };
  };
  it.each(rows.map((r) => [r.kind, r] as const))('%s: a warning at its line:column, in Chinese and in English', (_kind, r) => {
    const { text, line, column } = edited(r.edits);
    for (const lang of ['zh', 'en'] as const) {
      const f = loadDossierText(text, lang).findings.find((x) => x.rule === 'yaml-syntax' && x.line === line);
      expect(f, JSON.stringify(loadDossierText(text, lang).findings)).toMatchObject({ severity: 'warning', line, column });
      expect(f!.endColumn).toBeGreaterThan(column);
      expect(f!.excerpt?.lines.join('\n')).toContain(text.split('\n')[line - 1]);
      for (const w of lang === 'zh' ? r.zh : r.en) expect(f!.message).toContain(w);
      for (const w of lang === 'zh' ? r.zhHint : r.enHint) expect(f!.hint).toContain(w);
      // the parser's English stays out of the Chinese text
      if (lang === 'zh') expect(`${f!.message} ${f!.hint}`).not.toMatch(/Unresolved|directive|ambiguous|collection|Unsupported/);
      else expect(f!.message).toMatch(/^YAML warning: /);
    }
  });
  it('a warning kjhz has no words for keeps the parser\'s, under the Chinese heading, with the general hint', () => {
    // The yaml library's flow-end indentation warning: not seen from a dossier yet, so given as the parser says it.
    const w = { code: 'BAD_INDENT', message: 'Flow end indicator should be more indented than parent', start: { line: 2, column: 1 }, end: { line: 2, column: 2 } };
    const p = explainYamlWarning('a: [x,\n]\n', w, 'zh');
    expect(p).toMatchObject({ line: 2, column: 1, endColumn: 2, hint: uiText('zh', 'yaml.syntaxHint') });
    expect(p.message).toBe('YAML 写法可疑：Flow end indicator should be more indented than parent');
  });
  it('the value is still read (the warning does not refuse the dossier)', () => {
    const { text } = edited(rows[0]!.edits);
    expect((loaded(text).dossier.project as { field: string }).field).toBe('新材料');
  });
  it('an alias to an anchor never set ("*见附件") is said at the alias, not as too many aliases', () => {
    const { text, line, column } = edited([['  field: 新材料', `  field: ${MARK}*见附件`]]);
    const zh = refused(text);
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line, column, endColumn: column + 4 });
    expect(zh[0]!.message).toContain('“*见附件”');
    expect(zh[0]!.message).not.toContain('过多');
    expect(zh[0]!.hint).toContain('"*见附件"');
    expect(loadDossierText(text, 'en').findings[0]!.message).toContain('no such anchor');
  });
});

describe('schema violations', () => {
  it('a wrong type is a dossier-schema error at the value, with the dotted path and the value found', () => {
    const text = replaced('requested: 40', 'requested: 四十');
    const r = loaded(text);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      rule: 'dossier-schema',
      severity: 'error',
      clause: '二.4',
      path: 'project.funding.requested',
      line: lineOf(text, 'requested:'),
      column: columnOf(text, 'requested:', '四十'),
    });
    expect(r.findings[0]!.message).toContain('四十');
    expect(r.findings[0]!.message).toContain('project.funding.requested');
  });
  it('a word that is not yes or no where a boolean goes is an error that says so, with no English type name', () => {
    const text = replaced('legalPerson: true', 'legalPerson: 不清楚');
    const r = loaded(text);
    expect(r.findings).toMatchObject([{ rule: 'dossier-schema', severity: 'error', path: 'applicant.legalPerson', line: lineOf(text, 'legalPerson:') }]);
    expect(r.findings[0]!.message).toContain('应为“是”或“否”');
    expect(r.findings[0]!.message).not.toMatch(/boolean|number|string/);
    expect(r.findings[0]!.hint).toContain('是 或 否');
  });
  it('a missing required field is reported at its parent', () => {
    const text = replaced('  title: 高性能镁合金轻量化部件联合研发\n', '');
    const r = loaded(text);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'dossier-schema', severity: 'error', clause: '一', path: 'project.title', line: lineOf(text, 'category:') });
    expect(r.findings[0]!.message).toContain('project.title');
  });
  it('an invalid enum value lists the allowed ones', () => {
    const text = replaced('category: key-country', 'category: key-contry');
    const r = loaded(text);
    expect(r.findings).toMatchObject([{ rule: 'dossier-schema', severity: 'error', path: 'project.category', line: lineOf(text, 'category:'), column: columnOf(text, 'category:', 'key-contry') }]);
    expect(r.findings[0]!.message).toContain('key-contry');
    expect(r.findings[0]!.message).toContain('belt-and-road “一带一路”科技合作项目 | key-country 重点国别科技合作项目');
    expect(r.findings[0]!.hint).toBe('是否应为“key-country”？');
    expect(loadDossierText(text, 'en').findings[0]!.message).toContain('belt-and-road | key-country | base-platform | regional | aid');
  });
  it('a path inside a list carries the numeric index', () => {
    const text = replaced('rank: researcher', 'rank: dean');
    expect(loaded(text).findings).toMatchObject([{ rule: 'dossier-schema', severity: 'error', clause: '二.3', path: 'partners.0.signatory.rank', line: lineOf(text, 'rank: dean') }]);
  });
  it('a malformed date is one finding, not two', () => {
    const text = replaced('registeredOn: 1985-06-01', 'registeredOn: 2023/01/02');
    const r = loaded(text);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'dossier-schema', path: 'applicant.registeredOn', line: lineOf(text, 'registeredOn:') });
    expect(r.findings[0]!.message).toContain('2023/01/02');
    expect(r.findings[0]!.message).toContain('YYYY-MM-DD');
  });
  it('an impossible calendar date is reported', () => {
    const text = replaced('birthDate: 1990-03-07', 'birthDate: 1990-02-30');
    expect(loaded(text).findings).toMatchObject([{ rule: 'dossier-schema', severity: 'error', path: 'lead.birthDate' }]);
  });
  it('codes typed without quotes keep their digits as written (to YAML they are numbers, beyond 2^53 inexact)', () => {
    const text = replaced('idNumber: "140105199003070020"', 'idNumber: 140105199003070020');
    const r = loaded(text);
    expect(r.findings).toEqual([]);
    expect(r.dossier.lead?.idNumber).toBe('140105199003070020');
    const digitsOnly = loaded(`${text}\n`.replace(/creditCode: .*/, 'creditCode: 121400004057063860'));
    expect(digitsOnly.dossier.applicant?.creditCode).toBe('121400004057063860');
    // a number where no code is expected stays a number
    expect(loaded(text).dossier.project?.funding?.requested).toBe(40);
  });
  it('an unquoted ID number is checked like a quoted one, and never shown unmasked', () => {
    const r = loaded(replaced('idNumber: "140105199003070020"', 'idNumber: 140105199003070021'));
    const findings = [...r.findings, ...check(r.dossier)];
    expect(findings.map((f) => f.rule)).toEqual(['lead-id-number']);
    expect(JSON.stringify(findings)).not.toMatch(/1401051990030700/);
  });
  it('speaks English when asked', () => {
    const r = loaded(replaced('requested: 40', 'requested: forty'), 'en');
    expect(r.findings[0]!.message).toContain('forty');
    expect(r.findings[0]!.message).toMatch(/project\.funding\.requested/);
  });
});

describe('unknown keys', () => {
  it('give a warning with a did-you-mean, at the key', () => {
    const text = replaced('  category: key-country', '  categroy: key-country');
    const r = loaded(text);
    const unknown = r.findings.filter((f) => f.rule === 'dossier-unknown-field');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', path: 'project.categroy', line: lineOf(text, 'categroy:') });
    expect(unknown[0]!.hint).toContain('category');
    // The real field is then missing: that is the error.
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.path)).toEqual(['project.category']);
  });
  it('suggest nothing for a key like no other', () => {
    const text = replaced('  field: 新材料', '  field: 新材料\n  zzzzzzzzzz: 1');
    const [f] = loaded(text).findings;
    expect(f).toMatchObject({ rule: 'dossier-unknown-field', severity: 'warning', path: 'project.zzzzzzzzzz' });
    expect(f!.hint).not.toMatch(/是否应为/);
  });
});

describe('resource limits', () => {
  it('refuse an alias bomb ("billion laughs")', () => {
    const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const findings = refused(lines.join('\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
    expect(findings[0]!.message).toContain('别名');
  });
  it('accept a few harmless aliases', () => {
    const text = replaced('version: 1', 'version: 1\nx-notes: &n 备注').replace(/ {2}summary: .*/, '  summary: *n');
    const r = loaded(text);
    expect(r.dossier.project?.summary).toBe('备注');
    expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['dossier-unknown-field', 'x-notes']]);
  });
  it('refuse nesting deeper than the limit, in flow and block style', () => {
    const flow = refused(`version: 1\nx: ${'['.repeat(200)}${']'.repeat(200)}\n`);
    expect(flow[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
    let block = 'version: 1\nx:\n';
    for (let i = 0; i < 100; i++) block += `${' '.repeat(2 * (i + 1))}k${i}:\n`;
    block += `${' '.repeat(202)}v: 1\n`;
    expect(refused(block)[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
  });
  it('refuse extreme nesting without throwing', () => {
    const findings = refused(`version: 1\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
  });
});

describe('invalid fields are removed before the rules run', () => {
  it('a malformed registration date is reported by the schema only, not again by applicant-registration-date', () => {
    // As text, "2023/01/02" sorts after "2023-01-01": left in place, the rule would report it too.
    const r = loaded(replaced('registeredOn: 1985-06-01', 'registeredOn: 2023/01/02'));
    expect(r.dossier.applicant?.registeredOn).toBeUndefined();
    expect(r.dossier.applicant?.name).toBe('山西省材料科学研究院');
    expect(check(r.dossier).filter((f) => f.rule === 'applicant-registration-date')).toEqual([]);
  });
  it('an impossible birth date is reported once, not also as lead-age', () => {
    const r = loaded(replaced('birthDate: 1990-03-07', 'birthDate: 1966-13-01').replace('  idNumber: "140105199003070020"\n', ''));
    expect(r.findings.map((f) => f.path)).toEqual(['lead.birthDate']);
    expect(r.dossier.lead?.birthDate).toBeUndefined();
    expect(check(r.dossier).filter((f) => f.rule.startsWith('lead-'))).toEqual([]);
  });
  it('an invalid enum inside a list is removed and the rest of the element stays', () => {
    const r = loaded(replaced('rank: researcher', 'rank: dean'));
    expect(r.dossier.partners?.[0]?.signatory).toEqual({ name: 'Dr. Max Muster' });
    expect(check(r.dossier).filter((f) => f.rule === 'partner-signatory-rank')).toEqual([]);
  });
});
