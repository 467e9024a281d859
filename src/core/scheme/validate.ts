// Checking a scheme before anything is computed with it: a bad scheme (weights not summing to 100,
// thresholds out of order…) is a SCHEME_INVALID problem the user can fix, never a crash or a silently
// wrong ranking. Every check reports on its own, so one pass lists everything that is wrong.
import { WEIGHT_DIGITS, hasAtMostDecimals, scaleWeight } from "../arith/fixed";
import { makeProblem } from "../messages/problems";
import { isUsableRaterRule } from "../read/raterHeaders";
import { textKey } from "../read/values";
import type { Problem, Scheme, TierSpec } from "../types";
import { SCHEME_DETAIL } from "../messages/scheme";
import { checkScales, type FindingSink } from "./checkScales";

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

/**
 * A SCHEME_INVALID problem and the scheme field it is about, as a path: `components[1].weight`,
 * `components.weight` (their sum), `tiers[3].quota`, `groupTiers.<group>[0].min`, `groupScales.<group>.fullMarks`,
 * `tieBreak[0]`, `bonusRules.maxAdd`… A reader that knows where each field came from (the settings
 * sheet) places the problem on that cell; see `fieldPathParents` for the fallbacks.
 */
export interface SchemeFinding {
  /** What is wrong, in Chinese and in English (schemeProblem's detail). */
  detail: [string, string];
  field: string;
}

/** `field` and the paths that contain it, nearest first: `tiers[3].quota`, `tiers[3]`, `tiers`. */
export function fieldPathParents(field: string): string[] {
  const out = [field];
  let f = field;
  for (;;) {
    const m = /^(.*?)(?:\[\d+\]|\.[^.[\]]+)$/.exec(f);
    if (m === null || m[1] === undefined || m[1] === "") return out;
    f = m[1];
    out.push(f);
  }
}
const isBlank = (s: unknown): boolean => typeof s !== "string" || s.trim() === "";
const show = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));

/** Every way `s` is not a usable scheme; empty when it is. */
export function validateScheme(s: Scheme): Problem[] {
  return schemeFindings(s).map(({ detail: [zh, en] }) => schemeProblem(zh, en));
}

/** Every way `s` is not a usable scheme, each with the field it is about; empty when it is usable. */
export function schemeFindings(s: Scheme): SchemeFinding[] {
  const found: SchemeFinding[] = [];
  const out: FindingSink = (detail, field) => found.push({ detail, field });
  checkComponents(s, out);
  checkTiers(s.tiers, SCHEME_DETAIL.tiersWhereDefault(), "tiers", out);
  for (const [group, tiers] of Object.entries(s.groupTiers)) {
    checkTiers(tiers, SCHEME_DETAIL.tiersWhereGroup(group), `groupTiers.${group}`, out);
  }
  if (!Number.isInteger(s.decimals) || s.decimals < 0 || s.decimals > MAX_SCHEME_DECIMALS) {
    out(SCHEME_DETAIL.decimals(show(s.decimals), MAX_SCHEME_DECIMALS), "decimals");
  }
  if (s.ranking !== "competition" && s.ranking !== "dense") out(SCHEME_DETAIL.ranking(show(s.ranking)), "ranking");
  if (s.quotaTies !== undefined && s.quotaTies !== "in" && s.quotaTies !== "out") out(SCHEME_DETAIL.quotaTies(show(s.quotaTies)), "quotaTies");
  checkTieBreak(s, out);
  return found;
}

/** Each tie-break step is the unrounded total or a component of the scheme, named by its key. */
function checkTieBreak(s: Scheme, out: FindingSink): void {
  const keys = new Set(s.components.map((c) => c.key));
  (s.tieBreak ?? []).forEach((step, i) => {
    if (step === "unrounded") return;
    const named = typeof step === "object" && step !== null ? (step as { component?: unknown }).component : undefined;
    if (typeof named !== "string" || !keys.has(named)) out(SCHEME_DETAIL.tieBreakUnknown(typeof named === "string" ? named : show(step)), `tieBreak[${i}]`);
  });
}

/** A quota is a percent in (0, 100] with at most two decimals, or a whole count ≥ 1; the message if not. */
function quotaProblem(quota: unknown, where: string, whereEn: string, label: string): [string, string] | null {
  const q = quota as { percent?: unknown; count?: unknown } | null;
  const hasPercent = typeof q === "object" && q !== null && "percent" in q;
  const hasCount = typeof q === "object" && q !== null && "count" in q;
  if (hasPercent === hasCount) return SCHEME_DETAIL.tierQuotaShape(where, whereEn, label, show(quota));
  if (hasPercent) {
    const p = q?.percent;
    const ok = typeof p === "number" && p > 0 && p <= 100 && hasAtMostDecimals(p, 2);
    return ok ? null : SCHEME_DETAIL.tierQuotaPercent(where, whereEn, label, show(p));
  }
  const c = q?.count;
  return typeof c === "number" && Number.isInteger(c) && c >= 1 ? null : SCHEME_DETAIL.tierQuotaCount(where, whereEn, label, show(c));
}

function checkComponents(s: Scheme, out: FindingSink): void {
  if (s.components.length === 0) {
    out(SCHEME_DETAIL.noComponents(), "components");
    return;
  }
  const labels = new Set<string>();
  const keys = new Set<string>();
  let basisPoints = 0;
  let weightsUsable = true;
  s.components.forEach((c, i) => {
    const label = isBlank(c.label) ? `#${i + 1}` : c.label.trim();
    if (isBlank(c.label)) out(SCHEME_DETAIL.labelEmpty(i + 1), `components[${i}].label`);
    else {
      const k = textKey(c.label);
      if (labels.has(k)) out(SCHEME_DETAIL.labelDuplicate(label), `components[${i}].label`);
      labels.add(k);
    }
    if (keys.has(c.key)) out(SCHEME_DETAIL.keyDuplicate(c.key), `components[${i}].key`);
    keys.add(c.key);

    if (typeof c.weight !== "number" || !Number.isFinite(c.weight)) {
      out(SCHEME_DETAIL.weightNotNumber(label), `components[${i}].weight`);
      weightsUsable = false;
    } else if (c.weight < 0) {
      out(SCHEME_DETAIL.weightNegative(label, c.weight), `components[${i}].weight`);
      weightsUsable = false;
    } else if (!hasAtMostDecimals(c.weight, WEIGHT_DIGITS)) {
      out(SCHEME_DETAIL.weightDecimals(label, c.weight), `components[${i}].weight`);
      weightsUsable = false;
    } else {
      basisPoints += scaleWeight(c.weight);
    }

    if (c.raters !== undefined && !isUsableRaterRule(c.raters)) {
      out(SCHEME_DETAIL.raterRule(label, show(c.raters.method), show(c.raters.decimals)), `components[${i}].raters`);
    }

    const subs = new Set<string>();
    c.subItems.forEach((sub, j) => {
      if (isBlank(sub.label)) out(SCHEME_DETAIL.subItemEmpty(label, j + 1), `components[${i}].subItems[${j}].label`);
      else {
        const k = textKey(sub.label);
        if (subs.has(k)) out(SCHEME_DETAIL.subItemDuplicate(label, sub.label.trim()), `components[${i}].subItems[${j}].label`);
        subs.add(k);
      }
      if (sub.max !== null && !(typeof sub.max === "number" && Number.isFinite(sub.max) && sub.max > 0)) {
        out(SCHEME_DETAIL.subItemMax(label, show(sub.label), show(sub.max)), `components[${i}].subItems[${j}].max`);
      }
    });
  });
  // Basis points are integers, so this compares the decimal sum exactly: 33.33 + 33.33 + 33.34 is 100.
  // A total out of other full marks has its weights checked against them (./checkScales).
  if (weightsUsable && (s.fullMarks ?? 100) === 100 && basisPoints !== 100 * 100) {
    out(SCHEME_DETAIL.weightSum(formatBasisPoints(basisPoints)), "components.weight");
  }
  checkScales(s, weightsUsable, out);
}

function formatBasisPoints(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

function checkTiers(tiers: readonly TierSpec[], [where, whereEn]: [string, string], at: string, out: FindingSink): void {
  if (tiers.length < 2) {
    out(SCHEME_DETAIL.tiersTooFew(where, whereEn), at);
    return;
  }
  const labels = new Set<string>();
  let prev: { label: string; min: number } | null = null;
  tiers.forEach((t, i) => {
    const label = isBlank(t.label) ? `#${i + 1}` : t.label.trim();
    if (isBlank(t.label)) out(SCHEME_DETAIL.tierLabelEmpty(where, whereEn, i + 1), `${at}[${i}].label`);
    else {
      const k = textKey(t.label);
      if (labels.has(k)) out(SCHEME_DETAIL.tierLabelDuplicate(where, whereEn, label), `${at}[${i}].label`);
      labels.add(k);
    }
    const last = i === tiers.length - 1;
    if (last) {
      if (t.min !== null) out(SCHEME_DETAIL.tierLastHasMin(where, whereEn, label), `${at}[${i}].min`);
      if (t.quota !== undefined) out(SCHEME_DETAIL.tierLastHasQuota(where, whereEn, label), `${at}[${i}].quota`);
      return;
    }
    if (t.quota !== undefined) {
      const wrong = quotaProblem(t.quota, where, whereEn, label);
      if (wrong !== null) out(wrong, `${at}[${i}].quota`);
    }
    // A tier may be given by its quota alone (the first 8 are 好); mins descend among those that have one.
    if (t.min === null) {
      if (t.quota === undefined) out(SCHEME_DETAIL.tierMinMissing(where, whereEn, label), `${at}[${i}].min`);
      return;
    }
    if (typeof t.min !== "number" || !Number.isFinite(t.min)) {
      out(SCHEME_DETAIL.tierMinNotNumber(where, whereEn, label), `${at}[${i}].min`);
      return;
    }
    if (prev !== null && !(t.min < prev.min)) {
      out(SCHEME_DETAIL.tierNotDescending(where, whereEn, label, t.min, prev.label, prev.min), `${at}[${i}].min`);
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
