// Exact decimal arithmetic of ASSESS totals; the precision contract is in ./fixed.
export { MAX_DECIMALS, VALUE_DIGITS, WEIGHT_DIGITS, hasAtMostDecimals, meanRounded, roundHalfUp } from "./fixed";
export { computeTotals, unroundedTotals, weightedTotal, weightsSumTo, weightsSumTo100 } from "./total";
export { combineRaters, TRIM_FROM } from "./raters";
export { countedBonus } from "./bonus";
