import { isVetoed, tierIndex, unitTierIndex } from "../../src/core/grade";
import { DEFAULT_TIERS } from "../../src/core/scheme/defaults";
import type { TierSpec } from "../../src/core/types";

const label = (total: number, tiers: readonly TierSpec[] = DEFAULT_TIERS): string => (tiers[tierIndex(total, tiers)] as TierSpec).label;

describe("tierIndex", () => {
  it("grades with inclusive minimums: 90 is 优秀, 89.99 is 良好", () => {
    expect(label(90)).toBe("优秀");
    expect(label(100)).toBe("优秀");
    expect(label(89.99)).toBe("良好");
    expect(label(80)).toBe("良好");
    expect(label(79.99)).toBe("合格");
    expect(label(60)).toBe("合格");
    expect(label(59.99)).toBe("不合格");
    expect(label(0)).toBe("不合格");
    expect(label(-5)).toBe("不合格");
  });

  it("puts a total that could not be computed in the last tier", () => {
    expect(label(NaN)).toBe("不合格");
  });

  it("follows a group's own thresholds", () => {
    const own: TierSpec[] = [
      { label: "好", min: 85.5 },
      { label: "一般", min: null },
    ];
    expect(label(85.5, own)).toBe("好");
    expect(label(85.49, own)).toBe("一般");
  });
});

describe("veto (一票否决)", () => {
  it("puts a vetoed unit in the last tier whatever its total", () => {
    expect(unitTierIndex(98, "发生重大行政违法案件", DEFAULT_TIERS)).toBe(DEFAULT_TIERS.length - 1);
    expect(unitTierIndex(98, "✓", DEFAULT_TIERS)).toBe(DEFAULT_TIERS.length - 1);
  });

  it("ignores a blank mark", () => {
    expect(unitTierIndex(98, null, DEFAULT_TIERS)).toBe(0);
    expect(unitTierIndex(98, "  ", DEFAULT_TIERS)).toBe(0);
    expect(isVetoed("　")).toBe(false);
    expect(isVetoed("是")).toBe(true);
  });
});
