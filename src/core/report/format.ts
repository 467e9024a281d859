// How the generated sheets look: number formats, column widths that fit Chinese text, numerals.
import type { CellValue, PlanColumn, PlanNumbersColumn } from "../types";

/** Excel's number format showing exactly `decimals` decimals: "0" for 0, "0.00" for 2. */
export function decimalsFormat(decimals: number): string {
  return decimals <= 0 ? "0" : `0.${"0".repeat(decimals)}`;
}

/** A number written with `decimals` decimals, as the sheet shows it under decimalsFormat. */
export function fixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : "";
}

/**
 * Width of text in Excel's column-width unit: a CJK character (or any full-width form) takes about
 * two Latin characters' room.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Low surrogates are the second half of a character already counted.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c >= 0x1100 && isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xd800 && c <= 0xdbff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

export const MIN_WIDTH = 6;
export const MAX_WIDTH = 60;
/** Room on either side of the widest value, so text does not touch the grid lines. */
const PADDING = 2;

/** Values measured one by one before the cheaper rule below takes over. */
const MEASURED_EXACTLY = 10000;

/**
 * A width that fits the header and the values. Widths are cosmetic and a column may hold a million
 * names, so after the first values only a string longer than every one measured so far is measured:
 * names of one length are about as wide as each other, and the width stops at `max` anyway.
 */
export function fitWidth(values: readonly CellValue[], decimals: number | null, max = MAX_WIDTH): number {
  let widest = 0;
  let longest = 0;
  let largest = 0;
  let negative = false;
  let sawNumber = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "string") {
      const n = v.length;
      if (i < MEASURED_EXACTLY ? n * 2 > widest : n > longest) {
        const w = displayWidth(v);
        if (w > widest) widest = w;
        if (n > longest) longest = n;
        if (widest >= max) return max;
      }
    } else if (typeof v === "number" && Number.isFinite(v)) {
      sawNumber = true;
      const a = Math.abs(v);
      if (a > largest) largest = a;
      if (v < 0) negative = true;
    }
  }
  if (sawNumber) {
    const digits = String(Math.trunc(largest)).length + (negative ? 1 : 0);
    widest = Math.max(widest, digits + (decimals !== null && decimals > 0 ? decimals + 1 : 0));
  }
  return Math.min(max, Math.max(MIN_WIDTH, widest + PADDING));
}

/** A column whose width fits its values. */
export function planColumn(values: CellValue[], decimals: number | null, max = MAX_WIDTH): PlanColumn {
  return { width: fitWidth(values, decimals, max), numFmt: decimals === null ? null : decimalsFormat(decimals), values };
}

/**
 * A score column: its header cells, then one number per row (NaN for a blank), kept in a typed array
 * so a million rows cost no million boxed doubles. Its width is what fitWidth gives the same cells.
 */
export function numbersColumn(head: CellValue[], numbers: Float64Array, decimals: number | null, max = MAX_WIDTH): PlanNumbersColumn {
  // The widest number is the one of largest magnitude, with a minus sign if any is negative: two of
  // them stand for the whole typed array in fitWidth.
  let largest = NaN;
  let negative = NaN;
  for (let i = 0; i < numbers.length; i++) {
    const v = numbers[i] as number;
    if (!Number.isFinite(v)) continue;
    if (!(Math.abs(v) <= Math.abs(largest))) largest = v;
    if (v < 0 && Number.isNaN(negative)) negative = v;
  }
  const width = fitWidth([...head, largest, negative], decimals, max);
  return { width, numFmt: decimals === null ? null : decimalsFormat(decimals), head, numbers };
}

/**
 * The decimals needed to show every value of a score column as typed, at least `atLeast`: a
 * component typed as 88.755 must not show as 88.76 next to a total that was computed from 88.755.
 */
export function decimalsShown(values: ArrayLike<number>, atLeast: number, atMost = 6): number {
  let d = atLeast;
  let p = 10 ** d;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    while (d < atMost && Math.round(v * p) / p !== v) {
      d++;
      p *= 10;
    }
  }
  return d;
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: the numbering of the notice's （一）（二）…; beyond 99, digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : (DIGITS[tens] as string)}十${ones === 0 ? "" : (DIGITS[ones] as string)}`;
}
