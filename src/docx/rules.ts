// Section 一's paragraph on how the total is formed, written from the rules the assessment used (the
// 2020 notice: 考核实行百分制，考核综合成绩由三部分组成，一是日常考核占60%（…）；二是实地考核占30%；…).
import type { NoticeDocText, RuleTier } from "../core/messages/notice";
import { tieBreakWords } from "../core/messages/report";
import { DEFAULT_FULL_MARKS, componentScale, fullMarksOf, groupScaleOf, totalFullMarks } from "../core/scheme/scales";
import { tiersForGroup } from "../core/scheme/validate";
import type { Assessment, BonusRules, Scheme, TierSpec } from "../core/types";

const sameQuota = (a: TierSpec["quota"], b: TierSpec["quota"]): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameTiers = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean =>
  a.length === b.length && a.every((t, k) => t.label.trim() === b[k]?.label.trim() && t.min === b[k]?.min && sameQuota(t.quota, b[k]?.quota));

/** 百分制: a total out of 100 whose components are each scored out of 100 (the 2020 rules). */
const isPercentScale = (s: Scheme): boolean => fullMarksOf(s) === DEFAULT_FULL_MARKS && s.components.every((c) => fullMarksOf(c) === DEFAULT_FULL_MARKS);

/** A group's scale as the notice states it, or null when it is the scheme's own. */
function ownScale(s: Scheme, group: string, t: NoticeDocText["rules"]): string | null {
  if (groupScaleOf(s, group) === undefined) return null;
  const parts = s.components.map((c, k) => ({ label: c.label, ...componentScale(s, group, k) }));
  const total = totalFullMarks(s, group);
  const same = total === fullMarksOf(s) && parts.every((p, k) => p.weight === s.components[k]?.weight && p.fullMarks === fullMarksOf(s.components[k] ?? {}));
  if (same) return null;
  return t.groupScale(
    group,
    String(total),
    parts.map((p) => ({ label: p.label, points: String(p.weight), fullMarks: p.fullMarks === p.weight ? null : String(p.fullMarks) })),
  );
}

function bonusSentence(rules: BonusRules | undefined, t: NoticeDocText["rules"]): string {
  if (rules === undefined) return t.bonus;
  const limits = {
    ...(rules.maxAdd === undefined ? {} : { maxAdd: String(rules.maxAdd) }),
    ...(rules.maxAddPerItem === undefined ? {} : { maxAddPerItem: String(rules.maxAddPerItem) }),
    ...(rules.maxDeduct === undefined ? {} : { maxDeduct: String(rules.maxDeduct) }),
    ...(rules.addFrom === undefined ? {} : { addFrom: String(rules.addFrom) }),
    capAtFullMarks: rules.capAtFullMarks === true,
  };
  return Object.keys(limits).length === 1 && !limits.capAtFullMarks ? t.bonus : t.bonusLimited(limits);
}

export function rulesParagraph(a: Assessment, t: NoticeDocText["rules"]): string {
  const { scheme, table } = a;
  const components = scheme.components;
  const weight = (w: number): string => String(w);
  let text: string;
  const groupScales = a.groups.map((g) => ownScale(scheme, g.name, t)).filter((x): x is string => x !== null);
  // A group out of 150 beside the others: nobody's total is then called 百分制.
  if (isPercentScale(scheme) && groupScales.length === 0) {
    text = t.intro(components.length);
    text += components
      .map((c, k) =>
        t.part(
          k + 1,
          c.label,
          weight(c.weight),
          c.subItems.map((s) => s.label),
        ),
      )
      .join(t.partSeparator);
    text += t.partsEnd;
    for (const c of components) text += t.method(c.label, weight(c.weight));
  } else {
    // Points of a total out of other full marks; a part scored out of marks other than its points is
    // counted in proportion, and says how.
    text = t.scaledIntro(String(fullMarksOf(scheme)), components.length);
    text += components
      .map((c, k) =>
        t.scaledPart(
          k + 1,
          c.label,
          weight(c.weight),
          fullMarksOf(c) === c.weight ? null : String(fullMarksOf(c)),
          c.subItems.map((s) => s.label),
        ),
      )
      .join(t.partSeparator);
    text += t.partsEnd;
    for (const c of components) if (fullMarksOf(c) !== c.weight) text += t.scaledMethod(c.label, String(fullMarksOf(c)), weight(c.weight));
  }
  text += t.sum(components.length);
  text += groupScales.join("");

  // The bonus is stated when any unit had one read, even where the limits left none counted.
  let bonus = false;
  for (let i = 0; i < table.count && !bonus; i++) bonus = a.bonus[i] !== 0 || table.additions[i] !== 0 || table.deductions[i] !== 0;
  if (bonus) text += bonusSentence(scheme.bonusRules, t);
  text += t.rounding(scheme.decimals);

  // The general thresholds, then each group of the assessment whose thresholds differ.
  const shown = (tiers: readonly TierSpec[]): RuleTier[] => tiers.map((x) => ({ label: x.label.trim(), min: x.min === null ? null : String(x.min), quota: x.quota ?? null }));
  text += t.tiers(null, shown(scheme.tiers));
  let quotas = scheme.tiers.some((x) => x.quota !== undefined);
  for (const g of a.groups) {
    const own = tiersForGroup(scheme, g.name);
    if (!sameTiers(own, scheme.tiers)) text += t.tiers(g.name, shown(own));
    quotas ||= own.some((x) => x.quota !== undefined);
  }
  if (quotas) text += t.quotaTies(scheme.quotaTies === "in");
  const steps = tieBreakWords(scheme, t);
  if (steps.length > 0) text += t.tieBreak(steps);

  if (table.veto.some((v) => v !== null)) {
    const lowest = scheme.tiers[scheme.tiers.length - 1]?.label.trim() ?? "";
    text += t.veto(lowest);
  }
  return text;
}
