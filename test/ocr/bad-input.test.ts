// Images a scan may carry that the OCR step must survive: each gets a finding on its attachment in
// bounded time, never a crash or a hang. The damaged ones are committed (scripts/make-scans.ts: a JPEG
// that does not decode, CMYK, 16-bit, JBIG2 and CCITT streams of junk, a 20,000 × 20,000 px image); a
// 600 dpi scan is made here from a committed 150 dpi one (35 million pixels: too large to commit).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { readPdfFile } from '../../src/pdf/read.js';
import { scanned } from '../../src/rules/content.js';
import { defaultPolicy } from '../../src/policy/index.js';
import type { AttachmentFact } from '../../src/core/attachments.js';
import type { LooseDossier } from '../../src/model/dossier.js';
import { pageImages } from '../../src/pdf/inspect.js';
import type { RunReport } from '../../src/core/report.js';
import { rawPdf } from '../../scripts/pdfmake.js';
import { AS_OF, ensureBuilt, kjhz } from '../cli-bin.js';

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

// ── a batch of such scans, through the CLI and its worker pool ───────────────────────────────────────

/** One image XObject per page, each filling an A4 page (or `size` points square), in a hand-written PDF:
 * the encodings pdf-lib cannot write (DeviceCMYK, 16 bits per component). */
function imagePdf(pagesOf: { dict: string; data: Uint8Array; images?: number }[], size?: number): Uint8Array {
  const [w, h] = size ? [size, size] : [595.28, 841.89];
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (const p of pagesOf) {
    const at = objects.length + 1;
    const copies = p.images ?? 1;
    // several copies side by side: the page is then drawn, not taken as its one image
    const content = Array.from({ length: copies }, (_, i) => `q ${w / copies} 0 0 ${h} ${(i * w) / copies} 0 cm /Im0 Do Q`).join(' ');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${at + 2} 0 R >> >> /Contents ${at + 1} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /XObject /Subtype /Image ${p.dict} /Length ${p.data.length} >>\nstream\n${Buffer.from(p.data).toString('latin1')}\nendstream`);
    kids.push(`${at} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return rawPdf(objects);
}

/** The pages of a committed scan, as their pixels (RGB). */
async function scanPixels(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const count = (await PDFDocument.load(bytes)).getPageCount();
  const { images } = await pageImages(bytes, { pages: Array.from({ length: count }, (_, i) => i + 1), dpi: 150, timeoutMs: 60_000 });
  expect(images).toHaveLength(count);
  return images.map((img) => {
    const rgb = new Uint8Array(img.width * img.height * 3);
    for (let i = 0, j = 0; i < img.width * img.height; i++, j += img.channels) rgb.set([img.data[j]!, img.data[j + 1]!, img.data[j + 2]!], i * 3);
    return { width: img.width, height: img.height, rgb };
  });
}

/** The scan stored as CMYK (the way some scanners and print shops save it). */
async function asCmyk(file: string): Promise<Uint8Array> {
  return imagePdf(
    (await scanPixels(file)).map(({ width, height, rgb }) => {
      const cmyk = new Uint8Array(width * height * 4);
      for (let i = 0; i < width * height; i++) {
        const [r, g, b] = [rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!];
        const k = 255 - Math.max(r, g, b);
        const d = 255 - k || 1;
        cmyk.set([Math.round((255 * (255 - r - k)) / d), Math.round((255 * (255 - g - k)) / d), Math.round((255 * (255 - b - k)) / d), k], i * 4);
      }
      return { dict: `/Width ${width} /Height ${height} /ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /FlateDecode`, data: new Uint8Array(deflateSync(cmyk)) };
    }),
  );
}

/** The scan stored as 16-bit grey (a scanner's "48-bit/16-bit" mode). */
async function asGrey16(file: string): Promise<Uint8Array> {
  return imagePdf(
    (await scanPixels(file)).map(({ width, height, rgb }) => {
      const deep = new Uint8Array(width * height * 2);
      for (let i = 0; i < width * height; i++) {
        const v = Math.round(0.299 * rgb[i * 3]! + 0.587 * rgb[i * 3 + 1]! + 0.114 * rgb[i * 3 + 2]!) * 257;
        deep[i * 2] = v >> 8;
        deep[i * 2 + 1] = v & 255;
      }
      return { dict: `/Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 16 /Filter /FlateDecode`, data: new Uint8Array(deflateSync(deep)) };
    }),
  );
}

/** The scan at 600 dpi: every page scaled up four times, JPEG q70. */
async function at600dpi(file: string): Promise<Uint8Array> {
  const out: { dict: string; data: Uint8Array }[] = [];
  for (const { width, height, rgb } of await scanPixels(file)) {
    const small = createCanvas(width, height);
    const data = small.getContext('2d').createImageData(width, height);
    for (let i = 0; i < width * height; i++) data.data.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
    small.getContext('2d').putImageData(data, 0, 0);
    const big = createCanvas(width * 4, height * 4);
    big.getContext('2d').drawImage(await loadImage(small.toBuffer('image/png')), 0, 0, big.width, big.height);
    out.push({ dict: `/Width ${big.width} /Height ${big.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, data: new Uint8Array(big.toBuffer('image/jpeg', 70)) });
  }
  return imagePdf(out);
}

/** A page of 9600 × 9600 points (20,000 × 20,000 px at 150 dpi) holding two images: drawn whole. */
function hugePage(): Uint8Array {
  const w = 100;
  const bars = new Uint8Array(w * w).map((_, i) => (Math.floor(i / w) % 10 < 3 ? 30 : 230));
  return imagePdf([{ dict: `/Width ${w} /Height ${w} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, data: new Uint8Array(deflateSync(bars)), images: 2 }], 9600);
}

describe('a batch whose scans are bad in every way', { timeout: OCR_TIMEOUT_MS }, () => {
  const root = path.join(work, 'batch');
  const bad = path.join(root, 'bad');
  const clean = path.join(import.meta.dirname, '../fixtures/scans/regional-clean');
  const ROOT = path.join(import.meta.dirname, '../..');
  let run: RunReport;
  let result: Awaited<ReturnType<typeof kjhz>>;
  let seconds = 0;

  beforeAll(async () => {
    cpSync(path.join(ROOT, 'samples/valid-regional'), bad, { recursive: true });
    // another applicant and lead: the batch rules have nothing to say about the pair
    cpSync(path.join(ROOT, 'samples/valid-aid'), path.join(root, 'good'), { recursive: true });
    const put = (name: string, bytes: Uint8Array | Buffer) => writeFileSync(path.join(bad, name), bytes);
    put('营业执照.pdf', readFileSync(path.join(pages, 'huge.pdf')));
    put('博士学位证书.pdf', readFileSync(path.join(pages, 'jbig2.pdf')));
    put('在聘证明.pdf', readFileSync(path.join(pages, 'ccitt.pdf')));
    put('2023年度审计报告.pdf', readFileSync(path.join(pages, 'bad-jpeg.pdf')));
    put('科技查新报告.pdf', hugePage());
    put('配套资金承诺书.pdf', readFileSync(path.join(pages, 'upside-down.pdf')));
    put('国家企业技术中心证明.pdf', await asCmyk(path.join(clean, '国家企业技术中心证明.pdf')));
    put('申报书.pdf', await asGrey16(path.join(clean, '申报书.pdf')));
    put('合作协议-北京科技大学.pdf', await at600dpi(path.join(clean, '合作协议-北京科技大学.pdf')));
    ensureBuilt();
    const t0 = performance.now();
    result = await kjhz(['check', root, '--jobs', '2', '--cache-dir', path.join(work, 'batch-cache'), '--as-of', AS_OF, '-f', 'json']);
    seconds = (performance.now() - t0) / 1000;
    run = JSON.parse(result.stdout) as RunReport;
  }, OCR_TIMEOUT_MS);

  const dossier = (name: string) => run.dossiers.find((d) => d.file.includes(`${path.sep}${name}${path.sep}`))!;
  const read = (name: string, at: string) => dossier(name).attachments!.find((a) => a.path === at)!;
  const on = (at: string) => dossier('bad').findings.filter((f) => f.path === at);

  it('runs to its end: both dossiers reported, exit 1 at most, no stack trace', () => {
    expect([0, 1], `exit ${result.code} after ${seconds.toFixed(0)} s: ${result.stderr}`).toContain(result.code);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+|internal error|内部错误/);
    expect(run.dossiers).toHaveLength(2);
    expect(dossier('good').status).toBe('pass');
    expect(dossier('bad').status).not.toBe('unreadable');
  });
  it.each([
    ['a 20,000 × 20,000 px image', 'attachments.businessLicense'],
    ['a JBIG2 stream', 'attachments.leadQualification'],
    ['a CCITT stream', 'attachments.employmentProof'],
    ['a JPEG that does not decode', 'attachments.auditReport'],
    ['a page of 20,000 × 20,000 px', 'attachments.noveltySearch.file'],
  ])('%s: not read, said on its attachment', (_, at) => {
    expect(read('bad', at)).toMatchObject({ read: 'not-read', reason: 'ocr-failed' });
    expect(on(at).map((f) => `${f.rule} ${f.severity}`)).toContain('attachment-no-text warning');
  });
  it.each([
    ['an upside-down phone photo', 'attachments.fundingCommitment', /90万元/],
    ['a CMYK scan', 'attachments.platformProof', /国家企业技术中心/],
    ['a 16-bit scan', 'attachments.applicationForm', /高镍三元正极材料/],
    ['a 600 dpi scan', 'agreements.0.file', /北京科技大学/],
  ])('%s: read like any scan, its facts verified', (_, at, fact) => {
    expect(read('bad', at)).toMatchObject({ read: 'ocr' });
    const verified = dossier('bad').verified!.filter((v) => v.path === at && v.source === 'ocr');
    expect(verified.map((v) => v.value).join(' ')).toMatch(fact);
    expect(on(at).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('--cache-dir where nothing can be kept', { timeout: OCR_TIMEOUT_MS }, () => {
  // valid-regional with its commitment letter scanned (one page to recognise)
  const dir = path.join(work, 'one-scan');
  beforeAll(() => {
    cpSync(path.join(import.meta.dirname, '../../samples/valid-regional'), dir, { recursive: true });
    cpSync(path.join(import.meta.dirname, '../fixtures/scans/regional-clean/配套资金承诺书.pdf'), path.join(dir, '配套资金承诺书.pdf'));
    writeFileSync(path.join(work, 'a-file'), '');
    ensureBuilt();
  });
  it.each([
    ['under /proc (where Node\'s recursive mkdir never returns)', '/proc/kjhz-cache/ocr', 'ENOENT'],
    ['under a file', path.join(work, 'a-file', 'ocr'), 'ENOTDIR'],
    ['in /sys', '/sys/kernel/kjhz-cache', 'EACCES|EPERM|EROFS'],
  ])('%s: said once, and the scan is recognised without a cache', async (_, cacheDir, code) => {
    const r = await kjhz(['check', dir, '--cache-dir', cacheDir, '--as-of', AS_OF, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toMatch(new RegExp(`^kjhz: 扫描件识别结果无法缓存到 ${cacheDir}（(${code})），本次识别不使用缓存$`));
    const d = (JSON.parse(r.stdout) as RunReport).dossiers[0]!;
    expect(d.status).toBe('pass');
    expect(d.attachments!.find((a) => a.path === 'attachments.fundingCommitment')).toMatchObject({ read: 'ocr' });
  });
});
