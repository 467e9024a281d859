// Grading a total into a tier (等次): the first tier whose minimum the total reaches, minimum inclusive.
import type { TierSpec } from "./types";

/**
 * Index of the tier of `total` in `tiers` (best first, the last with min null). A total that reaches
 * no minimum — or is NaN, i.e. could not be computed — falls in the last tier.
 */
export function tierIndex(total: number, tiers: readonly TierSpec[]): number {
  if (tiers.length === 0) throw new RangeError("tierIndex: no tiers");
  const last = tiers.length - 1;
  for (let t = 0; t < last; t++) {
    const min = (tiers[t] as TierSpec).min;
    if (min !== null && total >= min) return t;
  }
  return last;
}

/** A veto mark (一票否决) is any text other than blanks: a reason, a ✓, a 是. */
export function isVetoed(veto: string | null | undefined): boolean {
  return veto !== null && veto !== undefined && veto.trim() !== "";
}

/** The tier of a unit: its total's tier, unless a veto puts it in the last tier whatever its total. */
export function unitTierIndex(total: number, veto: string | null | undefined, tiers: readonly TierSpec[]): number {
  return isVetoed(veto) ? tiers.length - 1 : tierIndex(total, tiers);
}
