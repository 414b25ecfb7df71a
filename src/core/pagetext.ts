// What a page says, whichever way it was read: the one text model that every content rule reads.
// A page is a list of positioned text runs in page coordinates, from the PDF's own text layer (pdf.js
// text items, form-field values, annotation texts) or from OCR of the page image. Both feed the same
// layout (lines, table cells, "the value of label X"), so a rule never knows, or cares, which it was —
// except that recognised text is marked, so that a report can say a fact was read from a scan and rules
// can allow for recognition errors.
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

export interface PageText {
  /** 1-based page number in the PDF. */
  page: number;
  /** The page as shown (its /Rotate applied), in points. */
  width: number;
  height: number;
  source: TextSource;
  runs: TextRun[];
}
