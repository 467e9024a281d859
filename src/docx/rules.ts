// Section 一's paragraph on how the total is formed, written from the rules the assessment used (the
// 2020 notice: 考核实行百分制，考核综合成绩由三部分组成，一是日常考核占60%（…）；二是实地考核占30%；…).
import type { NoticeDocText, RuleTier } from "../core/messages/notice";
import { tieBreakWords } from "../core/messages/report";
import { tiersForGroup } from "../core/scheme/validate";
import type { Assessment, TierSpec } from "../core/types";

const sameQuota = (a: TierSpec["quota"], b: TierSpec["quota"]): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameTiers = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean =>
  a.length === b.length && a.every((t, k) => t.label.trim() === b[k]?.label.trim() && t.min === b[k]?.min && sameQuota(t.quota, b[k]?.quota));

export function rulesParagraph(a: Assessment, t: NoticeDocText["rules"]): string {
  const { scheme, table } = a;
  const components = scheme.components;
  const weight = (w: number): string => String(w);
  let text = t.intro(components.length);
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
  text += t.sum(components.length);

  let bonus = false;
  for (let i = 0; i < table.count && !bonus; i++) bonus = a.bonus[i] !== 0;
  if (bonus) text += t.bonus;
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
