// Fixed-point primitives: decimals held as integers inside doubles, so every sum and product is exact
// while it stays below 2^53, and rounding is integer division instead of floating-point guesswork.
//
// Precision contract (what "exact" means for ASSESS totals):
// - A score, bonus or any decimal input is taken at 9 decimals: x becomes the integer
//   Math.round(x·1e9). Any value typed with up to 9 decimals (offices type at most 2 or 3) is therefore
//   exactly the decimal the user typed, not its binary approximation; digits beyond the 9th are
//   rounded away. This also repairs the binary noise of a sum of sub-items (59.99999999999999 → 60).
// - A weight and a full mark are taken at 2 decimals: 33.33 becomes 3333 hundredths.
//   validateScheme rejects more decimals, so no scheme weight or full mark is ever changed here.
// - weight ÷ full marks is then a rational; over a group's least common denominator D every
//   coefficient is an integer k (./weighing), and Σ k·score + D·bonus is an exact integer at scale
//   D·1e9 (the default 60/30/10 of 100: D = 10), exact while it stays below 2^52 — true for any
//   scores and bonus within ±100000 under the default scheme. Larger inputs still give the exact
//   result of the scaled integers, through BigInt (slow, but no realistic data goes there).
// - Rounding is half-up, away from zero for negatives (四舍五入), done on the exact integer, and the
//   result is the double nearest to the rounded decimal (what the same decimal typed in a cell gives).

/** Powers of ten that are exact doubles. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

export function pow10(k: number): number {
  const p = POW10[k];
  if (p === undefined || !Number.isInteger(k)) throw new RangeError(`pow10: exponent ${k} out of range`);
  return p;
}

/** Decimal digits every input value is kept to. */
export const VALUE_DIGITS = 9;
export const VALUE_SCALE = 1e9;
/** Decimal digits a weight (in percent) is kept to. */
export const WEIGHT_DIGITS = 2;
export const WEIGHT_SCALE = 100;
/** Decimal digits of Σ weight·score: a percent weight is a fraction ×100, so 9 + 2 + 2. */
export const TOTAL_DIGITS = VALUE_DIGITS + WEIGHT_DIGITS + 2;
/** Most decimals a total may be rounded to. */
export const MAX_DECIMALS = 12;

/**
 * Below this an integer-valued double can be added to another and divided with a correction step
 * without leaving the exact range (the quotient correction computes q·d, which may pass the dividend).
 */
export const FAST_LIMIT = 2 ** 52;

/** x taken at 9 decimals, as an integer; NaN for a non-finite x. */
export function scaleValue(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const s = Math.round(x * VALUE_SCALE);
  // Math.round(-0.4) is -0; keep integers plain so Object.is comparisons and BigInt() behave.
  return s === 0 ? 0 : s;
}

/** A percent weight as an integer number of basis points (hundredths of a percent). */
export function scaleWeight(w: number): number {
  if (!Number.isFinite(w)) return NaN;
  const s = Math.round(w * WEIGHT_SCALE);
  return s === 0 ? 0 : s;
}

/** True when w is (the double nearest to) a decimal with at most `digits` decimals. */
export function hasAtMostDecimals(w: number, digits: number): boolean {
  if (!Number.isFinite(w)) return false;
  const p = pow10(digits);
  return Math.round(w * p) / p === w;
}

/**
 * round-half-up(n / d) for integers |n| < FAST_LIMIT and 0 < d < FAST_LIMIT, away from zero for a
 * negative n. The floating quotient may land one off near an integer; the remainder, computed
 * exactly, corrects it.
 */
export function divRoundHalfUp(n: number, d: number): number {
  const neg = n < 0;
  const a = neg ? -n : n;
  let q = Math.floor(a / d);
  let r = a - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (r * 2 >= d) q += 1;
  return neg && q !== 0 ? -q : q;
}

/** BigInt twin of divRoundHalfUp for the rare inputs past the exact double range. */
export function divRoundHalfUpBig(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  const r = a - q * d;
  if (r * 2n >= d) q += 1n;
  return neg ? -q : q;
}

function checkDecimals(decimals: number, digits: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > Math.min(MAX_DECIMALS, digits)) {
    throw new RangeError(`decimals must be an integer 0–${Math.min(MAX_DECIMALS, digits)}, got ${decimals}`);
  }
}

/**
 * The decimal t·10^-digits rounded half-up to `decimals`, as the nearest double.
 * t is an integer (a double or a BigInt).
 */
export function roundScaled(t: number, digits: number, decimals: number): number {
  checkDecimals(decimals, digits);
  if (!Number.isFinite(t)) return NaN;
  if (Math.abs(t) < FAST_LIMIT) {
    const q = divRoundHalfUp(t, pow10(digits - decimals));
    return q === 0 ? 0 : q / pow10(decimals);
  }
  return roundScaledBig(BigInt(t), digits, decimals);
}

export function roundScaledBig(t: bigint, digits: number, decimals: number): number {
  checkDecimals(decimals, digits);
  const q = divRoundHalfUpBig(t, 10n ** BigInt(digits - decimals));
  if (q === 0n) return 0;
  // Through the decimal string so the double is the one nearest the decimal even past 2^53.
  const neg = q < 0n;
  const s = (neg ? -q : q).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  return Number(neg ? `-${text}` : text);
}

/** x rounded half-up to `decimals` (0–9), x taken at 9 decimals first. */
export function roundHalfUp(x: number, decimals: number): number {
  return roundScaled(scaleValue(x), VALUE_DIGITS, decimals);
}

/**
 * The mean of values that are already rounded to `decimals`, rounded half-up to `decimals`, exactly:
 * each value is an integer count of 10^-decimals, so the sum is exact and the mean is one division.
 * Non-finite values are skipped; NaN when none is left.
 */
export function meanRounded(values: ArrayLike<number>, decimals: number): number {
  checkDecimals(decimals, VALUE_DIGITS);
  const p = pow10(decimals);
  let sum = 0;
  let n = 0;
  let big: bigint | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    const k = Math.round(v * p);
    n++;
    if (big === null && Math.abs(k) < FAST_LIMIT / 2 && Math.abs(sum) < FAST_LIMIT / 2) sum += k;
    else big = (big ?? BigInt(sum)) + BigInt(k);
  }
  if (n === 0) return NaN;
  if (big !== null) return roundScaledBig(divRoundHalfUpBig(big, BigInt(n)), decimals, decimals);
  const q = divRoundHalfUp(sum, n);
  return q === 0 ? 0 : q / p;
}
