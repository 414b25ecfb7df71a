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
});
