// Identifiers as the issuing offices compute them (GB 32100-2015, GB 11714-1997, GB 11643-1999), and the
// Chinese forms of dates and amounts that documents print. Fixture-time only.

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** 组织机构代码: 8 characters and their check character. */
function orgCode(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    sum += (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55) * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** 统一社会信用代码: registrar and kind ("91" 工商·企业, "12" 机构编制·事业单位), division, 8 characters of body. */
export function uscc(kind: string, division: string, body8: string): string {
  const first17 = kind + division + orgCode(body8);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** 居民身份证号码: area, birth date (YYYY-MM-DD), 3-digit sequence (odd: male, even: female). */
export function idNumber(area: string, birth: string, seq: string): string {
  const first17 = area + birth.replace(/-/g, '') + seq;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return first17 + '10X98765432'[sum % 11]!;
}

const [y, m, d] = [(s: string) => Number(s.slice(0, 4)), (s: string) => Number(s.slice(5, 7)), (s: string) => Number(s.slice(8, 10))];

/** 2024年6月18日 */
export const cn = (iso: string): string => `${y(iso)}年${m(iso)}月${d(iso)}日`;
/** 2024年06月18日 (licences and certificates pad months and days) */
export const cnPadded = (iso: string): string => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** 2024年6月 */
export const cnMonth = (iso: string): string => `${y(iso)}年${m(iso)}月`;

const DIGITS = '〇一二三四五六七八九';
const small = (n: number): string => (n < 10 ? DIGITS[n]! : n < 20 ? `十${n % 10 ? DIGITS[n % 10] : ''}` : `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`);
/** 二〇二四年六月十八日 (公文 dates) */
export const cnNumerals = (iso: string): string => `${[...iso.slice(0, 4)].map((c) => DIGITS[Number(c)]).join('')}年${small(m(iso))}月${small(d(iso))}日`;

const UPPER = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const digit = Math.floor(n / 10 ** i) % 10;
    if (digit === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      out += UPPER[digit]! + UNITS[i]!;
      zero = false;
    }
  }
  return out;
}
/** 大写 of an amount in 万元: 80 → 捌拾万元整, 35.5 → 叁拾伍万伍仟元整 (whole 元 only). */
export function daxie(wan: number): string {
  const yuan = Math.round(wan * 10000);
  const w = Math.floor(yuan / 10000);
  const rest = yuan % 10000;
  const head = w ? `${group(w)}万` : '';
  const tail = rest ? `${rest < 1000 && w ? '零' : ''}${group(rest)}` : '';
  return `${head}${tail}元整`;
}

/** 800,000.00 (元, as accountants print it) */
export const yuanFigures = (wan: number): string => (wan * 10000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 2024.11.15 (how many offices type dates in their own letters) */
export const dots = (iso: string): string => `${y(iso)}.${m(iso)}.${d(iso)}`;
