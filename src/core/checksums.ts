// Check characters of Chinese identifiers (data/reference/checksums.md):
// 统一社会信用代码 GB 32100-2015, 组织机构代码 GB 11714-1997, 公民身份号码 GB 11643-1999.

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function normaliseCode(raw: string): string {
  return raw.replace(/[\s\-－—]/g, '').toUpperCase();
}

export type UsccProblem = 'length' | 'alphabet' | 'check';

export interface UsccResult {
  valid: boolean;
  problem?: UsccProblem;
  /** The check character the first 17 characters call for. */
  expected?: string;
  /** Positions 3–8: the registering authority's division code. */
  division?: string;
  /** Whether positions 9–17 pass GB 11714 (not guaranteed by the standard; a warning at most). */
  orgCodeValid?: boolean;
}

export function checkUscc(raw: string): UsccResult {
  const code = normaliseCode(raw);
  if (code.length !== 18) return { valid: false, problem: 'length' };
  if ([...code].some((c) => !USCC_ALPHABET.includes(c))) return { valid: false, problem: 'alphabet' };
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(code[i]!) * USCC_WEIGHTS[i]!;
  const expected = USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
  const division = code.slice(2, 8);
  const orgCodeValid = checkOrgCode(code.slice(8, 17));
  if (code[17] !== expected) return { valid: false, problem: 'check', expected, division, orgCodeValid };
  return { valid: true, division, orgCodeValid };
}

/** Letters GB 32100 never uses, and the character they usually are (a digit typed as a letter). */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', Z: '2', S: '5', V: 'U' };

export interface UsccCharacter {
  /** 1-based position in the code as normalised (spaces and hyphens removed). */
  position: number;
  char: string;
  /** What it probably is: O → 0, I → 1, Z → 2, S → 5, V → U; absent for other characters. */
  likely?: string;
}

/** The characters of a code outside the GB 32100 alphabet, with their positions and likely intent; and
 * the code with the look-alikes replaced, when that makes a valid code. */
export function usccCharacters(raw: string): { bad: UsccCharacter[]; corrected?: string } {
  const code = normaliseCode(raw);
  const chars = [...code];
  const bad = chars.flatMap((c, i) => (USCC_ALPHABET.includes(c) ? [] : [{ position: i + 1, char: c, ...(LOOKALIKES[c] ? { likely: LOOKALIKES[c] } : {}) }]));
  if (!bad.length || bad.some((b) => !b.likely)) return { bad };
  const fixed = chars.map((c) => LOOKALIKES[c] ?? c).join('');
  return checkUscc(fixed).valid ? { bad, corrected: fixed } : { bad };
}

/** GB 11714: 8 characters of body + check character (digit, or X for 10, 0 for 11). */
export function checkOrgCode(raw: string): boolean {
  const code = normaliseCode(raw);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = code[i]!;
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  return code[8] === expected;
}

export type IdProblem = 'format' | 'date' | 'check';

export interface IdResult {
  valid: boolean;
  problem?: IdProblem;
  /** YYYY-MM-DD from positions 7–14, when it is a real date. */
  birthDate?: string;
  province?: string;
}

export function checkIdNumber(raw: string): IdResult {
  const id = normaliseCode(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  const province = id.slice(0, 2);
  if (!real) return { valid: false, problem: 'date', province };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  if (id[17] !== ID_CHECK[sum % 11]) return { valid: false, problem: 'check', birthDate, province };
  return { valid: true, birthDate, province };
}

/** The only form in which an ID number may leave kjhz: the first 6 and last 4 characters at most. */
export function maskIdNumber(raw: string): string {
  const id = normaliseCode(raw);
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

const DIGIT = '[0-9\uFF10-\uFF19]';
const GROUP_SEPARATOR = '[ \\-\u3000]?';
/** 18 characters as typed: ASCII or full-width digits, optionally grouped 6-8-4 by a space or hyphen. */
const ID_LIKE = new RegExp(`(?<!${DIGIT})${DIGIT}{6}${GROUP_SEPARATOR}${DIGIT}{8}${GROUP_SEPARATOR}${DIGIT}{3}[0-9\uFF10-\uFF19Xx\uFF38\uFF58](?!${DIGIT})`, 'g');

/** Masks anything shaped like an ID number (18 characters whose positions 7–14 are a real date) inside
 * free text that an applicant typed. All-digit credit codes have no real date there and stay readable.
 * Only digits bound it: letters may touch it ("ID140105199003070020", a field named after it), while a
 * longer run of digits (an account number) is not an ID number. Full-width digits (typed with a Chinese
 * input method) and the 6-8-4 grouping with spaces or hyphens are recognised too. */
export function maskIdNumbersIn(text: string): string {
  return text.replace(ID_LIKE, (m) => {
    const plain = m.normalize('NFKC').replace(/[ \-\u3000]/g, '');
    const problem = checkIdNumber(plain).problem;
    return problem === 'format' || problem === 'date' ? m : maskIdNumber(plain);
  });
}
