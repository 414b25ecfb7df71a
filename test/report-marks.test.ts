// One source for every mark (issue 12): on every sample and fixture, read with their real PDFs, no
// material is ✔ and no fact is shown as verified while an error or warning touches its fields — in the
// JSON marks, in the terminal checklist and in the Markdown table alike. The oracle here is written from
// the findings themselves (paths, and the disputed value quoted in the message), not from src/core/marks.ts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run.js';
import { readPdfFile } from '../src/pdf/read.js';
import { renderPretty } from '../src/report/pretty.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { DossierReport, MaterialLine, RunReport } from '../src/core/report.js';
import type { Finding } from '../src/core/finding.js';

const ROOT = path.resolve(__dirname, '..');
const AS_OF = new Date('2024-11-20T10:00:00+08:00');
const folders = (dir: string) => readdirSync(path.join(ROOT, dir)).map((d) => path.join(ROOT, dir, d, 'dossier.yaml'));
const tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-marks-'));
let run: RunReport;

/** The issue's own case: the novelty date typed 2024/5/20, the report printing 2024-05-20. */
function typedDate(): string {
  const dir = path.join(tmp, 'novelty-typed-date');
  cpSync(path.join(ROOT, 'samples', 'broken-enterprise-funding'), dir, { recursive: true });
  const file = path.join(dir, 'dossier.yaml');
  const yaml = readFileSync(file, 'utf8');
  expect(yaml).toMatch(/date: "?2024-05-20"?/);
  writeFileSync(file, yaml.replace(/date: "?2024-05-20"?/, 'date: "2024/5/20"'));
  return file;
}

beforeAll(async () => {
  run = await runCheck([...folders('samples'), ...folders('test/fixtures/dossiers'), typedDate()], { asOf: AS_OF, lang: 'zh', readPdf: readPdfFile, cwd: ROOT });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const disputing = (d: DossierReport) => d.findings.filter((f): f is Finding & { path: string } => f.path !== undefined && f.severity !== 'info');
/** The dossier entry a file field belongs to (agreements.0 for agreements.0.file), and the file itself. */
const entriesOf = (m: MaterialLine) => m.paths.flatMap((p) => [p, p.replace(/\.file$/, '')]);
const concerns = (findingPath: string, p: string) => findingPath === p || findingPath.startsWith(`${p}.`);

describe('marks agree with the findings, on every sample and fixture', () => {
  it('the run covers the dossiers the issue names, with their real PDFs read', () => {
    expect(run.dossiers.length).toBe(16);
    const scan = run.dossiers.find((d) => d.file.includes('broken-attachments'))!;
    expect(scan.attachments?.find((a) => a.path === 'attachments.employmentProof')).toEqual({ path: 'attachments.employmentProof', file: '在职证明.pdf', read: 'not-read', reason: 'no-text' });
    expect(scan.attachments?.filter((a) => a.read === 'text').length).toBeGreaterThan(5);
  });

  it('no material is ✔ while an error or warning touches it or its entry, and none is ✔ unread', () => {
    let ok = 0;
    for (const d of run.dossiers) {
      for (const m of d.materials ?? []) {
        const on = disputing(d).filter((f) => entriesOf(m).some((p) => concerns(f.path, p)));
        if (m.state === 'ok') {
          ok += 1;
          expect(on.map((f) => f.rule), `${d.file} ${m.id}`).toEqual([]);
          expect(m.paths.every((p) => d.attachments?.find((a) => a.path === p)?.read !== 'not-read'), `${d.file} ${m.id}`).toBe(true);
        }
        if (on.some((f) => f.severity === 'error')) expect(m.state, `${d.file} ${m.id}`).toBe('problem');
      }
    }
    expect(ok).toBeGreaterThan(60);
  });

  it('no fact is shown as verified while a finding on its file, or quoting its value about that material, disputes it', () => {
    let shown = 0;
    for (const d of run.dossiers) {
      for (const v of d.verified ?? []) {
        if (v.disputed) continue;
        shown += 1;
        // a date, an amount or a year quoted by a finding about the same file's entry is the value it disputes
        const quoted = /^\d{4}(-\d{2}-\d{2})?$|万元$/.test(v.value) && [v.path, v.path.replace(/\.file$/, '')];
        const against = disputing(d).filter((f) => concerns(f.path, v.path) || (quoted && quoted.some((p) => concerns(f.path, p)) && f.message.includes(v.value.replace(/万元$/, ''))));
        expect(against.map((f) => `${f.rule}: ${f.message}`), `${d.file} ${v.what} ${v.value}`).toEqual([]);
      }
    }
    expect(shown).toBeGreaterThan(50);
  });

  it('the cases of the issue: a date the schema refuses, an agreement that ends early, matching funds under the ratio, a scan', () => {
    const of = (name: string) => run.dossiers.find((d) => d.file.includes(name))!;
    const typed = of('novelty-typed-date');
    expect(typed.findings.some((f) => f.path === 'attachments.noveltySearch.date' && f.severity === 'error')).toBe(true);
    expect(typed.materials!.find((m) => m.id === 'noveltySearch')!.state).toBe('problem');
    expect(typed.verified!.find((v) => v.what === '查新完成日期')).toMatchObject({ value: '2024-05-20', disputed: true });
    const funding = of('samples/broken-enterprise-funding');
    expect(funding.materials!.find((m) => m.id === 'agreements')!.state).toBe('problem');
    expect(funding.verified!.filter((v) => v.what === '有效期至').every((v) => v.disputed)).toBe(true);
    expect(funding.verified!.find((v) => v.what === '配套资金')).toMatchObject({ disputed: true });
    expect(funding.verified!.find((v) => v.what === '合作单位')!.disputed).toBeUndefined();
    const scan = of('broken-attachments');
    expect(scan.materials!.find((m) => m.id === 'employmentProof')!.state).toBe('not-read');
  });

  it('the terminal checklist and the Markdown table show exactly these marks and facts', () => {
    const pretty = renderPretty(run, { lang: 'zh', color: false, verbose: true });
    const markdown = renderMarkdown(run, { lang: 'zh' });
    for (const d of run.dossiers) {
      const block = pretty.slice(pretty.indexOf(`${d.file}  `));
      const md = markdown.slice(markdown.indexOf(`\`${d.file}\``, markdown.indexOf('\n## ')));
      for (const m of d.materials ?? []) {
        const mark = { ok: '✔', problem: '✘', missing: '✘', warning: '!', 'not-read': '?', 'not-needed': '–' }[m.state];
        expect(block, `${d.file} ${m.id}`).toContain(`    ${mark} ${m.clause.padEnd(8)}${m.label}`);
        expect(md, `${d.file} ${m.id}`).toContain(`| ${mark} | ${m.clause} | ${m.label} |`);
      }
      // each material's 已核对 line lists exactly its undisputed facts
      const lines = (block.indexOf('\n\n') < 0 ? block : block.slice(0, block.indexOf('\n\n'))).split('\n');
      for (const m of d.materials ?? []) {
        const at = lines.findIndex((l) => l.startsWith(`    `) && l.includes(` ${m.clause.padEnd(8)}${m.label}`));
        const next = lines[at + 1] ?? '';
        const listed = next.startsWith('        已核对: ') ? next.slice('        已核对: '.length).split('；') : [];
        const expected = [...new Set((d.verified ?? []).filter((v) => v.path !== undefined && m.paths.includes(v.path) && !v.disputed).map((v) => `${v.what} ${v.value} ✔`))];
        expect(listed, `${d.file} ${m.id}`).toEqual(expected);
        if (m.state !== 'ok') expect(listed.length === 0 || m.state === 'not-needed' ? true : !(d.verified ?? []).some((v) => m.paths.includes(v.path) && v.disputed && listed.includes(`${v.what} ${v.value} ✔`)), `${d.file} ${m.id}`).toBe(true);
      }
    }
  });
});
