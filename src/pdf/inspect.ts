// The one module that knows the PDF library (pdf-parse 2.x, on pdf.js). It turns a file's bytes
// into PdfFacts and never throws: every failure of the library becomes `problem` + `problemDetail`.
//
// How pdf-parse 2.4.5 behaves (measured with the fixtures in test/fixtures/pdf):
// - The document is loaded once (documentOf, cached on the parser): page count, permissions; then pages
//   1..N one by one: size, pdf.js's positioned text items (getTextContent, what pdf-parse's getText joins
//   into line strings) and the annotations (form-field values, FreeText), all as one PageText
//   (src/core/pagetext.ts) for the layout (src/core/layout.ts). `destroy()` always.
// - A page pdf.js cannot read (a broken page object or content stream) is noted in badPages and the
//   other pages are read; a file none of whose pages can be read is damaged.
// - Without `cMapUrl` (pdfjs-dist's cmaps/) a non-embedded Chinese font such as STSong-Light
//   gives "" without any error: the file would look scanned.
// - A user password: PasswordException ("No password given"). Owner password only: opens;
//   getPermissions lists what is allowed (no PRINT flag = printing forbidden).
// - Empty, truncated and not-a-PDF input: InvalidPDFException. A page tree with /Count 0 opens
//   with 0 pages. Image-only pages give "".
// - pdf.js runs on the calling thread in Node ("fake worker") and yields only to microtasks: a timer
//   never fires during a parse. So the time limit is checked between steps (after loading, after the
//   page sizes, after the text), yielding to the event loop there; one slow step cannot be cut short
//   on this thread (that needs another thread: src/pdf/isolated.ts, src/check/pool.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlib, inflateSync } from 'node:zlib';
import type { PDFParse } from 'pdf-parse';
import { stampPages, type PdfFacts } from '../core/attachments.js';
import type { PageText, TextRun } from '../core/pagetext.js';
import { pageTextOf } from '../core/layout.js';
import { hasMeaningfulText, runsText, unreadableReason } from '../core/textlayer.js';

export interface InspectOptions {
  /** Read text (and page sizes) of pages 1..firstPages only. */
  firstPages: number;
  /** Give up after this long, with problem 'timeout'. */
  timeoutMs: number;
  /** More pages than this: problem 'too-many-pages', the text is not read. */
  maxPages: number;
  /** Note which pages that say where the document is stamped, and its last page read, paint a path in red
   * (PdfFacts.redPathPages): where an electronic seal drawn as vector paths may stand. */
  redPaths?: boolean;
}

/** pdfjs-dist's directories, resolved next to the pdf-parse that is actually installed. */
function pdfjsDir(sub: string): string | undefined {
  try {
    const req = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    // pdf.js reads these with fs in Node; it wants a path ending with a separator
    return join(dirname(req.resolve('pdfjs-dist/package.json')), sub) + '/';
  } catch {
    return undefined;
  }
}
/** The library, loaded on first use: a thread that only hands PDFs to a reader thread (isolated.ts) never loads it. */
let library: Promise<typeof import('pdf-parse')> | undefined;
const pdfParse = () => (library ??= import('pdf-parse'));

/** Loads the library ahead of the first file (a batch worker, while it waits for its first dossier). Never throws. */
export async function loadPdfLibrary(): Promise<void> {
  await pdfParse().catch(() => undefined);
}

const CMAP_URL = pdfjsDir('cmaps');
const STANDARD_FONTS_URL = pdfjsDir('standard_fonts');

// pdf.js 5.4 prefetches the kids of a page tree as promises it does not always await: when the walk
// fails first (a cyclic or truncated page tree), a prefetch that also fails is an unhandled rejection,
// and an unhandled rejection ends a Node process: a 1.5 KB crafted PDF took kjhz down with a stack trace
// (found by the fuzzer, test/fuzz-pdf.test.ts). The error that matters reaches inspectPdf through the
// awaited path; these stray copies, recognised by the library's frames in their stack, are dropped.
// Any other unhandled rejection keeps Node's default: it is rethrown and ends the process.
const fromPdfLibrary = (reason: unknown): boolean => reason instanceof Error && /[\\/](pdfjs-dist|pdf-parse)[\\/]/.test(reason.stack ?? '');
process.on('unhandledRejection', (reason) => {
  if (fromPdfLibrary(reason)) return;
  throw reason;
});

// The memory of one read. pdf.js decodes each stream it reads into one typed array, outside the V8 heap
// that the reader thread's resourceLimits cap: a 123 KB file whose content streams are JBIG2 "images"
// decoding to hundreds of megabytes each (pdf.js's bomb_giant.pdf) took a process to 1.6–3 GB. While a
// read is on, this thread's typed-array and ArrayBuffer constructors (the globals pdf.js calls; Node's own
// Buffers use private copies) refuse one allocation over MAX_ONE_ALLOCATION and large allocations adding
// up to more than MAX_READ_ALLOCATIONS: the page that needs them fails (a finding on that page), and a
// file none of whose pages can be read is 'too-large-decoded'. A text PDF's decoded streams, fonts and
// CMaps come to a few megabytes; getTextContent decodes no images.
const MB = 1024 * 1024;
export const MAX_ONE_ALLOCATION = 128 * MB;
export const MAX_READ_ALLOCATIONS = 512 * MB;
/** Allocations smaller than this are not counted (they are the parser's everyday arrays). */
const COUNTED = MB;

/** Thrown by the guarded constructors; what a page or the file gets when decoding would take too much. */
class DecodedTooLarge extends RangeError {
  override name = 'KjhzDecodedTooLarge';
}
let reading: { used: number; refused?: string } | undefined;
/** How the error reads once pdf.js has passed it on (as UnknownErrorException, the message kept). */
const DECODED_MARK = 'kjhz: decoded data over the limit of a read:';
const decodedSize = (e: unknown): string | undefined =>
  e instanceof Error && e.message.includes(DECODED_MARK) ? e.message.slice(e.message.indexOf(DECODED_MARK) + DECODED_MARK.length).trim() : undefined;

function guardAllocations(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.__kjhzGuarded) return;
  g.__kjhzGuarded = true;
  const kinds = ['ArrayBuffer', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array'] as const;
  for (const name of kinds) {
    const Original = g[name] as (new (...args: unknown[]) => object) & { BYTES_PER_ELEMENT?: number };
    const bytesPer = Original.BYTES_PER_ELEMENT ?? 1;
    g[name] = new Proxy(Original, {
      construct(target, args: unknown[], newTarget) {
        const n = args[0];
        if (reading && typeof n === 'number' && n * bytesPer >= COUNTED) {
          const bytes = n * bytesPer;
          if (bytes > MAX_ONE_ALLOCATION || reading.used + bytes > MAX_READ_ALLOCATIONS) {
            // (pdf.js may swallow the error and go on with what it decoded: the read notes it here)
            reading.refused ??= `${Math.round(bytes / MB)} MB`;
            throw new DecodedTooLarge(`${DECODED_MARK} ${Math.round(bytes / MB)} MB`);
          }
          reading.used += bytes;
        }
        return Reflect.construct(target, args, newTarget === g[name] ? target : newTarget);
      },
    });
  }
}
guardAllocations();

/** pdf.js PermissionFlag values. */
const PERM = { PRINT: 0x04, MODIFY_CONTENTS: 0x08, COPY: 0x10 } as const;

export function problem(p: NonNullable<PdfFacts['problem']>, detail: string, pages = 0, extra: Partial<PdfFacts> = {}): PdfFacts {
  return { pages, pageSizes: [], text: [], hasText: false, ...extra, problem: p, problemDetail: detail };
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** What InvalidPDFException (and other format errors) mean for this particular file. */
function explainInvalid(bytes: Uint8Array, message: string): string {
  if (bytes.length === 0 || /empty/i.test(message)) {
    return '文件为空（0字节），没有任何内容；请重新导出并上传 (the file is empty: 0 bytes)';
  }
  const head = latin1(bytes.subarray(0, 4096));
  // no header and no PDF object either (pdf.js rebuilds a file without a header from its objects)
  if (!head.slice(0, 1024).includes('%PDF-') && !/\d+\s+\d+\s+obj\b|\bxref\b|\btrailer\b/u.test(head)) {
    return '文件内容不是PDF（可能是其他格式的文件改了扩展名），无法打开；请用“另存为/导出为PDF”重新生成 (not a PDF: no %PDF- header)';
  }
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF') && !tail.includes('startxref')) {
    return 'PDF文件不完整（文件尾部缺失，可能上传或下载中断、文件被截断），无法打开；请重新导出并上传 (truncated PDF: the end of the file is missing)';
  }
  return `PDF文件已损坏，结构无法解析，评审专家无法打开；请重新导出并上传 (corrupt PDF: ${message})`;
}

function classify(err: unknown, bytes: Uint8Array): PdfFacts {
  const e = err instanceof Error ? err : new Error(String(err));
  const size = decodedSize(e);
  if (size) return problem('corrupt', decodedTooLarge(size));
  switch (e.name) {
    case 'PasswordException':
      return problem(
        'encrypted',
        '文件已加密，需要密码才能打开，评审专家无法查看；请提交未加密的PDF (encrypted: a password is needed to open it)',
      );
    case 'InvalidPDFException':
    case 'FormatError':
      return problem('corrupt', explainInvalid(bytes, e.message));
    default:
      return problem('corrupt', `PDF文件无法读取（${e.name}），可能已损坏；请重新导出并上传 (unreadable PDF: ${e.message})`);
  }
}

/** A file (or page) whose streams decode to more than a read may hold: a decompression bomb, or damage. */
export const decodedTooLarge = (size: string): string =>
  `PDF文件中的数据解压后过大（单个数据流约${size}，超过读取上限${MAX_ONE_ALLOCATION / MB} MB或合计${MAX_READ_ALLOCATIONS / MB} MB），可能是压缩炸弹或文件已损坏，未能读取；请重新导出并上传 (the file's streams decode to more than a read may use: ${size})`;

/** The explanation of problem 'timeout' (also used by src/pdf/isolated.ts when it stops a reader that does not yield). */
export function timeoutDetail(timeoutMs: number): string {
  const secs = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10}秒` : `${timeoutMs}毫秒`;
  return `读取PDF超过时间限制（${secs}），文件可能过大或结构异常，未能检查内容；请重新导出或压缩后再上传 (reading took longer than ${timeoutMs} ms)`;
}

/** Thrown inside read() when the deadline has passed; inspectPdf turns it into problem 'timeout'. */
class Timeout extends Error {
  override name = 'KjhzTimeout';
}

/** Let timers and I/O run (pdf.js's fake worker only ever yields to microtasks), then check the clock. */
async function checkpoint(deadline: number): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (performance.now() > deadline) throw new Timeout();
}

/** The part of pdf.js's viewport (PageViewport) used here. */
interface PdfJsViewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
  convertToViewportRectangle(rect: number[]): number[];
}
/** A text item of getTextContent (marked-content items have no str). */
interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
/** What getAnnotations gives for the annotations read here (pdf.js AnnotationData, loosely). */
interface PdfJsAnnotation {
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  textContent?: string[];
  contentsObj?: { str?: string };
  rect?: number[];
  annotationFlags?: number;
  hidden?: boolean;
  defaultAppearanceData?: { fontSize?: number };
  options?: { exportValue?: string; displayValue?: string }[];
}
/** pdf.js's operators of a page as drawn: operator codes (pdf.js OPS) and their arguments. */
interface PdfJsOperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}
interface PdfJsPage {
  getViewport(o: { scale: number }): PdfJsViewport;
  getTextContent(): Promise<{ items: PdfJsTextItem[] }>;
  getAnnotations(): Promise<PdfJsAnnotation[]>;
  getOperatorList(): Promise<PdfJsOperatorList>;
  cleanup(): void;
}
/** The part of pdf.js's document (PDFDocumentProxy) read here. */
interface PdfJsDocument {
  numPages: number;
  /** null unless encrypted: then the /P flags that allow (PERM). */
  getPermissions(): Promise<number[] | null>;
  getPage(n: number): Promise<PdfJsPage>;
}

/** The document pdf-parse has loaded (once, cached on the parser). PDFParse#load is not declared public,
 * but every public method of pdf-parse 2.x gets its document through it; its public getInfo also parses
 * the Info dictionary and XMP metadata, the outline and the page labels, none of which is checked; its
 * getText keeps only line strings, not where the text stands. */
const documentOf = (parser: PDFParse): Promise<PdfJsDocument> => (parser as unknown as { load(): Promise<PdfJsDocument> }).load();

const finite = (...xs: number[]) => xs.every(Number.isFinite);

/** A text item as a run: its box on the page as shown (rotation applied), top-left origin. */
function runOfItem(item: PdfJsTextItem, vp: PdfJsViewport): TextRun | undefined {
  const t = item.transform;
  if (!item.str || !t || t.length < 6) return undefined;
  const [a, b, c, d, e, f] = t as [number, number, number, number, number, number];
  const along = Math.hypot(a, b);
  const up = Math.hypot(c, d);
  const h = item.height && item.height > 0 ? item.height : up;
  const w = item.width ?? 0;
  if (!finite(a, b, c, d, e, f, h, w) || along === 0 || up === 0) return undefined;
  const [ux, uy, vx, vy] = [a / along, b / along, c / up, d / up];
  // from a little below the baseline (descenders) to the top of the glyphs, in user space
  const corners = [
    [e - 0.2 * h * vx, f - 0.2 * h * vy],
    [e - 0.2 * h * vx + w * ux, f - 0.2 * h * vy + w * uy],
    [e + 0.8 * h * vx, f + 0.8 * h * vy],
    [e + 0.8 * h * vx + w * ux, f + 0.8 * h * vy + w * uy],
  ].map(([x, y]) => vp.convertToViewportPoint(x!, y!));
  const xs = corners.map((p) => p[0]!);
  const ys = corners.map((p) => p[1]!);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { text: item.str, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Annotation flags (PDF 32000 12.5.3): Hidden, NoView. */
const HIDDEN = 0x02 | 0x20;

/** The text an annotation shows: its appearance's text, else a field's value, else a FreeText's contents. */
function annotationText(a: PdfJsAnnotation): string {
  if (a.subtype === 'Popup' || a.subtype === 'Link' || a.hidden || ((a.annotationFlags ?? 0) & HIDDEN) !== 0) return '';
  if (a.fieldType === 'Btn') return ''; // check boxes and buttons: a state or a caption, not text
  const shown = (a.textContent ?? []).filter((s) => typeof s === 'string').join('\n');
  if (shown.trim()) return shown;
  if (a.fieldType === 'Tx' && typeof a.fieldValue === 'string') return a.fieldValue;
  if (a.fieldType === 'Ch') {
    // the option as shown, not its export value
    const shownAs = (v: string) => a.options?.find((o) => o.exportValue === v)?.displayValue ?? v;
    return (Array.isArray(a.fieldValue) ? a.fieldValue : [a.fieldValue]).filter((v): v is string => typeof v === 'string').map(shownAs).join('\n');
  }
  if (a.subtype === 'FreeText') return a.contentsObj?.str ?? '';
  return '';
}

/** Form-field values and annotation texts as runs, one a line, in the annotation's box. */
function runsOfAnnotation(a: PdfJsAnnotation, vp: PdfJsViewport): TextRun[] {
  const text = annotationText(a);
  if (!text.trim() || !a.rect || a.rect.length < 4 || !finite(...a.rect)) return [];
  const [x0, y0, x1, y1] = vp.convertToViewportRectangle(a.rect) as [number, number, number, number];
  const left = Math.min(x0, x1);
  const top = Math.min(y0, y1);
  const boxW = Math.abs(x1 - x0);
  const boxH = Math.abs(y1 - y0);
  const lines = text.split(/\r\n|\r|\n/u).filter((l) => l.trim());
  if (!lines.length || !(boxH > 0)) return [];
  const size = a.defaultAppearanceData?.fontSize;
  const font = Math.max(4, Math.min(size && size > 0 ? size : 12, boxH / lines.length));
  const widthOf = (line: string) => Math.min(Math.max(boxW - 4, font), [...line].reduce((n, ch) => n + (/[\u2e80-\uffff]/u.test(ch) ? font : 0.55 * font), 0));
  // one line: the field's box (a viewer centres the text in it; the box overlaps the line it stands in);
  // several: line by line from the top
  if (lines.length === 1) return [{ text: lines[0]!, x: left + 2, y: top, width: widthOf(lines[0]!), height: Math.min(boxH, 2.2 * font) }];
  const first = top + Math.min(2, boxH / 10);
  return lines.map((line, i) => ({ text: line, x: left + 2, y: first + i * font * 1.15, width: widthOf(line), height: font }));
}

/** What one page says: its text items and its annotations' texts, as a PageText. */
async function pageTextOfPage(page: PdfJsPage, n: number, vp: PdfJsViewport): Promise<PageText> {
  const runs: TextRun[] = [];
  for (const item of (await page.getTextContent()).items) {
    const run = runOfItem(item, vp);
    if (run && /\S/u.test(run.text)) runs.push(run);
  }
  const layer = unreadableReason(runsText({ page: n, width: vp.width, height: vp.height, source: 'text', runs }));
  let annotations: PdfJsAnnotation[] = [];
  try {
    annotations = await page.getAnnotations();
  } catch {
    // a broken annotation array hides no page text
  }
  for (const a of annotations) runs.push(...runsOfAnnotation(a, vp));
  return { page: n, width: round2(vp.width), height: round2(vp.height), source: 'text', runs, ...(layer ? { unreadable: layer } : {}) };
}

/** A page pdf.js could not read: what went wrong, for the finding on that page. */
const pageError = (e: unknown): string =>
  decodedSize(e) ? decodedTooLarge(decodedSize(e)!) : (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 200);

async function read(parser: PDFParse, opts: InspectOptions, deadline: number, budget: { refused?: string } = {}): Promise<PdfFacts> {
  const first = Math.max(1, Math.floor(opts.firstPages));
  const doc = await documentOf(parser);
  const pages = doc.numPages;
  const permission = await doc.getPermissions();
  await checkpoint(deadline);

  const extra: Partial<PdfFacts> = {};
  // Opened without a password although encrypted: only an owner password is set.
  if (Array.isArray(permission)) {
    const allowed = new Set(permission);
    extra.restricted = true;
    extra.permissions = {
      print: allowed.has(PERM.PRINT),
      copy: allowed.has(PERM.COPY),
      modify: allowed.has(PERM.MODIFY_CONTENTS),
    };
  }

  // pdf.js takes the page count from the page tree's /Count: a crafted file says -2147483648 (the fuzzer's
  // find), which must not read as "no text on any page", i.e. a scan
  if (!Number.isSafeInteger(pages) || pages < 0) {
    return problem('corrupt', `PDF文件的页数信息无效（${pages}），结构已损坏，评审专家无法正常打开；请重新导出并上传 (invalid page count: ${pages})`, 0, extra);
  }
  if (pages === 0) {
    return problem('no-pages', 'PDF文件没有任何页面（0页），评审专家看不到任何内容；请重新导出 (the PDF has no pages)', 0, extra);
  }
  if (pages > opts.maxPages) {
    return problem(
      'too-many-pages',
      `PDF文件共${pages}页，超过可检查的上限${opts.maxPages}页，未读取内容；请确认是否上传了错误的文件或拆分材料 (${pages} pages, more than the limit of ${opts.maxPages})`,
      pages,
      extra,
    );
  }
  // Page by page: size, text items, annotations. A page pdf.js cannot read is a finding on that page; the
  // other pages are still read (a damaged page among thirty must not hide the agreement's text).
  const pageSizes: PdfFacts['pageSizes'] = [];
  const pageTexts: PageText[] = [];
  const badPages: NonNullable<PdfFacts['badPages']> = [];
  let firstError: unknown;
  for (let n = 1; n <= Math.min(first, pages); n++) {
    let page: PdfJsPage;
    let vp: PdfJsViewport;
    try {
      page = await doc.getPage(n);
      vp = page.getViewport({ scale: 1 });
    } catch (e) {
      firstError ??= e;
      badPages.push({ page: n, detail: pageError(e) });
      pageSizes.push({ width: 0, height: 0 });
      pageTexts.push({ page: n, width: 0, height: 0, source: 'text', runs: [] });
      continue;
    }
    pageSizes.push({ width: round2(vp.width), height: round2(vp.height) });
    try {
      budget.refused = undefined;
      pageTexts.push(await pageTextOfPage(page, n, vp));
      // pdf.js went on without what the memory cap refused: the page is not what it shows
      if (budget.refused) throw new DecodedTooLarge(`${DECODED_MARK} ${budget.refused}`);
    } catch (e) {
      if (pageTexts.length === n) pageTexts.pop();
      firstError ??= e;
      badPages.push({ page: n, detail: pageError(e) });
      pageTexts.push({ page: n, width: round2(vp.width), height: round2(vp.height), source: 'text', runs: [] });
    }
    page.cleanup();
    if (n % PAGES_PER_CHECKPOINT === 0) await checkpoint(deadline);
  }
  // not one page could be read: the document is damaged, as pdf.js says
  if (badPages.length === pageTexts.length) throw firstError;
  // a page box pdf.js cannot measure (/MediaBox [0 0 1e308 1e308], found by the fuzzer) must not become
  // "page 1 is NaN×NaN mm, not A4": the file is damaged
  const unmeasurable = pageSizes.findIndex((p, i) => !badPages.some((b) => b.page === i + 1) && !(Number.isFinite(p.width) && Number.isFinite(p.height) && p.width > 0 && p.height > 0));
  if (unmeasurable >= 0) {
    return problem('corrupt', `PDF文件第${unmeasurable + 1}页的页面尺寸信息无效（MediaBox损坏），评审专家可能无法正常查看或打印；请重新导出并上传 (page ${unmeasurable + 1} has an invalid page size)`, pages, extra);
  }
  await checkpoint(deadline);
  const text = pageTexts.map((p) => (p.unreadable ? '' : pageTextOf(p)));
  if (opts.redPaths) {
    const red = await redPathPages(doc, text, badPages, deadline, budget);
    if (red.length) extra.redPathPages = red;
  }
  return { pages, pageSizes, text, pageTexts, hasText: hasMeaningfulText(text), ...(badPages.length ? { badPages } : {}), ...extra };
}

// Electronic seals drawn as vector paths. Office, WPS and e-signature tools put a seal into a PDF either as
// a picture or as red filled and stroked paths (the ring, the star, the unit's name along the arc as
// outlines). Such a page is drawn for the seal check only when its operators paint a path in red; the
// ring test on the drawn pixels (src/ocr/seal.ts) then tells a seal from a red letterhead or rule.
// pdf.js hands every colour (gray, RGB, CMYK, ICC-based, Separation, DeviceN, Lab, indexed) to the page's
// drawing as "#rrggbb" (setFillRGBColor / setStrokeRGBColor), and every path as one constructPath whose
// first argument is the operator that paints it.

/** A colour that reads as seal red: r ≥ 0.6, g and b ≤ 0.35. */
function isSealRed(colour: unknown): boolean {
  let rgb: number[] | undefined;
  if (typeof colour === 'string' && /^#[0-9a-f]{6}$/iu.test(colour)) rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  // (a pdf.js that hands colours over as 0–255 numbers)
  else if (Array.isArray(colour) && colour.length >= 3 && colour.every((c) => typeof c === 'number')) rgb = colour as number[];
  if (!rgb) return false;
  const [r, g, b] = rgb as [number, number, number];
  return r >= 0.6 * 255 && g <= 0.35 * 255 && b <= 0.35 * 255;
}

/** Whether the operators paint a path in red: filled while the fill colour is red, or stroked while the
 * stroke colour is. The colours follow save/restore. */
export function paintsRedPath(ops: PdfJsOperatorList, OPS: Record<string, number>): boolean {
  const fills = new Set([OPS.fill, OPS.eoFill]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke]);
  const both = new Set([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  let fill = false;
  let stroke = false;
  const stack: [boolean, boolean][] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push([fill, stroke]);
    else if (fn === OPS.restore) [fill, stroke] = stack.pop() ?? [false, false];
    else if (fn === OPS.setFillRGBColor) fill = isSealRed(args?.[0] ?? args);
    else if (fn === OPS.setStrokeRGBColor) stroke = isSealRed(args?.[0] ?? args);
    else if (fn === OPS.setFillTransparent) fill = false;
    else if (fn === OPS.setStrokeTransparent) stroke = false;
    else {
      // pdf.js 5: constructPath carries its painting operator; older: the painting operator follows the path
      const paint = fn === OPS.constructPath ? (args?.[0] as number | undefined) : fn;
      if (paint === undefined) continue;
      if ((fill && (fills.has(paint) || both.has(paint))) || (stroke && (strokes.has(paint) || both.has(paint)))) return true;
    }
  }
  return false;
}

// Before asking pdf.js for a page's operators (which builds the outline of every glyph the page shows:
// twice the cost of reading its text, +36 % CPU on a born-digital batch measured), the file's content
// streams are looked at for a colour operator that could be red. Only a file that surely sets none
// skips the operators: a stream that cannot be decoded here, or a colour this cannot judge (one operand
// of sc/scn: a tint in a Separation, an index into a palette), counts as "may".

/** Streams that are not drawing operators: images, font programs, ICC profiles, metadata, xref and
 * object streams, embedded files. */
const NOT_CONTENT = /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b|\/N\s+\d|\/Alternate\b/u;
/** A colour operator and its numeric operands. */
const COLOUR_OP = /(?<![\w.+-])((?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s+){1,4})(rg|RG|k|K|scn|SCN|sc|SC)(?![A-Za-z])/gu;
/** Loose: any colour that the precise test (isSealRed, on pdf.js's conversion) could call red. */
const mayBeRed = ([r, g, b]: number[]): boolean => r! >= 0.45 && g! <= 0.5 && b! <= 0.5;

const cmykMayBeRed = ([c, m, y, k]: number[]): boolean => mayBeRed([(1 - c!) * (1 - k!), (1 - m!) * (1 - k!), (1 - y!) * (1 - k!)]);
const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** Whether decoded operators set a colour that may be red. */
function setsRed(ops: string): boolean {
  for (const m of ops.matchAll(COLOUR_OP)) {
    const n = m[1]!.trim().split(/\s+/u).map(Number);
    const op = m[2]!;
    if (op === 'rg' || op === 'RG' || op === 'k' || op === 'K') {
      // (the device spaces clamp what is out of range)
      const c = n.map(clamp);
      if (op.toLowerCase() === 'rg' ? c.length >= 3 && mayBeRed(c.slice(-3)) : c.length === 4 && cmykMayBeRed(c)) return true;
      continue;
    }
    // sc/scn: one or two operands (a tint, an index), values out of 0..1 (Lab): cannot be judged here
    if (n.length < 3 || n.some((x) => !(x >= 0 && x <= 1))) return true;
    if (n.length === 3 ? mayBeRed(n) : cmykMayBeRed(n)) return true;
  }
  return false;
}

const MAX_LOOKED_THROUGH = 64 * MB;
/** What the content streams may decode to, each and all together (a stream that decodes to gigabytes: may). */
const MAX_STREAM_DECODED = 16 * MB;
const MAX_DECODED = 64 * MB;

/** False when no content stream of the file can set a red colour; true when one may (or cannot be read). */
export function maySetRed(bytes: Uint8Array): boolean {
  // (a file this large is not copied into a string to be looked through)
  if (bytes.length > MAX_LOOKED_THROUGH) return true;
  const text = latin1(bytes);
  // encrypted streams cannot be read here
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/u.test(text)) return true;
  const start = /(?<=>>\s*)stream(?:\r\n|\n|\r)/gu;
  let decoded = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index + m[0].length;
    const head = text.slice(Math.max(0, m.index - 1000), m.index);
    const at = head.lastIndexOf('obj');
    const dict = head.slice(at + 3);
    // the stream's data: its /Length when given directly and right, else up to the next endstream
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/u.exec(dict)?.[1] ?? NaN);
    const end = Number.isInteger(length) && /^\s*endstream/u.test(text.slice(from + length, from + length + 12)) ? from + length : text.indexOf('endstream', from);
    if (end < 0) return true;
    start.lastIndex = end;
    // (a dictionary whose start is not in sight is read, not skipped)
    if (at >= 0 && NOT_CONTENT.test(dict)) continue;
    const named = /\/Filter\s*(?:\/(\w+)|\[\s*((?:\/\w+\s*)*)\])/u.exec(dict);
    const filter = named ? (named[1] ? `/${named[1]}` : named[2]!.trim()) : /\/Filter\b/u.test(dict) ? '?' : '';
    let ops: string;
    if (filter === '') ops = text.slice(from, end);
    // (a predictor would need undoing first)
    else if ((filter === '/FlateDecode' || filter === '/Fl') && !/\/DecodeParms\b/u.test(dict)) {
      try {
        // (a stream cut short still gives what it has)
        const out = inflateSync(bytes.subarray(from, end), { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: MAX_STREAM_DECODED });
        decoded += out.length;
        if (decoded > MAX_DECODED) return true;
        ops = latin1(out);
      } catch {
        return true;
      }
    } else return true;
    // a font program or a profile without the keys that say so (binary from its first bytes: drawing
    // operators are text)
    if (ops.slice(0, 8).includes('\0')) continue;
    if (setsRed(ops)) return true;
  }
  return false;
}

/** Of the pages read that have text and say where the document is stamped, and of its last page read, those
 * whose operators paint a path in red. The last page is looked at even when other pages have the words
 * (本协议经双方盖章后生效 on page 1, the seals on the signature page): only its operators are read, and
 * it is drawn only when it paints red. A page whose operators cannot be had is not one. */
async function redPathPages(doc: PdfJsDocument, text: string[], badPages: { page: number }[], deadline: number, budget: { refused?: string }): Promise<number[]> {
  const { OPS } = await pdfjs();
  const candidates = [...new Set([...stampPages(text), text.length])].filter((n) => n >= 1 && hasMeaningfulText([text[n - 1] ?? '']) && !badPages.some((b) => b.page === n)).sort((a, b) => a - b);
  const red: number[] = [];
  for (const n of candidates) {
    try {
      budget.refused = undefined;
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      page.cleanup();
      if (!budget.refused && paintsRedPath(ops, OPS)) red.push(n);
    } catch (e) {
      if (e instanceof Timeout) throw e;
    }
    await checkpoint(deadline);
  }
  return red;
}

/** How many pages are read between two looks at the clock (each look yields to the event loop). */
const PAGES_PER_CHECKPOINT = 8;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Read a PDF: page count, sizes and text of the first pages, encryption.
 * Never throws; failures are `problem` with a plain explanation in `problemDetail`.
 */
export async function inspectPdf(bytes: Uint8Array, opts: InspectOptions): Promise<PdfFacts> {
  const t0 = performance.now();
  const done = (f: PdfFacts): PdfFacts => ({ ...f, ms: Math.round(performance.now() - t0) });
  if (bytes.length === 0) return done(problem('corrupt', explainInvalid(bytes, 'empty')));
  // pdf.js's operators cost twice the text (its glyph outlines): asked for only when the file may set red
  if (opts.redPaths && !maySetRed(bytes)) opts = { ...opts, redPaths: false };
  const first = await attempt(bytes, opts, t0);
  if (first.problem !== 'encrypted') return done(first);
  // pdf.js asks for a password as soon as a document has an /Encrypt dictionary, also when its crypt
  // filters leave the pages as they are (/StmF and /StrF /Identity: only embedded files are encrypted,
  // AuthEvent /EFOpen). Readers that follow the filters open those without a password: so does kjhz,
  // by reading the same bytes with the dictionary's trailer entry renamed (offsets unchanged).
  const plain = contentUnencrypted(bytes);
  if (!plain) return done(first);
  const second = await attempt(plain.bytes, opts, t0);
  if (second.problem) return done(first);
  return done({ ...second, ...(plain.printForbidden ? { restricted: true, permissions: plain.permissions } : {}) });
}

/** The bytes with the trailer's /Encrypt entry renamed, when the encryption dictionary (never in an object
 * stream, PDF 32000 7.5.7) applies no crypt filter to streams or strings; undefined otherwise. */
function contentUnencrypted(bytes: Uint8Array): { bytes: Uint8Array; printForbidden: boolean; permissions: NonNullable<PdfFacts['permissions']> } | undefined {
  const text = latin1(bytes);
  const ref = /\/Encrypt\s*(\d+)\s+(\d+)\s+R/u.exec(text);
  let dict: string | undefined;
  if (ref) dict = new RegExp(`(?<![0-9])${ref[1]}\\s+${ref[2]}\\s+obj\\s*<<([\\s\\S]{0,4000}?)endobj`, 'u').exec(text)?.[1];
  else dict = /\/Encrypt\s*<<([\s\S]{0,4000}?)>>\s*(?:\/|>>)/u.exec(text)?.[1];
  if (!dict || !/\/Filter\s*\/Standard/u.test(dict)) return undefined;
  const v = Number(/\/V\s+(\d+)/u.exec(dict)?.[1]);
  if (v !== 4 && v !== 5) return undefined; // before V4 every stream and string is encrypted
  const filter = (key: string) => new RegExp(`\\/${key}\\s*\\/(\\w+)`, 'u').exec(dict!)?.[1] ?? 'Identity';
  if (filter('StmF') !== 'Identity' || filter('StrF') !== 'Identity') return undefined;
  const renamed = text.replace(/\/Encrypt(?=\s*(?:\d+\s+\d+\s+R|<<))/gu, '/Encrypx');
  const flags = Number(/\/P\s+(-?\d+)/u.exec(dict)?.[1] ?? -1) | 0;
  const permissions = { print: (flags & PERM.PRINT) !== 0, copy: (flags & PERM.COPY) !== 0, modify: (flags & PERM.MODIFY_CONTENTS) !== 0 };
  return { bytes: new Uint8Array(Buffer.from(renamed, 'latin1')), printForbidden: !permissions.print, permissions };
}

/** How pdf.js opens one document, for reading its text and for drawing its pages. */
function documentOptions(bytes: Uint8Array) {
  return {
    // a copy: pdf.js may take ownership of (transfer) the array it is given
    data: bytes.slice(),
    ...(CMAP_URL ? { cMapUrl: CMAP_URL, cMapPacked: true } : {}),
    ...(STANDARD_FONTS_URL ? { standardFontDataUrl: STANDARD_FONTS_URL } : {}),
    stopAtErrors: false,
    isEvalSupported: false,
  };
}

/** One read of the bytes by pdf.js, within the time left from t0. */
async function attempt(bytes: Uint8Array, opts: InspectOptions, t0: number): Promise<PdfFacts> {
  let parser: PDFParse;
  try {
    const { PDFParse } = await pdfParse();
    parser = new PDFParse(documentOptions(bytes));
  } catch (e) {
    return classify(e, bytes);
  }
  const left = Math.max(0, opts.timeoutMs - (performance.now() - t0));
  const budget: NonNullable<typeof reading> = { used: 0 };
  reading = budget;
  const work = read(parser, opts, performance.now() + left, budget).finally(() => {
    if (reading === budget) reading = undefined;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), left);
  });
  try {
    const r = await Promise.race([work, timeout]).catch((e: unknown) => {
      if (e instanceof Timeout) return 'timeout' as const;
      throw e;
    });
    if (r === 'timeout') {
      // the parse goes on until it next yields; then it fails on the destroyed document
      work.then(
        () => parser.destroy(),
        () => parser.destroy(),
      ).catch(() => undefined);
      return problem('timeout', timeoutDetail(opts.timeoutMs));
    }
    return r;
  } catch (e) {
    return classify(e, bytes);
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Page images, for OCR and the seal check (src/ocr). A scanned page is usually one image drawn over the
// whole page: its pixels are taken as pdf.js decodes them (~0.1 s for a 150 dpi JPEG), without drawing
// the page. Any other page — turned (/Rotate), several images, a photo pasted into text, masks — is drawn
// (~0.3 s at 150 dpi), so that it comes out as a person sees it. pdf.js decodes JPEG, JBIG2, CCITT,
// CMYK and 16-bit images itself; an image larger than MAX_IMAGE_PIXELS is dropped by it (a blank page
// then, which OCR reports as unreadable) instead of taking gigabytes.

/** Pixels of one page as shown: RGB (3), RGBA (4) or grey (1) bytes per pixel, row by row. */
export interface PageImage {
  page: number;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array;
  /** The page as shown, in points (its /Rotate applied). */
  pageWidth: number;
  pageHeight: number;
  /** 'image': the page's one image, as stored; 'drawn': the page drawn at `dpi`. */
  how: 'image' | 'drawn';
}

export interface PageImageOptions {
  /** Pages wanted (1-based). */
  pages: readonly number[];
  /** Resolution a drawn page is drawn at. */
  dpi: number;
  timeoutMs: number;
}

/** Larger images are not decoded (pdf.js's maxImageSize): 600 dpi A4 is 35 million pixels. */
export const MAX_IMAGE_PIXELS = 60_000_000;
/** A drawn page is never larger than this many pixels (a 2 m poster page is drawn at a lower resolution). */
const MAX_DRAWN_PIXELS = 12_000_000;

type PdfJsModule = { OPS: Record<string, number>; ImageKind: Record<string, number> };
let pdfjsModule: Promise<PdfJsModule> | undefined;
/** pdf.js as pdf-parse loads it (the same module instance: its operator codes). */
const pdfjs = (): Promise<PdfJsModule> =>
  (pdfjsModule ??= (async () => {
    const req = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const { pathToFileURL } = await import('node:url');
    return import(pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as Promise<PdfJsModule>;
  })());

interface PdfJsImagePage {
  rotate: number;
  getViewport(o: { scale: number }): { width: number; height: number };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: { get(name: string, callback: (img: { width: number; height: number; kind?: number; data?: Uint8Array | Uint8ClampedArray } | null) => void): void; has?(name: string): boolean };
  render(o: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
  cleanup(): void;
}
interface CanvasFactory {
  create(w: number, h: number): { canvas: unknown; context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number } } };
  destroy?(c: unknown): void;
}

type OperatorList = { fnArray: number[]; argsArray: unknown[][] };
type Matrix = [number, number, number, number, number, number];

/** What a page paints, walked once through its operator list: each image (its operator, name and the
 * transform it is drawn with: the unit square onto the page) and whether any text is shown. */
function paintedImages(ops: OperatorList, OPS: Record<string, number>): { images: { fn: number; name: string; ctm: Matrix }[]; text: boolean } {
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintSolidColorImageMask]);
  const texts = new Set([OPS.showText, OPS.showSpacedText]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const images: { fn: number; name: string; ctm: Matrix }[] = [];
  let text = false;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = ops.argsArray[i] as number[];
      const [A, B, C, D, E, F] = ctm;
      ctm = [a! * A + b! * C, a! * B + b! * D, c! * A + d! * C, c! * B + d! * D, e! * A + f! * C + E, e! * B + f! * D + F];
    } else if (texts.has(fn)) text = true;
    else if (paints.has(fn)) images.push({ fn, name: String((ops.argsArray[i] as unknown[])[0]), ctm });
  }
  return { images, text };
}

/** The one image that covers an unturned page, if that is all the page draws. */
function soleImage(ops: OperatorList, OPS: Record<string, number>, w: number, h: number): string | undefined {
  const { images, text } = paintedImages(ops, OPS);
  const found = images[0];
  if (text || images.length !== 1 || found!.fn !== OPS.paintImageXObject) return undefined;
  const [a, b, c, d, e, f] = found!.ctm;
  const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(2, 0.01 * Math.abs(y));
  // upright, unmirrored, the whole page: x' = a·x + e, y' = d·y + f over the unit square
  return near(b, 0) && near(c, 0) && near(a, w) && near(d, h) && near(e, 0) && near(f, 0) && a > 0 && d > 0 ? found!.name : undefined;
}

/** A picture covering at least this share of a page is something to read (a scan pasted into a Word file). */
const PICTURE_PAGE_SHARE = 0.25;

/**
 * The pages among `pages` that carry a picture covering a large part of the page (PICTURE_PAGE_SHARE): a
 * scan pasted into an Office document under a caption, whose text layer is only the caption. Never throws:
 * a page that cannot be looked at is not listed (its text layer stands).
 */
export async function picturePages(bytes: Uint8Array, pages: readonly number[], timeoutMs: number): Promise<number[]> {
  const out: number[] = [];
  if (!pages.length) return out;
  const deadline = performance.now() + Math.max(0, timeoutMs);
  let parser: PDFParse | undefined;
  try {
    const [{ PDFParse }, { OPS }] = await Promise.all([pdfParse(), pdfjs()]);
    parser = new PDFParse(documentOptions(bytes));
    const doc = (await documentOf(parser)) as unknown as { numPages: number; getPage(n: number): Promise<PdfJsImagePage> };
    for (const n of pages) {
      if (n < 1 || n > doc.numPages) continue;
      await checkpoint(deadline);
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const { images } = paintedImages(await page.getOperatorList(), OPS);
      // the unit square's area after the transform: |det|
      const largest = Math.max(0, ...images.map(({ ctm: [a, b, c, d] }) => Math.abs(a * d - b * c)));
      if (width > 0 && height > 0 && largest >= PICTURE_PAGE_SHARE * width * height) out.push(n);
      page.cleanup();
    }
  } catch {
    // a timeout or a page pdf.js cannot parse: the pages found so far
  } finally {
    await parser?.destroy().catch(() => undefined);
  }
  return out;
}

function decoded(page: PdfJsImagePage, name: string): Promise<{ width: number; height: number; kind?: number; data?: Uint8Array | Uint8ClampedArray } | null> {
  return new Promise((resolve) => page.objs.get(name, resolve));
}

/**
 * The images of the given pages, for OCR and the seal check. Never throws: a page that cannot be had is
 * listed in `failed` with the reason.
 */
export async function pageImages(bytes: Uint8Array, opts: PageImageOptions): Promise<{ images: PageImage[]; failed: { page: number; detail: string }[] }> {
  const images: PageImage[] = [];
  const failed: { page: number; detail: string }[] = [];
  const deadline = performance.now() + Math.max(0, opts.timeoutMs);
  let parser: PDFParse | undefined;
  try {
    const [{ PDFParse }, { OPS, ImageKind }] = await Promise.all([pdfParse(), pdfjs()]);
    parser = new PDFParse({ ...documentOptions(bytes), maxImageSize: MAX_IMAGE_PIXELS });
    const doc = (await documentOf(parser)) as unknown as { numPages: number; getPage(n: number): Promise<PdfJsImagePage>; canvasFactory: CanvasFactory };
    for (const n of opts.pages) {
      if (n < 1 || n > doc.numPages) continue;
      try {
        await checkpoint(deadline);
        const page = await doc.getPage(n);
        const shown = page.getViewport({ scale: 1 });
        const base = { page: n, pageWidth: round2(shown.width), pageHeight: round2(shown.height) };
        const sole = page.rotate % 360 === 0 ? soleImage(await page.getOperatorList(), OPS, shown.width, shown.height) : undefined;
        const img = sole ? await decoded(page, sole) : null;
        if (img?.data && (img.kind === ImageKind.RGB_24BPP || img.kind === ImageKind.RGBA_32BPP)) {
          const channels = img.kind === ImageKind.RGB_24BPP ? 3 : 4;
          if (img.data.length === img.width * img.height * channels) {
            images.push({ ...base, width: img.width, height: img.height, channels, data: new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.byteLength), how: 'image' });
            page.cleanup();
            continue;
          }
        }
        await checkpoint(deadline);
        let scale = opts.dpi / 72;
        const pixels = shown.width * shown.height * scale * scale;
        if (pixels > MAX_DRAWN_PIXELS) scale *= Math.sqrt(MAX_DRAWN_PIXELS / pixels);
        const viewport = page.getViewport({ scale });
        const canvas = doc.canvasFactory.create(Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
        await page.render({ canvasContext: canvas.context, viewport, canvas: canvas.canvas }).promise;
        const drawn = canvas.context.getImageData(0, 0, Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
        images.push({ ...base, width: drawn.width, height: drawn.height, channels: 4, data: new Uint8Array(drawn.data.buffer, drawn.data.byteOffset, drawn.data.byteLength), how: 'drawn' });
        doc.canvasFactory.destroy?.(canvas);
        page.cleanup();
      } catch (e) {
        if (e instanceof Timeout) {
          for (const m of opts.pages.filter((p) => p >= n)) failed.push({ page: m, detail: timeoutDetail(opts.timeoutMs) });
          break;
        }
        failed.push({ page: n, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    }
  } catch (e) {
    const done = new Set([...images.map((i) => i.page), ...failed.map((f) => f.page)]);
    for (const n of opts.pages) if (!done.has(n)) failed.push({ page: n, detail: classify(e, bytes).problemDetail ?? String(e) });
  } finally {
    await parser?.destroy().catch(() => undefined);
  }
  return { images, failed };
}
