// PDF mutants for fuzzing src/pdf/inspect.ts (issue 6): from real PDFs (the committed fixtures, the
// samples' attachments, and a few PDFs made here in memory with object streams and standard fonts only,
// so no CJK font is needed), deterministic mutants of every kind an office, a broken upload or an
// attacker produces: truncation, bit flips, garbage, a removed or lying xref, bogus object streams,
// huge or lying page counts, cyclic and very deep page trees, deeply nested objects and content,
// bogus encryption, absurd stream lengths, splices of two files.
//
// Structural mutants are written as an incremental update appended to the real file (new versions of
// the page tree, catalog or pages, a new xref section or xref stream with /Prev), the way PDF editors
// save: the reader must follow them. Everything is seeded: mutant(i) of a given seed is always the same
// bytes, so a failure is replayed by its number.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import { between, pick, rng, type Rng } from '../../scripts/random.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const int = between;

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** What a structural mutation needs to know about a seed (read with pdf-lib; absent for seeds it cannot parse). */
export interface SeedInfo {
  root: string; // "1 0 R"
  pages: string; // "2 0 R"
  pagesNum: number;
  pageRefs: string[];
  pageNums: number[];
  /** The next free object number. */
  size: number;
  /** Offset of the last xref section (startxref), for /Prev. */
  startxref: number;
  /** The last xref section is an xref stream (PDF 1.5 object streams), not a table. */
  xrefStream: boolean;
}

export interface Seed {
  name: string;
  bytes: Uint8Array;
  info?: SeedInfo;
}

const refString = (r: PDFRef) => `${r.objectNumber} ${r.generationNumber} R`;

async function analyse(b: Uint8Array): Promise<SeedInfo | undefined> {
  try {
    const doc = await PDFDocument.load(b, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    const root = doc.context.trailerInfo.Root;
    const pages = doc.catalog.get(PDFName.of('Pages'));
    if (!(root instanceof PDFRef) || !(pages instanceof PDFRef)) return undefined;
    const pageRefs = doc.getPages().map((p) => p.ref);
    const m = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(latin1(b.subarray(Math.max(0, b.length - 64))));
    if (!m) return undefined;
    return {
      root: refString(root),
      pages: refString(pages),
      pagesNum: pages.objectNumber,
      pageRefs: pageRefs.map(refString),
      pageNums: pageRefs.map((r) => r.objectNumber),
      // above every object number in the file, an xref stream's own included (pdf-lib does not count it)
      size: Math.max(doc.context.largestObjectNumber + 1, ...[...latin1(b).matchAll(/(\d+)\s+\d+\s+obj\b|\/Size\s+(\d+)/g)].map((m) => Number(m[1] ?? Number(m[2]) - 1) + 1)),
      startxref: Number(m[1]),
      xrefStream: !latin1(b.subarray(Number(m[1]), Number(m[1]) + 4)).startsWith('xref'),
    };
  } catch {
    return undefined;
  }
}

/** PDFs made here, in memory, with pdf-lib's standard fonts (no CJK font): object streams and an xref stream. */
async function madeSeeds(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const [name, pages, objectStreams] of [
    ['made-objstm-1p', 1, true],
    ['made-objstm-3p', 3, true],
    ['made-classic-2p', 2, false],
  ] as const) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let p = 0; p < pages; p++) {
      const page = doc.addPage([595.28, 841.89]);
      page.drawText(`Cooperation Agreement page ${p + 1}: valid from 2024-10-20 to 2028-12-31`, { x: 50, y: 780, size: 12, font });
      page.drawText('Party B: Fraunhofer-Institut fur Werkzeugmaschinen und Umformtechnik', { x: 50, y: 760, size: 10, font });
    }
    doc.setTitle(name);
    out.push({ name, bytes: await doc.save({ useObjectStreams: objectStreams }) });
  }
  return out;
}

/** Every committed PDF fixture and sample attachment (real files), plus the in-memory ones. */
export async function loadSeeds(): Promise<Seed[]> {
  const files: string[] = [];
  const fixtures = path.join(ROOT, 'test/fixtures/pdf');
  for (const f of readdirSync(fixtures).sort()) if (f.endsWith('.pdf')) files.push(path.join(fixtures, f));
  const samples = path.join(ROOT, 'samples');
  for (const d of readdirSync(samples).sort()) {
    const dir = path.join(samples, d);
    if (!statSync(dir).isDirectory()) continue;
    // one or two per sample are enough: they share their structure
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().slice(0, 2)) files.push(path.join(dir, f));
  }
  const seeds: Seed[] = [];
  for (const f of files) {
    const b = new Uint8Array(readFileSync(f));
    if (b.length === 0) continue;
    const info = await analyse(b);
    seeds.push({ name: path.relative(ROOT, f), bytes: b, ...(info ? { info } : {}) });
  }
  for (const m of await madeSeeds()) {
    const info = await analyse(m.bytes);
    seeds.push({ name: m.name, bytes: m.bytes, ...(info ? { info } : {}) });
  }
  return seeds;
}

// ---------------------------------------------------------------- incremental updates

interface NewObject {
  num: number;
  body: string; // latin1
}

/** W [1 4 2] xref stream entry: type, offset (or object stream number), generation (or index). */
const xrefEntry = (type: number, a: number, b: number) =>
  String.fromCharCode(type) + String.fromCharCode((a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255) + String.fromCharCode((b >>> 8) & 255, b & 255);

/**
 * Appends new object versions and a cross-reference section with /Prev, like a PDF editor's "save":
 * a classic xref table after a classic one, an xref stream after an xref stream.
 */
function appendUpdate(src: Uint8Array, info: SeedInfo, objects: NewObject[], trailerExtra = '', root = info.root): Uint8Array {
  let out = latin1(src);
  if (!out.endsWith('\n')) out += '\n';
  const offsets: [number, number][] = [];
  for (const o of objects) {
    offsets.push([o.num, out.length]);
    out += `${o.num} 0 obj\n${o.body}\nendobj\n`;
  }
  const size = Math.max(info.size, ...objects.map((o) => o.num + 1));
  const xrefAt = out.length;
  if (info.xrefStream) {
    const self = size;
    const rows = [...offsets, [self, xrefAt] as [number, number]].sort((a, b) => a[0] - b[0]);
    const data = rows.map(([, off]) => xrefEntry(1, off, 0)).join('');
    out += `${self} 0 obj\n<< /Type /XRef /Size ${self + 1} /W [1 4 2] /Index [${rows.map(([n]) => `${n} 1`).join(' ')}] /Root ${root} /Prev ${info.startxref} ${trailerExtra}/Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
  } else {
    out += 'xref\n';
    for (const [num, off] of offsets.sort((a, b) => a[0] - b[0])) out += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${size} /Root ${root} /Prev ${info.startxref} ${trailerExtra}>>\n`;
  }
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return bytes(out);
}

const stream = (dict: string, data: string) => `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

const HUGE_COUNTS = ['2147483647', '4294967296', '99999999999999999999', '1e308', '-1', '-2147483648', '0', '3.75', '/Many', '(lots)', 'null', '[1 2]'];

function nested(r: Rng, depth: number): string {
  const [open, close] = pick(r, [
    ['[', ']'],
    ['<< /A ', ' >>'],
    ['<< /K [', '] >>'],
  ] as const);
  return open.repeat(depth) + '0' + close.repeat(depth);
}

type Structural = (src: Seed, info: SeedInfo, r: Rng) => Uint8Array;

const STRUCTURAL: Record<string, Structural> = {
  /** The page tree says it has billions of pages (or a negative, fractional, non-numeric count). */
  'huge-count': (s, i, r) =>
    appendUpdate(s.bytes, i, [{ num: i.pagesNum, body: `<< /Type /Pages /Kids [${i.pageRefs.join(' ')}] /Count ${pick(r, HUGE_COUNTS)} >>` }]),
  /** A real page tree of thousands of entries (the same page repeated), around the policy's page limit. */
  'many-kids': (s, i, r) => {
    const n = pick(r, [1999, 2000, 2001, 5000, 20000]);
    const kids = Array.from({ length: n }, () => i.pageRefs[0]).join(' ');
    return appendUpdate(s.bytes, i, [{ num: i.pagesNum, body: `<< /Type /Pages /Kids [${kids}] /Count ${n} >>` }]);
  },
  /** The page tree contains itself, or two nodes contain each other. */
  'kids-cycle': (s, i, r) => {
    const other = i.size;
    return pick(r, [
      () => appendUpdate(s.bytes, i, [{ num: i.pagesNum, body: `<< /Type /Pages /Kids [${i.pages} ${i.pageRefs.join(' ')}] /Count ${i.pageRefs.length + 1} >>` }]),
      () =>
        appendUpdate(s.bytes, i, [
          { num: i.pagesNum, body: `<< /Type /Pages /Kids [${other} 0 R] /Count 3 >>` },
          { num: other, body: `<< /Type /Pages /Parent ${i.pages} /Kids [${i.pages}] /Count 3 >>` },
        ]),
      () => appendUpdate(s.bytes, i, [{ num: i.pageNums[0]!, body: `<< /Type /Page /Parent ${i.pages} /Kids [${i.pages}] /MediaBox [0 0 595 842] >>` }]),
    ])();
  },
  /** A page tree thousands of levels deep (one page at the bottom). */
  'deep-tree': (s, i, r) => {
    const depth = pick(r, [100, 1000, 5000, 20000]);
    const objects: NewObject[] = [];
    let child = i.pageRefs[0]!;
    for (let k = 0; k < depth; k++) {
      const num = i.size + k;
      objects.push({ num, body: `<< /Type /Pages /Kids [${child}] /Count 1 >>` });
      child = `${num} 0 R`;
    }
    objects.push({ num: i.pagesNum, body: `<< /Type /Pages /Kids [${child}] /Count 1 >>` });
    return appendUpdate(s.bytes, i, objects);
  },
  /** Arrays or dictionaries nested tens of thousands deep, in the catalog, the page or the trailer. */
  'deep-nesting': (s, i, r) => {
    const depth = pick(r, [64, 500, 5000, 50000, 200000]);
    const deep = nested(r, depth);
    return pick(r, [
      () => appendUpdate(s.bytes, i, [{ num: Number(i.root.split(' ')[0]), body: `<< /Type /Catalog /Pages ${i.pages} /Kjhz ${deep} >>` }]),
      () =>
        appendUpdate(s.bytes, i, [
          { num: i.pageNums[0]!, body: `<< /Type /Page /Parent ${i.pages} /MediaBox [0 0 595 842] /Annots ${deep} /Resources ${deep} >>` },
        ]),
      () => appendUpdate(s.bytes, i, [], `/Info ${deep} `),
    ])();
  },
  /** Content streams that nest graphics states, arrays or marked content very deep, or never end an inline image. */
  'deep-content': (s, i, r) => {
    const depth = pick(r, [1000, 10000, 100000]);
    const content = pick(r, [
      () => 'q '.repeat(depth) + 'BT /F1 12 Tf 72 700 Td (deep) Tj ET',
      () => `BT /F1 12 Tf 72 700 Td ${'['.repeat(depth)}(x)${']'.repeat(depth)} TJ ET`,
      () => '/P <<>> BDC '.repeat(depth) + 'BT /F1 12 Tf (m) Tj ET',
      () => 'BI /W 100000 /H 100000 /BPC 8 /CS /RGB ID ' + 'x'.repeat(depth),
      () => `BT /F1 12 Tf ${'72 700 Td (t) Tj '.repeat(depth)} ET`,
      () => `1 0 0 1 0 0 cm ${'1e308 1e308 1e308 1e308 1e308 1e308 cm '.repeat(50)} 0 0 1e308 1e308 re f`,
    ])();
    const font = i.size;
    const stm = i.size + 1;
    return appendUpdate(s.bytes, i, [
      { num: font, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      { num: stm, body: stream('', content) },
      { num: i.pageNums[0]!, body: `<< /Type /Page /Parent ${i.pages} /MediaBox [0 0 595 842] /Contents ${stm} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>` },
    ]);
  },
  /**
   * An object stream that lies: the page tree is redirected into it (an xref stream type-2 entry) and
   * the stream has an absurd /N or /First, garbage or unfilterable data, or points into itself.
   */
  'bogus-objstm': (s, i, r) => {
    const objstm = i.size;
    const xrefNum = i.size + 1;
    const body = `<< /Type /Pages /Kids [${i.pageRefs.join(' ')}] /Count ${i.pageRefs.length} >>`;
    const header = `${i.pagesNum} 0 `;
    const variant = pick(r, ['n-huge', 'first-beyond', 'first-negative', 'garbage', 'flate-garbage', 'self', 'wrong-num', 'truthful']);
    let dict = '/Type /ObjStm';
    let data: string;
    switch (variant) {
      case 'n-huge':
        dict += ` /N ${pick(r, ['2147483647', '99999999', '-1'])} /First ${header.length}`;
        data = header + body;
        break;
      case 'first-beyond':
        dict += ` /N 1 /First ${pick(r, ['100000', '2147483647', '1e30'])}`;
        data = header + body;
        break;
      case 'first-negative':
        dict += ' /N 1 /First -7';
        data = header + body;
        break;
      case 'garbage':
        dict += ` /N ${int(r, 1, 50)} /First ${int(r, 0, 40)}`;
        data = Array.from({ length: int(r, 10, 400) }, () => String.fromCharCode(int(r, 0, 255))).join('');
        break;
      case 'flate-garbage':
        dict += ` /N 1 /First ${header.length} /Filter /FlateDecode`;
        data = Array.from({ length: int(r, 10, 400) }, () => String.fromCharCode(int(r, 0, 255))).join('');
        break;
      case 'self':
        dict += ` /N 1 /First ${`${objstm} 0 `.length} /Extends ${objstm} 0 R`;
        data = `${objstm} 0 ${body}`;
        break;
      case 'wrong-num':
        dict += ` /N 1 /First ${`${i.pagesNum + 1000} 0 `.length}`;
        data = `${i.pagesNum + 1000} 0 ${body}`;
        break;
      default:
        dict += ` /N 1 /First ${header.length}`;
        data = header + body;
    }
    let out = latin1(s.bytes);
    if (!out.endsWith('\n')) out += '\n';
    const objstmAt = out.length;
    out += `${objstm} 0 obj\n${stream(dict, data)}\nendobj\n`;
    const xrefAt = out.length;
    const entry = xrefEntry;
    const rows = [
      [i.pagesNum, entry(2, objstm, 0)],
      [objstm, entry(1, objstmAt, 0)],
      [xrefNum, entry(1, xrefAt, 0)],
    ] as const;
    const sorted = [...rows].sort((a, b) => a[0] - b[0]);
    const index = sorted.map(([n]) => `${n} 1`).join(' ');
    const xdata = sorted.map(([, e]) => e).join('');
    out += `${xrefNum} 0 obj\n${stream(`/Type /XRef /Size ${xrefNum + 1} /W [1 4 2] /Index [${index}] /Root ${i.root} /Prev ${i.startxref}`, xdata)}\nendobj\n`;
    out += `startxref\n${xrefAt}\n%%EOF\n`;
    return bytes(out);
  },
  /** An /Encrypt dictionary that no reader can satisfy (unknown handler, absurd revision, wrong key length). */
  'bogus-encrypt': (s, i, r) =>
    appendUpdate(
      s.bytes,
      i,
      [],
      pick(r, [
        '/Encrypt << /Filter /Standard /V 99 /R 99 /O (x) /U (y) /P -1 >> /ID [<00> <00>] ',
        '/Encrypt << /Filter /Kjhz /V 4 /Length 1000000 >> ',
        '/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 /O <00> /U <00> /OE <00> /UE <00> /Perms <00> /P -4 >> /ID [<aa> <bb>] ',
        '/Encrypt 0 0 R ',
      ]),
    ),
  /** A page whose /Contents are absurd: a huge /Length, an array of thousands of streams, a reference to itself. */
  'bad-contents': (s, i, r) => {
    const stm = i.size;
    const [extra, contents] = pick(r, [
      () => [[{ num: stm, body: `<< /Length ${pick(r, ['2147483647', '-5', '1e20'])} >>\nstream\nBT ET\nendstream` }], `${stm} 0 R`] as const,
      () => [[{ num: stm, body: stream('', 'BT /F1 9 Tf (a) Tj ET') }], `[${Array.from({ length: 20000 }, () => `${stm} 0 R`).join(' ')}]`] as const,
      () => [[], `${i.pageNums[0]} 0 R`] as const,
      () => [[{ num: stm, body: stream('/Filter [/FlateDecode /LZWDecode /ASCII85Decode /RunLengthDecode /DCTDecode]', 'garbage~>') }], `${stm} 0 R`] as const,
    ])();
    return appendUpdate(s.bytes, i, [...extra, { num: i.pageNums[0]!, body: `<< /Type /Page /Parent ${i.pages} /MediaBox [0 0 595 842] /Contents ${contents} >>` }]);
  },
  /** Page sizes no paper has: zero, negative, astronomically large, not numbers. */
  'bad-mediabox': (s, i, r) =>
    appendUpdate(s.bytes, i, [
      {
        num: i.pageNums[0]!,
        body: `<< /Type /Page /Parent ${i.pages} /MediaBox ${pick(r, ['[0 0 0 0]', '[0 0 -595 -842]', '[0 0 1e308 1e308]', '[/a /b /c /d]', '[0 0 595]', '(A4)', '[0 0 14400000 14400000]'])} /Rotate ${pick(r, ['90', '45', '-2147483648', '1e9'])} >>`,
      },
    ]),
  /** The catalog points to something that is not a page tree, or to nothing. */
  'bad-root': (s, i, r) =>
    appendUpdate(
      s.bytes,
      i,
      [{ num: Number(i.root.split(' ')[0]), body: pick(r, [`<< /Type /Catalog /Pages ${i.pageRefs[0]} >>`, '<< /Type /Catalog /Pages 99999 0 R >>', '<< /Type /Catalog >>', `<< /Type /Catalog /Pages ${i.root} >>`, '(not a dictionary)']) }],
    ),
};

// ---------------------------------------------------------------- byte-level mutations

type ByteLevel = (b: Uint8Array, r: Rng, seeds: readonly Seed[]) => Uint8Array;

const BYTE_LEVEL: Record<string, ByteLevel> = {
  /** An interrupted upload: the file cut anywhere (often near the end, sometimes in the header). */
  truncate: (b, r) => b.slice(0, pick(r, [int(r, 0, 16), int(r, 0, b.length - 1), b.length - int(r, 1, Math.min(b.length, 400))])),
  /** Flipped bits, as from a bad disk or a mail gateway. */
  bitflip: (b, r) => {
    const out = b.slice();
    for (let k = int(r, 1, 64); k > 0; k--) {
      const at = int(r, 0, out.length - 1);
      out[at] = out[at]! ^ (1 << int(r, 0, 7));
    }
    return out;
  },
  /** A run of random bytes written over the file. */
  garble: (b, r) => {
    const out = b.slice();
    const at = int(r, 0, out.length - 1);
    const len = int(r, 1, 2048);
    for (let k = at; k < Math.min(out.length, at + len); k++) out[k] = int(r, 0, 255);
    return out;
  },
  /** The cross-reference table removed, its offsets scrambled, or startxref pointing anywhere. */
  'remove-xref': (b, r) => {
    const s = latin1(b);
    const variant = pick(r, ['cut-table', 'cut-all', 'startxref', 'no-startxref', 'offsets', 'xref-stream']);
    switch (variant) {
      case 'cut-table': {
        const at = s.lastIndexOf('\nxref');
        const tr = s.indexOf('trailer', at);
        return at >= 0 && tr > at ? bytes(s.slice(0, at + 1) + s.slice(tr)) : bytes(s.replace(/\/Type\s*\/XRef/g, '/Type /Kjhz'));
      }
      case 'cut-all': {
        const at = s.lastIndexOf('\nxref');
        return bytes(at >= 0 ? s.slice(0, at + 1) : s.replace(/startxref[\s\S]*$/, ''));
      }
      case 'startxref':
        return bytes(s.replace(/startxref\s+\d+/g, `startxref\n${pick(r, ['0', '1', '99999999999', String(int(r, 0, b.length)), '-5'])}`));
      case 'no-startxref':
        return bytes(s.replace(/startxref\s+\d+\s*%%EOF\s*$/, ''));
      case 'offsets':
        return bytes(s.replace(/^(\d{10}) (\d{5}) n/gm, () => `${String(int(r, 0, b.length * 2)).padStart(10, '0')} 00000 n`));
      default:
        return bytes(s.replace(/\/Type\s*\/XRef/g, '/Type /XRaf').replace(/\/W\s*\[[^\]]*\]/g, `/W [${int(r, 0, 9)} ${int(r, 0, 9)} ${int(r, 0, 9)}]`));
    }
  },
  /** Every /Length, /Count, /N, /First or /Size replaced with an absurd value. */
  'absurd-numbers': (b, r) => {
    const key = pick(r, ['Length', 'Count', 'N', 'First', 'Size', 'W', 'Index']);
    const value = pick(r, ['2147483647', '-1', '0', '1e308', '99999999999999999999', '/Name', '()']);
    return bytes(latin1(b).replace(new RegExp(`/${key}\\s+(\\d+|\\[[^\\]]*\\])`, 'g'), `/${key} ${value}`));
  },
  /** The start of one file and the end of another. */
  splice: (b, r, seeds) => {
    const other = pick(r, seeds).bytes;
    const head = b.subarray(0, int(r, 0, b.length));
    const tail = other.subarray(int(r, 0, other.length));
    const out = new Uint8Array(head.length + tail.length);
    out.set(head);
    out.set(tail, head.length);
    return out;
  },
  /** A chunk of the file repeated or removed. */
  'chunk-dup': (b, r) => {
    const at = int(r, 0, b.length - 1);
    const len = int(r, 1, Math.min(8192, b.length - at));
    const chunk = b.subarray(at, at + len);
    const times = pick(r, [1, 2, 10, 100]);
    const out = new Uint8Array(b.length + len * times);
    out.set(b.subarray(0, at + len));
    for (let k = 0; k < times; k++) out.set(chunk, at + len + k * len);
    out.set(b.subarray(at + len), at + len + times * len);
    return out;
  },
  'chunk-cut': (b, r) => {
    const at = int(r, 0, b.length - 1);
    const len = int(r, 1, Math.min(8192, b.length - at));
    const out = new Uint8Array(b.length - len);
    out.set(b.subarray(0, at));
    out.set(b.subarray(at + len), at);
    return out;
  },
  /** The header damaged: another version, a byte-order mark, junk before it, or only the header. */
  header: (b, r) => {
    const s = latin1(b);
    return bytes(
      pick(r, [
        () => s.replace(/^%PDF-\d\.\d/, `%PDF-${pick(r, ['9.9', '0.0', '1.', 'x.y', '2.0'])}`),
        () => '\u00ef\u00bb\u00bf' + s,
        () => 'x'.repeat(int(r, 1, 2000)) + s,
        () => s.slice(0, 9),
        () => s.replace(/%%EOF\s*$/, ''),
      ])(),
    );
  },
  /** Junk appended after %%EOF (a second, broken revision; a zip; zeros). */
  'garbage-tail': (b, r) => {
    const tail = pick(r, [
      () => '\0'.repeat(int(r, 1, 100000)),
      () => 'xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n0\n%%EOF\n',
      () => Array.from({ length: int(r, 1, 3000) }, () => String.fromCharCode(int(r, 0, 255))).join(''),
      () => 'PK\u0003\u0004' + 'z'.repeat(500),
    ])();
    return bytes(latin1(b) + tail);
  },
};

export const STRUCTURAL_KINDS = Object.keys(STRUCTURAL);
export const BYTE_KINDS = Object.keys(BYTE_LEVEL);
export const MUTATION_KINDS = [...STRUCTURAL_KINDS, ...BYTE_KINDS];

export interface Mutant {
  index: number;
  seed: string;
  /** The mutations applied, in order. */
  kinds: string[];
  bytes: Uint8Array;
}

/**
 * Mutant number `index` of the campaign `campaignSeed`: a seed file, one structural mutation (when the
 * seed could be analysed, most of the time) and zero to two byte-level ones on top. Deterministic.
 */
export function mutant(seeds: readonly Seed[], campaignSeed: number, index: number): Mutant {
  const r = rng((Math.imul(campaignSeed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const seed = pick(r, seeds);
  const kinds: string[] = [];
  let b = seed.bytes;
  if (seed.info && r() < 0.55) {
    const k = pick(r, STRUCTURAL_KINDS);
    b = STRUCTURAL[k]!(seed, seed.info, r);
    kinds.push(k);
  }
  const extra = kinds.length ? pick(r, [0, 0, 0, 1, 2]) : pick(r, [1, 1, 1, 2, 3]);
  for (let n = 0; n < extra; n++) {
    const k = pick(r, BYTE_KINDS);
    if (b.length === 0) break;
    b = BYTE_LEVEL[k]!(b, r, seeds);
    kinds.push(k);
  }
  return { index, seed: seed.name, kinds, bytes: b };
}
