import fc from "fast-check";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { schemeFromJson } from "../../../src/core/scheme/json";
import { validateScheme } from "../../../src/core/scheme/validate";
import type { Problem } from "../../../src/core/types";
import { schemeArb } from "../../support/schemes";

/**
 * The problems of reading the file itself (types, unknown fields and names), without those of the
 * semantic checks of the merged scheme, which validateScheme adds at the end and owns.
 */
function readingProblems(json: unknown): { scheme: ReturnType<typeof schemeFromJson>["scheme"]; reading: Problem[] } {
  const { scheme, problems } = schemeFromJson(json);
  const checks = validateScheme(scheme).length;
  return { scheme, reading: problems.slice(0, problems.length - checks) };
}

describe("schemeFromJson", () => {
  it("merges a partial scheme over the default", () => {
    const { scheme, problems } = schemeFromJson({
      weights: { 日常考核: 50, 实地考核: 40, 满意度调查: 10 },
      tiers: [{ label: "优秀", min: 85 }, { label: "良好", min: 75 }, { label: "合格", min: 60 }, { label: "不合格" }],
      groupTiers: {
        市直部门: [
          { label: "优秀", min: 88 },
          { label: "其他", min: null },
        ],
      },
      ranking: "dense",
      decimals: 1,
    });
    expect(problems).toEqual([]);
    expect(scheme.components.map((c) => c.weight)).toEqual([50, 40, 10]);
    expect(scheme.components[0]?.subItems).toHaveLength(5);
    expect(scheme.tiers[0]).toEqual({ label: "优秀", min: 85 });
    expect(scheme.tiers[3]).toEqual({ label: "不合格", min: null });
    expect(Object.values(scheme.groupTiers)[0]?.[0]?.min).toBe(88);
    expect(scheme.ranking).toBe("dense");
    expect(scheme.decimals).toBe(1);
  });

  it("keeps the default for everything not given", () => {
    const { scheme, problems } = schemeFromJson({ ranking: "dense" });
    expect(problems).toEqual([]);
    expect(scheme).toEqual({ ...defaultScheme(), ranking: "dense" });
    expect(schemeFromJson({}).scheme).toEqual(defaultScheme());
  });

  it("names weights by key or alias too", () => {
    const { scheme, problems } = schemeFromJson({ weights: { daily: 70, 实地: 20 } });
    expect(problems).toEqual([]);
    expect(scheme.components.map((c) => c.weight)).toEqual([70, 20, 10]);
  });

  it("reads back a full scheme as ASSESS writes it", () => {
    const full = defaultScheme();
    full.components = full.components.map((c, i) => ({ ...c, weight: [40, 40, 20][i] as number }));
    full.groupTiers["市直部门"] = [
      { label: "好", min: 70 },
      { label: "差", min: null },
    ];
    const { scheme, problems } = schemeFromJson(JSON.parse(JSON.stringify(full)));
    expect(problems).toEqual([]);
    expect(scheme).toEqual(full);
  });

  it("validates the merged result: weights that no longer sum to 100", () => {
    const { problems } = schemeFromJson({ weights: { 日常考核: 50 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe("SCHEME_INVALID");
    expect(problems[0]?.message).toContain("90%");
  });

  it("turns wrong types and unknown fields into problems, never throws", () => {
    for (const bad of [null, 42, "x", [], { tiers: "优秀" }, { decimals: "2" }, { ranking: "chinese" }, { tier: [] }]) {
      const { scheme, problems } = schemeFromJson(bad);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.code === "SCHEME_INVALID" && p.severity === "error")).toBe(true);
      expect(scheme.components).toHaveLength(3);
    }
    const { problems } = schemeFromJson({ weights: { 加分: 10 }, components: [{ label: 5 }], groupTiers: { 市直部门: [{ min: 1 }] } });
    const text = problems.map((p) => p.messageEn).join("\n");
    for (const named of ["加分", "components[0].label", "groupTiers.市直部门[0].label"]) expect(text).toContain(named);
  });

  it("names the wrong field in both languages", () => {
    const { problems } = schemeFromJson({ decimals: "two" });
    expect(problems[0]?.message).toContain("decimals");
    expect(problems[0]?.messageEn).toContain("decimals");
  });

  it("takes the notice document's words field by field, the rest from the 2020 notice", () => {
    const { scheme, problems } = schemeFromJson({ notice: { title: "关于2021年度全市依法行政考核情况的通报", date: "2022年3月1日" } });
    expect(problems).toEqual([]);
    expect(scheme.notice).toEqual({ ...defaultScheme().notice, title: "关于2021年度全市依法行政考核情况的通报", date: "2022年3月1日" });
    const bad = schemeFromJson({ notice: { title: 2021, signer: "x" } });
    expect(bad.problems.map((p) => p.messageEn).join("\n")).toContain("notice.signer");
    expect(bad.problems.map((p) => p.messageEn).join("\n")).toContain("notice.title");
    expect(bad.scheme.notice?.title).toBe("关于2020年度全市依法行政考核情况的通报");
  });

  it("reads back any scheme as ASSESS writes it (JSON.stringify of a Scheme), every new rule included", () => {
    fc.assert(
      fc.property(schemeArb, (scheme) => {
        const { scheme: back, reading } = readingProblems(JSON.parse(JSON.stringify(scheme)));
        expect(reading).toEqual([]);
        // The file leaves out the notice's words, so they are the 2020 notice's.
        expect(back).toEqual({ ...scheme, notice: defaultScheme().notice });
      }),
      { numRuns: 200 },
    );
  });

  describe("the rules real offices use", () => {
    it("takes full marks: the total's, a component's, and weights that sum to them", () => {
      const { scheme, reading } = readingProblems({
        fullMarks: 150,
        weights: { 日常考核: 90, 实地: 45, satisfaction: 15 },
        components: [{ label: "日常考核", fullMarks: 300 }, { label: "实地考核" }, { label: "满意度调查", fullMarks: 10 }],
      });
      expect(reading).toEqual([]);
      expect(scheme.fullMarks).toBe(150);
      expect(scheme.components.map((c) => [c.key, c.weight, c.fullMarks])).toEqual([
        ["daily", 90, 300],
        ["onsite", 45, undefined],
        ["satisfaction", 15, 10],
      ]);
      // A 2020 component named without a weight keeps its sub-items and aliases ("weights" then set it).
      expect(scheme.components[1]).toEqual({ ...defaultScheme().components[1], weight: 45 });
    });

    it("takes a group's own scale, its components named by label, key or alias and stored by key", () => {
      const { scheme, reading } = readingProblems({
        groupScales: { 市直部门: { fullMarks: 150, components: { 日常考核: { fullMarks: 90, weight: 90 }, onsite: { weight: 45 }, 满意度: { weight: 15 } } }, "县（区）": {} },
      });
      expect(reading).toEqual([]);
      expect(scheme.groupScales).toEqual({
        市直部门: { fullMarks: 150, components: { daily: { fullMarks: 90, weight: 90 }, onsite: { weight: 45 }, satisfaction: { weight: 15 } } },
        "县(区)": {},
      });
    });

    it("takes quotas as a person writes them: 30%, a count, or the object form", () => {
      const { scheme, reading } = readingProblems({
        tiers: [{ label: "优秀", min: 90, quota: "30%" }, { label: "良好", min: 80, quota: { percent: 45.5 } }, { label: "合格", min: 60, quota: 8 }, { label: "不合格" }],
        groupTiers: { 市直部门: [{ label: "好", quota: { count: 8 } }, { label: "一般", quota: "１３个" }, { label: "差" }] },
        quotaTies: "in",
      });
      expect(reading).toEqual([]);
      expect(scheme.tiers.map((t) => t.quota)).toEqual([{ percent: 30 }, { percent: 45.5 }, { count: 8 }, undefined]);
      expect(scheme.groupTiers["市直部门"]).toEqual([
        { label: "好", min: null, quota: { count: 8 } },
        { label: "一般", min: null, quota: { count: 13 } },
        { label: "差", min: null },
      ]);
      expect(scheme.quotaTies).toBe("in");
    });

    it("takes bonus limits, tie-break steps and raters", () => {
      const { scheme, reading } = readingProblems({
        bonusRules: { maxAdd: 5, maxAddPerItem: 2, maxDeduct: 10, capAtFullMarks: true, addFrom: 60 },
        tieBreak: ["日常考核", { component: "onsite" }, "unrounded"],
        components: [{ label: "日常考核" }, { label: "实地考核", raters: "trimmed" }, { label: "满意度调查", raters: { method: "mean", decimals: 2 } }],
      });
      expect(reading).toEqual([]);
      expect(scheme.bonusRules).toEqual({ maxAdd: 5, maxAddPerItem: 2, maxDeduct: 10, capAtFullMarks: true, addFrom: 60 });
      expect(scheme.tieBreak).toEqual([{ component: "daily" }, { component: "onsite" }, "unrounded"]);
      expect(scheme.components.map((c) => c.raters)).toEqual([undefined, { method: "trimmed", decimals: null }, { method: "mean", decimals: 2 }]);
    });

    it("refuses a wrong type or an unknown name in the new fields, naming its path, and keeps the default", () => {
      const cases: [unknown, string][] = [
        [{ fullMarks: "150" }, "fullMarks"],
        [{ quotaTies: "all" }, "quotaTies"],
        [{ tiers: [{ label: "优秀", min: 90, quota: "三成" }, { label: "其他" }] }, "tiers[0].quota"],
        [{ tiers: [{ label: "优秀", min: 90, quota: { percent: 30, count: 2 } }, { label: "其他" }] }, "tiers[0].quota"],
        [{ groupScales: { 市直部门: { fullMarks: 150, components: { 加分: { weight: 5 } } } } }, "groupScales.市直部门.components.加分"],
        [{ groupScales: { 市直部门: { scale: 150 } } }, "groupScales.市直部门.scale"],
        [{ groupScales: { 市直部门: { components: { daily: { weight: "90" } } } } }, "groupScales.市直部门.components.daily.weight"],
        [{ tieBreak: ["总分"] }, "tieBreak[0]"],
        [{ tieBreak: "日常考核" }, "tieBreak"],
        [{ tieBreak: [{ by: "daily" }] }, "tieBreak[0]"],
        [{ bonusRules: { maxAdd: "5分" } }, "bonusRules.maxAdd"],
        [{ bonusRules: { capAtFullMarks: "是" } }, "bonusRules.capAtFullMarks"],
        [{ bonusRules: { max: 5 } }, "bonusRules.max"],
        [{ components: [{ label: "日常考核", raters: "median" }] }, "components[0].raters"],
        [{ components: [{ label: "日常考核", raters: { method: "trimmed", decimals: "2" } }] }, "components[0].raters.decimals"],
        [{ components: [{ label: "日常考核", fullMarks: null }] }, "components[0].fullMarks"],
        [{ components: [{ label: "新项目" }] }, "components[0].weight"],
      ];
      for (const [json, path] of cases) {
        const { scheme, reading } = readingProblems(json);
        expect(reading.length).toBeGreaterThan(0);
        expect(reading.every((p) => p.code === "SCHEME_INVALID" && p.severity === "error")).toBe(true);
        expect(reading.map((p) => p.messageEn).join("\n")).toContain(`"${path}"`);
        expect(reading.map((p) => p.message).join("\n")).toContain(`“${path}”`);
        for (const field of ["fullMarks", "groupScales", "tieBreak", "bonusRules", "quotaTies"] as const) expect(scheme[field]).toBeUndefined();
        expect(scheme.components).toEqual(defaultScheme().components);
        expect(scheme.tiers).toEqual(defaultScheme().tiers);
      }
    });
  });
});
