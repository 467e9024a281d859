import { KNOWN_TIER_COLOURS, TIER_PALETTE, tierColours } from "../../../src/core/report/tierColours";

// WCAG relative luminance and CIE L*, computed here from the hex so the test checks the palette's
// promises (grey print, reading on white) rather than restating its numbers.
const channel = (v: number): number => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
const lightness = (hex: string): number => {
  const y = luminance(hex);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("tier colours", () => {
  test("the 2020 tiers take four different colours, 优秀 green and 不合格 red", () => {
    const c = tierColours(["优秀", "良好", "合格", "不合格"]);
    expect(new Set(c.map((x) => x.fill)).size).toBe(4);
    expect(c[0]).toBe(KNOWN_TIER_COLOURS["优秀"]);
    expect(c[3]).toBe(KNOWN_TIER_COLOURS["不合格"]);
    // A label keeps its colour whatever list it is in, so two groups' 良好 look the same.
    expect(tierColours(["良好", "合格"])[0]).toEqual(c[1]);
  });

  test("printed in grey the four stay apart, and each reads on white paper", () => {
    const l = TIER_PALETTE.map((c) => lightness(c.fill)).sort((a, b) => a - b);
    for (let k = 1; k < l.length; k++) expect((l[k] as number) - (l[k - 1] as number)).toBeGreaterThanOrEqual(10);
    for (const c of TIER_PALETTE) {
      expect(contrast(c.fill, "#FFFFFF")).toBeGreaterThanOrEqual(2.9);
      expect(contrast(c.fill, c.ink)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("好 / 一般 / 差 and unknown labels are told apart by position, the last as the warning", () => {
    const plain = tierColours(["好", "一般", "差"]);
    expect(plain.map((c) => c.fill)).toEqual([KNOWN_TIER_COLOURS["好"]!.fill, KNOWN_TIER_COLOURS["一般"]!.fill, KNOWN_TIER_COLOURS["差"]!.fill]);
    const [first, second, third] = tierColours(["A 档", "B 档", "C 档"]);
    expect(first).toBe(TIER_PALETTE[0]);
    expect(third).toBe(TIER_PALETTE[TIER_PALETTE.length - 1]);
    expect(new Set([first, second, third]).size).toBe(3);
    // Full-width or padded labels are the same tier.
    expect(tierColours([" 优秀 "])[0]).toBe(KNOWN_TIER_COLOURS["优秀"]);
  });

  test("a long list of tiers still gives each tier its own colour", () => {
    const labels = ["一等", "二等", "三等", "四等", "五等", "六等"];
    expect(new Set(tierColours(labels).map((c) => c.fill)).size).toBe(labels.length);
  });
});
