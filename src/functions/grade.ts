// ASSESS.GRADE: the core's tierIndex over a cell or a range of totals.
import { tierIndex } from "../core/grade";
import { FORMULA_WHAT } from "../core/messages/functions";
import type { TierSpec } from "../core/types";
import { asMatrix, fill, readNumber, shapeOf } from "./args";
import { isFailure } from "./failure";
import type { Outcome } from "./failure";
import { readTiers } from "./tiers";

export function gradeCells(total: unknown, thresholds?: unknown, labels?: unknown): Outcome {
  const tiers = readTiers(thresholds, labels);
  if (isFailure(tiers)) return tiers;
  const m = asMatrix(total);
  return fill(shapeOf(m), (r, c) => {
    const n = readNumber((m[r] as unknown[])[c], FORMULA_WHAT.total);
    return isFailure(n) ? n : (tiers[tierIndex(n, tiers)] as TierSpec).label;
  });
}
