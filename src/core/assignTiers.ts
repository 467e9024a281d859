// Tiers by minimum and quota (名额) within one group, in rank order: the one rule the assessment and
// the ASSESS.TIER formula share. A tier takes, from the units not placed above it, those that reach its
// minimum (when it has one), up to its quota (when it has one); the units it cannot take fall to the
// next tier they qualify for; the last tier takes the rest. Every unit of the group counts toward a
// percent quota (参评单位), a vetoed one or one without a total included: a quota is a share of the
// units assessed, not of those that did well.
import type { TierQuota, TierSpec } from "./types";

/** Units tied (one rank) at the edge of a tier's quota, and what was done with them. */
export interface QuotaTie {
  /** Index of the tier whose quota the tie straddles. */
  tier: number;
  /** The quota as a number of units in this group. */
  capacity: number;
  /** The tied units (as in `order`), in rank order. */
  units: number[];
  /** True: they all took the tier (the quota was exceeded); false: none did. */
  admitted: boolean;
}

/** Percents are taken to two decimals, so a quota is computed in integers (12.5% of 24 units is 3). */
const PERCENT_SCALE = 100;

/** The most units a quota admits in a group of `groupSize` units: a percent rounded down, or a count. */
export function quotaCapacity(quota: TierQuota, groupSize: number): number {
  if ("count" in quota) return quota.count;
  const hundredths = Math.round(quota.percent * PERCENT_SCALE);
  return Math.floor((hundredths * groupSize) / (100 * PERCENT_SCALE));
}

/** True when a tier of the list has a quota: without one, a unit's tier is its total's (tierIndex). */
export function hasQuota(tiers: readonly TierSpec[]): boolean {
  return tiers.some((t) => t.quota !== undefined);
}

/**
 * Places the units of one group in tiers. `order` is the group's units in rank order (vetoed units
 * after the rest, as the assessment lists them), `ranks` their ranks (equal ranks: tied after every
 * tie-break; 0: no total). A vetoed unit, or one without a total, is in the last tier and takes no
 * place. Writes tierOf[unit] for every unit of `order`; returns the ties met at a quota's edge, in
 * tier order.
 */
export function assignTiers(
  order: Int32Array,
  ranks: Int32Array,
  totals: Float64Array,
  vetoed: Uint8Array | null,
  tiers: readonly TierSpec[],
  tiesIn: boolean,
  tierOf: Int32Array,
): QuotaTie[] {
  const n = order.length;
  const last = tiers.length - 1;
  if (last < 0) throw new RangeError("assignTiers: no tiers");
  const ties: QuotaTie[] = [];
  // Units before `placed` have their tier. In rank order, the units a tier may take are a run from
  // `placed` (totals fall along the order; vetoed units and units without a total come last), so each
  // tier takes a prefix of what is left, and what is left is always the rest of the order.
  let placed = 0;
  for (let t = 0; t < last && placed < n; t++) {
    const spec = tiers[t] as TierSpec;
    const min = spec.min;
    const qualifies = (k: number): boolean => {
      const unit = order[k] as number;
      if (vetoed !== null && vetoed[unit] === 1) return false;
      const total = totals[unit] as number;
      return Number.isFinite(total) && (min === null || total >= min);
    };
    const capacity = spec.quota === undefined ? Infinity : quotaCapacity(spec.quota, n);
    let end = placed;
    while (end < n && end - placed < capacity && qualifies(end)) end++;
    if (end > placed && end < n && end - placed === capacity && qualifies(end) && ranks[end] === ranks[end - 1]) {
      const edgeRank = ranks[end - 1];
      let first = end - 1;
      while (first > placed && ranks[first - 1] === edgeRank) first--;
      let after = end;
      while (after < n && ranks[after] === edgeRank && qualifies(after)) after++;
      ties.push({ tier: t, capacity, units: Array.from(order.subarray(first, after)), admitted: tiesIn });
      end = tiesIn ? after : first;
    }
    for (let k = placed; k < end; k++) tierOf[order[k] as number] = t;
    placed = end;
  }
  for (let k = placed; k < n; k++) tierOf[order[k] as number] = last;
  return ties;
}
