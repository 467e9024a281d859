import fc from "fast-check";
import { combineRaters } from "../../../src/core/arith/raters";

const mean = { method: "mean", decimals: 2 } as const;
const trimmed = { method: "trimmed", decimals: 2 } as const;

test("seven raters: the trimmed mean drops one highest and one lowest score", () => {
  const scores = [92, 88, 95, 79, 90, 91, 89];
  // Without 95 and 79: (92 + 88 + 90 + 91 + 89) / 5 = 90
  expect(combineRaters(scores, trimmed)).toBe(90);
  expect(combineRaters(scores, mean)).toBe(89.14); // 624 / 7 = 89.142857…
});

test("fewer than three raters: the trimmed mean is the plain mean; a blank rater is left out", () => {
  expect(combineRaters([80, 85], trimmed)).toBe(82.5);
  expect(combineRaters([80, NaN, 85], trimmed)).toBe(82.5);
  expect(combineRaters([NaN, NaN], mean)).toBeNaN();
});

test("rounds half-up on the exact mean (88.125 → 88.13; binary 88.12499… would give 88.12)", () => {
  expect(combineRaters([88.1, 88.15], { method: "mean", decimals: 2 })).toBe(88.13);
  expect(combineRaters([1, 2], { method: "mean", decimals: 0 })).toBe(2);
  expect(combineRaters([1, 2], { method: "mean", decimals: null })).toBe(1.5);
});

test("agrees with a slow reference on BigInt (property)", () => {
  const score = fc.integer({ min: 0, max: 10000 }).map((x) => x / 100);
  fc.assert(
    fc.property(fc.array(score, { minLength: 1, maxLength: 9 }), fc.boolean(), fc.integer({ min: 0, max: 4 }), (scores, trim, decimals) => {
      const cents = scores.map((s) => BigInt(Math.round(s * 100))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const kept = trim && cents.length >= 3 ? cents.slice(1, -1) : cents;
      const sum = kept.reduce((a, b) => a + b, 0n);
      // mean in units of 10^-decimals: sum / (count · 100) · 10^decimals, rounded half-up.
      const num = sum * 10n ** BigInt(decimals);
      const den = BigInt(kept.length) * 100n;
      const q = (2n * num + den) / (2n * den);
      const expected = Number(q) / 10 ** decimals;
      expect(combineRaters(scores, { method: trim ? "trimmed" : "mean", decimals })).toBe(Number(expected.toFixed(decimals)));
    }),
  );
});
