// Checking a scheme before anything is computed with it: a bad scheme (weights not summing to 100,
// thresholds out of order…) is a SCHEME_INVALID problem the user can fix, never a crash or a silently
// wrong ranking. Every check reports on its own, so one pass lists everything that is wrong.
import { WEIGHT_DIGITS, hasAtMostDecimals, scaleWeight } from "../arith/fixed";
import { makeProblem } from "../messages/problems";
import { textKey } from "../read/values";
import type { Problem, Scheme, TierSpec } from "../types";

/** Most decimals a total may be rounded to (a scheme setting). */
export const MAX_SCHEME_DECIMALS = 6;

/** Where a SCHEME_INVALID problem points: the settings sheet's cell when the scheme was read from one. */
export interface SchemeLocation {
  sheet: string | null;
  cell: string | null;
}

/** A SCHEME_INVALID problem; `detail` and `detailEn` say what is wrong in each language. */
export function schemeProblem(detail: string, detailEn: string, at: SchemeLocation | null = null): Problem {
  return makeProblem("SCHEME_INVALID", "error", at?.sheet ?? null, at?.cell ?? null, { detail, detailEn });
}

/** The sentences of the scheme checks, Chinese first. */
export const SCHEME_DETAIL = {
  noComponents: (): [string, string] => ["至少需要一个考核项目。", "at least one component is needed."],
  labelEmpty: (i: number): [string, string] => [`第 ${i} 个考核项目没有名称。`, `component ${i} has no label.`],
  labelDuplicate: (label: string): [string, string] => [
    `考核项目“${label}”重复。`,
    `the component "${label}" is given twice.`,
  ],
  keyDuplicate: (key: string): [string, string] => [`考核项目标识“${key}”重复。`, `the component key "${key}" is given twice.`],
  weightNotNumber: (label: string): [string, string] => [
    `“${label}”的权重不是数字。`,
    `the weight of "${label}" is not a number.`,
  ],
  weightNegative: (label: string, w: number): [string, string] => [
    `“${label}”的权重 ${w}% 为负数。`,
    `the weight of "${label}" is ${w}%, which is negative.`,
  ],
  weightDecimals: (label: string, w: number): [string, string] => [
    `“${label}”的权重 ${w}% 超过两位小数。`,
    `the weight of "${label}" is ${w}%, with more than two decimals.`,
  ],
  weightSum: (sum: string): [string, string] => [
    `各考核项目权重之和为 ${sum}%，应为 100%。`,
    `the component weights add up to ${sum}%, not 100%.`,
  ],
  subItemEmpty: (label: string, i: number): [string, string] => [
    `“${label}”的第 ${i} 个子项没有名称。`,
    `sub-item ${i} of "${label}" has no label.`,
  ],
  subItemDuplicate: (label: string, sub: string): [string, string] => [
    `“${label}”的子项“${sub}”重复。`,
    `the sub-item "${sub}" of "${label}" is given twice.`,
  ],
  subItemMax: (label: string, sub: string, max: string): [string, string] => [
    `“${label}”的子项“${sub}”满分 ${max} 应为大于 0 的数字。`,
    `the maximum of sub-item "${sub}" of "${label}" is ${max}; it must be a number above 0.`,
  ],
  tiersTooFew: (where: string, whereEn: string): [string, string] => [
    `${where}至少需要两个等次。`,
    `${whereEn} need at least two tiers.`,
  ],
  tierLabelEmpty: (where: string, whereEn: string, i: number): [string, string] => [
    `${where}的第 ${i} 个等次没有名称。`,
    `tier ${i} of ${whereEn} has no label.`,
  ],
  tierLabelDuplicate: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}中等次“${label}”重复。`,
    `the tier "${label}" appears twice in ${whereEn}.`,
  ],
  tierMinMissing: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}中等次“${label}”缺少分数线（只有最后一个等次可以不设分数线）。`,
    `the tier "${label}" in ${whereEn} has no minimum (only the last tier may have none).`,
  ],
  tierMinNotNumber: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}中等次“${label}”的分数线不是数字。`,
    `the minimum of tier "${label}" in ${whereEn} is not a number.`,
  ],
  tierLastHasMin: (where: string, whereEn: string, label: string): [string, string] => [
    `${where}的最后一个等次“${label}”不应设分数线（它包含以下所有分数）。`,
    `the last tier "${label}" of ${whereEn} must have no minimum (it takes every score below).`,
  ],
  tierNotDescending: (where: string, whereEn: string, label: string, min: number, prevLabel: string, prevMin: number): [string, string] => [
    `${where}中等次“${label}”的分数线 ${min} 应低于上一等次“${prevLabel}”的 ${prevMin}。`,
    `in ${whereEn}, the minimum of "${label}" (${min}) must be below that of "${prevLabel}" (${prevMin}).`,
  ],
  decimals: (d: string): [string, string] => [
    `保留小数位数 ${d} 应为 0 到 ${MAX_SCHEME_DECIMALS} 的整数。`,
    `decimals is ${d}; it must be a whole number from 0 to ${MAX_SCHEME_DECIMALS}.`,
  ],
  ranking: (r: string): [string, string] => [
    `排名方式“${r}”无法识别，应为 competition（1,2,2,4）或 dense（1,2,2,3）。`,
    `ranking style "${r}" is unknown; it must be competition (1,2,2,4) or dense (1,2,2,3).`,
  ],
  tiersWhereDefault: (): [string, string] => ["等次设置", "the tiers"],
  tiersWhereGroup: (group: string): [string, string] => [`“${group}”的等次设置`, `the tiers of group "${group}"`],
} as const;

const problem = ([zh, en]: [string, string]): Problem => schemeProblem(zh, en);
const isBlank = (s: unknown): boolean => typeof s !== "string" || s.trim() === "";
const show = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v) ?? String(v));

/** Every way `s` is not a usable scheme; empty when it is. */
export function validateScheme(s: Scheme): Problem[] {
  const out: Problem[] = [];
  checkComponents(s, out);
  checkTiers(s.tiers, SCHEME_DETAIL.tiersWhereDefault(), out);
  for (const [group, tiers] of Object.entries(s.groupTiers)) {
    checkTiers(tiers, SCHEME_DETAIL.tiersWhereGroup(group), out);
  }
  if (!Number.isInteger(s.decimals) || s.decimals < 0 || s.decimals > MAX_SCHEME_DECIMALS) {
    out.push(problem(SCHEME_DETAIL.decimals(show(s.decimals))));
  }
  if (s.ranking !== "competition" && s.ranking !== "dense") out.push(problem(SCHEME_DETAIL.ranking(show(s.ranking))));
  return out;
}

function checkComponents(s: Scheme, out: Problem[]): void {
  if (s.components.length === 0) {
    out.push(problem(SCHEME_DETAIL.noComponents()));
    return;
  }
  const labels = new Set<string>();
  const keys = new Set<string>();
  let basisPoints = 0;
  let weightsUsable = true;
  s.components.forEach((c, i) => {
    const label = isBlank(c.label) ? `#${i + 1}` : c.label.trim();
    if (isBlank(c.label)) out.push(problem(SCHEME_DETAIL.labelEmpty(i + 1)));
    else {
      const k = textKey(c.label);
      if (labels.has(k)) out.push(problem(SCHEME_DETAIL.labelDuplicate(label)));
      labels.add(k);
    }
    if (keys.has(c.key)) out.push(problem(SCHEME_DETAIL.keyDuplicate(c.key)));
    keys.add(c.key);

    if (typeof c.weight !== "number" || !Number.isFinite(c.weight)) {
      out.push(problem(SCHEME_DETAIL.weightNotNumber(label)));
      weightsUsable = false;
    } else if (c.weight < 0) {
      out.push(problem(SCHEME_DETAIL.weightNegative(label, c.weight)));
      weightsUsable = false;
    } else if (!hasAtMostDecimals(c.weight, WEIGHT_DIGITS)) {
      out.push(problem(SCHEME_DETAIL.weightDecimals(label, c.weight)));
      weightsUsable = false;
    } else {
      basisPoints += scaleWeight(c.weight);
    }

    const subs = new Set<string>();
    c.subItems.forEach((sub, j) => {
      if (isBlank(sub.label)) out.push(problem(SCHEME_DETAIL.subItemEmpty(label, j + 1)));
      else {
        const k = textKey(sub.label);
        if (subs.has(k)) out.push(problem(SCHEME_DETAIL.subItemDuplicate(label, sub.label.trim())));
        subs.add(k);
      }
      if (sub.max !== null && !(typeof sub.max === "number" && Number.isFinite(sub.max) && sub.max > 0)) {
        out.push(problem(SCHEME_DETAIL.subItemMax(label, show(sub.label), show(sub.max))));
      }
    });
  });
  // Basis points are integers, so this compares the decimal sum exactly: 33.33 + 33.33 + 33.34 is 100.
  if (weightsUsable && basisPoints !== 100 * 100) {
    out.push(problem(SCHEME_DETAIL.weightSum(formatBasisPoints(basisPoints))));
  }
}

function formatBasisPoints(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

function checkTiers(tiers: readonly TierSpec[], [where, whereEn]: [string, string], out: Problem[]): void {
  if (tiers.length < 2) {
    out.push(problem(SCHEME_DETAIL.tiersTooFew(where, whereEn)));
    return;
  }
  const labels = new Set<string>();
  let prev: { label: string; min: number } | null = null;
  tiers.forEach((t, i) => {
    const label = isBlank(t.label) ? `#${i + 1}` : t.label.trim();
    if (isBlank(t.label)) out.push(problem(SCHEME_DETAIL.tierLabelEmpty(where, whereEn, i + 1)));
    else {
      const k = textKey(t.label);
      if (labels.has(k)) out.push(problem(SCHEME_DETAIL.tierLabelDuplicate(where, whereEn, label)));
      labels.add(k);
    }
    const last = i === tiers.length - 1;
    if (last) {
      if (t.min !== null) out.push(problem(SCHEME_DETAIL.tierLastHasMin(where, whereEn, label)));
      return;
    }
    if (t.min === null) {
      out.push(problem(SCHEME_DETAIL.tierMinMissing(where, whereEn, label)));
      return;
    }
    if (typeof t.min !== "number" || !Number.isFinite(t.min)) {
      out.push(problem(SCHEME_DETAIL.tierMinNotNumber(where, whereEn, label)));
      return;
    }
    if (prev !== null && !(t.min < prev.min)) {
      out.push(problem(SCHEME_DETAIL.tierNotDescending(where, whereEn, label, t.min, prev.label, prev.min)));
    }
    prev = { label, min: t.min };
  });
}

/** The tiers that apply to a group: its own (matched after normalising the group name) or the default. */
export function tiersForGroup(s: Scheme, group: string): TierSpec[] {
  const own = s.groupTiers[group];
  if (own !== undefined) return own;
  const key = textKey(group);
  for (const [name, tiers] of Object.entries(s.groupTiers)) {
    if (textKey(name) === key) return tiers;
  }
  return s.tiers;
}
