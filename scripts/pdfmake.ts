// pdfmake — makes small, real PDFs for tests and for the bundled samples.
//
// Real text: Chinese and English lines drawn with a SUBSET of WenQuanYi Micro Hei (Debian package
// fonts-wqy-microhei), so pdf-parse extracts exactly the strings drawn and files stay ~10–30 KB.
// The font ships as a TrueType collection (.ttc); pdf-lib's fontkit wants a single face, so
// `ttcFace` copies one face's tables out of the collection into a standalone .ttf in memory.
//
// Also: "scanned" pages (a raster image, no text layer), a non-embedded STSong-Light variant
// (what Chinese office software often writes: text extractable only with Adobe CMaps), and the
// damaged kinds — user-password and owner-password-only encryption (through `qpdf`, a
// fixture-time dependency only), truncation, and text that is not a PDF at all.
//
// Output is deterministic: fixed metadata dates, pdf-lib's seeded subset-name RNG, and qpdf's
// --static-id/--static-aes-iv (intended for test files, which is what these are).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { wrapText } from './fixture-text.js';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFFont,
  type PDFPage,
  beginText,
  endText,
  moveText,
  rgb,
  setFontAndSize,
  showText,
} from 'pdf-lib';

export const CJK_FONT_PATH = process.env.KJHZ_CJK_FONT ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

export const PAGE_SIZES = {
  A4: [595.28, 841.89] as [number, number],
  Letter: [612, 792] as [number, number],
};
export type PageSize = keyof typeof PAGE_SIZES | [number, number];

/** One line of text; an empty string is a blank line. */
export type Line = string | { text: string; size?: number; bold?: boolean; center?: boolean };

export interface PageSpec {
  /** Lines drawn top to bottom; lines too wide are wrapped, and a page that overflows continues on a new page. */
  lines?: Line[];
  /** A "scanned" page: a raster image of grey bars where text would be, and no text layer at all. */
  scanned?: boolean;
  size?: PageSize;
}

export interface DocSpec {
  pages: PageSpec[];
  /** Default page size: A4. */
  size?: PageSize;
  /** 'embedded' (default): subset of WenQuanYi Micro Hei. 'stsong': non-embedded STSong-Light, UniGB-UCS2-H. */
  font?: 'embedded' | 'stsong';
  fontSize?: number;
  meta?: {
    title?: string;
    author?: string;
    subject?: string;
    keywords?: string[];
    creator?: string;
    producer?: string;
    /** Creation and modification date (default 2024-06-01T00:00:00Z, never "now"). */
    date?: Date;
  };
}

export const DEFAULT_DATE = new Date('2024-06-01T00:00:00Z');

/** Copy face `index` of a TrueType collection into a standalone TrueType font. */
export function ttcFace(ttc: Uint8Array, index = 0): Uint8Array {
  const dv = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  const tag = String.fromCharCode(ttc[0]!, ttc[1]!, ttc[2]!, ttc[3]!);
  if (tag !== 'ttcf') return ttc; // already a single font
  const numFonts = dv.getUint32(8);
  if (index >= numFonts) throw new Error(`font collection has ${numFonts} faces, no face ${index}`);
  const off = dv.getUint32(12 + 4 * index);
  const numTables = dv.getUint16(off + 4);
  const records: { tag: number; sum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const r = off + 12 + 16 * i;
    records.push({ tag: dv.getUint32(r), sum: dv.getUint32(r + 4), offset: dv.getUint32(r + 8), length: dv.getUint32(r + 12) });
  }
  const headerLength = 12 + 16 * numTables;
  const total = records.reduce((n, r) => n + ((r.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  out.set(ttc.subarray(off, off + 12), 0); // sfnt version, numTables, searchRange …
  let pos = headerLength;
  records.forEach((r, i) => {
    const h = 12 + 16 * i;
    ov.setUint32(h, r.tag);
    ov.setUint32(h + 4, r.sum);
    ov.setUint32(h + 8, pos);
    ov.setUint32(h + 12, r.length);
    out.set(ttc.subarray(r.offset, r.offset + r.length), pos);
    pos += (r.length + 3) & ~3;
  });
  return out;
}

let cjkFontBytes: Uint8Array | undefined;
function cjkFont(): Uint8Array {
  if (!cjkFontBytes) {
    if (!existsSync(CJK_FONT_PATH)) {
      throw new Error(`CJK font not found at ${CJK_FONT_PATH}: apt-get install fonts-wqy-microhei, or set KJHZ_CJK_FONT`);
    }
    cjkFontBytes = ttcFace(readFileSync(CJK_FONT_PATH), 0);
  }
  return cjkFontBytes;
}

// ---------------------------------------------------------------------------------------------
// A tiny PNG encoder for the "scanned" page (greyscale, 8 bit).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
export function greyPng(width: number, height: number, pixel: (x: number, y: number) => number): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixel(x, y);
  }
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    pngChunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A page-sized "scan": off-white paper, grey bars for lines of text, a round stamp at the bottom right. */
function scanImage(width: number, height: number): Uint8Array {
  return greyPng(width, height, (x, y) => {
    const stamp = Math.hypot(x - width * 0.72, y - height * 0.8) ;
    if (Math.abs(stamp - width * 0.09) < 3) return 90;
    const row = Math.floor((y - height * 0.1) / 18);
    const inRow = (y - height * 0.1) % 18;
    if (row >= 0 && row < 30 && inRow < 9 && x > width * 0.12 && x < width * (row % 5 === 4 ? 0.55 : 0.88)) {
      // word gaps, deterministic
      return ((x >> 3) * 7 + row) % 11 === 0 ? 245 : 60;
    }
    return 245;
  });
}

// ---------------------------------------------------------------------------------------------

function lineOf(l: Line): { text: string; size?: number; center?: boolean } {
  return typeof l === 'string' ? { text: l } : l;
}

export { wrapText } from './fixture-text.js';

interface TextWriter {
  width(s: string, size: number): number;
  draw(page: PDFPage, s: string, x: number, y: number, size: number): void;
}

async function embeddedWriter(doc: PDFDocument): Promise<TextWriter> {
  doc.registerFontkit(fontkit);
  const font: PDFFont = await doc.embedFont(cjkFont(), { subset: true, customName: 'WenQuanYiMicroHei' });
  return {
    width: (s, size) => font.widthOfTextAtSize(s, size),
    draw: (page, s, x, y, size) => page.drawText(s, { x, y, size, font, color: rgb(0, 0, 0) }),
  };
}

/** A Type0 font that refers to STSong-Light without embedding it (Adobe-GB1, UniGB-UCS2-H). */
function stsongWriter(doc: PDFDocument): TextWriter {
  const ctx = doc.context;
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: 'STSong-Light',
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 626,
      StemV: 93,
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'STSong-Light',
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
      FontDescriptor: descriptor,
      DW: 1000,
      W: [1, 95, 500], // proportional Latin CIDs 1–95 are half width
    }),
  );
  const font = ctx.register(
    ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light', Encoding: 'UniGB-UCS2-H', DescendantFonts: [cidFont] }),
  );
  const key = PDFName.of('STSong');
  return {
    width: (s, size) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x80 ? 0.5 : 1), 0) * size,
    draw: (page, s, x, y, size) => {
      page.node.setFontDictionary(key, font);
      const hex = [...s].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
      page.pushOperators(beginText(), setFontAndSize(key, size), moveText(x, y), showText(PDFHexString.of(hex)), endText());
    },
  };
}

/** Make a PDF from a spec. Text is drawn one line per show-text run, so extraction gives back the lines. */
export async function makePdf(spec: DocSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const writer = spec.font === 'stsong' ? stsongWriter(doc) : await embeddedWriter(doc);
  const baseSize = spec.fontSize ?? 12;
  const margin = 72;
  for (const ps of spec.pages) {
    const size = ps.size ?? spec.size ?? 'A4';
    const [w, h] = typeof size === 'string' ? PAGE_SIZES[size] : size;
    if (ps.scanned) {
      const page = doc.addPage([w, h]);
      const png = await doc.embedPng(scanImage(Math.round(w), Math.round(h)));
      page.drawImage(png, { x: 0, y: 0, width: w, height: h });
      continue;
    }
    let page = doc.addPage([w, h]);
    let y = h - margin;
    for (const raw of ps.lines ?? []) {
      const l = lineOf(raw);
      const fs = l.size ?? baseSize;
      const pieces = l.text === '' ? [''] : wrapText(l.text, w - 2 * margin, (s) => writer.width(s, fs));
      for (const piece of pieces) {
        if (y - fs < margin) {
          page = doc.addPage([w, h]);
          y = h - margin;
        }
        y -= fs;
        if (piece) {
          const x = l.center ? Math.max(margin, (w - writer.width(piece, fs)) / 2) : margin;
          writer.draw(page, piece, x, y, fs);
        }
        y -= fs * 0.6;
      }
    }
  }
  const m = spec.meta ?? {};
  const date = m.date ?? DEFAULT_DATE;
  if (m.title) doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  if (m.subject) doc.setSubject(m.subject);
  if (m.keywords) doc.setKeywords(m.keywords);
  doc.setCreator(m.creator ?? 'kjhz fixtures (scripts/pdfmake.ts)');
  doc.setProducer(m.producer ?? 'pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save({ useObjectStreams: false });
}

function qpdf(bytes: Uint8Array, args: string[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'kjhz-qpdf-'));
  try {
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'out.pdf');
    writeFileSync(input, bytes);
    try {
      execFileSync('qpdf', ['--static-id', '--static-aes-iv', ...args, '--', input, output], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { code?: string; status?: number };
      if (err.code === 'ENOENT') throw new Error('qpdf is needed to make encrypted fixtures: apt-get install qpdf');
      if (err.status !== 3) throw e; // 3 = succeeded with warnings
    }
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Encrypt with qpdf (AES-128). With a user password the file cannot be opened without it;
 * with only an owner password it opens, with printing, copying and changes forbidden.
 */
export function encryptPdf(bytes: Uint8Array, opts: { user?: string; owner: string }): Uint8Array {
  // AES-128 (R4): its key derives from the passwords and the (static) ID, so the output is
  // reproducible; AES-256 (R6) draws a random file key on every run.
  const restrict = opts.user ? [] : ['--print=none', '--modify=none', '--extract=n'];
  return qpdf(bytes, ['--encrypt', opts.user ?? '', opts.owner, '128', '--use-aes=y', ...restrict]);
}

/** The first `fraction` of the bytes, as an interrupted upload or download leaves it. */
export function truncatePdf(bytes: Uint8Array, fraction = 0.5): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/** Something that is not a PDF (to be saved under a .pdf name). */
export function notAPdf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Assemble a PDF from raw object bodies (1-based object numbers, object 1 the catalog), with a correct xref table. */
export function rawPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A well-formed PDF whose page tree is empty (/Count 0): it opens, but there is nothing to read or print. */
export function makeZeroPagePdf(): Uint8Array {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
}
