import fc from "fast-check";
import { hasAtMostDecimals, meanRounded, roundHalfUp } from "../../../src/core/arith";

describe("roundHalfUp", () => {
  it("rounds the decimal the user typed, not its binary approximation", () => {
    expect(1.005 * 100).toBeLessThan(100.5); // why Math.round(x*100)/100 is wrong
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(89.995, 2)).toBe(90);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(0.0004, 3)).toBe(0);
  });

  it("is the identity on a value that already has that many decimals (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (m, d) => {
        const x = Number((m / 10 ** d).toFixed(d));
        expect(roundHalfUp(x, d)).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe("hasAtMostDecimals", () => {
  it("accepts 33.33 and rejects 33.333 at two decimals", () => {
    expect(hasAtMostDecimals(33.33, 2)).toBe(true);
    expect(hasAtMostDecimals(60, 2)).toBe(true);
    expect(hasAtMostDecimals(33.333, 2)).toBe(false);
    expect(hasAtMostDecimals(NaN, 2)).toBe(false);
  });
});

describe("meanRounded", () => {
  it("rounds the exact mean half-up", () => {
    // (80.07 + 80.08) / 2 = 80.075 exactly → 80.08; rounding the floating mean gives 80.07
    expect(Math.round(((80.07 + 80.08) / 2) * 100) / 100).toBe(80.07);
    expect(meanRounded([80.07, 80.08], 2)).toBe(80.08);
    expect(meanRounded([80, 85, 90.5], 1)).toBe(85.2);
    expect(meanRounded([-1, -2], 0)).toBe(-2);
  });

  it("skips missing totals; NaN when there are none", () => {
    expect(meanRounded([80, NaN, 90], 2)).toBe(85);
    expect(meanRounded([], 2)).toBeNaN();
  });

  it("equals the exact mean (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 50 }), (cents) => {
        const sum = cents.reduce((a, b) => a + b, 0);
        // round(sum / n) half-up, in integers
        const q = Math.floor((2 * sum + cents.length) / (2 * cents.length));
        expect(
          meanRounded(
            cents.map((c) => Number((c / 100).toFixed(2))),
            2,
          ),
        ).toBe(Number((q / 100).toFixed(2)));
      }),
    );
  });
});
