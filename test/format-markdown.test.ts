// --format markdown: snapshot tests on a fixed report (so rule wording elsewhere does not churn them),
// plus the properties a pasted report needs: tables keep their columns, ID numbers stay masked.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/report/markdown.js';
import { countFindings, type Finding } from '../src/core/finding.js';
import type { DossierReport, RunReport } from '../src/core/report.js';
import { errorsOnly } from '../src/report/quiet.js';

const failing: Finding[] = [
  {
    rule: 'lead-age',
    severity: 'error',
    clause: '二.2',
    path: 'lead.birthDate',
    message: '项目负责人须为1967-01-01（含）以后出生，当前为1965-04-02',
    hint: '更换符合年龄要求的项目负责人',
    line: 31,
    column: 14,
  },
  { rule: 'attachment-file', severity: 'error', clause: '三.2(5)', path: 'attachments.auditReport', message: '附件“2023年度审计报告.pdf”不存在', hint: '把附件PDF放在 dossier.yaml 所在文件夹内', line: 68, column: 16 },
  { rule: 'category-field', severity: 'warning', clause: '一.4', path: 'project.field', message: '技术领域“文化|旅游”不在区域合作项目列举的领域中，请确认', line: 8, column: 10 },
  { rule: 'funding-amount', severity: 'info', clause: '一', message: '申请引导资金为 *40* 万元 <确认>' },
];

const base = (file: string, extra: Partial<DossierReport>): DossierReport => ({ file, status: 'pass', counts: countFindings([]), findings: [], ...extra });

export const fixture: RunReport = {
  tool: { name: 'kjhz', version: '1.0.0' },
  call: 'shanxi-2024-kjhz',
  asOf: '2024-11-20T10:00:00+08:00',
  dossiers: [
    base('申报/a01/dossier.yaml', {
      title: '高镍三元正极材料晋京联合攻关',
      applicant: '晋城新能源材料有限公司',
      category: 'regional',
      status: 'fail',
      findings: failing,
      counts: countFindings(failing),
      materials: [
        { id: 'applicationForm', clause: '三.1', label: '项目申报书', state: 'ok', paths: ['attachments.applicationForm'] },
        { id: 'auditReport', clause: '三.2(5)', label: '上年度审计报告（企业）', state: 'missing', paths: ['attachments.auditReport'] },
        { id: 'platformProof', clause: '三.2(6)', label: '国家级科技创新平台证明（区域合作）', state: 'not-needed', paths: [] },
      ],
      verified: [{ path: 'attachments.applicationForm', what: '项目名称', value: '高镍三元正极材料晋京联合攻关' }],
    }),
    base('申报/a02/dossier.yaml', { title: '南疆设施农业节水灌溉技术示范推广', applicant: '山西农业节水技术研究所', category: 'aid' }),
    base('申报/a03/dossier.yaml', {
      status: 'unreadable',
      findings: [{ rule: 'yaml-syntax', severity: 'error', clause: '三.1', message: 'YAML 语法错误：Nested mappings are not allowed in compact mappings', hint: '检查该行的缩进', line: 4, column: 9 }],
      counts: { error: 1, warning: 0, info: 0 },
    }),
  ],
  batch: {
    findings: [
      { rule: 'batch-same-lead', severity: 'error', clause: '二.2', dossiers: ['申报/a01/dossier.yaml', '申报/a02/dossier.yaml'], message: '同一项目负责人（张三，身份证 140105199003070020）出现在2份申报中', hint: '一名负责人同一年度限申报1项' },
    ],
  },
  config: { file: 'kjhz.config.yaml', rules: [{ rule: 'deadline-paper', setting: 'off', reason: '纸质材料由市局统一报送' }, { rule: 'funding-amount', setting: 'info' }] },
};

describe('markdown report', () => {
  it('matches the Chinese snapshot', async () => {
    await expect(renderMarkdown(fixture, { lang: 'zh' })).toMatchFileSnapshot(path.join(__dirname, '__snapshots__', 'format-markdown.zh.md'));
  });

  it('matches the English snapshot', async () => {
    await expect(renderMarkdown(fixture, { lang: 'en' })).toMatchFileSnapshot(path.join(__dirname, '__snapshots__', 'format-markdown.en.md'));
  });

  it('matches the --quiet snapshot (errors only)', async () => {
    await expect(renderMarkdown(errorsOnly(fixture), { lang: 'zh' })).toMatchFileSnapshot(path.join(__dirname, '__snapshots__', 'format-markdown.quiet.md'));
  });

  it('every table row has as many cells as its header, whatever the text contains', () => {
    const md = renderMarkdown(fixture, { lang: 'zh' });
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\| ?:?-/.test(lines[i]!)) continue;
      const header = cells(lines[i - 1]!);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!), lines[j]).toBe(header);
    }
  });

  it('never shows an ID number unmasked, and escapes Markdown in applicant text', () => {
    const md = renderMarkdown(fixture, { lang: 'zh' });
    expect(md).not.toContain('140105199003070020');
    expect(md).toContain('\\*40\\* 万元 \\<确认\\>');
  });
});
