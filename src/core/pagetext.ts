// What a page says, whichever way it was read: the one text model that every content rule reads.
// A page is a list of positioned text runs in page coordinates, from the PDF's own text layer (pdf.js
// text items, form-field values, annotation texts) or from OCR of the page image. Both feed the same
// layout (src/core/layout.ts: lines, table cells, "the value of label X"), so a rule never knows, or
// cares, which it was — except that recognised text is marked, so that a report can say a fact was read
// from a scan and rules can allow for recognition errors.
//
// This file is the contract between the PDF reader (src/pdf), the OCR step (src/ocr) and the layout and
// rules (src/core, src/rules). Pure data: it must survive structured cloning (worker threads) and JSON
// (the OCR cache).

/** Where a page's text came from: the PDF's text layer, or recognition of the page image. */
export type TextSource = 'text' | 'ocr';

/** A run of text and the box it occupies, in PDF points from the page's top-left corner (y grows down). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** OCR only: the recogniser's confidence for this run, 0..1. */
  confidence?: number;
}

/**
 * Why a page's text layer is not what the page shows (source 'text' only): glyphs that do not decode to
 * characters — fonts without a ToUnicode map (pdftops → ps2pdf output, some Ghostscript and CID fonts)
 * give control characters, private-use code points, U+FFFD or runs of Latin-1 symbols where the page
 * shows Chinese. Such a page is read like a scan: from its image where OCR is available, else a person
 * checks it (textlayer.ts decides; src/rules/content.ts says so).
 */
export type UnreadableTextLayer = 'control-characters' | 'private-use' | 'replacement-characters' | 'symbols';

export interface PageText {
  /** 1-based page number in the PDF. */
  page: number;
  /** The page as shown (its /Rotate applied), in points. */
  width: number;
  height: number;
  source: TextSource;
  runs: TextRun[];
  /** Set when the text layer is there but does not decode (see UnreadableTextLayer): the runs are kept
   *  for diagnosis, but no rule reads them; the page needs OCR like a scan. */
  unreadable?: UnreadableTextLayer;
}
