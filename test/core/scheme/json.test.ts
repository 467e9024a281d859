import { defaultScheme } from "../../../src/core/scheme/defaults";
import { schemeFromJson } from "../../../src/core/scheme/json";

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
});
