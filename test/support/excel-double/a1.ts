// Addresses as Excel writes them. The double keeps its own parser, apart from the adapter's, so that
// an address bug in the adapter cannot be mirrored (and hidden) by the instrument that tests it.

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  /** 0-based. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function colLetters(col0: number): string {
  let n = col0 + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3", "B3:D9" or whole rows "1:5" (with optional $), else null. */
export function parseRangeAddress(address: string): Rect | null {
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address.trim());
  if (rows) {
    const top = Math.min(Number(rows[1]), Number(rows[2])) - 1;
    const bottom = Math.max(Number(rows[1]), Number(rows[2])) - 1;
    if (top < 0 || bottom >= MAX_ROWS) return null;
    return { row: top, col: 0, rows: bottom - top + 1, cols: MAX_COLS };
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address.trim());
  if (!m) return null;
  const c1 = lettersToCol(m[1]!);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] === undefined ? c1 : lettersToCol(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const bottom = Math.max(r1, r2);
  const right = Math.max(c1, c2);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLS) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function rectAddress(r: Rect): string {
  const first = `${colLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Excel quotes a sheet name in an address unless it is plain letters, digits and underscores. */
export function quoteSheetName(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}
