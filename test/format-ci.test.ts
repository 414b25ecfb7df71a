// The formats CI reads (issue 15): --format sarif, validated by Microsoft's own SARIF validator
// (@microsoft/sarif-multitool, a self-contained program in the npm package: runs offline), --format
// github (workflow commands, decoded here as the runner decodes them) and --format compact. One batch:
// every sample and a dossier of hostile texts (HTML, formulas, bidi controls, emoji, 4,000 characters,
// an ID number in the title). Each format has one entry per finding of the JSON report, at its line and
// column, with its texts whole.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/finding.js';
import type { RunReport } from '../src/core/report.js';
import { FORMATS } from '../src/cli/check.js';
import { buildProgram } from '../src/cli/main.js';
import { allRules } from '../src/rules/index.js';
import { renderSarif } from '../src/report/sarif.js';
import { AS_OF, kjhz, ROOT } from './cli-bin.js';
import { checkDeliverablesBatch, HOSTILE, HOSTILE_ID, LONG } from './helpers/deliverables.js';

const base = mkdtempSync(path.join(tmpdir(), 'kjhz-ci-formats-'));
let report: RunReport;
const all = () => report.dossiers.flatMap((d) => d.findings.map((f) => ({ d, f })));
const render = (format: keyof typeof FORMATS, run = report) => FORMATS[format](run, { lang: 'zh', color: false, quiet: false });

beforeAll(async () => {
  report = await checkDeliverablesBatch(base);
}, 180_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the CLI offers each format', () => {
  it('--format choices are the renderers the check command has', () => {
    const check = buildProgram().commands.find((c) => c.name() === 'check')!;
    const format = (check as unknown as { options: { long?: string; argChoices?: string[] }[] }).options.find((o) => o.long === '--format')!;
    expect([...format.argChoices!].sort()).toEqual(Object.keys(FORMATS).sort());
  });

  it.each(['sarif', 'github', 'compact'])('kjhz check --format %s writes it, exit 1 on errors', async (format) => {
    const out = path.join(base, `one.${format}`);
    const r = await kjhz(['check', path.join(ROOT, 'samples', 'broken-lead-too-old'), '--no-pdf', '--as-of', AS_OF, '-f', format, '-o', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('lead-age');
  });
});

describe('--format sarif', () => {
  // As the CLI renders it (FORMATS.sarif), for the folder the CLI ran in.
  const sarifText = () => renderSarif(report, { lang: 'zh', rules: allRules.filter((r) => !r.manual), baseDir: base });
  let sarif: any;
  beforeAll(() => {
    sarif = JSON.parse(sarifText());
  });

  it('is valid SARIF 2.1.0 to Microsoft\'s validator: no error-level result', () => {
    const require = createRequire(import.meta.url);
    const tool = require('@microsoft/sarif-multitool') as string;
    expect(existsSync(tool), `${tool}: npm ci installs @microsoft/sarif-multitool (devDependency)`).toBe(true);
    const file = path.join(base, 'kjhz.sarif');
    writeFileSync(file, sarifText());
    const out = path.join(base, 'validation.sarif');
    // Spawned directly: the package's bin.js runs it through a shell, which splits "Error;Warning;Note".
    const r = spawnSync(tool, ['validate', file, '--output', out, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr || r.stdout).toBe(0);
    const results = (JSON.parse(readFileSync(out, 'utf8')) as any).runs[0].results as { level: string; ruleId: string; message: { arguments?: string[] } }[];
    const errors = results.filter((x) => x.level === 'error');
    expect(errors.map((e) => `${e.ruleId}: ${e.message.arguments?.join(' | ')}`)).toEqual([]);
    // The validator did look: it has advice (notes) on a log this size.
    expect(results.length).toBeGreaterThan(0);
  });

  it('lists the rules with clause, zh and en short descriptions, default level and help in docs/rules.md', () => {
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'kjhz', version: '1.0.0', language: 'zh-CN' });
    const rules = run.tool.driver.rules as any[];
    const en = new Map((run.translations[0].rules as any[]).map((r) => [r.id, r]));
    expect(run.translations[0].language).toBe('en-US');
    const doc = readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const r of allRules.filter((x) => !x.manual)) {
      const d = rules.find((x) => x.id === r.id);
      expect(d, r.id).toBeDefined();
      expect(d.properties.clause).toBe(r.clause);
      expect(d.shortDescription.text).toBe(`${r.title.zh}（${r.clause}）`);
      expect(en.get(r.id).shortDescription.text).toBe(`${r.title.en}（${r.clause}）`);
      expect(d.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[r.severity]);
      const help = new URL(d.helpUri);
      expect(fileURLToPath(help)).toBe(path.join(ROOT, 'docs', 'rules.md'));
      expect(doc, r.id).toContain(`\n### ${decodeURIComponent(help.hash.slice(1))}\n`);
    }
    // the loader's own rules (yaml-syntax of the broken sample) are described too
    expect(rules.some((x) => x.id === 'yaml-syntax')).toBe(true);
  });

  it('has one result per finding, with rule, level, message and its place in dossier.yaml', () => {
    const run = sarif.runs[0];
    const results = run.results as any[];
    const findings = all();
    expect(results).toHaveLength(findings.length);
    const root = run.originalUriBaseIds.SRCROOT.uri as string;
    expect(fileURLToPath(root)).toBe(`${base}/`);
    results.forEach((x, i) => {
      const { d, f } = findings[i]!;
      expect(x.ruleId).toBe(f.rule);
      expect(run.tool.driver.rules[x.ruleIndex].id).toBe(f.rule);
      expect(x.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(x.message.text).toBe(f.hint ? `${f.message}\n${f.hint}` : f.message);
      const loc = x.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('SRCROOT');
      // The relative URI resolves against %SRCROOT% to the very dossier.yaml.
      expect(fileURLToPath(new URL(loc.artifactLocation.uri, root))).toBe(path.join(base, d.file));
      if (f.line) expect(loc.region).toMatchObject({ startLine: f.line, startColumn: f.column });
      else expect(loc.region).toBeUndefined();
    });
    expect(results.filter((x) => x.locations[0].physicalLocation.region).length).toBeGreaterThan(results.length / 2);
  });

  it('keeps hostile texts whole (JSON-escaped), percent-encodes the folder name in the URI, masks the ID number', () => {
    expect(sarifText()).not.toContain(HOSTILE_ID);
    const results = sarif.runs[0].results as any[];
    const mine = results.filter((x) => decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri).includes(HOSTILE.folder));
    expect(mine.length).toBeGreaterThan(5);
    expect(mine[0].locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/[<> |\u202E]/);
    const messages = mine.map((x) => x.message.text as string);
    expect(messages.some((m) => m.includes(HOSTILE.partner))).toBe(true);
    const title = HOSTILE.title.replace(HOSTILE_ID, '140105********0036');
    expect(messages.some((m) => m.includes(title) && m.includes(LONG))).toBe(true);
    expect(messages.some((m) => m.includes(HOSTILE.applicant))).toBe(true);
  });
});

/** A workflow command as the GitHub runner reads it (@actions/toolkit's command parsing, reversed escapes). */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unProp(pair.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unData(m[3]!) };
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The lines that say what was not checked (attachments not read, folders skipped), beside the findings. */
const NOT_A_FINDING = { github: /^::notice (file=[^,]*,)?title=kjhz (未核对|已跳过)/, compact: / \[(not-read|skipped)\]$/ };

describe('what was not checked is said in the CI formats too', () => {
  const unread = () => report.dossiers.flatMap((d) => (d.attachments ?? []).filter((a) => a.read === 'not-read').map((a) => ({ d, a })));
  it('the batch has attachments kjhz could not read (a scan)', () => {
    expect(unread().length).toBeGreaterThan(0);
  });

  it('sarif: a run notification per attachment not read, at the file, with the reason', () => {
    const sarif = JSON.parse(renderSarif(report, { lang: 'zh', rules: allRules.filter((r) => !r.manual), baseDir: base })) as any;
    const notes = (sarif.runs[0].invocations[0].toolExecutionNotifications ?? []) as any[];
    expect(notes.filter((n) => n.properties.kind === 'not-read').map((n) => [n.properties.dossier, n.properties.path, n.properties.reason])).toEqual(unread().map(({ d, a }) => [d.file, a.path, a.reason]));
    // (the CLI recognises scans by default: the fake scan's grey bars are no text, so OCR read nothing)
    const scan = notes.find((n) => n.properties.reason === 'ocr-failed')!;
    expect(scan.level).toBe('note');
    expect(scan.message.text).toMatch(/^附件“.+\.pdf”的内容未核对（扫描件，文字识别失败）$/);
    expect(scan.locations[0].physicalLocation.artifactLocation.uri).toMatch(/\.pdf$/);
  });

  it('github: a ::notice per attachment not read; compact: an info line [not-read]', () => {
    const github = render('github').trimEnd().split('\n').filter((l) => NOT_A_FINDING.github.test(l));
    const compact = render('compact').trimEnd().split('\n').filter((l) => NOT_A_FINDING.compact.test(l));
    expect(github).toHaveLength(unread().length);
    expect(compact).toHaveLength(unread().length);
    const k = unread().findIndex(({ d }) => d.file.includes('broken-attachments'));
    const { d, a } = unread()[k]!;
    expect(compact[k]).toBe(`${d.file}: info 附件“${a.file}”的内容未核对（扫描件，文字识别失败） [not-read]`);
    expect(parseCommand(github[k]!)).toMatchObject({ props: { file: d.file, title: 'kjhz 未核对' }, message: `附件“${a.file}”的内容未核对（扫描件，文字识别失败）` });
  });
});
const shown = (s: string) => s.replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);

describe('--format github', () => {
  it('one workflow command per finding, at its file, line and column, the message whole once decoded', () => {
    const lines = render('github').trimEnd().split('\n').filter((l) => !NOT_A_FINDING.github.test(l));
    const findings = all();
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, i) => {
      const { d, f } = findings[i]!;
      const c = parseCommand(line);
      expect(c.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      expect(c.props.file).toBe(d.file);
      if (f.line) expect([c.props.line, c.props.col]).toEqual([String(f.line), String(f.column)]);
      else expect(c.props.line).toBeUndefined();
      expect(c.props.title).toBe(`kjhz ${f.rule} [${f.clause}]`);
      expect(c.message).toBe(shown(f.hint ? `${f.message}\n${f.hint}` : f.message));
    });
  });

  it('hostile texts cannot end the command or start another; bidi controls are shown in what a person reads; the ID number is masked', () => {
    const text = render('github');
    expect(text).not.toContain(HOSTILE_ID);
    const mine = text.trimEnd().split('\n').map(parseCommand).filter((c) => c.props.file?.includes(HOSTILE.folder));
    expect(mine.length).toBeGreaterThan(5);
    // the partner's name holds "::error::x", a line break and "%0A": one command, decoded back to the name
    expect(mine.some((c) => c.message.includes(HOSTILE.partner))).toBe(true);
    expect(mine.some((c) => c.message.includes(LONG) && c.message.includes('<U+202E>gpj.exe'))).toBe(true);
    // file= names the file as it is (the annotation must find it); title and message show the controls
    for (const c of mine) expect(`${c.props.title} ${c.message}`).not.toMatch(/[\u202E\u200F]/);
  });
});

describe('--format compact', () => {
  it('one line per finding: file:line:col: severity message [rule]', () => {
    const lines = render('compact').trimEnd().split('\n').filter((l) => !NOT_A_FINDING.compact.test(l));
    const findings = all();
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, i) => {
      const { f } = findings[i]!;
      const m = /^(.+?):(?:(\d+):(\d+):)? (error|warning|info) (.*) \[([\w-]+)\]$/.exec(line);
      expect(m, line).not.toBeNull();
      expect([m![4], m![6]]).toEqual([f.severity, f.rule]);
      if (f.line) expect([m![2], m![3]]).toEqual([String(f.line), String(f.column)]);
    });
    expect(lines).toContain('broken-lead-too-old/dossier.yaml:33:14: error 项目负责人须为1967年1月1日（含）以后出生，当前为1965-04-02 [lead-age]'.replace(/^/, 'batch/'));
  });

  it('shows line breaks and bidi controls instead of obeying them', () => {
    const text = render('compact');
    expect(text).not.toMatch(/[\u202E\u200F]/);
    expect(text).toContain('<U+202E>fdp.exe');
    expect(text).toContain('::error::x⏎::warning::y%0A');
    expect(text).not.toContain(HOSTILE_ID);
  });

  it('a run with no finding and every attachment read prints nothing', () => {
    const clean = { ...report, dossiers: report.dossiers.map((d) => ({ ...d, findings: [] as Finding[], attachments: [] })) };
    expect(render('compact', clean)).toBe('');
    expect(render('github', clean)).toBe('');
  });
});
