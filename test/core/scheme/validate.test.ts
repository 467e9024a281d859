import { defaultScheme } from "../../../src/core/scheme/defaults";
import { fieldPathParents, schemeFindings, tiersForGroup, validateScheme } from "../../../src/core/scheme/validate";
import type { Problem, Scheme } from "../../../src/core/types";

function scheme(edit: (s: Scheme) => void): Scheme {
  const s = defaultScheme();
  edit(s);
  return s;
}

function weights(...w: number[]): Scheme {
  return scheme((s) => {
    s.components = w.map((weight, i) => ({ key: `c${i}`, label: `项目${i + 1}`, aliases: [], weight, subItems: [] }));
  });
}

const messages = (ps: Problem[]): string => ps.map((p) => `${p.message} | ${p.messageEn}`).join("\n");

describe("validateScheme", () => {
  it("accepts the 2020 default scheme", () => {
    expect(validateScheme(defaultScheme())).toEqual([]);
  });

  it("compares the weight sum exactly: 33.33 + 33.33 + 33.34 is 100", () => {
    expect(70 / 100 + 20 / 100 + 10 / 100).not.toBe(1); // a floating sum of fractions would not do
    expect(validateScheme(weights(33.33, 33.33, 33.34))).toEqual([]);
    expect(validateScheme(weights(70, 20, 10))).toEqual([]);
    expect(validateScheme(weights(0.7, 0.2, 99.1))).toEqual([]);
    expect(validateScheme(weights(0, 100))).toEqual([]);
  });

  it("rejects weights that do not sum to 100, saying the sum", () => {
    const ps = validateScheme(weights(60, 30, 20));
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: "SCHEME_INVALID", severity: "error", sheet: null, cell: null });
    expect(ps[0]?.message).toContain("110%");
    expect(ps[0]?.messageEn).toContain("110%");
    expect(messages(validateScheme(weights(33.33, 33.33, 33.33)))).toContain("99.99%");
  });

  it("rejects negative weights, weights with more than two decimals, and non-numbers", () => {
    expect(messages(validateScheme(weights(110, -10)))).toContain("负数");
    expect(messages(validateScheme(weights(33.333, 33.333, 33.334)))).toContain("two decimals");
    expect(validateScheme(weights(NaN, 100))).toHaveLength(1);
  });

  it("needs at least one component with unique labels (compared after normalising)", () => {
    expect(validateScheme(scheme((s) => (s.components = [])))).toHaveLength(1);
    const dup = weights(50, 50);
    (dup.components[1] as { label: string }).label = " 项目１ ";
    expect(messages(validateScheme(dup))).toContain("“项目１”");
  });

  it("rejects a sub-item maximum that is not above 0", () => {
    const s = scheme((x) => {
      const sub = x.components[0]?.subItems[0];
      if (sub) sub.max = 0;
    });
    const ps = validateScheme(s);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.message).toContain("专项工作完成情况");
    expect(validateScheme(scheme((x) => ((x.components[0]?.subItems[0] ?? { max: 0 }).max = 40)))).toEqual([]);
  });

  it("checks the tiers: at least two, unique labels, strictly descending, only the last without minimum", () => {
    const bad = (tiers: Scheme["tiers"]): Problem[] => validateScheme(scheme((s) => (s.tiers = tiers)));
    expect(bad([{ label: "合格", min: null }])).toHaveLength(1);
    expect(
      bad([
        { label: "优秀", min: 90 },
        { label: "优秀", min: null },
      ]),
    ).toHaveLength(1);
    const notDescending = bad([
      { label: "优秀", min: 90 },
      { label: "良好", min: 90 },
      { label: "不合格", min: null },
    ]);
    expect(notDescending).toHaveLength(1);
    expect(notDescending[0]?.message).toContain("良好");
    expect(
      bad([
        { label: "优秀", min: 90 },
        { label: "良好", min: null },
        { label: "不合格", min: null },
      ]),
    ).toHaveLength(1);
    expect(
      bad([
        { label: "优秀", min: 90 },
        { label: "不合格", min: 0 },
      ]),
    ).toHaveLength(1);
  });

  it("checks each group's own tiers and names the group", () => {
    const s = scheme((x) => {
      x.groupTiers["市直部门"] = [
        { label: "优秀", min: 80 },
        { label: "良好", min: 85 },
        { label: "一般", min: null },
      ];
    });
    const ps = validateScheme(s);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.message).toContain("市直部门");
  });

  it("needs decimals to be a whole number from 0 to 6", () => {
    for (const d of [0, 2, 6]) expect(validateScheme(scheme((s) => (s.decimals = d)))).toEqual([]);
    for (const d of [-1, 7, 1.5, NaN]) expect(validateScheme(scheme((s) => (s.decimals = d)))).toHaveLength(1);
  });

  it("lists every problem at once", () => {
    const s = weights(50, 40);
    s.decimals = 9;
    s.tiers = [{ label: "合格", min: null }];
    expect(validateScheme(s)).toHaveLength(3);
  });
});

describe("tiersForGroup", () => {
  const own = [
    { label: "优秀", min: 85 },
    { label: "合格", min: null },
  ];
  const s = scheme((x) => (x.groupTiers["市直部门"] = own));

  it("gives a group its own tiers, matching the name after normalising", () => {
    expect(tiersForGroup(s, "市直部门")).toBe(own);
    expect(tiersForGroup(s, " 市直 部门 ")).toBe(own);
  });

  it("gives other groups the default tiers", () => {
    expect(tiersForGroup(s, "县（区）")).toBe(s.tiers);
  });
});

describe("the field each problem is about (for a reader to place it on a cell)", () => {
  test("names the field at fault, from the nearest to the whole", () => {
    const s = scheme((x) => {
      x.components[1]!.weight = -1;
      x.tiers[3]!.quota = { count: 2 };
      x.tieBreak = ["unrounded", { component: "nope" }];
    });
    expect(schemeFindings(s).map((f) => f.field)).toEqual(["components[1].weight", "tiers[3].quota", "tieBreak[1]"]);
    expect(schemeFindings(s).map((f) => f.detail[0])).toEqual(validateScheme(s).map((p) => p.message.replace("考核设置有误：", "")));
    expect(fieldPathParents("groupTiers.市直部门[3].quota")).toEqual(["groupTiers.市直部门[3].quota", "groupTiers.市直部门[3]", "groupTiers.市直部门", "groupTiers"]);
  });
});
