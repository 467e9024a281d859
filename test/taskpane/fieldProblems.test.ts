import { SCHEME_DETAIL } from "../../src/core/messages/scheme";
import { defaultScheme } from "../../src/core/scheme/defaults";
import { validateScheme } from "../../src/core/scheme/validate";
import type { Scheme } from "../../src/core/types";
import { FIELD, problemsByField } from "../../src/taskpane/fieldProblems";

const details = (scheme: Scheme, field: string): string[] => (problemsByField(scheme, validateScheme(scheme)).get(field) ?? []).map((p) => p.message);

describe("which optional rule each of the scheme's problems is about", () => {
  const base = defaultScheme();
  const bad: Scheme = {
    ...base,
    fullMarks: 0,
    components: base.components.map((c, k) => (k === 1 ? { ...c, fullMarks: -1, raters: { method: "mean", decimals: 2 } } : { ...c, weight: k === 0 ? 50 : c.weight })),
    groupScales: { 县区: { fullMarks: 150, components: { daily: { weight: 90 }, onsite: { weight: 45 }, satisfaction: { weight: 15 } } }, 市直部门: { fullMarks: Number.NaN } },
    bonusRules: { maxAdd: 5 },
    tieBreak: ["unrounded"],
  };

  test("a problem lands on the field without which it goes away, and on no other", () => {
    const map = problemsByField(bad, validateScheme(bad));
    expect(details(bad, FIELD.fullMarks)).toEqual([expect.stringContaining(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfTotal(), "fullMarks", "0")[0])]);
    expect(details(bad, FIELD.componentFullMarks(1))).toEqual([
      expect.stringContaining(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfComponent("实地考核"), "components[1].fullMarks", "-1")[0]),
    ]);
    expect(details(bad, FIELD.groupFullMarks("市直部门"))).toEqual([
      expect.stringContaining(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfGroup("市直部门"), "groupScales.市直部门.fullMarks", "null")[0]),
    ]);
    // Good optional rules have nothing said about them.
    for (const good of [FIELD.groupFullMarks("县区"), FIELD.raters(1), FIELD.bonus("maxAdd"), FIELD.tieBreak(0), FIELD.componentFullMarks(0)]) expect(map.has(good)).toBe(false);
  });

  test("a problem of a rule every scheme has (the weights' sum) is about no optional field: the list under the editor says it", () => {
    const scheme: Scheme = {
      ...base,
      components: base.components.map((c, k) => (k === 0 ? { ...c, weight: 50, fullMarks: 100 } : c)),
      bonusRules: { maxAdd: 5 },
      tieBreak: ["unrounded"],
    };
    const problems = validateScheme(scheme);
    const sum = problems.filter((p) => p.message.includes("权重之和"));
    expect(sum).toHaveLength(1);
    const placed = [...problemsByField(scheme, problems).values()].flat();
    expect(placed).not.toContain(sum[0]);
  });

  test("a sound scheme has nothing to place", () => {
    expect(problemsByField(base, validateScheme(base)).size).toBe(0);
  });
});
