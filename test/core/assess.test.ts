import fc from "fast-check";
import { weightedTotal } from "../../src/core/arith";
import { assess } from "../../src/core/assess";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { Assessment, Scheme, ScoreTable, TierSpec } from "../../src/core/types";
import { scoreTable } from "../support/scoreTable";

interface Unit {
  name: string;
  group: string;
  scores: [number, number, number];
  bonus?: number;
  veto?: string;
}

/** A ScoreTable as the reader would build it from one sheet with a group column. */
const table = (units: Unit[]): ScoreTable => scoreTable(units, 4);

/** What a reader of the published lists sees: per group, name · rank · total · tier, in rank order. */
function lists(a: Assessment): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of a.groups) {
    out[g.name] = Array.from(g.order, (u, k) => {
      const tier = (g.tiers[a.tierOf[u] as number] as TierSpec).label;
      return `${a.table.names[u]} ${g.ranks[k]} ${a.totals[u]} ${tier}`;
    });
  }
  return out;
}

const sample: Unit[] = [
  { name: "市司法局", group: "市直部门", scores: [92, 95, 90] },
  { name: "清丰县", group: "县（区）", scores: [89, 88.7, 99.85] }, // exactly 89.995 → 90.00 → 优秀
  { name: "台前县", group: "县（区）", scores: [95, 90, 90] },
  { name: "市公安局", group: "市直部门", scores: [85, 80, 80] },
  { name: "开发区管委会", group: "县（区）", scores: [95, 90, 90] },
  { name: "南乐县", group: "县（区）", scores: [70, 60, 60], bonus: -2 },
  { name: "市财政局", group: "市直部门", scores: [99, 99, 99], veto: "发生重大行政违法案件" },
];

describe("assess", () => {
  it("totals, grades and ranks each group, groups in order of their first unit", () => {
    const a = assess(table(sample), defaultScheme());
    expect(a.groups.map((g) => g.name)).toEqual(["市直部门", "县（区）"]);
    expect(lists(a)).toEqual({
      // 一票否决: lowest tier and listed after every unit that was not vetoed, whatever its total
      市直部门: ["市司法局 1 92.7 优秀", "市公安局 2 83 良好", "市财政局 3 99 不合格"],
      "县（区）": ["台前县 1 93 优秀", "开发区管委会 1 93 优秀", "清丰县 3 90 优秀", "南乐县 4 64 合格"],
    });
  });

  it("ranks dense when the scheme says so", () => {
    const a = assess(table(sample), { ...defaultScheme(), ranking: "dense" });
    expect(Array.from(a.groups[1]?.ranks ?? [])).toEqual([1, 1, 2, 3]);
  });

  it("grades a group by its own tiers, found under its normalised name", () => {
    const scheme: Scheme = defaultScheme();
    scheme.groupTiers["县(区)"] = [
      { label: "好", min: 92 },
      { label: "较好", min: null },
    ];
    const a = assess(table(sample), scheme);
    expect(lists(a)["县（区）"]?.map((s) => s.split(" ")[3])).toEqual(["好", "好", "较好", "较好"]);
    expect(a.groups[1]?.tiers.map((t) => t.label)).toEqual(["好", "较好"]);
    expect(a.groups[0]?.tiers.map((t) => t.label)).toEqual(["优秀", "良好", "合格", "不合格"]);
  });

  it("rounds to the scheme's decimals before grading and ranking", () => {
    const units: Unit[] = [
      { name: "甲", group: "县（区）", scores: [89.99, 89.99, 89.99] },
      { name: "乙", group: "县（区）", scores: [90, 90, 90], bonus: -0.04 },
    ];
    const a = assess(table(units), { ...defaultScheme(), decimals: 1 });
    // 89.99 and 89.96 both round to 90.0: tied, 优秀, source order kept
    expect(lists(a)["县（区）"]).toEqual(["甲 1 90 优秀", "乙 1 90 优秀"]);
  });

  it("gives per-group statistics: count, mean rounded half-up, highest, lowest", () => {
    const a = assess(table(sample), defaultScheme());
    expect(a.groups[0]?.stats).toEqual({ count: 3, mean: 91.57, max: 99, min: 83 }); // 274.7 / 3 = 91.5666…
    expect(a.groups[1]?.stats).toEqual({ count: 4, mean: 85, max: 93, min: 64 });
  });

  it("handles an empty table", () => {
    const a = assess(table([]), defaultScheme());
    expect(a.groups).toEqual([]);
    expect(a.totals.length).toBe(0);
  });

  it("agrees unit by unit with the scalar total, the tiers and a naive rank (property)", () => {
    const score = fc.integer({ min: 0, max: 10000 }).map((k) => Number((k / 100).toFixed(2)));
    const unit = fc.record({
      group: fc.constantFrom("县（区）", "市直部门", "开发区"),
      scores: fc.tuple(score, score, score),
      veto: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant("否决") }),
    });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.constantFrom<"competition" | "dense">("competition", "dense"), (raw, ranking) => {
        const units: Unit[] = raw.map((u, i) => ({ name: `单位${i}`, group: u.group, scores: u.scores, ...(u.veto ? { veto: u.veto } : {}) }));
        const scheme = { ...defaultScheme(), ranking };
        const a = assess(table(units), scheme);
        const seen: number[] = [];
        for (const g of a.groups) {
          const members = units.map((u, i) => ({ u, i })).filter((x) => x.u.group === g.name);
          const keyed = members.map((x) => ({ total: weightedTotal(x.u.scores, [60, 30, 10], 2), vetoed: x.u.veto !== undefined }));
          g.order.forEach((u, k) => {
            seen.push(u);
            const t = weightedTotal((units[u] as Unit).scores, [60, 30, 10], 2);
            expect(a.totals[u]).toBe(t);
            const vetoed = (units[u] as Unit).veto !== undefined;
            // A vetoed unit ranks after every unit that was not vetoed.
            const better = keyed.filter((x) => (x.vetoed === vetoed ? x.total > t : vetoed));
            const distinct = new Set(better.map((x) => `${x.vetoed}:${x.total}`)).size;
            expect(g.ranks[k]).toBe(1 + (ranking === "dense" ? distinct : better.length));
            const expectedTier = units[u]?.veto ? 3 : [90, 80, 60].findIndex((m) => t >= m);
            expect(a.tierOf[u]).toBe(expectedTier === -1 ? 3 : expectedTier);
          });
        }
        expect(seen.sort((x, y) => x - y)).toEqual(units.map((_, i) => i));
      }),
      { numRuns: 300 },
    );
  });
});
