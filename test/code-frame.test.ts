// The code frame of a YAML mistake (issue 13.2): the line and its neighbours, the caret under the character
// that caused it — counted in terminal columns, where a Chinese character takes two — in pretty and Markdown.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFrame, displayWidth } from '../src/report/codeFrame.js';
import { loadDossierText } from '../src/load/yaml.js';
import { runCheck } from '../src/check/run.js';
import { renderPretty } from '../src/report/pretty.js';
import { renderMarkdown } from '../src/report/markdown.js';

describe('codeFrame', () => {
  it('marks the character under Chinese text by its display width', () => {
    const r = loadDossierText('version: 1\nproject:\n  title: 高性能镁合金: 轻量化\n  field: 新材料\n', 'zh');
    const f = r.findings[0]!;
    expect(f).toMatchObject({ line: 3, column: 16, endLine: 3, endColumn: 17 });
    const frame = codeFrame(f);
    expect(frame).toEqual(['  1 | version: 1', '  2 | project:', '> 3 |   title: 高性能镁合金: 轻量化', `    | ${' '.repeat(21)}^`, '  4 |   field: 新材料']);
    expect(displayWidth('  title: 高性能镁合金')).toBe(21);
    expect(frame[3]!.indexOf('^') - '    | '.length).toBe(displayWidth('  title: 高性能镁合金'));
  });
  it('gives nothing for a finding without an excerpt', () => {
    expect(codeFrame({ line: 3, column: 1 })).toEqual([]);
  });
});

describe('the shipped sample broken-yaml-typo', () => {
  it('points at the missing space on line 6 and shows the frame in pretty and Markdown', async () => {
    const root = path.resolve(__dirname, '..');
    const run = await runCheck([path.join(root, 'samples/broken-yaml-typo/dossier.yaml')], { asOf: new Date('2024-11-20T10:00:00+08:00'), lang: 'zh', cwd: root } as never);
    const f = run.dossiers[0]!.findings[0]!;
    expect(f).toMatchObject({ rule: 'yaml-syntax', line: 6, column: 8 });
    expect(f.message).toContain('第6行“field:”的冒号后缺少空格');
    expect(f.message).not.toContain('上一行');
    const pretty = renderPretty(run, { lang: 'zh', color: false });
    expect(pretty).toContain('> 6 |   field:现代高效农业\n          |        ^');
    const md = renderMarkdown(run, { lang: 'zh' });
    expect(md).toMatch(/ {2}```text\n(?: {2}.*\n)* {2}> 6 \| {3}field:现代高效农业\n {6}\| {8}\^\n/);
  });
});
