// --format html, as a research office uses it: one file opened from a file:// URL in a real browser
// (Debian's Chromium, headless, driven by playwright-core), no request leaving the page, no script but
// its own (the hostile dossier's <script>, onerror= and onload= never run), filters by result, category
// and rule that show exactly the matching dossiers, and print-to-PDF on A4 with each dossier starting its
// own page and ending in the 推荐单位's seal box. The batch: every sample and a dossier of hostile texts.
// Screenshots and the printed pages are left in the run's folder (printed by the test) to be looked at.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierReport, RunReport } from '../src/core/report.js';
import { verdictKind } from '../src/core/marks.js';
import { htmlText, renderHtml } from '../src/report/html.js';
import { AS_OF, kjhz, ROOT } from './cli-bin.js';
import { checkDeliverablesBatch, HOSTILE, HOSTILE_ID, LONG } from './helpers/deliverables.js';
import { CHROMIUM, launchChromium, PDFTOTEXT, pdfPages } from './helpers/print.js';

if (!CHROMIUM) console.warn('format-html: chromium is not installed — skipping the browser tests; .ci/run installs it');

const base = mkdtempSync(path.join(tmpdir(), 'kjhz-html-'));
let report: RunReport;
let html: string;
const file = path.join(base, '预检报告.html');

beforeAll(async () => {
  report = await checkDeliverablesBatch(base);
  html = renderHtml(report, { lang: 'zh' });
  writeFileSync(file, html);
}, 180_000);
afterAll(() => {
  if (!process.env.KJHZ_KEEP_TEST_OUTPUT) rmSync(base, { recursive: true, force: true });
});

const hostile = () => report.dossiers.findIndex((d) => d.file.includes(HOSTILE.folder));

describe('the file', () => {
  it('kjhz check -f html -o writes it, exit 1 on errors', async () => {
    const out = path.join(base, 'one.html');
    const r = await kjhz(['check', path.join(ROOT, 'samples', 'broken-lead-too-old'), '--no-pdf', '--as-of', AS_OF, '-f', 'html', '-o', out]);
    expect(r.code, r.stderr).toBe(1);
    const one = readFileSync(out, 'utf8');
    expect(one).toMatch(/^<!DOCTYPE html>/);
    expect(one).toContain('lead-age');
  });

  it('is self-contained: one inline style and script, allowed by hash and nothing else, no URL to fetch', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/(src|href|url|@import)\s*[=(]?\s*["']?(https?:|\/\/)/i);
  });

  it('has every dossier, in order, with its verdict, checklist and findings', () => {
    for (const [i, d] of report.dossiers.entries()) {
      const start = html.indexOf(`<section class="dossier" id="d${i + 1}"`);
      expect(start, d.file).toBeGreaterThan(0);
      const end = html.indexOf('</section>', start);
      const section = html.slice(start, end);
      expect(section).toContain(`data-status="${verdictKind(d)}"`);
      expect(section).toContain(htmlText(d.file));
      for (const f of d.findings) expect(section, f.rule).toContain(htmlText(f.message));
      for (const m of d.materials ?? []) expect(section).toContain(htmlText(m.label));
      expect(section).toContain('推荐单位（盖章）');
    }
  });

  it('escapes every hostile text, keeps it whole, writes bidi controls out, masks the ID number', () => {
    const i = hostile();
    const section = html.slice(html.indexOf(`id="d${i + 1}"`), html.indexOf('</section>', html.indexOf(`id="d${i + 1}"`)));
    expect(html).not.toContain(HOSTILE_ID);
    expect(html).not.toMatch(/<script>alert|<img src|<svg onload|<i>p<\/i>|<b>x<\/b>/);
    expect(section).toContain(htmlText(HOSTILE.title.replace(HOSTILE_ID, '140105********0036')));
    expect(section).toContain(LONG);
    expect(section).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;=cmd|&#39; /C calc&#39;!A0 &lt;U+202E&gt;gpj.exe');
    expect(section).toContain('&lt;img src=x onerror=alert(2)&gt;&lt;U+200F&gt;山西 😀 &amp; &quot;引号&quot;');
    expect(html).not.toMatch(/[\u202E\u200F]/);
  });

  it('says what was read from a scan, and shows no verified fact that a finding disputes', () => {
    const d = structuredClone(report.dossiers.find((x) => x.file.includes('valid-key-country'))!) as DossierReport;
    const licence = d.materials!.find((m) => m.paths.includes('attachments.businessLicense'))!;
    d.verified = [
      // verified[].source: read by OCR (docs/dossier-format.md §3)
      { path: 'attachments.businessLicense', what: '统一社会信用代码', value: '91140100MA0L1K2M9L', source: 'ocr' },
      { path: 'attachments.businessLicense', what: '单位名称', value: '争议单位', disputed: true },
    ];
    d.attachments = [{ path: 'attachments.businessLicense', file: '营业执照.pdf', read: 'ocr' }];
    const one = renderHtml({ ...report, dossiers: [d] }, { lang: 'zh' });
    expect(licence).toBeDefined();
    expect(one).toContain('已核对：<bdi>统一社会信用代码</bdi> <bdi>91140100MA0L1K2M9L</bdi> <span class="ocr">读自扫描件（OCR）</span>');
    expect(one).not.toContain('争议单位');
    // one dossier: no batch table, no filters
    expect(one).not.toContain('id="filters"');
    expect(one).not.toContain('id="batch"');
    expect(renderHtml({ ...report, dossiers: [d] }, { lang: 'en' })).toContain('read from a scan (OCR)');
  });

  it('lists the folders a batch skipped, with why, escaped', () => {
    const skipped = [{ path: 'batch/<b>空</b>', reason: 'empty' as const, message: '文件夹为空 <i>' }];
    const out = renderHtml({ ...report, skipped }, { lang: 'zh' });
    expect(out).toContain('<h2>未作为申报检查的文件夹（1）</h2>');
    expect(out).toContain('<td><code><bdi>batch/&lt;b&gt;空&lt;/b&gt;</bdi></code></td><td><bdi>文件夹为空 &lt;i&gt;</bdi></td>');
  });

  it('names the bureau of kjhz.config.yaml in the seal box', () => {
    const one = renderHtml({ ...report, dossiers: report.dossiers.slice(0, 1) }, { lang: 'zh', bureau: { name: '太原市科学技术局<b>' } });
    expect(one).toContain('<div class="seal-box">推荐单位（盖章）<p><bdi>太原市科学技术局&lt;b&gt;</bdi></p></div>');
  });

  it('speaks English with --lang en', () => {
    const en = renderHtml(report, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Recommending unit (seal)');
    expect(en).toMatch(/Showing \d+ of \d+ dossiers/);
  });
});

describe.skipIf(!CHROMIUM)('in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);
  afterAll(async () => browser?.close());

  const visibleRows = () => page.locator('#batch tbody tr:visible').count();
  const visibleSections = () => page.$$eval('section.dossier', (s) => s.filter((x) => !(x as unknown as { hidden: boolean }).hidden).map((x) => x.id));

  it('opens from file:// with no request but the file itself, no error, no script of the applicant run', async () => {
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('kjhz 形式审查预检报告');
    expect(await visibleRows()).toBe(report.dossiers.length);
    expect(await page.locator('#f-count').textContent()).toBe(`显示 ${report.dossiers.length} / ${report.dossiers.length} 份申报`);
    // the seal box is for paper only
    expect(await page.locator('.seal').first().isVisible()).toBe(false);
    const shot = path.join(base, 'screen.png');
    await page.screenshot({ path: shot });
    console.info(`format-html: screenshot ${shot}`);
  });

  it('the hostile title reads as written, with the bidi control written out', async () => {
    const title = await page.locator(`#d${hostile() + 1} h2 bdi`).textContent();
    expect(title).toBe(HOSTILE.title.replace(HOSTILE_ID, '140105********0036').replace('\u202E', '<U+202E>'));
  });

  it('filters by result', async () => {
    for (const kind of ['fail', 'pass', 'unreadable'] as const) {
      await page.selectOption('#f-status', kind);
      const expected = report.dossiers.flatMap((d, i) => (verdictKind(d) === kind ? [`d${i + 1}`] : []));
      expect(expected.length, kind).toBeGreaterThan(0);
      expect(await visibleRows(), kind).toBe(expected.length);
      expect(await visibleSections(), kind).toEqual(expected);
      expect(await page.locator('#f-count').textContent()).toBe(`显示 ${expected.length} / ${report.dossiers.length} 份申报`);
    }
    await page.selectOption('#f-status', '');
    expect(await visibleRows()).toBe(report.dossiers.length);
  });

  it('filters by category and rule, together with the result', async () => {
    await page.selectOption('#f-category', 'key-country');
    let expected = report.dossiers.flatMap((d, i) => (d.category === 'key-country' ? [`d${i + 1}`] : []));
    expect(await visibleSections()).toEqual(expected);
    await page.selectOption('#f-category', '');
    await page.selectOption('#f-rule', 'lead-age');
    expected = report.dossiers.flatMap((d, i) => (d.findings.some((f) => f.rule === 'lead-age') ? [`d${i + 1}`] : []));
    expect(expected).toHaveLength(1);
    expect(await visibleSections()).toEqual(expected);
    expect(await visibleRows()).toBe(1);
    await page.selectOption('#f-status', 'pass');
    expect(await visibleSections()).toEqual([]);
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-rule', '');
    const shot = path.join(base, 'filtered.png');
    await page.selectOption('#f-status', 'fail');
    await page.screenshot({ path: shot, fullPage: false });
    await page.selectOption('#f-status', '');
  });

  it.skipIf(!PDFTOTEXT)('prints on A4, each dossier from a new page, each with the seal box', async () => {
    const pdf = path.join(base, '预检报告.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    console.info(`format-html: printed ${pdf}`);
    const pages = pdfPages(pdf);
    // Each dossier's heading is the first line of a page: "✘ 不通过 3. 矿井水深度处理……".
    const starts = pages.map((p) => /^\s*\S+\s+\S+\s+(\d+)\.\s/.exec(p.trimStart().split('\n')[0]!)?.[1]).filter(Boolean).map(Number);
    expect(starts).toEqual(report.dossiers.map((_, i) => i + 1));
    expect(pages.join('').match(/推荐单位（盖章）/g)).toHaveLength(report.dossiers.length);
    expect(pages[0]).toContain('kjhz 形式审查预检报告');
    // A valid dossier fits on one page with its seal box; the whole batch takes at most a page or two more
    // than its dossiers, but for the one with 4,000 characters in its title repeated in its findings.
    const valid = pages.findIndex((p) => /^\s*\S+\s+通过\s+\d+\.\s/.test(p));
    expect(valid).toBeGreaterThan(0);
    expect(pages[valid]).toContain('推荐单位（盖章）');
    const size = readFileSync(pdf, 'latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect([Math.round(Number(size![1])), Math.round(Number(size![2]))]).toEqual([595, 842]);
  });
});
