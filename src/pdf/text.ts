// Text normalisation for what PDF extraction returns. Pure: no PDF library here.
//
// Office exports (LibreOffice, WPS) and pdf.js put spaces between CJK characters and digits
// ("2024 年 6 月 18 日"), full-width digits and punctuation vary between documents, and some fonts
// map to Kangxi radicals (⽇ U+2F47) instead of the ideograph (日). Matching works on the normal form.

const HAN = '\\p{Script=Han}\\u3005\\u3007'; // ideographs, 々, 〇
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef'; // 、。〈〉《》「」【】〔〕… and full-width forms
/** A character after which (or before which) a space is only layout: ideographs and CJK punctuation. */
const WIDE = `[${HAN}${CJK_PUNCT}]`;
/** What may stand on the other side of such a space and be glued to it. */
const GLUE = `[${HAN}${CJK_PUNCT}0-9:;,.()%\\[\\]]`;

const SPACE_AFTER_WIDE = new RegExp(`(${WIDE}) +(?=${GLUE})`, 'gu');
const SPACE_BEFORE_WIDE = new RegExp(`(${GLUE}) +(?=${WIDE})`, 'gu');
/** "日期： 2024" is "日期: 2024" after NFKC: a colon or comma after a CJK character glues too. */
const SPACE_AFTER_WIDE_PUNCT = new RegExp(`(${WIDE}[:;,]) +(?=${GLUE})`, 'gu');

/**
 * The normal form used by every text check:
 * - Unicode NFKC (full-width digits and letters → ASCII, （）：→ ():, Kangxi radicals → ideographs);
 * - horizontal whitespace (tabs, no-break and ideographic spaces) collapsed to one space;
 * - spaces removed between CJK characters, and between CJK characters and digits or punctuation
 *   ("2024 年 6 月 18 日" → "2024年6月18日", "查 新 报 告" → "查新报告"), kept between Latin words;
 * - lines trimmed, blank lines dropped; line breaks are kept ("\n").
 */
export function normaliseText(s: string): string {
  const known = memo.get(s);
  if (known !== undefined) return known;
  const t = normalise(s);
  remember(s, t);
  return t;
}

function remember(s: string, t: string): void {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(s, t);
  memo.set(t, t); // idempotent: the rules pass normalised text through it again
}

/**
 * The pages as one text, normalised. Pages already in normal form (the PDF reader leaves them so, through
 * normaliseText) are joined as they are: normalising each line alone gives the same text, and a long
 * document is not normalised twice.
 */
export function normaliseJoined(pages: readonly string[]): string {
  if (!pages.every((p) => memo.get(p) === p)) return normaliseText(pages.join('\n'));
  const t = pages.filter((p) => p !== '').join('\n');
  remember(t, t);
  return t;
}

/** The same page texts are normalised again by each content rule (and findDates, findLabelledDate …
 * within one): recent results are kept. */
const memo = new Map<string, string>();
const MEMO_SIZE = 256;

function normalise(s: string): string {
  let t = s.normalize('NFKC');
  t = t.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ');
  // twice: a run such as "年 6 月" needs both sides of "6" glued, and replacements overlap
  for (let i = 0; i < 2; i++) {
    t = t.replace(SPACE_AFTER_WIDE, '$1').replace(SPACE_BEFORE_WIDE, '$1').replace(SPACE_AFTER_WIDE_PUNCT, '$1');
  }
  return t
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** Normal form without any whitespace: for matching names and titles that a line break may have cut. */
export function compactText(s: string): string {
  return normaliseText(s).replace(/\s+/g, '');
}
