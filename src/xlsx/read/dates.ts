// Which number formats show a date, and a date serial as the ISO date the cell shows.

/**
 * Built-in format ids that are dates or times (ECMA-376 §18.8.30, with the East Asian ids 27–36 and
 * 50–58 that Chinese Excel gives its 年月日 formats).
 */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isBuiltInDate(numFmtId: number): boolean {
  return BUILT_IN_DATE_IDS.has(numFmtId);
}

/**
 * A custom format code shows a date when, outside quoted text, escaped characters, padding and
 * brackets ([Red], [$-804], [h]), it has a date or time letter: y m d h s, or 年 月 日 (the same test as
 * ExcelJS, which read the files before, and not fooled by `0.0"分"` or `_)`).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[ymdhsYMDHS年月日]/.test(bare);
}

/** Days from 1899-12-30 (the 1900 system's day 0, Lotus's leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** The 1904 system counts from 1904-01-01: 1462 days later. */
const DAYS_1904 = 1462;
/** 9999-12-31, the last date Excel shows. */
const MAX_SERIAL = 2958465;

/**
 * A date serial as "2020-01-25", the calendar day Excel shows (the time of day dropped); null when
 * Excel would show ##### rather than a date (negative, or past 9999-12-31).
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}
