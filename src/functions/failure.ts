// A formula's error as plain data. The pure formula code returns these; only functions.ts turns them
// into CustomFunctions.Error, so everything else runs and is tested without the Office runtime.
import type { Bilingual } from "../core/messages/functions";

/**
 * The CustomFunctions.ErrorCode each failure becomes: #N/A or #VALUE!. Excel shows a custom function's
 * message only with these two (it drops the message of a #NUM!, see the CustomFunctions.Error docs),
 * and every ASSESS failure has something to say that the bare code does not: which of the three scores
 * is out of range, what the weights must add up to, why the thresholds are refused. So a number
 * outside what a function accepts is #VALUE! with its message, not a silent #NUM!.
 */
export type FailureCode = "notAvailable" | "invalidValue";

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
