// The seal detector (src/ocr/seal.ts) on real scanned pages made by scripts/make-scans.ts: seals stamped
// over text, a faint stamp, a page without a seal, a red letterhead and a grey scan. Pure pixel code: the
// page images come from the PDF reader as the checker gets them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageImages } from '../../src/pdf/inspect.js';
import { findSeals } from '../../src/ocr/seal.js';
import { hasColour, shrinkBy } from '../../src/ocr/pixels.js';

const scans = path.join(import.meta.dirname, '../fixtures/scans');
async function sealsOn(file: string, page = 1) {
  const { images, failed } = await pageImages(new Uint8Array(readFileSync(path.join(scans, file))), { pages: [page], dpi: 150, timeoutMs: 60_000 });
  expect(failed).toEqual([]);
  const img = images[0]!;
  return findSeals(img, img.pageWidth, img.pageHeight);
}

// OCR is slow on a shared two-core machine: minutes, not the suite's default minute
const OCR_TIMEOUT_MS = 900_000;

describe('red seals on scanned pages', { timeout: OCR_TIMEOUT_MS }, () => {
  it('finds both units\' seals stamped over the signature lines of an agreement', async () => {
    const s = await sealsOn('regional-clean/合作协议-北京科技大学.pdf');
    expect(s.colour).toBe(true);
    expect(s.seals).toHaveLength(2);
    // 42 mm seals: about 119 points across
    for (const seal of s.seals) expect(seal.width).toBeGreaterThan(100), expect(seal.width).toBeLessThan(140);
  });
  it('finds the one seal of a licence, of a proof and of a commitment', async () => {
    for (const f of ['regional-clean/营业执照.pdf', 'regional-clean/在聘证明.pdf', 'regional-clean/配套资金承诺书.pdf']) expect((await sealsOn(f)).seals, f).toHaveLength(1);
  });
  it('finds a faint stamp', async () => {
    expect((await sealsOn('pages/faint-seal.pdf')).seals).toHaveLength(1);
  });
  it('finds none where nothing was stamped: a page of text, a red letterhead with its rules and logo', async () => {
    for (const f of ['pages/no-seal.pdf', 'pages/letterhead.pdf', 'regional-clean/申报书.pdf']) {
      const s = await sealsOn(f);
      expect(s.colour, f).toBe(true);
      expect(s.seals, f).toEqual([]);
    }
  });
  it('finds an electronic seal on an Office export: a red seal picture pasted over the 盖章 line, exported by LibreOffice', async () => {
    // a white page with black text and one red seal: the channels differ on the seal only (test/fixtures/realistic)
    const realistic = path.join(import.meta.dirname, '../fixtures/realistic/cities');
    for (const f of ['省直/14-山西省化工研究所-基地平台/在职证明.pdf', '省直/14-山西省化工研究所-基地平台/配套资金承诺书.pdf', '大同市/03-大同智矿装备-基地平台/合作协议.pdf']) {
      const bytes = new Uint8Array(readFileSync(path.join(realistic, f)));
      const { images } = await pageImages(bytes, { pages: [f.includes('合作协议') ? 2 : 1], dpi: 150, timeoutMs: 60_000 });
      const img = images[0]!;
      expect(img.how, f).toBe('drawn');
      const s = findSeals(img, img.pageWidth, img.pageHeight);
      expect(s.colour, f).toBe(true);
      expect(s.seals, f).toHaveLength(1);
    }
  });
  it('says a grey scan has no colour (its seals cannot be checked) instead of finding none', async () => {
    const s = await sealsOn('pages/grey.pdf');
    expect(s).toEqual({ colour: false, seals: [] });
  });
});

describe('pixels', { timeout: OCR_TIMEOUT_MS }, () => {
  it('shrinks by block means', () => {
    const img = { width: 4, height: 2, channels: 1, data: Uint8Array.from([0, 10, 20, 30, 100, 110, 120, 130]) };
    expect(shrinkBy(img, 2)).toEqual({ width: 2, height: 1, channels: 1, data: Uint8Array.from([55, 75]) });
  });
  it('tells colour from grey by the spread between channels', () => {
    const grey = { width: 2, height: 1, channels: 3, data: Uint8Array.from([200, 200, 200, 40, 41, 40]) };
    const paper = { width: 2, height: 1, channels: 3, data: Uint8Array.from([245, 240, 232, 40, 44, 38]) };
    expect(hasColour(grey)).toBe(false);
    expect(hasColour(paper)).toBe(true);
    expect(hasColour({ width: 1, height: 1, channels: 1, data: Uint8Array.from([9]) })).toBe(false);
  });
  it('sees colour in a white page whose only colour is a small red seal (no paper tone, no sensor noise)', () => {
    const w = 200;
    const h = 280;
    const data = new Uint8Array(w * h * 3).fill(255);
    // a 30-pixel ring of stamp-pad red, 1.2 % of the page
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const r = Math.hypot(x - 150, y - 220);
      if (r > 27 && r < 30) data.set([214, 38, 48], (y * w + x) * 3);
    }
    expect(hasColour({ width: w, height: h, channels: 3, data })).toBe(true);
    // the same page in grey (the seal's luminance in all three channels), JPEG-rounded by a level: no colour
    const grey = new Uint8Array(data.length);
    for (let i = 0; i < w * h; i++) {
      const y = Math.round(0.299 * data[i * 3]! + 0.587 * data[i * 3 + 1]! + 0.114 * data[i * 3 + 2]!);
      grey.set([y, Math.min(255, y + (i % 2)), Math.max(0, y - (i % 3 === 0 ? 1 : 0))], i * 3);
    }
    expect(hasColour({ width: w, height: h, channels: 3, data: grey })).toBe(false);
  });
});
