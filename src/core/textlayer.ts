// Whether a page's text layer says something: meaningful characters (not a scanner app's watermark), and
// characters that are real (not the control characters, private-use code points, U+FFFD or Latin-1
// symbol soup that fonts without a ToUnicode map decode to). Pure; the PDF reader (src/pdf/inspect.ts)
// and the OCR step use it, so a page is judged the same way however its text was found.
import type { PageText, UnreadableTextLayer } from './pagetext.js';

/** Watermarks that phone scanner apps stamp as real text on otherwise image-only pages. */
const SCANNER_WATERMARKS = /扫描全能王|全能扫描王|CamScanner|Scanned with|Scanned by|夸克扫描王|WPS扫描/giu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
/** Fewer meaningful characters than this in the pages read, after removing scanner watermarks: no text layer. */
const MIN_TEXT_CHARS = 6;

/** At least MIN_TEXT_CHARS letters or digits in the texts, not counting scanner-app watermarks. Stops
 * counting there: a page of text has a thousand. */
export function hasMeaningfulText(texts: readonly string[]): boolean {
  let found = 0;
  for (const text of texts) {
    const kept = text.replace(SCANNER_WATERMARKS, '');
    LETTER_OR_DIGIT.lastIndex = 0;
    while (LETTER_OR_DIGIT.test(kept)) if (++found >= MIN_TEXT_CHARS) return true;
  }
  return false;
}

/** At most this many letters or digits: a caption, a header or a page number, not a page of text. */
const CAPTION_CHARS = 60;

/** Some text, but no more than a caption, a running header and a page number (CAPTION_CHARS): on a page
 * that also shows a large picture, the picture is what the page says (a scan pasted into a Word file). */
export function isCaptionOnly(text: string): boolean {
  LETTER_OR_DIGIT.lastIndex = 0;
  let n = 0;
  while (LETTER_OR_DIGIT.test(text)) if (++n > CAPTION_CHARS) return false;
  return n > 0;
}

// What undecodable glyphs turn into. pdf.js maps an unmapped code of a simple font to its code point:
// C0/C1 control characters (LibreOffice's subset fonts without ToUnicode, pdftops → ps2pdf output);
// CID fonts without a map give private-use code points or U+FFFD; a symbol font's codes read through
// WinAnsi give Latin-1 punctuation and symbols ("´¿¢√°¡¢", a Tamil font in pdf.js's bug894572.pdf).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const PRIVATE_USE = /[\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]/gu;
const REPLACEMENT = /\ufffd/gu;
const SYMBOL_SOUP = /[\u00a1-\u00bf\u00d7\u00f7\u02c6-\u02dd\u2018-\u201e\u2020-\u2022\u2030-\u203a\u2122\u2202-\u222b\u2248-\u2265\u25ca\p{S}]/gu;

/** Share of the non-space characters above which a page's text layer is not its text. */
const BAD_SHARE = 0.1;
/** Symbols alone: a price list or a formula has many; a decoded page of symbols has nothing else. */
const SYMBOL_SHARE = 0.4;
/** Too few characters to judge (a page number, a signature line): taken as they are. */
const MIN_JUDGED = 8;

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(s)) n++;
  return n;
};

/** Why this text is not what its page shows, or undefined when it reads as text (or is too short to say). */
export function unreadableReason(text: string): UnreadableTextLayer | undefined {
  const chars = text.replace(/\s+/gu, '');
  const n = [...chars].length;
  // a few characters that are all control characters are no text either
  if (n >= 4 && count(CONTROL, chars) > n * 0.5) return 'control-characters';
  if (n < MIN_JUDGED) return undefined;
  if (count(CONTROL, chars) > n * BAD_SHARE) return 'control-characters';
  if (count(PRIVATE_USE, chars) > n * BAD_SHARE) return 'private-use';
  if (count(REPLACEMENT, chars) > n * BAD_SHARE) return 'replacement-characters';
  // Latin-1 symbols where letters should be; CJK text (or any letters in quantity) is not soup
  const letters = count(/[\p{L}]/gu, chars.replace(/[\u00aa\u00b5\u00ba]/gu, ''));
  if (count(SYMBOL_SOUP, chars) > n * SYMBOL_SHARE && letters < n * 0.5) return 'symbols';
  return undefined;
}

/** The text of a page's runs as one string, for judging it (order does not matter). */
export const runsText = (page: PageText): string => page.runs.map((r) => r.text).join(' ');

/**
 * Pages that need to be read from their image: no meaningful text (a scan, or text kjhz cannot see), or
 * a text layer that does not decode. 1-based page numbers, in order.
 */
export function pagesNeedingOcr(pages: readonly PageText[]): number[] {
  return pages.filter((p) => p.unreadable !== undefined || !hasMeaningfulText([runsText(p)])).map((p) => p.page);
}
