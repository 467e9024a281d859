// ASSESS.TIER as Excel calls it, and against the one-click ranking: for the same totals, groups and
// rules, the formula places every unit in the tier assess() gives it.
import fc from "fast-check";
import { assess } from "../../src/core/assess";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { Scheme, ScoreTable, TierQuota, TierSpec } from "../../src/core/types";
import { tier } from "../../src/functions/functions";
import { fakeRuntime, RuntimeError } from "./runtime";
import { bonusColumns } from "../support/bonus";

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
});

const col = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const column = (out: unknown[][]): unknown[] => out.map((r) => r[0]);
const row = (values: readonly unknown[]): unknown[][] => [[...values]];

function thrown(f: () => unknown): RuntimeError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("ASSESS.TIER", () => {
  it("without quotas grades as ASSESS.GRADE does", () => {
    expect(column(tier(col([95, 85, 65, 40])))).toEqual(["优秀", "良好", "合格", "不合格"]);
  });

  it("优秀 for at most 30% of each group (30% typed in a cell is 0.3), the others of 90 or more 良好", () => {
    const totals = [96, 95, 94, 93, 88, 97, 92, 91, 85, 60];
    const groups = ["县（区）", "县（区）", "县（区）", "县（区）", "县（区）", "市直部门", "市直部门", "市直部门", "市直部门", "市直部门"];
    const out = column(tier(col(totals), row([90, 80, 60]), null as unknown as unknown[][], row([0.3, "", ""]), col(groups)));
    // 30% of 5 is 1 in each group.
    expect(out).toEqual(["优秀", "良好", "良好", "良好", "良好", "优秀", "良好", "良好", "良好", "合格"]);
    // The same with the quota as text, and full-width brackets in a group name (县(区) is 县（区）).
    const again = column(tier(col(totals), row([90, 80, 60]), undefined, row(["30%"]), col(groups.map((g) => g.replace("（", "(").replace("）", ")")))));
    expect(again).toEqual(out);
  });

  it("the 巴中 review: by count alone, no minimum", () => {
    const totals = Array.from({ length: 24 }, (_, k) => 98 - k);
    const out = column(tier(col(totals), undefined, row(["好", "一般", "差"]), row([8, 13])));
    expect(out).toEqual([...Array<string>(8).fill("好"), ...Array<string>(13).fill("一般"), ...Array<string>(3).fill("差")]);
  });

  it("ties at a quota's edge: all out by default, all in with TRUE", () => {
    const totals = [96, 95, 93, 93, 92, 88, 85, 82, 75, 70];
    expect(column(tier(col(totals), row([90, 80, 60]), undefined, row(["30%"]))).slice(0, 5)).toEqual(["优秀", "优秀", "良好", "良好", "良好"]);
    expect(column(tier(col(totals), row([90, 80, 60]), undefined, row(["30%"]), undefined, true)).slice(0, 5)).toEqual(["优秀", "优秀", "优秀", "优秀", "良好"]);
  });

  it("a blank total is #N/A in its own cell; the others are placed without it", () => {
    const out = tier(col([95, null, 91]), undefined, row(["好", "差"]), row([1]));
    expect(out[0]).toEqual(["好"]);
    expect(out[1]?.[0]).toBeInstanceOf(RuntimeError);
    expect(out[2]).toEqual(["差"]);
  });

  it("refuses a quota on the last tier, an unreadable quota and too many quotas, saying which", () => {
    expect(thrown(() => tier(col([90]), row([90]), row(["优秀", "其他"]), row(["", 3]))).message).toMatch(/最后一个等次“其他”不应设名额/);
    expect(thrown(() => tier(col([90]), row([90]), row(["优秀", "其他"]), row(["很多"]))).message).toMatch(/第 1 个名额“很多”无法识别/);
    expect(thrown(() => tier(col([90]), row([90]), row(["优秀", "其他"]), row([1.5]))).message).toMatch(/第 1 个名额“1.5”无法识别/);
    expect(thrown(() => tier(col([90]), row([90]), row(["优秀", "其他"]), row([2, 3, 4]))).message).toMatch(/名额需要 1 个，给出了 3 个/);
    expect(thrown(() => tier(col([90]), undefined, row(["好", "差"]))).message).toMatch(/3 个分数线需要 4 个等次名称/);
  });
});

// ── ASSESS.TIER = assess() on random tables ──

const quotaArb = fc.option(fc.oneof(fc.record({ percent: fc.constantFrom(10, 12.5, 30, 50) }), fc.record({ count: fc.integer({ min: 1, max: 5 }) })), { nil: undefined });
const tiersArb = fc
  .array(fc.record({ min: fc.option(fc.constantFrom(95, 92, 90, 85, 80), { nil: null }), quota: quotaArb }), { minLength: 1, maxLength: 3 })
  .map((upper): TierSpec[] => {
    let below = Infinity;
    const tiers = upper.map((t, i): TierSpec => {
      const min = t.min !== null && t.min < below ? t.min : null;
      if (min !== null) below = min;
      const quota: TierQuota | undefined = t.quota ?? (min === null ? { count: 2 } : undefined);
      return quota === undefined ? { label: `等次${i + 1}`, min } : { label: `等次${i + 1}`, min, quota };
    });
    return [...tiers, { label: "其他", min: null }];
  });
const unitArb = fc.record({ group: fc.constantFrom("县（区）", "市直部门", "开发区"), score: fc.constantFrom(80, 85.5, 88, 90, 91.25, 93, 96) });

/** A quota as a person types it in a cell: 30% (0.3 in the cell) or a count. */
const typed = (q: TierQuota | undefined): unknown => (q === undefined ? "" : "count" in q ? q.count : q.percent / 100);

describe("ASSESS.TIER agrees with assess()", () => {
  it("on random tables, groups and quotas, under both rules for ties", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 40 }), tiersArb, fc.boolean(), (units, tiers, tiesIn) => {
        const groups: string[] = [];
        for (const u of units) if (!groups.includes(u.group)) groups.push(u.group);
        const n = units.length;
        const table: ScoreTable = {
          tables: [],
          count: n,
          names: units.map((_, i) => `单位${i + 1}`),
          groups,
          groupOf: Int32Array.from(units, (u) => groups.indexOf(u.group)),
          components: [0, 1, 2].map(() => Float64Array.from(units, (u) => u.score)),
          ...bonusColumns(units.map(() => 0)),
          veto: units.map(() => null),
          tableOf: new Int32Array(n),
          rowOf: Int32Array.from(units, (_, i) => i + 2),
        };
        const scheme: Scheme = { ...defaultScheme(), tiers, quotaTies: tiesIn ? "in" : "out" };
        const a = assess(table, scheme);
        const expected = Array.from(a.tierOf, (t) => tiers[t]?.label);
        const upper = tiers.slice(0, -1);
        const out = tier(
          col(Array.from(a.totals)),
          row(upper.map((t) => t.min ?? "")),
          row(tiers.map((t) => t.label)),
          row(upper.map((t) => typed(t.quota))),
          col(units.map((u) => u.group)),
          tiesIn,
        );
        expect(column(out)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
