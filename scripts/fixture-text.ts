// Wording and layout helpers of the fixture generator: Chinese and English dates, amounts in 大写,
// line wrapping. No PDF library here, so tests can use them cheaply.

/** 2024-06-18 → 2024年6月18日 */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
const CN_NUM = '〇一二三四五六七八九';
function cnSmall(n: number): string {
  if (n < 10) return CN_NUM[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_NUM[tens]}十${ones ? CN_NUM[ones] : ''}`;
}
/** 2024-06-18 → 二〇二四年六月十八日 */
export function cnNumeralDate(iso: string, monthOnly = false): string {
  const [y, m, d] = iso.split('-');
  const year = [...y!].map((c) => CN_NUM[Number(c)]).join('');
  return `${year}年${cnSmall(Number(m))}月${monthOnly ? '' : `${cnSmall(Number(d))}日`}`;
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2024-06-18 → June 18, 2024 */
export function enDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${EN_MONTHS[m! - 1]} ${d}, ${y}`;
}
const UPPER = '零壹贰叁肆伍陆柒捌玖';
/** 80 → 捌拾 (integers 1..9999, as amounts in 万 are written on commitments); undefined otherwise. */
export function cnUpper(n: number): string | undefined {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) return undefined;
  const units = ['仟', '佰', '拾', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += UPPER[d] + units[i]!;
  });
  return out;
}

/** Characters a line must not start with (closing punctuation), and must not end with (opening). */
const NO_LINE_START = /^[，。、；：！？）」』】》〉”’,.;:!?)\]}%·…—]/u;
const NO_LINE_END = /[（「『【《〈“‘(\[{]$/u;

/**
 * Break text into lines no wider than `max`: between CJK characters, at spaces between Latin words,
 * never inside a number, a date (2024年6月18日), an amount (80万元) or a Latin word, never starting a
 * line with closing punctuation or ending one with opening punctuation.
 */
export function wrapText(text: string, max: number, width: (s: string) => number): string[] {
  if (width(text) <= max) return [text];
  const raw =
    text.match(/\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d+(?:[.,]\d+)*(?:万元|万|元|%)?|[A-Za-z0-9@._\-/:'’&]+\s*|\s+|./gsu) ?? [];
  const tokens: string[] = [];
  for (const tok of raw) {
    const prev = tokens[tokens.length - 1];
    if (prev !== undefined && (NO_LINE_START.test(tok) || NO_LINE_END.test(prev))) tokens[tokens.length - 1] = prev + tok;
    else tokens.push(tok);
  }
  const out: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    if (cur && width(cur + tok.trimEnd()) > max) {
      out.push(cur.trimEnd());
      cur = tok.trimStart();
    } else cur += tok;
  }
  if (cur.trim()) out.push(cur.trimEnd());
  return out;
}
