// Third-party PDFs (pdf.js's and qpdf's own test files, test/fixtures/corpus, README there) judged as
// real readers judge them: a file pdf.js opens without a password is never "not a PDF", "encrypted" or
// "damaged"; a page pdf.js cannot read is a finding on that page; form-field values and annotation texts
// are read; a text layer that does not decode is read like a scan; a decompression bomb is a finding, in
// bounded memory. Each file goes through the loader's first look (src/load/attachments.ts) and the reader.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectAttachment } from '../src/load/attachments.js';
import { inspectPdf } from '../src/pdf/inspect.js';
import { pagesNeedingOcr } from '../src/core/textlayer.js';
import type { AttachmentFact, PdfFacts } from '../src/core/attachments.js';

const ROOT = path.join(import.meta.dirname, 'fixtures/corpus');
const opts = { firstPages: 30, timeoutMs: 60_000, maxPages: 2000 };
const files = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.pdf')).sort();

async function judge(dir: string, file: string): Promise<{ fact: AttachmentFact; pdf?: PdfFacts }> {
  const fact = await inspectAttachment(path.join(ROOT, dir), 'attachments.x', file, { maxBytes: 20 * 1024 * 1024 });
  if (fact.status !== 'ok') return { fact };
  const { readFileSync } = await import('node:fs');
  return { fact, pdf: await inspectPdf(readFileSync(path.join(ROOT, dir, file)), opts) };
}

describe('not-pdf/: junk or a BOM before %PDF-, or no header line at all', () => {
  // pdf.js opens these; the other five it cannot read (poppler shows their pages without text): damaged
  const opens = ['pdfjs-bug1606566.pdf', 'pdfjs-issue6069.pdf', 'qpdf-fuzz-16214.pdf', 'qpdffuzz-17630b.pdf', 'qpdffuzz-23172.pdf', 'qpdffuzz-23599.pdf', 'qpdffuzz-388571629.pdf'];
  it.each(files('not-pdf'))('%s is read as a PDF, never "not a PDF"', async (file) => {
    const { fact, pdf } = await judge('not-pdf', file);
    expect(fact.status).toBe('ok');
    expect(fact.headerOffset, 'the late or missing header is noted (a portal may refuse it)').toBeDefined();
    expect(pdf!.problemDetail ?? '').not.toContain('不是PDF');
    if (opens.includes(file)) expect(pdf!.problem).toBeUndefined();
    else expect(pdf!.problem).toBe('corrupt');
  });
  it('the text of the one with junk before its header is read', async () => {
    const { pdf } = await judge('not-pdf', 'pdfjs-issue6069.pdf');
    expect(pdf!.text.join('\n')).toContain('junk before');
  });
});

describe('encrypted/: an /Encrypt dictionary whose filters leave the pages as they are', () => {
  // the content of these two is encrypted (pdf.js asks for a password; poppler shows undecrypted bytes)
  const needPassword = ['pdfjs-bug1782186.pdf', 'pdfjs-issue15893_reduced.pdf'];
  it.each(files('encrypted'))('%s', async (file) => {
    const { fact, pdf } = await judge('encrypted', file);
    expect(fact.status).toBe('ok');
    if (needPassword.includes(file)) expect(pdf!.problem).toBe('encrypted');
    else {
      expect(pdf!.problem, 'only embedded files are encrypted: the document opens without a password').toBeUndefined();
      expect(pdf!.pages).toBeGreaterThan(0);
    }
  });
});

describe('damaged/: files poppler recovers', () => {
  // pdf.js recovers these three (a bad page among good ones); the qpdf four it cannot open at all
  const recovered = ['pdfjs-Pages-tree-refs.pdf', 'qpdffuzz-57639.pdf', 'qpdffuzz-69977e.pdf'];
  it.each(files('damaged'))('%s', async (file) => {
    const { pdf } = await judge('damaged', file);
    if (recovered.includes(file)) {
      expect(pdf!.problem).toBeUndefined();
      expect(pdf!.badPages?.length, 'the bad page is a finding on that page').toBeGreaterThan(0);
      expect(pdf!.badPages!.length).toBeLessThan(pdf!.text.length);
    } else expect(pdf!.problem).toBe('corrupt');
  });
});

describe('scan/: files whose text is in form fields, annotations, or fonts that do not decode', () => {
  // text that pdf.js cannot see at all: push-button captions (a control's label, not content: pdf.js does
  // not give them), text outside BT/ET (incremental-3) and a font pdf.js draws but does not map (endchar)
  const noText = ['pdfjs-bug1782564.pdf', 'pdfjs-bug1922766.pdf', 'pdfjs-bug1934157.pdf', 'pdfjs-js-authors.pdf', 'pdfjs-endchar.pdf', 'qpdf-incremental-3.pdf', 'pdfjs-evaljs.pdf', 'pdfjs-js-colors.pdf', 'pdfjs-resetform.pdf'];
  const undecodable = ['pdfjs-bug894572.pdf', 'pdfjs-issue11549_reduced.pdf'];
  it.each(files('scan'))('%s', async (file) => {
    const { pdf } = await judge('scan', file);
    expect(pdf!.problem).toBeUndefined();
    if (undecodable.includes(file)) {
      expect(pdf!.pageTexts![0]!.unreadable).toBeDefined();
      expect(pagesNeedingOcr(pdf!.pageTexts!)).toEqual([1]);
    } else if (noText.includes(file)) expect(pagesNeedingOcr(pdf!.pageTexts!)).toContain(1);
    else if (file === 'pdfjs-listbox_actions.pdf') expect(pdf!.text[0]).toBe('Item1'); // read, but five letters are no text layer
    else expect(pdf!.hasText).toBe(true);
  });
  it('form-field values, FreeText and choice fields are read as the page shows them', async () => {
    const text = async (f: string) => (await judge('scan', f)).pdf!.text.join('\n');
    expect(await text('pdfjs-annotation-tx3.pdf')).toMatch(/tx annotation\sLine2\sLine3\sLine4/);
    expect(await text('pdfjs-freetexts.pdf')).toContain('Hello World from Acrobat');
    expect(await text('pdfjs-issue15818.pdf')).toContain('hello world'); // the appearance, not the empty value
    expect(await text('pdfjs-issue20504.pdf')).toContain('你好世界');
    expect(await text('pdfjs-listbox_actions.pdf')).toContain('Item1'); // the option shown, not its export value
  });
});

describe('bomb/: a 123 KB file whose streams decode to gigabytes', () => {
  it('is a finding from the memory cap of one read, not gigabytes of memory', async () => {
    const { pdf } = await judge('bomb', 'pdfjs-bomb_giant.pdf');
    expect(pdf!.problem).toBe('corrupt');
    expect(pdf!.problemDetail).toContain('解压后过大');
  }, 120_000);
});
