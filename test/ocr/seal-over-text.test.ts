// A red seal stamped over a checked field: the field must still be read. test/fixtures/scans/seal-over
// (scripts/make-scans.ts): one-page proofs whose seal covers the unit's name, its credit code or a date,
// at the field's start, middle or end, across the line or with its ring or 专用章 crossing it; a fresh,
// a faint, a dark red and an overinked stamp (JPEG q60, the last q45); 1–3° of skew. Read as kjhz reads
// a scan (src/pdf/read.ts, no cache), and judged as the rules judge it: the code and the date exactly, the
// name with the rules' OCR tolerance (one character in a long name).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfBytes } from '../../src/pdf/read.js';
import { containsNameOcr } from '../../src/core/textfacts.js';
import { inkChannel } from '../../src/ocr/pixels.js';

const dir = path.join(import.meta.dirname, '../fixtures/scans/seal-over');
interface SealOverPage {
  file: string;
  over: 'name' | 'code' | 'date';
  stamp: string;
  fields: { name: string; code: string; date: string };
}
const pages = JSON.parse(readFileSync(path.join(dir, 'fields.json'), 'utf8')) as SealOverPage[];

// OCR is slow on a shared two-core machine: minutes, not the suite's default minute
const OCR_TIMEOUT_MS = 900_000;

describe('a seal stamped over a checked field', { timeout: OCR_TIMEOUT_MS }, () => {
  it('leaves every field readable: name, credit code and date, under fresh, faint, dark red and overinked seals', async () => {
    const unread: string[] = [];
    for (const p of pages) {
      const facts = await readPdfBytes(new Uint8Array(readFileSync(path.join(dir, p.file))), { inspect: { firstPages: 1, timeoutMs: 60_000, maxPages: 5 }, ocr: {}, seals: false });
      expect(facts.ocr?.pages, p.file).toEqual([1]);
      const text = facts.text[0]!.replace(/\s+/g, '');
      if (!containsNameOcr(text, p.fields.name)) unread.push(`${p.file} name ${p.fields.name}`);
      if (!text.includes(p.fields.code)) unread.push(`${p.file} code ${p.fields.code}`);
      if (!text.includes(p.fields.date)) unread.push(`${p.file} date ${p.fields.date}`);
    }
    expect(pages).toHaveLength(12);
    expect(unread).toEqual([]);
  });
});

describe('the image the recogniser is fed', () => {
  const rgb = (...px: [number, number, number][]) => ({ width: px.length, height: 1, channels: 3, data: Uint8Array.from(px.flat()) });
  it('takes red ink out to the paper and keeps black, grey and blue ink as the red channel has them', () => {
    const paper: [number, number, number] = [243, 243, 233];
    const page = rgb(
      ...Array.from({ length: 20 }, () => paper), // mostly paper, as a page is
      [208, 55, 62], // a fresh seal on paper
      [143, 23, 32], // an old pad's dark red
      [150, 92, 96], // a seal stroke's edge, its colour halved by JPEG: lifted most of the way
      [255, 229, 219], // JPEG's bright ringing beside a red stroke: no brighter than the paper
      [20, 20, 22], // black text
      [12, 3, 4], // black text under the seal
      [120, 120, 120], // grey text
      [30, 40, 160], // blue ink (a signature)
      [248, 236, 238], // paper noise, slightly red
    );
    expect([...inkChannel(page).data].slice(19)).toEqual([243, 243, 243, 226, 243, 20, 12, 120, 30, 243]);
  });
  it('passes a grey image through', () => {
    const grey = { width: 3, height: 1, channels: 1, data: Uint8Array.from([0, 128, 255]) };
    expect(inkChannel(grey)).toEqual(grey);
  });
});
