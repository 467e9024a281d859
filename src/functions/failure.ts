// A formula's error as plain data. The pure formula code returns these; only functions.ts turns them
// into CustomFunctions.Error, so everything else runs and is tested without the Office runtime.
import type { Bilingual } from "../core/messages/functions";

/** The CustomFunctions.ErrorCode each failure becomes: #N/A, #VALUE!, #NUM!. */
export type FailureCode = "notAvailable" | "invalidValue" | "invalidNumber";

export class FormulaFailure {
  constructor(
    readonly code: FailureCode,
    readonly message: Bilingual,
  ) {}
}

export const isFailure = (x: unknown): x is FormulaFailure => x instanceof FormulaFailure;

/** One cell of a formula's result. */
export type OutCell = number | string | FormulaFailure;

/** A formula's result: a same-shaped array of cells, or one failure for the whole call. */
export type Outcome = OutCell[][] | FormulaFailure;
