// The layout on pages built run by run: pdf.js-like pieces of lines, and OCR-like whole-line boxes that
// are skewed and imprecise. (test/office-layouts.test.ts reads the same layouts from real LibreOffice PDFs.)
import { describe, expect, it } from 'vitest';
import { layoutPages, valueOf, type Layout } from '../src/core/layout.js';
import type { PageText, TextRun } from '../src/core/pagetext.js';
import { findAmountsWan, findCreditCodes, labelledDate } from '../src/core/textfacts.js';

const H = 10.5;
/** Width of a text at height h: CJK a full em, Latin and digits ~0.55 em. */
const widthOf = (t: string, h = H) => [...t].reduce((n, c) => n + (/[\u2e80-\uffff]/u.test(c) ? h : 0.55 * h), 0);
const run = (text: string, x: number, y: number, h = H, confidence?: number): TextRun => ({ text, x, y, width: widthOf(text, h), height: h, ...(confidence ? { confidence } : {}) });
const page = (runs: TextRun[], source: PageText['source'] = 'text'): PageText => ({ page: 1, width: 595, height: 842, source, runs });
const laid = (runs: TextRun[], source: PageText['source'] = 'text'): Layout => layoutPages([page(runs, source)]);

/** OCR boxes: each line one box, shifted and skewed a little, boxes a bit taller than the text. */
const ocr = (runs: TextRun[]): TextRun[] =>
  runs.map((r, i) => ({ ...r, x: r.x + ((i * 7) % 3) - 1, y: r.y - 1.5 + ((i * 5) % 3) * 0.8, width: r.width * 1.03, height: r.height + 3, confidence: 0.93 }));

/** A form table as LibreOffice exports it: a 4-character label column (查新项目⏎名称 wraps), values at x 114
 * in a 9-character cell; a cell's wrapped lines 12.3 apart, rows 18.5 (padding and borders between). */
const TABLE: TextRun[] = [
  run('科技查新报告', 230, 40, 16),
  run('查新项目', 60, 80),
  run('高性能镁合金轻量化', 114, 80),
  run('名称', 60, 92.3),
  run('部件联合研发', 114, 92.3),
  run('委托人', 60, 110.8),
  run('山西某某新材料有限', 114, 110.8),
  run('公司', 114, 123.1),
  run('查新完成', 60, 141.6),
  run('2024年6月18日', 114, 141.6),
  run('日期', 60, 153.9),
  run('统一社会', 60, 172.4),
  run('91140100M', 114, 172.4),
  run('信用代码', 60, 184.7),
  run('A0L1K2M32', 114, 184.7),
];

describe.each([
  ['pdf.js text items', TABLE, 'text'],
  ['OCR line boxes', ocr(TABLE), 'ocr'],
] as const)('a form table (%s)', (_name, runs, source) => {
  const layout = laid([...runs], source);
  it('joins a value cell wrapped over lines, and stops at the next row', () => {
    const v = valueOf(layout, ['查新项目名称']);
    expect(v).toMatchObject({ where: 'right', value: '高性能镁合金轻量化部件联合研发', source });
    expect(valueOf(layout, ['委托人'])?.value).toBe('山西某某新材料有限公司');
  });
  it('finds a label split over two lines of its cell', () => {
    expect(labelledDate(layout, ['查新完成日期'])).toMatchObject({ date: '2024-06-18', where: 'right' });
  });
  it('reads a credit code a narrow cell broke over two lines', () => {
    expect(findCreditCodes(layout.text).map((c) => c.code)).toContain('91140100MA0L1K2M32');
  });
  it('reads the rows in order, each row on one line', () => {
    const lines = layout.text.split('\n');
    expect(lines[0]).toBe('科技查新报告');
    expect(lines.findIndex((l) => l.startsWith('委托人'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('查新项目名称')));
    expect(layout.text).toContain('委托人山西某某新材料有限公司');
  });
});

describe('labels and values in other places', () => {
  it('a header row with the unit in the label cell, the figures in the row below', () => {
    const layout = laid([
      run('项目经费预算', 60, 40),
      run('配套资金（万元）', 60, 70),
      run('申请引导资金（万元）', 250, 70),
      run('80', 60, 90),
      run('40', 250, 90),
    ]);
    const v = valueOf(layout, ['配套资金'], (value, unit) => /^\d+$/.test(value) && unit === '万元');
    expect(v).toMatchObject({ value: '80', unit: '万元', where: 'below' });
  });
  it('a label whose own cell is empty gets no value from the next row', () => {
    const layout = laid([run('查新项目名称', 60, 80), run('委托人', 60, 98.5), run('山西某某新材料有限公司', 182, 98.5)]);
    expect(valueOf(layout, ['查新项目名称'])).toBeUndefined();
  });
  it('an amount whose unit wrapped onto the next line of a paragraph', () => {
    const width = widthOf('我单位承诺为本项目自筹配套资金人民币80万');
    const layout = laid([run('我单位承诺为本项目自筹配套资金人民币80万', 60, 80), run('元，资金来源为单位自有资金。', 60, 92.3), run('（盖章）', 60 + width - widthOf('（盖章）'), 130)]);
    expect(layout.text).toContain('80万元');
    expect(findAmountsWan(layout.text).map((a) => a.wan)).toEqual([80]);
  });
});

describe('reading order', () => {
  // two columns of prose, 252 points wide with Word's default gutter (1.27 cm), lines at the same heights on both sides
  const left = ['本协议由甲乙双方在平等自愿的基础上协商一致订立，', '双方同意共同开展镁合金部件的联合研发，本协议有效', '期自2024年10月20日起至2028年12月31日止。'];
  const right = ['乙方负责理论研究、测试分析和人员培训，甲方负责', '总体组织、工艺试验和示范应用，双方按贡献分享成', '果。'];
  const runs = [
    run('合作协议书', 250, 40, 18),
    ...left.map((t, i) => run(t, 60, 80 + i * 15.6)),
    ...right.map((t, i) => run(t, 60 + 252 + 36, 80 + i * 15.6)),
  ];
  it('reads the left column to its end before the right one', () => {
    const layout = laid(runs);
    expect(layout.text).toContain('本协议有效期自2024年10月20日起至2028年12月31日止。');
    expect(layout.text.indexOf('乙方负责')).toBeGreaterThan(layout.text.indexOf('2028年12月31日'));
  });
  it('the same from OCR boxes', () => {
    const layout = laid(ocr(runs), 'ocr');
    expect(layout.text).toContain('本协议有效期自2024年10月20日起至2028年12月31日止。');
    expect(layout.text.indexOf('乙方负责')).toBeGreaterThan(layout.text.indexOf('2028年12月31日'));
  });
  it('a page of plain lines keeps its lines', () => {
    const layout = laid([run('甲方：山西某某新材料有限公司', 60, 80), run('乙方：某某大学', 60, 95.6), run('项目名称：镁合金部件', 60, 111.2)]);
    expect(layout.text).toBe('甲方:山西某某新材料有限公司\n乙方:某某大学\n项目名称:镁合金部件');
  });
});
