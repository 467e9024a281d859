import { defaultScheme } from "../../../src/core/scheme/defaults";
import { validateScheme } from "../../../src/core/scheme/validate";
import type { Problem, Scheme } from "../../../src/core/types";

/** Parts out of their own full marks, weighted as given. */
function parts(over: Partial<Scheme>, ...ps: { weight: number; fullMarks?: number }[]): Scheme {
  return { ...defaultScheme(), components: ps.map((p, i) => ({ key: `k${i}`, label: `项目${i + 1}`, aliases: [], subItems: [], ...p })), ...over };
}

const both = (ps: Problem[]): string[] => ps.map((p) => `${p.message} | ${p.messageEn}`);

describe("validateScheme: full marks, group scales, bonus limits", () => {
  it("accepts parts out of 77/9/7/4/3 summing to 100, a written test out of 300 at 60%, a total out of 150", () => {
    expect(validateScheme(parts({}, ...[77, 9, 7, 4, 3].map((m) => ({ weight: m, fullMarks: m }))))).toEqual([]);
    expect(validateScheme(parts({}, { weight: 60, fullMarks: 300 }, { weight: 40 }))).toEqual([]);
    expect(validateScheme(parts({ fullMarks: 150 }, { weight: 90 }, { weight: 60 }))).toEqual([]);
    expect(validateScheme(parts({ fullMarks: 100 }, { weight: 60 }, { weight: 40 }))).toEqual([]);
  });

  it("wants the weights to add up to the total's full marks, and says both figures", () => {
    const [p, ...rest] = validateScheme(parts({ fullMarks: 150 }, { weight: 60 }, { weight: 40 }));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "SCHEME_INVALID", severity: "error" });
    expect(p?.message).toContain("100 分");
    expect(p?.message).toContain("满分 150 分");
    expect(p?.messageEn).toContain("fullMarks");
    // A total out of 100 keeps the 2020 message in percent.
    expect(both(validateScheme(parts({ fullMarks: 100 }, { weight: 60 }, { weight: 30 })))).toEqual([expect.stringContaining("90%")]);
  });

  it("refuses full marks of 0, negative, or with more than two decimals, naming the component or the total", () => {
    const ps = both(validateScheme(parts({ fullMarks: 100.001 }, { weight: 50, fullMarks: 0 }, { weight: 50, fullMarks: -5 })));
    expect(ps).toHaveLength(3);
    expect(ps[0]).toContain("总分满分 100.001");
    expect(ps[1]).toContain("“项目1”的满分 0");
    expect(ps[1]).toContain("components[0].fullMarks");
    expect(ps[2]).toContain("“项目2”的满分 -5");
  });

  it("checks each group scale: its weights against its total, its full marks, its component keys", () => {
    const base = parts({}, { weight: 60 }, { weight: 40 });
    expect(validateScheme({ ...base, groupScales: { 县区: { fullMarks: 150, components: { k0: { weight: 90 }, k1: { weight: 60 } } } } })).toEqual([]);
    const sum = both(validateScheme({ ...base, groupScales: { 县区: { fullMarks: 150 } } }));
    expect(sum).toEqual([expect.stringContaining("“县区”的分值设置中，各考核项目权重（分值）之和为 100 分，应等于总分满分 150 分")]);
    const bad = both(validateScheme({ ...base, groupScales: { 县区: { components: { k9: { weight: 1 }, k0: { fullMarks: 0 }, k1: { weight: -1 } } } } }));
    expect(bad).toEqual([expect.stringContaining("“k9”不是任何考核项目"), expect.stringContaining("“县区”中“项目1”的满分 0"), expect.stringContaining("“项目2”的权重 -1")]);
  });

  it("wants every bonus limit to be a number of at least 0, naming it", () => {
    const ps = both(validateScheme(parts({ bonusRules: { maxAdd: -1, maxDeduct: NaN, addFrom: 90, maxAddPerItem: 2 } }, { weight: 100 })));
    expect(ps).toEqual([expect.stringContaining("加分上限 -1"), expect.stringContaining("bonusRules.maxDeduct")]);
    expect(validateScheme(parts({ bonusRules: { maxAdd: 0, maxDeduct: 5, capAtFullMarks: true } }, { weight: 100 }))).toEqual([]);
  });
});
