// inspectPdf on the committed fixtures (test/fixtures/pdf, made by `npm run fixtures`): real files, no mocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/core/textfacts.js';
import { inspectPdf, picturePages } from '../src/pdf/inspect.js';
import { isCaptionOnly } from '../src/core/textlayer.js';

const DIR = join(import.meta.dirname, 'fixtures/pdf');
const A4 = { width: 595.28, height: 841.89 };
const opts = { firstPages: 5, timeoutMs: 15_000, maxPages: 2000 };
const inspect = (name: string, o: Partial<typeof opts> = {}) => inspectPdf(readFileSync(join(DIR, name)), { ...opts, ...o });

describe('inspectPdf: readable files', () => {
  it('reads a Chinese document exactly: pages, A4 sizes, text normalised', async () => {
    const f = await inspect('valid-zh.pdf');
    expect(f.problem).toBeUndefined();
    expect(f.pages).toBe(2);
    expect(f.pageSizes).toEqual([A4, A4]);
    expect(f.hasText).toBe(true);
    expect(f.text[0]).toBe(
      [
        '科技查新报告',
        '查新项目名称:高性能镁合金轻量化部件联合研发',
        '委托人:山西某某新材料有限公司',
        '查新机构:教育部科技查新工作站(L12)',
        '查新完成日期:2024年6月18日', // drawn as "2024 年 6 月 18 日"
        '统一社会信用代码:91140100MA0L1K2M32',
      ].join('\n'),
    );
    expect(f.text[1]).toBe('三、查新结论\n经检索,未见与本项目查新点完全相同的公开报道。');
    expect(f.restricted).toBeUndefined();
    expect(typeof f.ms).toBe('number');
  });

  it('reads only the first pages asked for, but counts them all', async () => {
    const f = await inspect('valid-zh.pdf', { firstPages: 1 });
    expect(f.pages).toBe(2);
    expect(f.text).toHaveLength(1);
    expect(f.pageSizes).toHaveLength(1);
  });

  it('reads a bilingual agreement: Chinese and English pages, the validity dates in both', async () => {
    const f = await inspect('agreement-bilingual.pdf');
    expect(f.pages).toBe(2);
    const [zh, en] = f.text as [string, string];
    expect(zh).toContain('乙方:Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik');
    expect(zh).toContain('本协议有效期自2024年10月20日起至2028年12月31日止');
    expect(en).toContain('Cooperation Agreement');
    expect(en).toContain('This Agreement is valid from October 20, 2024 to December 31, 2028');
    expect(findDates(en).map((d) => d.date)).toEqual(['2024-10-20', '2028-12-31', '2024-10-20']);
  });

  it('reads a Chinese-only agreement: no English sentences', async () => {
    const f = await inspect('agreement-zh-only.pdf');
    expect(f.pages).toBe(1);
    expect(f.text[0]).toContain('五、成果及知识产权归属和利益分配');
    expect(f.text[0]).not.toMatch(/Agreement|Article/);
  });

  it('a scanned file has pages but no text layer', async () => {
    const f = await inspect('scanned.pdf');
    expect(f.problem).toBeUndefined();
    expect(f.pages).toBe(2);
    expect(f.pageSizes).toEqual([A4, A4]);
    expect(f.text).toEqual(['', '']);
    expect(f.hasText).toBe(false);
  });

  it('a scanner app watermark is not a text layer', async () => {
    const f = await inspect('scanned-watermark.pdf');
    expect(f.text[1]).toBe('扫描全能王创建');
    expect(f.hasText).toBe(false);
  });

  it('reads text in a non-embedded STSong-Light font (needs the CMaps)', async () => {
    const f = await inspect('stsong.pdf');
    expect(f.text).toEqual(['项目资金配套承诺书\n承诺配套资金人民币80万元。']);
    expect(f.hasText).toBe(true);
  });

  it('reports Letter-size pages as they are', async () => {
    const f = await inspect('letter.pdf');
    expect(f.pageSizes).toEqual([{ width: 612, height: 792 }]);
    expect(f.text[0]).toContain('Letter-size page 美国信纸尺寸');
  });

  it('opens an owner-password-only file, restricted, printing forbidden', async () => {
    const f = await inspect('owner-restricted.pdf');
    expect(f.problem).toBeUndefined();
    expect(f.restricted).toBe(true);
    expect(f.permissions).toEqual({ print: false, copy: false, modify: false });
    expect(f.text[0]).toContain('查新完成日期:2024年6月18日');
  });

  it('counts a many-page file and reads only the first pages', async () => {
    const f = await inspect('many-pages.pdf', { firstPages: 3 });
    expect(f.pages).toBe(60);
    expect(f.text).toHaveLength(3);
    expect(f.text[2]).toContain('第3页 Page 3');
  });
});

describe('inspectPdf: every failure is a problem with a plain explanation, never an exception', () => {
  it('user password → encrypted', async () => {
    const f = await inspect('encrypted-user.pdf');
    expect(f.problem).toBe('encrypted');
    expect(f.problemDetail).toContain('文件已加密，需要密码才能打开，评审专家无法查看');
    expect(f.hasText).toBe(false);
  });

  it('truncated → corrupt, saying the end is missing', async () => {
    const f = await inspect('truncated.pdf');
    expect(f.problem).toBe('corrupt');
    expect(f.problemDetail).toContain('PDF文件不完整');
  });

  it('zero bytes → corrupt, saying it is empty', async () => {
    const f = await inspect('zero-bytes.pdf');
    expect(f.problem).toBe('corrupt');
    expect(f.problemDetail).toContain('文件为空');
  });

  it('a text file named .pdf → corrupt, saying it is not a PDF', async () => {
    const f = await inspect('not-a-pdf.pdf');
    expect(f.problem).toBe('corrupt');
    expect(f.problemDetail).toContain('文件内容不是PDF');
  });

  it('a page tree without pages → no-pages', async () => {
    const f = await inspect('zero-pages.pdf');
    expect(f.problem).toBe('no-pages');
    expect(f.pages).toBe(0);
    expect(f.problemDetail).toContain('没有任何页面');
  });

  it('more pages than the limit → too-many-pages, text not read', async () => {
    const f = await inspect('many-pages.pdf', { maxPages: 50 });
    expect(f.problem).toBe('too-many-pages');
    expect(f.pages).toBe(60);
    expect(f.text).toEqual([]);
    expect(f.problemDetail).toContain('共60页，超过可检查的上限50页');
  });

  it('over the time limit → timeout', async () => {
    const f = await inspect('many-pages.pdf', { firstPages: 60, timeoutMs: 1 });
    expect(f.problem).toBe('timeout');
    expect(f.problemDetail).toContain('读取PDF超过时间限制');
  });

  it('garbage after a PDF header → corrupt', async () => {
    const garbage = new TextEncoder().encode('%PDF-1.7\n\u0000\u0001 garbage obj << >> stream\nxx\n');
    const g = await inspectPdf(garbage, opts);
    expect(g.problem).toBe('corrupt');
    expect(g.problemDetail).toContain('PDF');
  });

  it('a content stream of nonsense operators opens, with no text and no problem', async () => {
    const f = await inspect('broken-content.pdf');
    expect(f.problem).toBeUndefined();
    expect(f.pages).toBe(1);
    expect(f.text).toEqual(['']);
    expect(f.hasText).toBe(false);
  });

  it('does not modify the caller’s bytes', async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, 'valid-zh.pdf')));
    const copy = bytes.slice();
    await inspectPdf(bytes, opts);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

describe('a scan pasted into a Word file under a caption (its text layer is the caption only)', () => {
  const realistic = join(import.meta.dirname, 'fixtures/realistic/cities');
  const pasted = readFileSync(join(realistic, '临汾市/18-山西师范大学-科技援助/事业单位法人证书.pdf'));
  // an Office export with an electronic seal picture (260 px, a tenth of the page's width) over its text
  const sealed = readFileSync(join(realistic, '省直/14-山西省化工研究所-基地平台/在职证明.pdf'));
  it('the caption is only a caption; a page of text is not', async () => {
    const [caption] = (await inspectPdf(pasted, opts)).text;
    expect(caption).toContain('事业单位法人证书');
    expect(isCaptionOnly(caption!)).toBe(true);
    expect(isCaptionOnly((await inspectPdf(sealed, opts)).text[0]!)).toBe(false);
    expect(isCaptionOnly('')).toBe(false);
  });
  it('the pasted scan is a picture covering the page; an electronic seal is not', async () => {
    expect(await picturePages(pasted, [1], 15_000)).toEqual([1]);
    expect(await picturePages(sealed, [1], 15_000)).toEqual([]);
    // pages that do not exist are not listed
    expect(await picturePages(pasted, [0, 2], 15_000)).toEqual([]);
  });
});
