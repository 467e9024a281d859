// The checks of quotas (名额), the rule for ties at a quota's edge, and tie-breaks: each refusal names
// what it refuses, so a person can find it in the settings.
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { validateScheme } from "../../../src/core/scheme/validate";
import type { Scheme, TierQuota, TierSpec } from "../../../src/core/types";

const withTiers = (tiers: TierSpec[], extra: Partial<Scheme> = {}): Scheme => ({ ...defaultScheme(), tiers, ...extra });
const said = (s: Scheme): string[] => validateScheme(s).map((p) => `${p.message} | ${p.messageEn}`);

describe("checking quotas and tie-breaks", () => {
  it("accepts a quota with a minimum, a quota alone (the 巴中 review), and a tie-break", () => {
    expect(
      said(
        withTiers(
          [
            { label: "优秀", min: 90, quota: { percent: 30 } },
            { label: "良好", min: 80 },
            { label: "不合格", min: null },
          ],
          { quotaTies: "in", tieBreak: [{ component: "daily" }, "unrounded"] },
        ),
      ),
    ).toEqual([]);
    expect(
      said(
        withTiers([
          { label: "好", min: null, quota: { count: 8 } },
          { label: "一般", min: null, quota: { count: 13 } },
          { label: "差", min: null },
        ]),
      ),
    ).toEqual([]);
  });

  it("a tier above the last needs a minimum or a quota", () => {
    const out = said(
      withTiers([
        { label: "优秀", min: null },
        { label: "其他", min: null },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("“优秀”既没有分数线也没有名额");
  });

  it("refuses a quota on the last tier, naming it", () => {
    const out = said(
      withTiers([
        { label: "优秀", min: 90 },
        { label: "其他", min: null, quota: { count: 3 } },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("最后一个等次“其他”不应设名额");
    expect(out[0]).toContain('the last tier "其他"');
  });

  it.each<[TierQuota | Record<string, unknown>, string]>([
    [{ percent: 0 }, "名额比例 0%"],
    [{ percent: 120 }, "名额比例 120%"],
    [{ percent: 12.345 }, "名额比例 12.345%"],
    [{ count: 0 }, "名额 0 个"],
    [{ count: 2.5 }, "名额 2.5 个"],
    [{ count: 2, percent: 10 }, "无法识别"],
    [{}, "无法识别"],
  ])("refuses the quota %j of 优秀", (quota, words) => {
    const out = said(
      withTiers([
        { label: "优秀", min: 90, quota: quota as TierQuota },
        { label: "其他", min: null },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("“优秀”");
    expect(out[0]).toContain(words);
  });

  it("mins descend among the tiers that have one, a quota-only tier between them", () => {
    const ok = withTiers([
      { label: "优秀", min: 90 },
      { label: "良好", min: null, quota: { count: 5 } },
      { label: "合格", min: 60 },
      { label: "其他", min: null },
    ]);
    expect(said(ok)).toEqual([]);
    const out = said(
      withTiers([
        { label: "优秀", min: 80 },
        { label: "良好", min: null, quota: { count: 5 } },
        { label: "合格", min: 85 },
        { label: "其他", min: null },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("“合格”的分数线 85 应低于上一等次“优秀”的 80");
  });

  it("refuses an unknown rule for ties at the edge, and a tie-break naming no component", () => {
    const bad = { ...defaultScheme(), quotaTies: "maybe" as "in", tieBreak: [{ component: "daily" }, { component: "written" }] } satisfies Scheme;
    const out = said(bad);
    expect(out).toHaveLength(2);
    expect(out[0]).toContain("“maybe”");
    expect(out[1]).toContain("同分排序依据“written”不是任何考核项目");
  });

  it("a quota in a group's own tiers is checked there, naming the group", () => {
    const s: Scheme = {
      ...defaultScheme(),
      groupTiers: {
        市直部门: [
          { label: "优秀", min: 90 },
          { label: "其他", min: null, quota: { percent: 10 } },
        ],
      },
    };
    const out = said(s);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("“市直部门”的等次设置的最后一个等次“其他”不应设名额");
  });
});
