// The scheme checks of full marks, group scales and bonus limits: a scale the arithmetic cannot use
// (full marks of 0, weights that do not add up to the total's full marks, a group scale naming a
// component the scheme lacks, a negative limit) is a SCHEME_INVALID problem naming the field.
import { WEIGHT_DIGITS, hasAtMostDecimals, scaleWeight } from "../arith/fixed";
import { SCHEME_DETAIL } from "../messages/scheme";
import type { Scheme } from "../types";
import { DEFAULT_FULL_MARKS, fullMarksOf } from "./scales";

/** Records one finding: what is wrong (zh, en) and the scheme field it is about (see SchemeFinding in ./validate). */
export type FindingSink = (detail: [string, string], field: string) => void;

const show = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));
const labelOf = (s: Scheme, c: number): string => s.components[c]?.label.trim() || `#${c + 1}`;

/** Full marks usable by the arithmetic: a number above 0 with at most two decimals. */
export function usableFullMarks(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && hasAtMostDecimals(v, WEIGHT_DIGITS);
}

const usableWeight = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0 && hasAtMostDecimals(v, WEIGHT_DIGITS);

/** Hundredths as a decimal text: 15000 → "150", 3333 → "33.33". */
function hundredthsText(h: number): string {
  const whole = Math.trunc(h / 100);
  const frac = Math.abs(h % 100);
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

/**
 * The checks of full marks, group scales and bonus limits. `weightsUsable` says whether the scheme's
 * own weights passed their checks (checkComponents), so their sum is compared only then.
 */
export function checkScales(s: Scheme, weightsUsable: boolean, push: FindingSink): void {
  const total = fullMarksOf(s);
  if (s.fullMarks !== undefined && !usableFullMarks(s.fullMarks)) {
    push(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfTotal(), "fullMarks", show(s.fullMarks)), "fullMarks");
  }
  s.components.forEach((c, i) => {
    if (c.fullMarks !== undefined && !usableFullMarks(c.fullMarks)) {
      push(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfComponent(labelOf(s, i)), `components[${i}].fullMarks`, show(c.fullMarks)), `components[${i}].fullMarks`);
    }
  });
  // Weights of percent (the 2020 form) keep the message that speaks of percent.
  if (weightsUsable && usableFullMarks(total) && total !== DEFAULT_FULL_MARKS) {
    const sum = s.components.reduce((a, c) => a + scaleWeight(c.weight), 0);
    if (sum !== scaleWeight(total))
      push(SCHEME_DETAIL.weightSumToFullMarks(...SCHEME_DETAIL.scaleWhereScheme(), hundredthsText(sum), hundredthsText(scaleWeight(total))), "components.weight");
  }
  checkGroupScales(s, push);
  checkBonusRules(s, push);
  checkRaterChecks(s, push);
}

function checkGroupScales(s: Scheme, push: FindingSink): void {
  const keys = new Map(s.components.map((c, i) => [c.key, i]));
  for (const [group, scale] of Object.entries(s.groupScales ?? {})) {
    let usable = true;
    const own = scale.components ?? {};
    for (const key of Object.keys(own)) {
      if (!keys.has(key)) {
        push(SCHEME_DETAIL.groupUnknownComponent(group, key), `groupScales.${group}.components.${key}`);
        usable = false;
      }
    }
    if (scale.fullMarks !== undefined && !usableFullMarks(scale.fullMarks)) {
      push(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfGroup(group), `groupScales.${group}.fullMarks`, show(scale.fullMarks)), `groupScales.${group}.fullMarks`);
      usable = false;
    }
    let sum = 0;
    s.components.forEach((c, i) => {
      const mine = own[c.key];
      if (mine?.fullMarks !== undefined && !usableFullMarks(mine.fullMarks)) {
        push(
          SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfGroupComponent(group, labelOf(s, i)), `groupScales.${group}.components.${c.key}.fullMarks`, show(mine.fullMarks)),
          `groupScales.${group}.components.${c.key}.fullMarks`,
        );
        usable = false;
      }
      const weight = mine?.weight ?? c.weight;
      if (mine?.weight !== undefined && !usableWeight(mine.weight)) {
        push(SCHEME_DETAIL.groupWeight(group, labelOf(s, i), show(mine.weight)), `groupScales.${group}.components.${c.key}.weight`);
        usable = false;
      } else if (!usableWeight(weight)) usable = false;
      else sum += scaleWeight(weight);
    });
    const total = scale.fullMarks ?? fullMarksOf(s);
    if (usable && usableFullMarks(total) && sum !== scaleWeight(total)) {
      push(SCHEME_DETAIL.weightSumToFullMarks(...SCHEME_DETAIL.scaleWhereGroup(group), hundredthsText(sum), hundredthsText(scaleWeight(total))), `groupScales.${group}.weight`);
    }
  }
}

const LIMITS = ["maxAdd", "maxAddPerItem", "maxDeduct", "addFrom"] as const;

function checkRaterChecks(s: Scheme, push: FindingSink): void {
  for (const key of ["sdMultiple", "maxFromMedian"] as const) {
    const v: unknown = s.raterChecks?.[key];
    if (v !== undefined && !(typeof v === "number" && Number.isFinite(v) && v > 0)) push(SCHEME_DETAIL.raterCheck(key, show(v)), `raterChecks.${key}`);
  }
}

function checkBonusRules(s: Scheme, push: FindingSink): void {
  const rules = s.bonusRules;
  if (rules === undefined) return;
  for (const key of LIMITS) {
    const v: unknown = rules[key];
    if (v === undefined) continue;
    if (!(typeof v === "number" && Number.isFinite(v) && v >= 0)) push(SCHEME_DETAIL.bonusLimit(...SCHEME_DETAIL.bonusField[key](), key, show(v)), `bonusRules.${key}`);
  }
  const cap: unknown = rules.capAtFullMarks;
  if (cap !== undefined && typeof cap !== "boolean") push(SCHEME_DETAIL.bonusCap(show(cap)), "bonusRules.capAtFullMarks");
}
