// A1 cell addresses (1-based rows and columns), the form every Problem names its cell in.

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetter(col1: number): string {
  if (!Number.isInteger(col1) || col1 < 1) throw new RangeError(`columnLetter: column ${col1} is not ≥ 1`);
  let n = col1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}

/** (7, 4) → "D7". */
export function a1(row1: number, col1: number): string {
  if (!Number.isInteger(row1) || row1 < 1) throw new RangeError(`a1: row ${row1} is not ≥ 1`);
  return columnLetter(col1) + String(row1);
}

/** "D7" → {row: 7, col: 4}; "$AB$12" is accepted. Throws on anything else: addresses come from code. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d*)$/.exec(address.trim());
  if (!m) throw new RangeError(`parseA1: "${address}" is not an A1 cell address`);
  const letters = (m[1] as string).toUpperCase();
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return { row: Number(m[2]), col };
}

/** "D" → 4: a ColumnOverride names its column by letter. */
export function columnNumber(letters: string): number {
  return parseA1(`${letters}1`).col;
}

/** A plan's block of cells (0-based corners) in A1 form: "A2:A3", "B1" for one cell; "$A$2:$A$3" absolute. */
export function rangeA1(range: { top: number; left: number; bottom: number; right: number }, absolute = false): string {
  const cell = (row0: number, col0: number): string => (absolute ? `$${columnLetter(col0 + 1)}$${row0 + 1}` : a1(row0 + 1, col0 + 1));
  const start = cell(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cell(range.bottom, range.right)}`;
}

/** A sheet's name as a formula spells it: in apostrophes, an apostrophe in it doubled. */
export const quotedSheetName = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A block on a named sheet as a formula writes it: '等次分布'!$B$3:$B$4. */
export function sheetRangeReference(sheet: string, range: { top: number; left: number; bottom: number; right: number }): string {
  return `${quotedSheetName(sheet)}!${rangeA1(range, true)}`;
}
