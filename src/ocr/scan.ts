// Reading the pages of a PDF that have no usable text layer, and looking for seals: page images in (from
// src/pdf), recognised text out, as the same PdfFacts the content rules read (text per page, and the
// positioned runs of src/core/pagetext.ts with source 'ocr' and each run's confidence).
//
// Cached by the file's content and the engine version (src/ocr/cache.ts): a page found in the cache is
// neither drawn nor recognised, and the OCR engine is not even loaded when every page is there.
import type { PdfFacts } from '../core/attachments.js';
import type { PageText, TextRun } from '../core/pagetext.js';
import { normaliseText } from '../pdf/text.js';
import { contentKey, readCache, writeCache, type CacheEntry, type CachedPage } from './cache.js';
import { factorFor, inkChannel, shrinkBy, type Pixels } from './pixels.js';
import { findSeals } from './seal.js';

/** A page image as src/pdf gives it (src/pdf/inspect.ts PageImage). */
export interface ScanImage extends Pixels {
  page: number;
  pageWidth: number;
  pageHeight: number;
}

export interface OcrSettings {
  /** Where results are cached; undefined: no cache (--no-cache). */
  cacheDir?: string;
}

/** What a read does with pages that have no usable text layer: recognise them with these settings, or
 * `false`: the user switched OCR off (--no-ocr), so they are not, and the facts say why (PdfFacts.ocrOff).
 * Absent (library use, tests): the text layer only, nothing said. */
export type OcrChoice = OcrSettings | false;

export interface ScanWork {
  /** Pages to recognise (no usable text layer). */
  ocrPages: number[];
  /** Pages to look for seals on. */
  sealPages: number[];
  /** The images of those pages; never throws. */
  images(pages: number[]): Promise<{ images: ScanImage[]; failed: { page: number; detail: string }[] }>;
  /** Called as each page is recognised (the progress bar, a watchdog's deadline). */
  onPage?: (page: number) => void;
}

/** The page's black ink (src/ocr/pixels.ts inkChannel), at most this long on its longer side (~150 dpi for A4). */
const OCR_SIDE = 1760;


async function recognisePage(img: ScanImage): Promise<CachedPage> {
  const { recognise } = await import('./engine.js');
  const ink = shrinkBy(inkChannel(img), factorFor(img.width, img.height, OCR_SIDE));
  const read = await recognise({ width: ink.width, height: ink.height, data: ink.data });
  // boxes → points of the page as read (turned when the scan was)
  const across = read.rotation === 90 || read.rotation === 270;
  const width = across ? img.pageHeight : img.pageWidth;
  const height = across ? img.pageWidth : img.pageHeight;
  const k = width / read.width;
  const runs: TextRun[] = read.lines.map((l) => ({
    text: l.text,
    x: round1(l.x * k),
    y: round1(l.y * k),
    width: round1(l.width * k),
    height: round1(l.height * k),
    confidence: l.confidence,
  }));
  const text: PageText = { page: img.page, width, height, source: 'ocr', runs };
  return { text, rotation: read.rotation };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Lines of a recognised page as the plain text the rules read: runs in reading order, one a line. */
export function pageTextLines(p: PageText): string {
  return [...p.runs]
    .sort((a, b) => (Math.abs(a.y - b.y) < Math.min(a.height, b.height) / 2 ? a.x - b.x : a.y - b.y))
    .map((r) => r.text)
    .join('\n');
}

/**
 * Recognises `work.ocrPages` and looks for seals on `work.sealPages`, from the cache where it can. Never
 * throws: a page that cannot be read is listed in `ocr.failed`.
 */
export async function readScans(bytes: Uint8Array, facts: PdfFacts, work: ScanWork, settings: OcrSettings): Promise<PdfFacts> {
  const { ENGINE_VERSION } = await import('./engine.js');
  const key = contentKey(bytes);
  const cached = settings.cacheDir ? readCache(settings.cacheDir, key, ENGINE_VERSION) : undefined;
  const entry: CacheEntry = cached ?? { engine: ENGINE_VERSION, pages: {} };
  const wanted = [...new Set([...work.ocrPages, ...work.sealPages])].sort((a, b) => a - b);
  const missing = wanted.filter((n) => {
    const c = entry.pages[n];
    if (!c) return true;
    return (work.ocrPages.includes(n) && !c.text && !c.failed) || (work.sealPages.includes(n) && !c.seals && !c.failed);
  });
  let changed = false;
  if (missing.length) {
    const got = await work.images(missing);
    for (const f of got.failed) entry.pages[f.page] = { ...entry.pages[f.page], failed: f.detail };
    for (const img of got.images) {
      const page: CachedPage = { ...entry.pages[img.page] };
      delete page.failed;
      if (work.sealPages.includes(img.page)) page.seals = findSeals(img, img.pageWidth, img.pageHeight);
      if (work.ocrPages.includes(img.page) && !page.text) {
        try {
          Object.assign(page, await recognisePage(img));
        } catch (e) {
          page.failed = `OCR: ${e instanceof Error ? e.message : String(e)}`;
        }
        work.onPage?.(img.page);
      }
      entry.pages[img.page] = page;
    }
    changed = true;
  }
  if (changed && settings.cacheDir) writeCache(settings.cacheDir, key, entry);
  return merge(facts, entry, work, missing.length === 0);
}

function merge(facts: PdfFacts, entry: CacheEntry, work: ScanWork, fromCache: boolean): PdfFacts {
  const text = [...facts.text];
  const pageTexts: PageText[] = [...(facts.pageTexts ?? [])];
  const ocr: NonNullable<PdfFacts['ocr']> = { pages: [], failed: [], rotated: [], cached: fromCache };
  for (const n of work.ocrPages) {
    const c = entry.pages[n];
    if (c?.text) {
      ocr.pages.push(n);
      text[n - 1] = normaliseText(pageTextLines(c.text));
      const at = pageTexts.findIndex((p) => p.page === n);
      if (at >= 0) pageTexts[at] = c.text;
      else pageTexts.push(c.text);
      if (c.rotation) ocr.rotated.push(n);
    } else ocr.failed.push({ page: n, detail: c?.failed ?? '?' });
  }
  pageTexts.sort((a, b) => a.page - b.page);
  const out: PdfFacts = { ...facts, text, pageTexts, ocr };
  out.hasText = facts.hasText || ocr.pages.some((n) => /[\p{L}\p{N}].*[\p{L}\p{N}].*[\p{L}\p{N}]/su.test(text[n - 1] ?? ''));
  if (work.sealPages.length) {
    const seals: NonNullable<PdfFacts['seals']> = { pages: [], colour: false, found: [] };
    for (const n of work.sealPages) {
      const s = entry.pages[n]?.seals;
      if (!s) continue;
      seals.pages.push(n);
      seals.colour ||= s.colour;
      for (const f of s.seals) seals.found.push({ page: n, x: f.x, y: f.y, width: f.width, height: f.height });
    }
    out.seals = seals;
  }
  return out;
}
