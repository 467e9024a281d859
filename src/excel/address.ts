// A1 addresses as Office.js gives and takes them, over the core's A1 helpers.
import { columnLetter, columnNumber } from "../core/read/address";

/** 0-based column index → letters; the adapter counts from 0 as Office.js arrays do. */
export function columnLetters(col0: number): string {
  return columnLetter(col0 + 1);
}

/** "A1:C3" for 0-based top-left (row, col) and a size of rows × cols. */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = `${columnLetters(col)}${row + 1}`;
  if (rows === 1 && cols === 1) return first;
  return `${first}:${columnLetters(col + cols - 1)}${row + rows}`;
}

/**
 * The 1-based top-left cell of an address such as "'县(区)'!B3:H40" or "Sheet1!A1". The sheet part
 * may be quoted and may itself contain "!", so only what follows the last "!" is read.
 */
export function addressOrigin(address: string): { row: number; col: number } {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cells);
  if (!m) throw new Error(`addressOrigin: Excel gave an address ASSESS cannot read: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}
