// The PDF step of the pipeline: read an attachment already judged a PDF inside the dossier folder,
// once, and only the pages its checks need.
//
// OCR (src/ocr): the pages read that have no usable text layer are recognised from their image, and the
// pages of documents that must be sealed are looked at for seals; both only when asked (`ocr` settings:
// the CLI asks unless --no-ocr). The OCR modules are loaded only when a page needs them.
import { readFileSync } from 'node:fs';
import { sealsWanted, stampPages, type AttachmentFact, type PdfFacts } from '../core/attachments.js';
import type { Policy } from '../policy/policy.js';
import type { OcrChoice } from '../ocr/scan.js';
import { readPdfIsolated } from './isolated.js';
import { inspectPdf, pageImages, picturePages, type InspectOptions } from './inspect.js';
import { hasMeaningfulText, isCaptionOnly, pagesNeedingOcr } from '../core/textlayer.js';

/** Agreements are read whole (dates, English text and signatures may be anywhere, and they are short);
 * certificates, proofs and reports carry what is checked on their first pages. */
export function pagesNeeded(fieldPath: string): number {
  if (fieldPath.startsWith('agreements.')) return 30;
  if (fieldPath === 'attachments.auditReport') return 4;
  return 3;
}

/** How to read one file: the text of its first pages and, with `ocr`, its scanned pages and seals. Plain
 * data: it crosses to a reader thread. */
export interface ReadPlan {
  inspect: InspectOptions;
  ocr?: OcrChoice;
  seals: boolean;
}

/** The time a reader may take per page recognised, on top of the read's own limit. */
export const OCR_PAGE_BUDGET_MS = 60_000;
/** Resolution a page is drawn at for OCR and seals when it is not one image. */
const DRAW_DPI = 150;
function planOf(fact: AttachmentFact, policy: Policy, ocr: OcrChoice | undefined): ReadPlan {
  const seals = sealsWanted(fact.path);
  return {
    // (the pages where a seal drawn as vector paths may stand are found while the text is read)
    inspect: { firstPages: pagesNeeded(fact.path), timeoutMs: policy.attachment.readTimeoutMs, maxPages: policy.attachment.maxPages, ...(seals && ocr ? { redPaths: true } : {}) },
    ...(ocr !== undefined ? { ocr } : {}),
    seals,
  };
}

/** An image XObject anywhere in the file (stream dictionaries are never compressed): an electronic seal may
 * be a picture. Born-digital files without one (most Office exports) are drawn for a seal check only where
 * they paint red paths (PdfFacts.redPathPages). */
const hasImages = (bytes: Uint8Array): boolean => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Image');

/**
 * Reads a PDF as `plan` says, on the calling thread: the text layer (inspectPdf), then, with plan.ocr,
 * the pages without usable text recognised and the pages of a sealed document looked at for seals.
 * Never throws. `onPage`: told as each page is recognised, and with 0 when recognition starts (progress,
 * a watchdog's deadline).
 */
export async function readPdfBytes(bytes: Uint8Array, plan: ReadPlan, onPage?: (page: number) => void): Promise<PdfFacts> {
  const facts = await inspectPdf(bytes, plan.inspect);
  if (plan.ocr === undefined || facts.problem) return facts;
  const read = facts.text.map((t, i) => ({ page: i + 1, text: t }));
  // no meaningful text, or a text layer that does not decode (src/core/textlayer.ts)
  let ocrPages = facts.pageTexts ? pagesNeedingOcr(facts.pageTexts) : read.filter((p) => !hasMeaningfulText([p.text])).map((p) => p.page);
  // --no-ocr: such pages stay unread, and the report says it was the user's choice
  if (plan.ocr === false) return ocrPages.length ? { ...facts, ocrOff: true } : facts;
  const images = hasImages(bytes);
  // a scan pasted into a Word file under a caption: the page's text layer is the caption only (with
  // --no-ocr such a page has text, so nothing more would be said of it: not looked at above)
  const captioned = images ? read.filter((p) => !ocrPages.includes(p.page) && isCaptionOnly(p.text)).map((p) => p.page) : [];
  if (captioned.length) ocrPages = [...ocrPages, ...(await picturePages(bytes, captioned, plan.inspect.timeoutMs))].sort((a, b) => a - b);
  let sealPages: number[] = [];
  if (plan.seals) {
    sealPages = [...ocrPages, ...(facts.redPathPages ?? [])];
    if (images) {
      const stamped = stampPages(facts.text).filter((n) => hasMeaningfulText([facts.text[n - 1]!]));
      const last = read.length ? [read[read.length - 1]!.page] : [];
      sealPages.push(...(stamped.length ? stamped : last));
    }
    sealPages = [...new Set(sealPages)].sort((a, b) => a - b);
  }
  if (!ocrPages.length && !sealPages.length) return facts;
  // (0: OCR starts; a watchdog gives it its own time from here)
  onPage?.(0);
  const { readScans } = await import('../ocr/scan.js');
  const timeoutMs = plan.inspect.timeoutMs + OCR_PAGE_BUDGET_MS * Math.max(ocrPages.length, 1);
  return readScans(bytes, facts, { ocrPages, sealPages, images: (pages) => pageImages(bytes, { pages, dpi: DRAW_DPI, timeoutMs }), ...(onPage ? { onPage } : {}) }, plan.ocr);
}

/** The file's bytes, read synchronously: the calling thread has nothing else to do meanwhile, and a
 * thread-pool round trip per file costs more than the read (npm run bench). */
function bytesOf(absolutePath: string): Uint8Array | PdfFacts {
  try {
    return readFileSync(absolutePath);
  } catch (err) {
    return unreadable(err);
  }
}

const unreadable = (err: unknown): PdfFacts => ({
  pages: 0,
  pageSizes: [],
  text: [],
  hasText: false,
  problem: 'corrupt',
  problemDetail: `无法读取文件 cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
});

/** `ocr`: recognise scanned pages and look for seals; false (--no-ocr): do not, and say so in the facts
 * (PdfFacts.ocrOff); absent: the text layer only. */
export async function readPdfFile(absolutePath: string, fact: AttachmentFact, policy: Policy, ocr?: OcrChoice, onPage?: (page: number) => void): Promise<PdfFacts | undefined> {
  const bytes = bytesOf(absolutePath);
  if (!(bytes instanceof Uint8Array)) return bytes;
  // on a reader thread that is stopped at the time limit: one pdf.js step can run for minutes (src/pdf/isolated.ts)
  return readPdfIsolated(bytes, planOf(fact, policy, ocr), onPage);
}

/**
 * readPdfFile on the calling thread, for a thread that is itself stopped when a read overruns its time
 * limit: the batch pool's workers (src/check/pool.ts watches their reads), which so need no reader thread
 * of their own.
 */
export async function readPdfFileHere(absolutePath: string, fact: AttachmentFact, policy: Policy, ocr?: OcrChoice, onPage?: (page: number) => void): Promise<PdfFacts | undefined> {
  const bytes = bytesOf(absolutePath);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return readPdfBytes(bytes, planOf(fact, policy, ocr), onPage);
}
