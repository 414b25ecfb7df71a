// Facts about the attachment files a dossier declares, gathered by the loader (I/O) and judged by rules.

export type AttachmentStatus =
  | 'ok' // a regular file inside the dossier folder that is a PDF (%PDF- first, or late or missing: headerOffset)
  | 'missing' // no such file
  | 'outside' // the path leaves the dossier folder (.., absolute, symlink out): never read
  | 'not-regular' // a directory, device, FIFO …
  | 'bad-name' // control characters or other names a portal refuses: never read
  | 'empty' // zero bytes
  | 'not-pdf' // neither a %PDF- header in its first 1024 bytes nor PDF objects
  | 'too-large'; // over the policy's size limit: not read

export type PdfProblem = 'encrypted' | 'corrupt' | 'no-pages' | 'timeout' | 'too-many-pages';

import type { PageText } from './pagetext.js';

/** What the PDF reader found in one file (src/pdf is the only place that makes these). */
export interface PdfFacts {
  pages: number;
  /** Page sizes in PostScript points, for the pages read. */
  pageSizes: { width: number; height: number }[];
  /** Text of the pages read, page by page (not the whole document when a check needs only the first pages),
   *  in reading order (src/core/layout.ts pageTextOf) and the normal form of normaliseText (src/pdf/text.ts):
   *  NFKC, no spaces inside CJK runs, wrapped lines joined, other lines kept. '' for a page whose text layer
   *  does not decode. Derived from pageTexts when those are there. */
  text: string[];
  /** The pages read as positioned text (src/core/pagetext.ts), from the text layer or from OCR: what the
   *  layout and the content rules read. Absent only in facts made by hand (tests): the rules then lay out
   *  `text` line by line. */
  pageTexts?: PageText[];
  /** True when a page read has meaningful, decodable text; false means scanned/image-only (or undecodable). */
  hasText: boolean;
  /** Pages that pdf.js could not read (the rest of the document was read): 1-based, with what went wrong. */
  badPages?: { page: number; detail: string }[];
  /** An owner password restricts printing or copying (the file opens). */
  restricted?: boolean;
  /** When restricted: what the owner password still allows (print false = the paper copies cannot be printed from it). */
  permissions?: { print: boolean; copy: boolean; modify: boolean };
  problem?: PdfProblem;
  /** Plain explanation of the problem, in Chinese and English. */
  problemDetail?: string;
  /** Milliseconds spent reading. */
  ms?: number;
  /** Pages without a usable text layer whose text was recognised (src/ocr), and those that could not be
   *  read, with why; `cached`: every result came from the OCR cache. Absent: no page was recognised. */
  ocr?: { pages: number[]; failed: { page: number; detail: string }[]; rotated: number[]; cached: boolean };
  /** Pages without a usable text layer were not recognised because the user switched OCR off (--no-ocr). */
  ocrOff?: true;
  /** Red seals looked for on `pages` (src/ocr/seal.ts); `colour` false: the pages are a grey scan, which
   *  cannot show a seal. Boxes in points. Absent: not looked for. */
  seals?: { pages: number[]; colour: boolean; found: { page: number; x: number; y: number; width: number; height: number }[] };
  /** Pages with text that say where the document is stamped, or are its last page read, and paint a path in
   * red (src/pdf/inspect.ts): where a seal drawn as vector paths may stand. Looked at only when asked
   * (InspectOptions.redPaths); absent when none. */
  redPathPages?: number[];
}

export interface AttachmentFact {
  /** Dotted dossier path of the file field: attachments.businessLicense, agreements.0.file … */
  path: string;
  /** The path as declared in dossier.yaml. */
  file: string;
  status: AttachmentStatus;
  size?: number;
  /** 'ok' files that do not start with %PDF-: how many bytes precede it, or -1 when the header is missing
   *  (PDF objects without one). Readers open such files; a strict portal may refuse them. */
  headerOffset?: number;
  /** For 'outside', 'bad-name', 'not-regular': what exactly was wrong (symlink target, character …). */
  detail?: string;
  /** For 'missing': a file beside it whose name differs only by case, width, spaces or extension (申报书.PDF). */
  similar?: string;
  pdf?: PdfFacts;
}

export type AttachmentFacts = ReadonlyMap<string, AttachmentFact>;

/** The attachments the notice wants sealed by the applicant besides the agreements (三.2(2) 在职证明, 三.2(4)
 * 配套资金承诺书, 二.8 科研诚信承诺书); every agreement is sealed too (二.3). */
export const APPLICANT_SEALED = ['attachments.employmentProof', 'attachments.fundingCommitment', 'attachments.integrityPledge'] as const;

/** Whether the document at this field path must show seals: its pages are looked at for them. */
export function sealsWanted(fieldPath: string): boolean {
  return fieldPath.startsWith('agreements.') || (APPLICANT_SEALED as readonly string[]).includes(fieldPath);
}

/** Words next to which a document is stamped (甲方（盖章）, 申报单位（公章）…). */
const STAMP_WORDS = /盖章|公章|印章|签章|单位章|\(章\)/u;

/** The pages of a born-digital document (`texts`: the pages read, '' for a page without text) that say
 * where it is stamped. */
export const stampPages = (texts: readonly string[]): number[] => texts.flatMap((t, i) => (STAMP_WORDS.test(t) ? [i + 1] : []));
