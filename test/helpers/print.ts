// Real programs that show a deliverable the way a person sees it: headless Chromium (driven by
// playwright-core, Debian's own binary: no browser download), LibreOffice, and poppler's pdftotext and
// pdftoppm to read the PDFs they print. Each is looked up on PATH; a test that needs one skips, saying
// so, only where it is absent (.ci/run installs them all).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The program's path, or undefined when it is not installed. */
export function which(program: string): string | undefined {
  return spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

export const CHROMIUM = which('chromium');
export const SOFFICE = which('soffice');
export const PDFTOTEXT = which('pdftotext');
export const PDFTOPPM = which('pdftoppm');

/** Flags for a headless Chromium on a machine with no network (/work/.library/env/machines/node.md). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The text of each page of a PDF, as pdftotext lays it out. */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync(PDFTOTEXT!, ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Renders pages of a PDF to PNG files (prefix-N.png), for a person to look at. */
export function pdfToPng(pdf: string, prefix: string, dpi = 60): void {
  execFileSync(PDFTOPPM!, ['-r', String(dpi), '-png', pdf, prefix], { stdio: 'pipe' });
}

/** LibreOffice converts a file (a workbook) to `format` in `outDir`, with its own profile folder. */
export function sofficeConvert(file: string, format: string, outDir: string): void {
  execFileSync(SOFFICE!, [
    `-env:UserInstallation=file://${path.join(tmpdir(), `kjhz-test-lo-profile-${process.pid}`)}`,
    '--headless', '--convert-to', format, '--outdir', outDir, file,
  ], { stdio: 'pipe', timeout: 180_000 });
}

/** A run of text on a printed page: where its baseline starts (points from the page's top-left), its size. */
export interface PrintedText {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** The font size as printed, in points (the sheet's size times the print scale). */
  size: number;
}

export interface PrintedPage {
  width: number;
  height: number;
  items: PrintedText[];
}

/** Every text run of every page of a PDF, with its place and printed size (pdf.js's text content). */
export async function pdfItems(pdf: string): Promise<PrintedPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0, useSystemFonts: false }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: PrintedText[] = [];
    for (const it of content.items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const [a, b, c, d, e, f] = it.transform as number[];
      items.push({ str: it.str, x: e!, y: height - f!, width: it.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) });
    }
    pages.push({ width, height, items });
  }
  await doc.destroy();
  return pages;
}
