// Facts found in the text of an attachment: dates, credit codes, amounts, names, how close a title is.
// Pure functions over the text of a document's layout (src/core/layout.ts: reading order, wrapped lines
// joined) or any other text: each normalises what it is given (normaliseText is idempotent). Labelled
// values are asked of the layout itself (labelledDate here, valueOf there).
import { normaliseText } from '../pdf/text.js';
import { checkUscc } from './checksums.js';
import { valueOf, type Layout, type LabelledValue } from './layout.js';

// ---------------------------------------------------------------------------------------------
// Dates

export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM when only the month is printed. */
  date: string;
  precision: 'day' | 'month';
  /** The text as printed (normalised). */
  text: string;
  /** Position in the normalised text. */
  index: number;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, 0: 0,
  一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_DIGITS = '〇零○Ｏ一壹二两贰三叁四肆五伍六陆七柒八捌九玖';
const CN_SMALL = `[${CN_DIGITS}十拾廿卅]{1,4}`;

/** 十八 → 18, 二十一 → 21, 廿一 → 21, 三十 → 30, 九 → 9; undefined when not such a number. */
function cnSmall(s: string): number | undefined {
  const t = s.replace('廿', '二十').replace('卅', '三十').replace(/拾/g, '十');
  if (/^[^十]+$/.test(t)) {
    // positional digits: 一二 = 12 (rare), 九 = 9
    let n = 0;
    for (const ch of t) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return n;
  }
  const m = /^([^十]?)十([^十]?)$/.exec(t);
  if (!m) return undefined;
  const tens = m[1] ? CN_DIGIT[m[1]] : 1;
  const ones = m[2] ? CN_DIGIT[m[2]] : 0;
  if (tens === undefined || ones === undefined) return undefined;
  return tens * 10 + ones;
}

function cnYear(s: string): number | undefined {
  if (s.length !== 4) return undefined;
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

const pad = (n: number) => String(n).padStart(2, '0');
function isoDay(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}
const isoMonth = (y: number, m: number) => (y >= 1900 && y <= 2099 && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : undefined);

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_EN = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

interface DatePattern {
  re: RegExp;
  make(m: RegExpExecArray): { date?: string; precision: 'day' | 'month' };
}

const PATTERNS: DatePattern[] = [
  {
    // 2024年6月18日, 2024年06月18号, 2024年6月 (month precision)
    re: /(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})[日号])?/gu,
    make: (m) =>
      m[3] !== undefined
        ? { date: isoDay(+m[1]!, +m[2]!, +m[3]), precision: 'day' }
        : { date: isoMonth(+m[1]!, +m[2]!), precision: 'month' },
  },
  {
    // 2024-06-18, 2024/6/18, 2024.06.18; the second date of a range typed with a hyphen (2023.1.1-2027.12.31)
    re: /(?:(?<![\d.\/-])|(?<=(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2} ?- ?))((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu,
    make: (m) => ({ date: isoDay(+m[1]!, +m[3]!, +m[4]!), precision: 'day' }),
  },
  {
    // 二〇二四年六月十八日, 二〇二四年六月
    re: new RegExp(`([${CN_DIGITS}O]{4})年(${CN_SMALL})月(?:(${CN_SMALL})[日号])?`, 'gu'),
    make: (m) => {
      const y = cnYear(m[1]!);
      const mo = cnSmall(m[2]!);
      if (y === undefined || mo === undefined) return { precision: 'day' };
      if (m[3] === undefined) return { date: isoMonth(y, mo), precision: 'month' };
      const d = cnSmall(m[3]);
      return { date: d === undefined ? undefined : isoDay(y, mo, d), precision: 'day' };
    },
  },
  {
    // June 18, 2024 / Jun. 18th 2024; OCR drops spaces: toDecember31,2027
    re: new RegExp(`(?:(?<![A-Za-z])|(?<=\\b(?:to|until|till|through|from|on)))${MONTH_EN}\\s?(\\d{1,2})(?:st|nd|rd|th)?,?\\s?((?:19|20)\\d{2})(?!\\d)`, 'giu'),
    make: (m) => ({ date: isoDay(+m[3]!, MONTHS_EN.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, +m[2]!), precision: 'day' }),
  },
  {
    // 18 June 2024 / 18th of June, 2024
    re: new RegExp(`(?<![\\dA-Za-z])(\\d{1,2})(?:st|nd|rd|th)?\\s?(?:of\\s)?${MONTH_EN},?\\s?((?:19|20)\\d{2})(?!\\d)`, 'giu'),
    make: (m) => ({ date: isoDay(+m[3]!, MONTHS_EN.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, +m[1]!), precision: 'day' }),
  },
];

/**
 * Normalised text with the line breaks removed that a layout put inside a date ("2023年\n12月31日",
 * "2024年6\n月") or an amount ("80万\n元", "80\n万元"): the one matching form of findDates and
 * findAmountsWan (src/core/layout.ts joins a cell's or paragraph's wrapped lines already; this catches
 * what it could not tell, such as OCR lines). Positions of findDates refer to this text.
 */
export function tokenText(text: string): string {
  return normaliseText(text)
    .replace(/(\d{4}年)\n(?=\d{1,2}月)/gu, '$1')
    .replace(/(\d{4}年\d{1,2}月)\n(?=\d{1,2}[日号])/gu, '$1')
    .replace(/(\d)\n(?=[年月日号])/gu, '$1')
    .replace(/([年月])\n(?=\d{1,2}[月日号])/gu, '$1')
    .replace(new RegExp(`([年月])\\n(?=[${CN_DIGITS}十拾廿卅]{1,4}[月日号])`, 'gu'), '$1')
    .replace(new RegExp(`([${CN_DIGITS}十拾廿卅])\\n(?=[${CN_DIGITS}十拾廿卅]*[年月日号])`, 'gu'), '$1')
    .replace(new RegExp(`([${CN_DIGITS}\\d十拾百佰千仟.])\\n(?=万|元|圆)`, 'gu'), '$1')
    .replace(/万\n(?=[元圆])/gu, '万');
}

/** Every date printed in the text, in order of appearance; impossible dates (2024年2月30日) are skipped. */
export function findDates(text: string): FoundDate[] {
  const t = tokenText(text);
  const out: FoundDate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(t); m; m = p.re.exec(t)) {
      const { date, precision } = p.make(m);
      if (date) out.push({ date, precision, text: m[0], index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export interface LabelledDate extends FoundDate {
  /** The label the date belongs to. */
  label: string;
  where: LabelledValue['where'];
}

/**
 * The date printed as the value of one of the labels (查新完成日期：2024年6月18日, or in the cell beside or
 * below the label: src/core/layout.ts valueOf). Labels are tried in the order given, so put the most
 * specific first (查新完成日期 before 完成日期); the first label whose value starts with a date wins.
 */
export function labelledDate(layout: Layout, labels: readonly string[]): LabelledDate | undefined {
  let date: FoundDate | undefined;
  const found = valueOf(layout, labels, (value) => {
    date = findDates(value).find((d) => d.index <= 2);
    return date !== undefined;
  });
  return found && date ? { ...date, label: found.label, where: found.where } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Credit codes

export interface FoundCode {
  code: string;
  /** The check character (GB 32100-2015) is right. */
  valid: boolean;
  index: number;
}

const USCC_CHAR = '[0-9A-HJ-NPQRTUWXY]';
const USCC_RE = new RegExp(`(?<![0-9A-Za-z])(${USCC_CHAR}{2}\\d{6}${USCC_CHAR}{10})(?![0-9A-Za-z])`, 'g');

/** 18-character 统一社会信用代码 candidates (positions 3–8 digits), each with its check character verdict. */
export function findCreditCodes(text: string): FoundCode[] {
  const t = normaliseText(text).toUpperCase();
  const out: FoundCode[] = [];
  const seen = new Set<string>();
  const add = (code: string, index: number) => {
    if (seen.has(code)) return;
    seen.add(code);
    out.push({ code, valid: checkUscc(code).valid, index });
  };
  USCC_RE.lastIndex = 0;
  for (let m = USCC_RE.exec(t); m; m = USCC_RE.exec(t)) add(m[1]!, m.index);
  // codes printed in groups ("9114 0100 MA0L 1K2M 32"): only after a 信用代码 label
  const spaced = /信用代码[:：\s]*((?:[0-9A-Z]{1,6} ){1,8}[0-9A-Z]{1,6})/gu;
  for (let m = spaced.exec(t); m; m = spaced.exec(t)) {
    const joined = m[1]!.replace(/ /g, '');
    const inner = new RegExp(`^${USCC_CHAR}{2}\\d{6}${USCC_CHAR}{10}`).exec(joined);
    if (inner) add(inner[0], m.index);
  }
  // a code that a narrow cell broke over lines ("91140100MA0L1K\n2M32"): after its label, with a right
  // check character (an ID number or a long figure after the label must not pass for one)
  const broken = /信用代码[:：)）\s]*((?:[0-9A-Z]+\s+){1,4}[0-9A-Z]+)/gu;
  for (let m = broken.exec(t); m; m = broken.exec(t)) {
    const inner = new RegExp(`^${USCC_CHAR}{2}\\d{6}${USCC_CHAR}{10}`).exec(m[1]!.replace(/\s+/g, ''));
    if (inner && checkUscc(inner[0]).valid) add(inner[0], m.index);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Amounts

export interface FoundAmount {
  /** The amount in 万元. */
  wan: number;
  /** The unit printed: 万元, or 元 (converted). */
  unit: '万元' | '元';
  text: string;
  index: number;
}

const BIG: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** 一百二十 → 120, 捌拾 → 80, 壹佰零伍 → 105, 十五 → 15; undefined when not a Chinese numeral below 10000. */
export function chineseNumber(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in BIG) {
      total += (digit ?? 1) * BIG[ch]!;
      digit = undefined;
    } else {
      const d = CN_DIGIT[ch];
      if (d === undefined || ch === 'O' || ch === '0') return undefined;
      digit = d;
    }
  }
  return total + (digit ?? 0);
}

const CN_NUM = `[${CN_DIGITS}十拾百佰千仟]+`;
// 圆 is 元 as 大写 amounts write it (人民币捌拾万圆整)
const AMOUNT_PATTERNS: { re: RegExp; unit: '万元' | '元'; parse(s: string): number | undefined }[] = [
  { re: /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?万[元圆]/gu, unit: '万元', parse: (s) => Number(s.replace(/,/g, '')) },
  { re: new RegExp(`(${CN_NUM})(?:点([${CN_DIGITS}]+))?万[元圆]`, 'gu'), unit: '万元', parse: (s) => chineseNumber(s) },
  { re: /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{5,})(?:\.(\d+))?\s?[元圆]/gu, unit: '元', parse: (s) => Number(s.replace(/,/g, '')) },
];

/**
 * Amounts printed in 万元 (80万元, 80.5 万元, 人民币捌拾万元, 1,200万元), and large amounts printed in 元
 * (800,000.00元 → 80 万元, unit 元). In order of appearance.
 */
export function findAmountsWan(text: string): FoundAmount[] {
  const t = tokenText(text);
  const out: FoundAmount[] = [];
  for (const p of AMOUNT_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(t); m; m = p.re.exec(t)) {
      const whole = p.parse(m[1]!);
      if (whole === undefined || Number.isNaN(whole)) continue;
      let frac = 0;
      if (m[2]) {
        frac = /^\d+$/.test(m[2])
          ? Number(`0.${m[2]}`)
          : Number(`0.${[...m[2]].map((c) => CN_DIGIT[c] ?? '').join('')}`);
      }
      const value = whole + frac;
      const wan = p.unit === '元' ? value / 10_000 : value;
      out.push({ wan: Math.round(wan * 1e6) / 1e6, unit: p.unit, text: m[0], index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// Names and titles

/** Strip everything that varies between how a name is typed and how it is printed. */
export function nameKey(s: string): string {
  let key = nameKeys.get(s);
  if (key === undefined) {
    key = normaliseText(s)
      .toLowerCase()
      .replace(/[\s()[\]{}<>《》〈〉「」『』【】〔〕"'“”‘’`·•.,，、:;：；\-‐–—_/\\]/gu, '');
    if (nameKeys.size >= 64) nameKeys.clear();
    nameKeys.set(s, key);
  }
  return key;
}
/** A document's text is searched for several names (containsName): its key is kept for the next one. */
const nameKeys = new Map<string, string>();

/**
 * Whether the text names `name`, ignoring spaces and line breaks, brackets (full or half width),
 * quotation marks, dots, hyphens and case: "山西某某新材料有限公司" is found in "山西某某新材料\n有限公司",
 * "Fraunhofer-Institut für X" in "FRAUNHOFER INSTITUT FÜR X". Letters themselves must agree (ü ≠ u).
 */
export function containsName(text: string, name: string): boolean {
  const n = nameKey(name);
  if (!n) return false;
  return nameKey(text).includes(n);
}

// ---------------------------------------------------------------------------------------------
// Text read by OCR (src/ocr): a recogniser misreads about one character in a hundred, so a long name is
// still the same name with one character wrong, dropped or added. Short ones (a person's name, 博士) must
// agree exactly: one character of three is a different person.

/** Names at least this long (after nameKey) may differ in one character when read from a scan. */
export const OCR_LOOSE_MIN = 6;
/** Characters that may differ: one per twelve, at least one. */
const ocrAllowance = (length: number): number => Math.max(1, Math.floor(length / 12));

/** Whether `a` and `b` differ by at most `allowed` substituted characters, or by one dropped or added. */
export function nearlySame(a: string, b: string, allowed = ocrAllowance(Math.max([...a].length, [...b].length))): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length === y.length) {
    let differ = 0;
    for (let i = 0; i < x.length && differ <= allowed; i++) if (x[i] !== y[i]) differ++;
    return differ <= allowed;
  }
  if (Math.abs(x.length - y.length) !== 1) return false;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  let p = 0;
  while (p < short.length && short[p] === long[p]) p++;
  let q = 0;
  while (q < short.length - p && short[short.length - 1 - q] === long[long.length - 1 - q]) q++;
  return p + q >= short.length;
}

/** containsName for text read by OCR: a name of OCR_LOOSE_MIN or more characters is also found with one
 * character misread, dropped or added (one per twelve in longer names). */
export function containsNameOcr(text: string, name: string): boolean {
  if (containsName(text, name)) return true;
  const n = [...nameKey(name)];
  if (n.length < OCR_LOOSE_MIN) return false;
  const key = nameKey(name);
  const t = [...nameKey(text)];
  for (const len of [n.length, n.length - 1, n.length + 1]) {
    for (let i = 0; i + len <= t.length; i++) {
      // cheap test first: a window that shares neither its first nor its last character is not it
      if (t[i] !== n[0] && t[i + len - 1] !== n[n.length - 1]) continue;
      if (nearlySame(t.slice(i, i + len).join(''), key)) return true;
    }
  }
  return false;
}

/** A text's character bigrams (a multiset) as sorted numbers, for comparing it with many others quickly. */
export interface Bigrams {
  key: string;
  /** Each bigram's number (in the `numbering` it was made with), sorted; repeated bigrams repeat. */
  grams: Int32Array;
  count: number;
}

/** The bigrams of a nameKey, numbered by `numbering` (one numbering for all texts compared with each other). */
export function bigramsOf(key: string, numbering: Map<string, number>): Bigrams {
  const chars = [...key];
  const grams = new Int32Array(Math.max(0, chars.length - 1));
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    let n = numbering.get(g);
    if (n === undefined) numbering.set(g, (n = numbering.size));
    grams[i] = n;
  }
  grams.sort();
  return { key, grams, count: grams.length };
}

/** similarity() of two texts already reduced to their nameKey bigrams (of one numbering). */
export function similarityOf(a: Bigrams, b: Bigrams): number {
  if (a.key === b.key) return a.key === '' ? 0 : 1;
  if (a.count < 1 || b.count < 1) return 0;
  // the multisets' intersection, by merging the sorted numbers
  const x = a.grams;
  const y = b.grams;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      inter++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * inter) / (a.count + b.count);
}

/**
 * Dice coefficient over character bigrams (2·|A∩B| / (|A|+|B|), multisets), 0..1, after nameKey:
 * suited to Chinese, where each character carries meaning and words are not spaced.
 */
export function similarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return x === '' ? 0 : 1;
  if ([...x].length < 2 || [...y].length < 2) return 0;
  const numbering = new Map<string, number>();
  return similarityOf(bigramsOf(x, numbering), bigramsOf(y, numbering));
}

/**
 * The passage of `text` most similar to `phrase` (windows of the phrase's length ± 30 %, over the
 * text without spaces and punctuation), with its score: how close a report comes to naming the title.
 */
export function bestMatch(text: string, phrase: string): { score: number; passage: string } {
  const t = [...nameKey(text)];
  const p = nameKey(phrase);
  const n = [...p].length;
  if (n === 0 || t.length === 0) return { score: 0, passage: '' };
  if (t.join('').includes(p)) return { score: 1, passage: p };
  let best = { score: 0, passage: '' };
  const lengths = new Set([n, Math.round(n * 0.85), Math.round(n * 1.15), Math.round(n * 0.7), Math.round(n * 1.3)]);
  for (const len of lengths) {
    if (len < 2) continue;
    for (let i = 0; i + Math.min(len, t.length) <= t.length; i++) {
      const w = t.slice(i, i + len).join('');
      const score = similarity(w, p);
      if (score > best.score) best = { score, passage: w };
    }
  }
  return best;
}
