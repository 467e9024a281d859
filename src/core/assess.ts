// The assessment itself: totals, tiers, ranks and per-group statistics of a table without errors.
// Built for a million units: typed arrays, one pass per step and one sort per group.
import { countedBonus } from "./arith/bonus";
import { computeTotals, unroundedTotals } from "./arith/total";
import { meanRounded } from "./arith/fixed";
import { assignTiers, hasQuota } from "./assignTiers";
import type { QuotaTie } from "./assignTiers";
import { isVetoed, tierIndex } from "./grade";
import { makeProblem } from "./messages/problems";
import { REPORT_TEXT_ZH } from "./messages/report";
import { rankGroup } from "./rank";
import { nameCell } from "./read/nameCell";
import { tiersForGroup } from "./scheme/validate";
import type { Assessment, GroupResult, GroupStats, Problem, Scheme, ScoreTable, TierSpec } from "./types";

/**
 * Assesses `table` under `scheme`. The caller has checked that the table has no error problems and
 * that the scheme is valid; a unit whose total still cannot be computed (NaN) is graded in the last
 * tier, ranked after the others with rank 0, and left out of the statistics. A vetoed unit is ranked
 * after every unit that was not vetoed. Tied totals are ordered by the scheme's tie-break; a group
 * whose tiers have quotas is placed by assignTiers, and a tie at a quota's edge is a warning.
 */
export function assess(table: ScoreTable, scheme: Scheme): Assessment {
  const n = table.count;
  const bonus = countedBonus(table, scheme);
  const totals = computeTotals(table, scheme, bonus);
  const groupOf = table.groupOf;
  const groupCount = table.groups.length;

  // Members of each group in source order, by a counting pass (no per-unit objects).
  const sizes = new Int32Array(groupCount);
  const firstUnit = new Int32Array(groupCount).fill(-1);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    if (g < 0 || g >= groupCount) throw new RangeError(`assess: unit ${i} has group index ${g}`);
    if (sizes[g] === 0) firstUnit[g] = i;
    sizes[g] = (sizes[g] as number) + 1;
  }
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(groupCount);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    const at = fill[g] as number;
    (members[g] as Int32Array)[at] = i;
    fill[g] = at + 1;
  }

  const tiersOf: TierSpec[][] = table.groups.map((name) => tiersForGroup(scheme, name));
  // Whether each unit is vetoed, decided once: grading and ranking both ask, and a million calls of
  // an imported function cost a property load each (a getter call under some loaders, such as tsx).
  const veto = table.veto;
  const vetoed = new Uint8Array(n);
  const vetoMark = isVetoed;
  for (let i = 0; i < n; i++) if (veto[i] !== null && vetoMark(veto[i])) vetoed[i] = 1;

  // unitTierIndex, with the veto already known: a vetoed unit is in the last tier whatever its total.
  const tierOf = new Int32Array(n);
  const grade = tierIndex;
  for (let i = 0; i < n; i++) {
    const tiers = tiersOf[groupOf[i] as number] as TierSpec[];
    tierOf[i] = vetoed[i] === 1 ? tiers.length - 1 : grade(totals[i] as number, tiers);
  }

  const tieKeys = tieBreakKeys(table, scheme, bonus);
  const problems: Problem[] = [];
  const present = Array.from({ length: groupCount }, (_, g) => g).filter((g) => (sizes[g] as number) > 0);
  present.sort((a, b) => (firstUnit[a] as number) - (firstUnit[b] as number));
  const groups: GroupResult[] = present.map((g) => {
    const unitsOfGroup = members[g] as Int32Array;
    const ranked = rankGroup(totals, unitsOfGroup, scheme.decimals, scheme.ranking, tieKeys);
    const { order, ranks } = vetoedLast(ranked.order, ranked.ranks, totals, vetoed, scheme.ranking);
    const tiers = tiersOf[g] as TierSpec[];
    if (hasQuota(tiers)) {
      const ties = assignTiers(order, ranks, totals, vetoed, tiers, scheme.quotaTies === "in", tierOf);
      for (const tie of ties) problems.push(quotaTieProblem(table, table.groups[g] as string, tiers, tie, order, tierOf));
    }
    return {
      name: table.groups[g] as string,
      order,
      ranks,
      tiers: tiersOf[g] as TierSpec[],
      stats: groupStats(totals, unitsOfGroup, scheme.decimals),
    };
  });

  return { scheme, table, totals, tierOf, bonus, groups, problems };
}

/** The keys of the scheme's tie-break steps, each indexed by unit; none when the scheme has none. */
function tieBreakKeys(table: ScoreTable, scheme: Scheme, bonus: Float64Array): Float64Array[] {
  const steps = scheme.tieBreak ?? [];
  let unrounded: Float64Array | null = null;
  return steps.map((step) => {
    if (step === "unrounded") {
      unrounded ??= unroundedTotals(table, scheme, bonus);
      return unrounded;
    }
    const c = scheme.components.findIndex((spec) => spec.key === step.component);
    const column = table.components[c];
    if (column === undefined) throw new RangeError(`assess: the tie-break names no component "${step.component}"`);
    return column;
  });
}

/** The warning of a tie at a quota's edge, at the first tied unit's name cell. */
function quotaTieProblem(table: ScoreTable, group: string, tiers: readonly TierSpec[], tie: QuotaTie, order: Int32Array, tierOf: Int32Array): Problem {
  const at = nameCell(table, tie.units[0] as number);
  let taken = 0;
  for (let k = 0; k < order.length; k++) if (tierOf[order[k] as number] === tie.tier) taken++;
  return makeProblem("QUOTA_TIE", "warning", at?.sheet ?? null, at?.cell ?? null, {
    group,
    tier: (tiers[tie.tier] as TierSpec).label.trim(),
    capacity: tie.capacity,
    count: tie.units.length,
    units: tie.units.map((u) => table.names[u] ?? "").join(REPORT_TEXT_ZH.notice.nameSeparator),
    admitted: tie.admitted ? "in" : "out",
    taken,
  });
}

/**
 * A unit under 一票否决 is in the lowest tier whatever its total, so the published ranking lists it
 * after every unit that was not vetoed (a vetoed 95 must not stand at rank 1 with 不合格). Vetoed units
 * keep their order among themselves; ranks run on past the others in the scheme's style, units tied
 * in `ranks` (after the tie-break) staying tied.
 */
function vetoedLast(order: Int32Array, ranks: Int32Array, totals: Float64Array, vetoed: Uint8Array, style: Scheme["ranking"]): { order: Int32Array; ranks: Int32Array } {
  let vetoedCount = 0;
  for (let k = 0; k < order.length; k++) vetoedCount += vetoed[order[k] as number] as number;
  if (vetoedCount === 0) return { order, ranks };
  const n = order.length;
  const newOrder = new Int32Array(n);
  // The rank each unit had before the move: equal ranks are the ties the tie-break left.
  const oldRanks = new Int32Array(n);
  let front = 0;
  let back = n - vetoedCount;
  for (let k = 0; k < n; k++) {
    const unit = order[k] as number;
    const at = vetoed[unit] === 1 ? back++ : front++;
    newOrder[at] = unit;
    oldRanks[at] = ranks[k] as number;
  }
  const newRanks = new Int32Array(n);
  let previous = 0;
  for (let k = 0; k < n; k++) {
    const unit = newOrder[k] as number;
    const total = totals[unit] as number;
    if (!Number.isFinite(total)) continue; // no total, no rank (0), as rankGroup does
    const before = k > 0 ? (newOrder[k - 1] as number) : -1;
    const tied = before >= 0 && oldRanks[k - 1] === oldRanks[k] && vetoed[before] === vetoed[unit];
    const rank = tied ? previous : style === "dense" ? previous + 1 : k + 1;
    newRanks[k] = rank;
    previous = rank;
  }
  return { order: newOrder, ranks: newRanks };
}

function groupStats(totals: Float64Array, members: Int32Array, decimals: number): GroupStats {
  const values = new Float64Array(members.length);
  let count = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let k = 0; k < members.length; k++) {
    const t = totals[members[k] as number] as number;
    if (!Number.isFinite(t)) continue;
    values[count++] = t;
    if (t > max) max = t;
    if (t < min) min = t;
  }
  if (count === 0) return { count: members.length, mean: NaN, max: NaN, min: NaN };
  return { count: members.length, mean: meanRounded(values.subarray(0, count), decimals), max, min };
}
