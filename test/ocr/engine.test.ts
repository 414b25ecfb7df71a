// The OCR engine (src/ocr/engine.ts: PaddleOCR PP-OCRv4 through ONNX Runtime) on real scans: a licence
// read through the seal stamped over it (red ink taken out: src/ocr/pixels.ts inkChannel), and a phone
// photo upside down read after turning it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageImages } from '../../src/pdf/inspect.js';
import { recognise, turn } from '../../src/ocr/engine.js';
import { factorFor, inkChannel, shrinkBy } from '../../src/ocr/pixels.js';

const scans = path.join(import.meta.dirname, '../fixtures/scans');
async function inkOf(file: string) {
  const { images } = await pageImages(new Uint8Array(readFileSync(path.join(scans, file))), { pages: [1], dpi: 150, timeoutMs: 60_000 });
  const img = images[0]!;
  return shrinkBy(inkChannel(img), factorFor(img.width, img.height, 1760));
}

// OCR is slow on a shared two-core machine: minutes, not the suite's default minute
const OCR_TIMEOUT_MS = 900_000;

describe('OCR of scanned pages', { timeout: OCR_TIMEOUT_MS }, () => {
  it('reads the credit code and the name of a licence through the seal stamped over it', async () => {
    const page = await recognise(await inkOf('regional-clean/营业执照.pdf'));
    const text = page.lines.map((l) => l.text).join('\n');
    expect(text).toContain('91140500MA0H7D2C75');
    expect(text).toContain('晋城新能源材料有限公司');
    expect(page.rotation).toBe(0);
    for (const l of page.lines) expect(l.confidence).toBeGreaterThanOrEqual(0.5);
  });
  it('turns an upside-down photo round and reads it', async () => {
    const page = await recognise(await inkOf('pages/upside-down.pdf'));
    expect(page.rotation).toBe(180);
    expect(page.lines.map((l) => l.text).join('')).toMatch(/90万元/);
  });
  it('stands a page lying on its side upright (a landscape licence scanned on A4), both ways round', async () => {
    const licence = await inkOf('regional-clean/营业执照.pdf');
    for (const [q, rotation] of [[1, 270], [3, 90]] as const) {
      const page = await recognise(turn(licence, q));
      expect(page.rotation, `turned ${q}`).toBe(rotation);
      const text = page.lines.map((l) => l.text).join('\n');
      expect(text).toContain('91140500MA0H7D2C75');
      // read top to bottom as on the upright page, in lines across
      expect(text.indexOf('统一社会信用代码')).toBeLessThan(text.indexOf('登记机关'));
      expect(page.lines.filter((l) => l.height > l.width)).toEqual([]);
      expect([page.width, page.height]).toEqual([licence.width, licence.height]);
    }
  });
  it('turns images by quarter turns', () => {
    const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect(turn(img, 1)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(turn(img, 2)).toEqual({ width: 3, height: 2, data: Uint8Array.from([6, 5, 4, 3, 2, 1]) });
    expect(turn(turn(img, 1), 3)).toEqual(img);
  });
});
