// Images a scan may carry that the OCR step must survive: each gets a finding on its attachment in
// bounded time, never a crash or a hang. The damaged ones are committed (scripts/make-scans.ts: a JPEG
// that does not decode, CMYK, 16-bit, JBIG2 and CCITT streams of junk, a 20,000 × 20,000 px image); a
// 600 dpi scan is made here from a committed 150 dpi one (35 million pixels: too large to commit).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { readPdfFile } from '../../src/pdf/read.js';
import { scanned } from '../../src/rules/content.js';
import { defaultPolicy } from '../../src/policy/index.js';
import type { AttachmentFact } from '../../src/core/attachments.js';
import type { LooseDossier } from '../../src/model/dossier.js';
import { pageImages } from '../../src/pdf/inspect.js';

const OCR_TIMEOUT_MS = 900_000;
const pages = path.join(import.meta.dirname, '../fixtures/scans/pages');
const work = mkdtempSync(path.join(tmpdir(), 'kjhz-ocr-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const policy = defaultPolicy();
const fact = (file: string): AttachmentFact => ({ path: 'attachments.fundingCommitment', file, status: 'ok' });

/** The scan rule's findings for one attachment with these facts. */
function scanFindings(f: AttachmentFact): string[] {
  const out: string[] = [];
  const dossier = { attachments: { fundingCommitment: f.file } } as unknown as LooseDossier;
  scanned.check({ dossier, policy, asOf: new Date(), attachments: new Map([[f.path, f]]) }, (id, params) => out.push(`${id} ${JSON.stringify(params)}`), () => undefined);
  return out;
}

describe('damaged images in scanned pages', { timeout: OCR_TIMEOUT_MS }, () => {
  for (const name of ['bad-jpeg.pdf', 'cmyk.pdf', '16-bit.pdf', 'jbig2.pdf', 'ccitt.pdf', 'huge.pdf']) {
    it(`${name}: no text read, said on the attachment, in bounded time`, async () => {
      const f = fact(name);
      const t0 = performance.now();
      f.pdf = await readPdfFile(path.join(pages, name), f, policy, { cacheDir: work });
      expect(performance.now() - t0).toBeLessThan(OCR_TIMEOUT_MS);
      expect(f.pdf!.problem).toBeUndefined();
      expect(f.pdf!.hasText).toBe(false);
      expect(f.pdf!.ocr).toBeDefined();
      expect(scanFindings(f)).toEqual([expect.stringMatching(/^unread /)]);
    });
  }
  it('a 20,000 × 20,000 px image is not decoded (it would take 1.2 GB): the page comes out blank', async () => {
    const { images } = await pageImages(new Uint8Array(readFileSync(path.join(pages, 'huge.pdf'))), { pages: [1], dpi: 150, timeoutMs: 60_000 });
    expect(images[0]!.width * images[0]!.height).toBeLessThan(13_000_000);
  });
  it('a 600 dpi scan is read like a 150 dpi one', async () => {
    // the committed 150 dpi commitment letter, scaled up four times
    const { images } = await pageImages(new Uint8Array(readFileSync(path.join(import.meta.dirname, '../fixtures/scans/regional-clean/配套资金承诺书.pdf'))), { pages: [1], dpi: 150, timeoutMs: 60_000 });
    const src = images[0]!;
    const small = createCanvas(src.width, src.height);
    const data = small.getContext('2d').createImageData(src.width, src.height);
    for (let i = 0, j = 0; i < src.width * src.height; i++, j += src.channels) data.data.set([src.data[j]!, src.data[j + 1]!, src.data[j + 2]!, 255], i * 4);
    small.getContext('2d').putImageData(data, 0, 0);
    const big = createCanvas(src.width * 4, src.height * 4);
    big.getContext('2d').drawImage(await loadImage(small.toBuffer('image/png')), 0, 0, big.width, big.height);
    const out = await PDFDocument.create();
    const page = out.addPage([595.28, 841.89]);
    page.drawImage(await out.embedJpg(big.toBuffer('image/jpeg', 70)), { x: 0, y: 0, width: 595.28, height: 841.89 });
    const file = path.join(work, '600dpi.pdf');
    writeFileSync(file, await out.save());
    const f = fact('600dpi.pdf');
    f.pdf = await readPdfFile(file, f, policy, { cacheDir: work });
    expect(f.pdf!.hasText).toBe(true);
    expect(f.pdf!.text.join('\n')).toContain('90万元');
    expect(f.pdf!.seals?.found).toHaveLength(1);
  });
});
