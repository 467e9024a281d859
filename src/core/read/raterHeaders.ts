// The sub-headers offices put over each rater's column of a component scored by several raters
// (评委打分): 评委1…评委7, 专家1…, 评分人1…, 一号评委…, 评委A…, 评委一…, with or without 号 and a
// trailing 打分/评分/得分. Recognised only under a component's header, where they cannot mean
// anything else.
import { VALUE_DIGITS } from "../arith/fixed";
import type { RaterRule } from "../types";
import { headerKey } from "./headerText";
import { textKey } from "./values";

/**
 * The rule a component's raters are combined by when the scheme names none but the sheet has rater
 * columns: the plain mean, not rounded (exact to 9 decimals; the total is rounded as always). The
 * mean drops no score the office did not say to drop, and a scheme that wants 去掉一个最高分和一个
 * 最低分 says so in ComponentSpec.raters.
 */
export const DEFAULT_RATER_RULE: RaterRule = { method: "mean", decimals: null };

/**
 * A rule combineRaters can apply: a known method, decimals null or a whole number 0–9. Any other is a
 * SCHEME_INVALID problem (validateScheme) and the reader reads with the default meanwhile, so bad
 * settings never crash a reading.
 */
export function isUsableRaterRule(rule: RaterRule): boolean {
  const d = rule.decimals;
  return (rule.method === "mean" || rule.method === "trimmed") && (d === null || (Number.isInteger(d) && d >= 0 && d <= VALUE_DIGITS));
}

const WHO = "(?:评委|评审|专家|评审专家|评分人|打分人|考官)";
const WHICH = "(?:\\d{1,2}|[a-z]|[一二三四五六七八九十]{1,3})";
const SCORED = "(?:打分|评分|得分|分数)?";
const RATER = new RegExp(`^(?:${WHO}${WHICH}号?|第?${WHICH}号${WHO})${SCORED}$`, "i");

/** True when a sub-header names one rater of the component above it (评委3, 二号评委, 专家B打分). */
export function isRaterHeader(text: string): boolean {
  const exact = textKey(text);
  if (exact === "") return false;
  return RATER.test(exact) || RATER.test(headerKey(text));
}
