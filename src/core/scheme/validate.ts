// Checking a scheme before anything is computed with it: a bad scheme (weights not summing to 100,
// thresholds out of order…) is a SCHEME_INVALID problem the user can fix, never a crash or a silently
// wrong ranking. Every check reports on its own, so one pass lists everything that is wrong.
import { WEIGHT_DIGITS, hasAtMostDecimals, scaleWeight } from "../arith/fixed";
import { makeProblem } from "../messages/problems";
import { isUsableRaterRule } from "../read/raterHeaders";
import { textKey } from "../read/values";
import type { Problem, Scheme, TierSpec } from "../types";
import { SCHEME_DETAIL } from "../messages/scheme";
import { checkScales } from "./checkScales";

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

const problem = ([zh, en]: [string, string]): Problem => schemeProblem(zh, en);
const isBlank = (s: unknown): boolean => typeof s !== "string" || s.trim() === "";
const show = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));

/** Every way `s` is not a usable scheme; empty when it is. */
export function validateScheme(s: Scheme): Problem[] {
  const out: Problem[] = [];
  checkComponents(s, out);
  checkTiers(s.tiers, SCHEME_DETAIL.tiersWhereDefault(), out);
  for (const [group, tiers] of Object.entries(s.groupTiers)) {
    checkTiers(tiers, SCHEME_DETAIL.tiersWhereGroup(group), out);
  }
  if (!Number.isInteger(s.decimals) || s.decimals < 0 || s.decimals > MAX_SCHEME_DECIMALS) {
    out.push(problem(SCHEME_DETAIL.decimals(show(s.decimals), MAX_SCHEME_DECIMALS)));
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

    if (c.raters !== undefined && !isUsableRaterRule(c.raters)) {
      out.push(problem(SCHEME_DETAIL.raterRule(label, show(c.raters.method), show(c.raters.decimals))));
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
  // A total out of other full marks has its weights checked against them (./checkScales).
  if (weightsUsable && (s.fullMarks ?? 100) === 100 && basisPoints !== 100 * 100) {
    out.push(problem(SCHEME_DETAIL.weightSum(formatBasisPoints(basisPoints))));
  }
  checkScales(s, weightsUsable, out, problem);
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
