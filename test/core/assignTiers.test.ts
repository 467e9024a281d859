import fc from "fast-check";
import { assess } from "../../src/core/assess";
import { assignTiers, quotaCapacity } from "../../src/core/assignTiers";
import { defaultScheme } from "../../src/core/scheme/defaults";
import { validateScheme } from "../../src/core/scheme/validate";
import type { RankingStyle, Scheme, ScoreTable, TieBreakStep, TierSpec } from "../../src/core/types";
import { scoreTable } from "../support/scoreTable";

interface Unit {
  name: string;
  group: string;
  /** Scores with one decimal, so the unrounded totals are exact in thousandths. */
  scores: [number, number, number];
  bonus: number;
  vetoed: boolean;
}

const table = (units: Unit[]): ScoreTable => scoreTable(units.map((u) => ({ ...u, veto: u.vetoed ? "否决" : null })));

// ── The slow reference: a comparator sort of whole keys, then tiers filled one tied run at a time ──

interface Placed {
  order: number[];
  ranks: number[];
  tierOf: Map<number, number>;
  ties: string[][];
}

/** Σ weight·score + bonus in units of 10⁻⁵ point: exact for scores and bonuses of up to three decimals. */
function unroundedExact(u: Unit, weights: readonly number[]): number {
  return u.scores.reduce((acc, s, c) => acc + Math.round(s * 1000) * (weights[c] as number), 0) + Math.round(u.bonus * 1000) * 100;
}

function reference(units: Unit[], totals: Float64Array, scheme: Scheme, group: string): Placed {
  const weights = scheme.components.map((c) => c.weight);
  const keyOf = (i: number): number[] =>
    (scheme.tieBreak ?? []).map((step) =>
      step === "unrounded" ? unroundedExact(units[i] as Unit, weights) : ((units[i] as Unit).scores[scheme.components.findIndex((c) => c.key === step.component)] as number),
    );
  const members = units.flatMap((u, i) => (u.group === group ? [i] : []));
  const whole = (i: number): number[] => [(units[i] as Unit).vetoed ? 0 : 1, totals[i] as number, ...keyOf(i)];
  const compare = (a: number, b: number): number => {
    const ka = whole(a);
    const kb = whole(b);
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return (kb[k] as number) - (ka[k] as number);
    return a - b;
  };
  const order = [...members].sort(compare);
  const same = (a: number, b: number): boolean => JSON.stringify(whole(a)) === JSON.stringify(whole(b));
  const ranks: number[] = [];
  order.forEach((u, k) => {
    if (k > 0 && same(order[k - 1] as number, u)) ranks.push(ranks[k - 1] as number);
    else ranks.push(scheme.ranking === "dense" ? (ranks[k - 1] ?? 0) + 1 : k + 1);
  });

  const tiers = scheme.tiers;
  const last = tiers.length - 1;
  const capacity = tiers.map((t) => (t.quota === undefined ? Infinity : "count" in t.quota ? t.quota.count : Math.floor((t.quota.percent * members.length) / 100 + 1e-9)));
  const count = tiers.map(() => 0);
  const closed = tiers.map(() => false);
  const tierOf = new Map<number, number>();
  const ties: string[][] = [];
  for (let k = 0; k < order.length;) {
    let end = k + 1;
    while (end < order.length && ranks[end] === ranks[k]) end++;
    const run = order.slice(k, end);
    const first = run[0] as number;
    let placed = last;
    if (!(units[first] as Unit).vetoed) {
      for (let t = 0; t < last; t++) {
        const spec = tiers[t] as TierSpec;
        if (closed[t] || (spec.min !== null && (totals[first] as number) < spec.min)) continue;
        const cap = capacity[t] as number;
        if ((count[t] as number) + run.length <= cap) {
          placed = t;
          break;
        }
        closed[t] = true;
        if ((count[t] as number) < cap) {
          ties.push(run.map((u) => (units[u] as Unit).name));
          if (scheme.quotaTies === "in") {
            placed = t;
            break;
          }
        }
      }
    }
    for (const u of run) tierOf.set(u, placed);
    count[placed] = (count[placed] as number) + run.length;
    k = end;
  }
  return { order, ranks, tierOf, ties };
}

// ── Random offices ──

// Few scores, so totals tie often, at quotas' edges too.
const scoreArb = fc.constantFrom(88, 92.5, 97.1, 90.125); // 90.125: a key not in whole hundredths, sorted apart
const unitArb = fc.record({
  group: fc.constantFrom("县（区）", "市直部门"),
  scores: fc.tuple(scoreArb, scoreArb, scoreArb),
  bonus: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(0.5, -0.3, 1) }),
  vetoed: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  // Units scored alike, as happens with whole-number scores: copies with the same scores (tied
  // whatever the tie-break), with the same total by other scores
  // (日常考核 +1, 实地考核 −2: apart by a component), or a total a few thousandths higher (apart
  // by the unrounded total only, when it rounds the same).
  copies: fc.integer({ min: 1, max: 3 }),
  twist: fc.constantFrom<"same" | "components" | "unrounded">("same", "components", "unrounded"),
});

type Drawn = Omit<Unit, "name"> & { copies: number; twist: "same" | "components" | "unrounded" };

function twins({ copies, twist, ...u }: Drawn): Omit<Unit, "name">[] {
  return Array.from({ length: copies }, (_, k): Omit<Unit, "name"> => {
    const [d, o, s] = u.scores;
    if (twist === "components") return { ...u, scores: [d + k, o - 2 * k, s] };
    if (twist === "unrounded") return { ...u, scores: [d, o, Math.round((s + 0.04 * k) * 100) / 100] };
    return u;
  });
}
const quotaArb = fc.option(fc.oneof(fc.record({ percent: fc.constantFrom(10, 12.5, 30, 50, 100) }), fc.record({ count: fc.integer({ min: 1, max: 6 }) })), { nil: undefined });
const tiersArb = fc
  .array(fc.record({ min: fc.option(fc.constantFrom(96, 94, 92, 91, 90, 89), { nil: null }), quota: quotaArb }), { minLength: 1, maxLength: 3 })
  .map((upper): TierSpec[] => {
    // Mins descending among the tiers that have one; a tier without a min has a quota.
    let below = Infinity;
    const tiers = upper.map((t, i): TierSpec => {
      const min = t.min !== null && t.min < below ? t.min : null;
      if (min !== null) below = min;
      const quota = t.quota ?? (min === null ? { count: 2 } : undefined);
      return { label: `T${i + 1}`, min, ...(quota === undefined ? {} : { quota }) };
    });
    return [...tiers, { label: "末等", min: null }];
  });
const tieBreakArb = fc.oneof(fc.constant<TieBreakStep[]>([]), fc.subarray<TieBreakStep>(["unrounded", { component: "daily" }, { component: "onsite" }, { component: "satisfaction" }]));

describe("assignTiers", () => {
  it("a percent quota is the group's share rounded down, in integers", () => {
    expect(quotaCapacity({ percent: 30 }, 24)).toBe(7);
    expect(quotaCapacity({ percent: 12.5 }, 24)).toBe(3);
    expect(quotaCapacity({ percent: 30 }, 10)).toBe(3); // 0.3 × 10 is 3, not 2.9999…
    expect(quotaCapacity({ percent: 100 }, 7)).toBe(7);
    expect(quotaCapacity({ count: 8 }, 24)).toBe(8);
  });

  it("places the first by rank up to the quota, the rest falling to the next tier they reach", () => {
    const order = Int32Array.from([0, 1, 2, 3, 4, 5]);
    const ranks = Int32Array.from([1, 2, 3, 4, 5, 6]);
    const totals = Float64Array.from([97, 95, 93, 91, 85, 70]);
    const tierOf = new Int32Array(6).fill(-1);
    const tiers: TierSpec[] = [
      { label: "优秀", min: 90, quota: { count: 2 } },
      { label: "良好", min: 80 },
      { label: "一般", min: null },
    ];
    expect(assignTiers(order, ranks, totals, null, tiers, false, tierOf)).toEqual([]);
    expect(Array.from(tierOf)).toEqual([0, 0, 1, 1, 1, 2]);
  });

  it("equals a comparator sort and tiers filled one unit at a time, on random offices", () => {
    let edgeTies = 0;
    fc.assert(
      fc.property(
        fc.array(unitArb, { maxLength: 25 }),
        tiersArb,
        tieBreakArb,
        fc.constantFrom<"in" | "out" | undefined>("in", "out", undefined),
        fc.constantFrom<RankingStyle>("competition", "dense"),
        (raw, tiers, tieBreak, quotaTies, ranking) => {
          const units: Unit[] = raw.flatMap((u) => twins(u)).map((u, i) => ({ ...u, name: `单位${i + 1}` }));
          const scheme: Scheme = { ...defaultScheme(), tiers, tieBreak, ranking, ...(quotaTies === undefined ? {} : { quotaTies }) };
          expect(validateScheme(scheme)).toEqual([]);
          const a = assess(table(units), scheme);
          const expectedTies: string[][] = [];
          for (const g of a.groups) {
            const ref = reference(units, a.totals, scheme, g.name);
            expect(Array.from(g.order)).toEqual(ref.order);
            expect(Array.from(g.ranks)).toEqual(ref.ranks);
            expect(Array.from(g.order, (u) => a.tierOf[u])).toEqual(ref.order.map((u) => ref.tierOf.get(u)));
            expectedTies.push(...ref.ties);
          }
          const warned = a.problems.filter((p) => p.code === "QUOTA_TIE");
          if (warned.length > 0) edgeTies++;
          expect(warned).toHaveLength(expectedTies.length);
          warned.forEach((p, k) => {
            expect(p.severity).toBe("warning");
            expect(p.message).toContain((expectedTies[k] as string[]).join("、"));
          });
        },
      ),
      { numRuns: 400 },
    );
    // The random offices do meet ties at a quota's edge, under both rules.
    expect(edgeTies).toBeGreaterThan(20);
  });
});
