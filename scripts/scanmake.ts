// scanmake — turns born-digital PDFs into the scans an office makes of their paper copies: each page
// rasterised (pdf.js through pdf-parse, as a scanner's driver would see the printed page), a red
// official seal (公章) stamped where the document says 盖章/印章, a small skew, paper grain and noise,
// JPEG compression, and the pages put back into an image-only PDF (one JPEG per page, no text layer).
//
// Fixture-time only (scripts/make-scans.ts): the CJK font of fonts-wqy-microhei draws the seal's text.
// Deterministic: a seeded random generator, fixed metadata; @napi-rs/canvas (pinned by pdf-parse)
// encodes the JPEGs.
import { GlobalFonts, createCanvas, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { CJK_FONT_PATH } from './pdfmake.js';
import { rng } from './random.js';

let fontReady = false;
/** The CJK font registered with the canvas under the name it returns. */
export function sealFontName(): string {
  if (!fontReady) {
    GlobalFonts.registerFromPath(CJK_FONT_PATH, 'KjhzSeal');
    fontReady = true;
  }
  return 'KjhzSeal';
}

export interface SealSpec {
  /** Centre and radius in pixels. */
  x: number;
  y: number;
  r: number;
  /** The unit's name, written around the top of the ring. */
  text: string;
  /** Ink strength 0..1 (1: a fresh stamp; 0.35: a faint one). */
  ink?: number;
  /** The seal's colour; default the red of a stamp pad. */
  colour?: [number, number, number];
}

/** A Chinese official seal: a ring, a five-pointed star, the unit's name around the top, 专用章 below. */
export function drawSeal(ctx: SKRSContext2D, s: SealSpec, random: () => number): void {
  const [r0, g0, b0] = s.colour ?? [214, 38, 48];
  const ink = s.ink ?? 1;
  ctx.save();
  ctx.globalAlpha = 0.55 + 0.4 * ink;
  ctx.globalCompositeOperation = 'multiply';
  const colour = `rgb(${r0},${g0},${b0})`;
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = Math.max(2, s.r * 0.055);
  ctx.beginPath();
  ctx.arc(s.x, s.y, s.r - ctx.lineWidth / 2, 0, Math.PI * 2);
  ctx.stroke();
  // the star
  const star = s.r * 0.28;
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const rr = k % 2 === 0 ? star : star * 0.38;
    const px = s.x + rr * Math.cos(a);
    const py = s.y + rr * Math.sin(a);
    if (k === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fill();
  // the name around the top, from about 8 o'clock to 4 o'clock
  const chars = [...s.text];
  const size = Math.min(s.r * 0.26, (s.r * 0.78 * 4.2) / Math.max(chars.length, 1));
  ctx.font = `${size}px ${sealFontName()}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const span = Math.min(Math.PI * 1.35, chars.length * (size / (s.r * 0.72)) * 1.05);
  chars.forEach((ch, k) => {
    const a = -Math.PI / 2 - span / 2 + (span * (k + 0.5)) / chars.length;
    ctx.save();
    ctx.translate(s.x + s.r * 0.72 * Math.cos(a), s.y + s.r * 0.72 * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
  });
  ctx.font = `${s.r * 0.2}px ${sealFontName()}`;
  ctx.fillText('专用章', s.x, s.y + s.r * 0.55);
  ctx.restore();
  // a stamp never inks evenly: knock out specks (paper showing through)
  if (ink < 1 || random() < 2) {
    const img = ctx.getImageData(Math.max(0, Math.floor(s.x - s.r)), Math.max(0, Math.floor(s.y - s.r)), Math.ceil(2 * s.r), Math.ceil(2 * s.r));
    const d = img.data;
    for (let i = 0; i < d.length; i += 4) {
      const redness = d[i]! - (d[i + 1]! + d[i + 2]!) / 2;
      if (redness > 40 && random() < 0.12 + 0.35 * (1 - ink)) {
        d[i] = Math.min(255, d[i]! + 30);
        d[i + 1] = Math.min(255, d[i + 1]! + 90);
        d[i + 2] = Math.min(255, d[i + 2]! + 90);
      }
    }
    ctx.putImageData(img, Math.max(0, Math.floor(s.x - s.r)), Math.max(0, Math.floor(s.y - s.r)));
  }
}

/** Rasterise the pages of a PDF at `dpi` (RGB canvases of the pages as printed). */
export async function rasterise(pdf: Uint8Array, dpi: number): Promise<Canvas[]> {
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const shots = await parser.getScreenshot({ scale: dpi / 72, imageDataUrl: false, imageBuffer: true });
    const out: Canvas[] = [];
    for (const shot of shots.pages) {
      const img = await loadImage(Buffer.from(shot.data));
      const c = createCanvas(img.width, img.height);
      const ctx = c.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.drawImage(img, 0, 0);
      out.push(c);
    }
    return out;
  } finally {
    await parser.destroy();
  }
}

/** A run of a page's text layer: where it starts (PDF points, from the top-left; y is the baseline) and how wide it is. */
export interface TextSpot {
  page: number;
  x: number;
  y: number;
  width: number;
  text: string;
}

/** Where a page's text says it is stamped: the y (in PDF points from the top) of lines with 盖章/印章, and their x range. */
export const stampLines = (pdf: Uint8Array): Promise<TextSpot[][]> => textSpots(pdf, (s) => /盖章|印章/.test(s));

/** The runs of each page's text layer that `wanted` picks. */
export async function textSpots(pdf: Uint8Array, wanted: (text: string) => boolean): Promise<TextSpot[][]> {
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const doc = await (parser as unknown as { load(): Promise<{ numPages: number; getPage(n: number): Promise<PdfJsPage> }> }).load();
    const pages: TextSpot[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((it) => wanted(it.str))
          .map((it) => ({ page: n, x: it.transform[4] ?? 0, y: height - (it.transform[5] ?? 0), width: it.width, text: it.str })),
      );
    }
    return pages;
  } finally {
    await parser.destroy();
  }
}
interface PdfJsPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: { str: string; transform: number[]; width: number }[] }>;
}

export interface Degrade {
  /** Degrees, clockwise (a page fed at a slight angle). */
  skew: number;
  /** Standard deviation of the pixel noise, in grey levels. */
  noise: number;
  /** Darker, yellowish paper (0: white). */
  paper: number;
  /** Greyscale scan: the colour is gone (a seal prints grey). */
  grey?: boolean;
  /** Whole-page rotation after scanning (a page fed the wrong way round): 0, 90, 180, 270. */
  turn?: 0 | 90 | 180 | 270;
}

/** A scanner's view of a page: skewed on the glass, paper tone, sensor noise. */
export function degrade(src: Canvas, d: Degrade, random: () => number): Canvas {
  const turned = d.turn === 90 || d.turn === 270;
  const out = createCanvas(turned ? src.height : src.width, turned ? src.width : src.height);
  const ctx = out.getContext('2d');
  const tone = Math.round(250 - 14 * d.paper);
  ctx.fillStyle = `rgb(${tone},${tone},${Math.round(tone - 10 * d.paper)})`;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.save();
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((((d.turn ?? 0) + d.skew) * Math.PI) / 180);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  ctx.restore();
  const img = ctx.getImageData(0, 0, out.width, out.height);
  const px = img.data;
  // Gaussian-ish sensor noise (the sum of three uniforms), each colour channel its own; none in a grey scan's
  const noise = () => (random() + random() + random() - 1.5) * 2 * d.noise;
  for (let i = 0; i < px.length; i += 4) {
    if (d.grey) {
      const y = 0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]! + noise();
      px[i] = px[i + 1] = px[i + 2] = y;
    } else {
      px[i] = px[i]! + noise();
      px[i + 1] = px[i + 1]! + noise();
      px[i + 2] = px[i + 2]! + noise();
    }
  }
  ctx.putImageData(img, 0, 0);
  return out;
}

/** Image-only PDF: one JPEG per page, drawn over the whole page (as scanner software writes them). */
export async function imagePdf(pages: { jpeg: Uint8Array; width: number; height: number }[], meta: { title: string; date: Date; creator?: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const p of pages) {
    const page = doc.addPage([p.width, p.height]);
    const img = await doc.embedJpg(p.jpeg);
    page.drawImage(img, { x: 0, y: 0, width: p.width, height: p.height });
  }
  doc.setTitle(meta.title);
  doc.setCreator(meta.creator ?? 'kjhz scans (scripts/make-scans.ts)');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc.save({ useObjectStreams: false });
}

const A4 = { width: 595.28, height: 841.89 };

export interface ScanOptions {
  /** Seal text for a 盖章 line: the unit named on it; undefined: no seal on that line. */
  sealFor?: (line: string, index: number) => string | undefined;
  degrade?: Partial<Degrade>;
  ink?: number;
  seed: number;
  /** JPEG quality 0..100 (default 60, what scanner software writes by default). */
  quality?: number;
}

/** The unit a 盖章 line names: "甲方（盖章）：晋城新能源材料有限公司" → the name; "晋城…公司（盖章）" → the name. */
export function unitOnLine(line: string): string {
  const after = line.split(/[：:]/).pop()!.trim();
  const name = after && !/盖章|印章/.test(after) ? after : line.replace(/[（(][^）)]*[）)]/g, '').replace(/^.*[：:]/, '');
  return name.replace(/^(登记机关|申报单位|甲方|乙方)\s*/, '').trim();
}

/** An office's scan of a printed born-digital PDF: every page rasterised at `dpi`, a red seal stamped over
 * each 盖章/印章 line (the unit `sealFor` names), skewed, toned and noised, JPEG-compressed, and put back
 * into an image-only A4 PDF. Used by scripts/make-scans.ts and scripts/make-realistic.ts. */
export async function scanPrinted(pdf: Uint8Array, o: ScanOptions, at: { dpi: number; date: Date; creator?: string }): Promise<Uint8Array> {
  const random = rng(o.seed);
  const pages = await rasterise(pdf, at.dpi);
  const stamps = await stampLines(pdf);
  const k = at.dpi / 72;
  const out: { jpeg: Uint8Array; width: number; height: number }[] = [];
  let index = 0;
  for (const [i, page] of pages.entries()) {
    const ctx = page.getContext('2d');
    let onPage = 0;
    for (const s of stamps[i] ?? []) {
      const text = (o.sealFor ?? ((l) => unitOnLine(l)))(s.text, index++);
      if (!text) continue;
      // a 42 mm seal over the end of the line, as a clerk stamps it; a second one on the page beside the first
      const r = (21 / 25.4) * 72 * k;
      const x = Math.min(page.width - r * 1.1, (s.x + Math.min(s.width, 200)) * k - r * 0.3 + onPage++ * r * 2.7);
      drawSeal(ctx, { x, y: s.y * k - r * 0.15, r, text, ink: o.ink ?? 0.9 }, random);
    }
    const d: Degrade = { skew: (random() < 0.5 ? -1 : 1) * (1 + random()), noise: 7, paper: 0.5, ...o.degrade };
    const scanned = degrade(page, d, random);
    const jpeg = scanned.toBuffer('image/jpeg', o.quality ?? 60);
    const turned = d.turn === 90 || d.turn === 270;
    out.push({ jpeg: new Uint8Array(jpeg), width: turned ? A4.height : A4.width, height: turned ? A4.width : A4.height });
  }
  return imagePdf(out, { title: 'scan', date: at.date, ...(at.creator ? { creator: at.creator } : {}) });
}
