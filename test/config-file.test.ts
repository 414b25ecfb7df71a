// kjhz.config.yaml: parsing (every mistake a clear ConfigError with file:line:column), discovery,
// and the end-to-end effect through the built bin (rules off with the reason in the report, exit 2 on errors).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, findConfig, parseConfig } from '../src/config/config.js';
import { allRules } from '../src/rules/index.js';
import { AS_OF, ensureBuilt, kjhz, ROOT } from './cli-bin.js';

const parse = (text: string, lang: 'zh' | 'en' = 'zh') => parseConfig(text, 'kjhz.config.yaml', lang, allRules);
const error = (text: string, lang: 'zh' | 'en' = 'zh'): string => {
  try {
    parse(text, lang);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('reads asOf, severities up and down, and rules off with their reason', () => {
    const c = parse(`asOf: 2024-12-01T09:00:00+08:00
rules:
  funding-amount: error
  category-field: info
  deadline-paper:
    severity: off
    reason: 纸质材料由市局统一报送
  lead-age: { severity: warning, reason: 本局复核 }
`);
    expect(c.asOf?.toISOString()).toBe('2024-12-01T01:00:00.000Z');
    expect(c.settings.severity).toEqual(new Map([['funding-amount', 'error'], ['category-field', 'info'], ['lead-age', 'warning']]));
    expect(c.settings.off).toEqual(new Set(['deadline-paper']));
    expect(c.record).toEqual({
      file: 'kjhz.config.yaml',
      rules: [
        { rule: 'funding-amount', setting: 'error' },
        { rule: 'category-field', setting: 'info' },
        { rule: 'deadline-paper', setting: 'off', reason: '纸质材料由市局统一报送' },
        { rule: 'lead-age', setting: 'warning', reason: '本局复核' },
      ],
    });
  });

  it('an empty file changes nothing', () => {
    expect(parse('').record.rules).toEqual([]);
    expect(parse('# 本局暂无特别设置\n').settings).toEqual({});
  });

  it('a rule switched off without a reason is refused, at its line', () => {
    const m = error('rules:\n  deadline-paper: off\n');
    expect(m).toContain('kjhz.config.yaml:2:');
    expect(m).toContain('须写明原因');
    expect(error('rules:\n  deadline-paper: { severity: off, reason: "  " }\n')).toContain('须写明原因');
  });

  it('reads the bureau that forwards the batch, as written (a phone number keeps its leading zero)', () => {
    const c = parse('bureau:\n  name: 太原市科学技术局\n  contact: 李明\n  phone: 03511234567\n  date: 2024-11-25\n  city:\n');
    expect(c.bureau).toEqual({ name: '太原市科学技术局', contact: '李明', phone: '03511234567', date: '2024-11-25' });
    expect(parse('rules: {}\n').bureau).toBeUndefined();
    expect(error('bureau: 太原市科学技术局\n')).toBe('配置文件 kjhz.config.yaml:1:9 有误：bureau 应为键值对：name（推荐单位）、contact（联系人）、phone（电话）、date（日期）');
    expect(error('bureau:\n  nmae: x\n')).toContain('kjhz.config.yaml:2:3 有误：未知设置“nmae”（是否应为“name”？）');
    expect(error('bureau:\n  name: [a, b]\n')).toContain('bureau.name 应为一段文字');
  });

  it('an unknown rule names the closest one; a manual item cannot be configured', () => {
    const m = error('rules:\n  lead-agee: warning\n');
    expect(m).toContain('kjhz.config.yaml:2:3');
    expect(m).toContain('lead-agee');
    expect(m).toContain('lead-age');
    expect(error('rules:\n  manual-team: warning\n')).toContain('不能配置');
  });

  it('an unknown setting or key names the closest one; bad values list what is allowed', () => {
    expect(error('asof: 2024-11-20\n')).toContain('asOf');
    expect(error('rules:\n  lead-age: { severty: warning }\n')).toContain('severity');
    const bad = error('rules:\n  lead-age: fatal\n');
    expect(bad).toContain('fatal');
    expect(bad).toContain('error、warning、info、off');
    expect(error('asOf: next monday\n')).toContain('asOf');
    expect(error('rules: [lead-age]\n')).toContain('rules');
    expect(error('- a\n- b\n')).toContain('顶层');
  });

  it('YAML syntax errors carry the line and column; messages exist in English', () => {
    expect(error('rules:\n  lead-age: [warning\n')).toMatch(/kjhz\.config\.yaml:\d+:\d+.*YAML/);
    expect(error('rules:\n  deadline-paper: off\n', 'en')).toContain('needs a reason');
  });
});

describe('findConfig and the CLI', () => {
  let tmp: string;
  let batch: string;
  beforeAll(() => {
    ensureBuilt();
    tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-config-'));
    batch = path.join(tmp, '全市申报');
    for (const s of ['valid-key-country', 'broken-lead-too-old']) cpSync(path.join(ROOT, 'samples', s), path.join(batch, s), { recursive: true });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('finds kjhz.config.yaml in the folder checked or the nearest folder above; two different ones are an error', async () => {
    expect(await findConfig([batch], 'zh')).toBeUndefined();
    writeFileSync(path.join(batch, 'kjhz.config.yaml'), 'rules: {}\n');
    expect(await findConfig([batch], 'zh')).toBe(path.join(batch, 'kjhz.config.yaml'));
    expect(await findConfig([path.join(batch, 'valid-key-country', 'dossier.yaml')], 'zh')).toBe(path.join(batch, 'kjhz.config.yaml'));
    writeFileSync(path.join(batch, 'valid-key-country', 'kjhz.config.yaml'), 'rules: {}\n');
    await expect(findConfig([path.join(batch, 'valid-key-country'), path.join(batch, 'broken-lead-too-old')], 'zh')).rejects.toThrow(/--config/);
    rmSync(path.join(batch, 'valid-key-country', 'kjhz.config.yaml'));
    rmSync(path.join(batch, 'kjhz.config.yaml'));
  });

  it('a rule switched off in the batch config does not run, and the report records it with the reason', async () => {
    const before = await kjhz(['check', batch, '--as-of', AS_OF, '--no-pdf', '--format', 'json']);
    expect(before.code).toBe(1);
    writeFileSync(path.join(batch, 'kjhz.config.yaml'), 'asOf: 2024-11-20T10:00:00+08:00\nrules:\n  lead-age:\n    severity: off\n    reason: 试点：本局另行审核年龄\n  deadline-paper: warning\n');
    const after = await kjhz(['check', batch, '--no-pdf', '--format', 'json']);
    const report = JSON.parse(after.stdout);
    expect(report.asOf).toBe(AS_OF); // from the config
    expect(report.config.rules).toContainEqual({ rule: 'lead-age', setting: 'off', reason: '试点：本局另行审核年龄' });
    expect(report.dossiers.flatMap((d: { findings: { rule: string }[] }) => d.findings.map((f) => f.rule))).not.toContain('lead-age');
    expect(after.code).toBe(0);
    const md = await kjhz(['check', batch, '--no-pdf', '--format', 'markdown']);
    expect(md.stdout).toContain('试点：本局另行审核年龄');
    const pretty = await kjhz(['check', batch, '--no-pdf']);
    expect(pretty.stdout).toContain('lead-age 已关闭（试点：本局另行审核年龄）');
    // --as-of on the command line wins over the config's asOf.
    const later = JSON.parse((await kjhz(['check', batch, '--no-pdf', '--format', 'json', '--as-of', '2024-12-05T09:00:00+08:00'])).stdout);
    expect(later.asOf).toBe('2024-12-05T09:00:00+08:00');
    rmSync(path.join(batch, 'kjhz.config.yaml'));
  });

  it('a severity turned up changes the exit code', async () => {
    const dir = path.join(tmp, 'up');
    cpSync(path.join(ROOT, 'samples', 'valid-key-country'), path.join(dir, 'a'), { recursive: true });
    // 3 days before the online deadline: deadline-online warns; the bureau makes that an error.
    const args = ['check', dir, '--no-pdf', '--as-of', '2024-12-02T10:00:00+08:00'];
    expect((await kjhz(args)).code).toBe(0);
    writeFileSync(path.join(dir, 'kjhz.config.yaml'), 'rules:\n  deadline-online: error\n');
    expect((await kjhz(args)).code).toBe(1);
  });

  it('a config error is exit 2 with the file, line and problem; --config names a file explicitly', async () => {
    const bad = path.join(tmp, 'bad.yaml');
    writeFileSync(bad, 'rules:\n  lead-agee: warning\n');
    const r = await kjhz(['check', batch, '--no-pdf', '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:3`);
    expect(r.stderr).toContain('lead-age');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await kjhz(['check', batch, '--no-pdf', '--config', path.join(tmp, 'nope.yaml'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such configuration file');
    mkdirSync(path.join(tmp, 'found'));
    cpSync(path.join(ROOT, 'samples', 'valid-key-country'), path.join(tmp, 'found', 'a'), { recursive: true });
    writeFileSync(path.join(tmp, 'found', 'kjhz.config.yaml'), 'rules:\n  deadline-paper: off\n');
    const found = await kjhz(['check', path.join(tmp, 'found'), '--no-pdf']);
    expect(found.code).toBe(2);
    expect(found.stderr).toContain('kjhz.config.yaml:2:');
  });
});
