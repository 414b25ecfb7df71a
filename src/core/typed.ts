// Values typed in the forms people use, read into the dossier's form when they cannot mean anything
// else: the schema messages suggest them and `kjhz check --fix` writes them.

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/u;
/** 全角 → 半角 (NFKC), only where there is something to fold. */
export const toHalfWidth = (s: string): string => (FULL_WIDTH.test(s) ? s.normalize('NFKC') : s);

const realDate = (y: number, m: number, d: number): string | undefined => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * YYYY-MM-DD for a full date written another way: 2024/6/18, 2024.06.18, 2024-6-18, 2024年6月18日,
 * 20240618, in full-width digits too. A four-digit year first only (6/18/2024 could be either order).
 */
export function isoDateOf(written: string): string | undefined {
  const s = toHalfWidth(written).trim();
  const m = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)$/u.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  return realDate(Number(m[1]), month, day);
}

/** The number of an amount written with its unit 万元 (40万元, 40 万, ４０万元); undefined otherwise. */
export function wanOf(written: string): number | undefined {
  const m = /^(-?\d+(?:\.\d+)?)\s*万(?:元|元人民币)?$/u.exec(toHalfWidth(written).trim().replace(/,/g, ''));
  return m ? Number(m[1]) : undefined;
}

/** An amount written in 元 (400000元, 40,000 元): its value in 万元; undefined otherwise. */
export function yuanOf(written: string): number | undefined {
  const m = /^(-?\d+(?:\.\d+)?)\s*元(?:人民币)?$/u.exec(toHalfWidth(written).trim().replace(/,/g, ''));
  return m ? Number(m[1]) / 10_000 : undefined;
}
