// How much of a workbook ASSESS will hold in memory.

/**
 * The most cells all grids of one workbook may hold (values, and the blanks between them in a row).
 * Five million is what Excel itself hands an add-in in one Range.values (past it desktop Excel may
 * return null): a score workbook the add-in can read, the file path reads too, and a workbook past it
 * is refused (FILE_TOO_LARGE) rather than letting a zip bomb or a stray cell at row 1,048,576 × XFD
 * run the process out of memory. Five million cells cost some 200–400 MB as JavaScript arrays.
 */
export const MAX_CELLS = 5_000_000;

/** Counts the cells of the grids built so far against a workbook's limit. */
export class CellBudget {
  private used = 0;

  constructor(readonly limit = MAX_CELLS) {}

  /** Cells the next grid may still hold. */
  get room(): number {
    return this.limit - this.used;
  }

  /** Takes n cells; false when that is past the limit. */
  take(n: number): boolean {
    this.used += n;
    return this.used <= this.limit;
  }
}
