// Calendar dates of the dossier are plain YYYY-MM-DD strings (compared as text, which orders them);
// instants such as deadlines and --as-of are Date objects, read in Asia/Shanghai (UTC+8, no DST).

export const SHANGHAI_OFFSET = '+08:00';

/** A YYYY-MM-DD that is a day of the calendar (2023-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 (0001-01-01 was "not a calendar date")
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** YYYY-MM-DD shifted by whole years/days, calendar-aware (29 Feb + 1 year = 1 Mar). */
export function addToDate(date: string, { years = 0, days = 0 }: { years?: number; days?: number }): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999 (0050-01-01 + 2 years was 1952)
  const t = new Date(0);
  t.setUTCFullYear(y + years, m - 1, d + days);
  const year = t.getUTCFullYear();
  // Results are compared as text with YYYY-MM-DD dates: past year 9999 (toISOString writes +010000-…),
  // a value that sorts after every such date; before year 0, one that sorts before them.
  if (year > 9999) return '9999-12-32';
  if (year < 0) return '0000-00-00';
  return `${String(year).padStart(4, '0')}${t.toISOString().slice(-20, -14)}`;
}

/** The calendar date of an instant in Shanghai. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An instant as ISO 8601 with the Shanghai offset: 2024-11-20T10:00:00+08:00. */
export function formatShanghai(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 19) + SHANGHAI_OFFSET;
}

/**
 * Reads --as-of: a full ISO instant (offset or Z honoured), a local date-time (Shanghai assumed),
 * or a date alone (00:00 Shanghai). Returns undefined for anything else.
 */
export function parseAsOf(text: string): Date | undefined {
  const s = text.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return undefined;
  const [, date, time = '00:00:00', zone] = m;
  const offset = zone === undefined ? SHANGHAI_OFFSET : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const t = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}${offset}`);
  if (Number.isNaN(t.getTime()) || shanghaiDateOf(date!) === undefined) return undefined;
  return t;
}

function shanghaiDateOf(date: string): string | undefined {
  const t = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === date ? date : undefined;
}

/** Whole days from one instant to a later one, rounded down. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}
