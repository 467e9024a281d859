// Section 一's paragraph on how the total is formed, written from the rules the assessment used (the
// 2020 notice: 考核实行百分制，考核综合成绩由三部分组成，一是日常考核占60%（…）；二是实地考核占30%；…).
import type { NoticeDocText } from "../core/messages/notice";
import { tiersForGroup } from "../core/scheme/validate";
import type { Assessment, TierSpec } from "../core/types";

const sameTiers = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean => a.length === b.length && a.every((t, k) => t.label.trim() === b[k]?.label.trim() && t.min === b[k]?.min);

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
  const shown = (tiers: readonly TierSpec[]) => tiers.map((x) => ({ label: x.label.trim(), min: x.min === null ? null : String(x.min) }));
  text += t.tiers(null, shown(scheme.tiers));
  for (const g of a.groups) {
    const own = tiersForGroup(scheme, g.name);
    if (!sameTiers(own, scheme.tiers)) text += t.tiers(g.name, shown(own));
  }

  if (table.veto.some((v) => v !== null)) {
    const lowest = scheme.tiers[scheme.tiers.length - 1]?.label.trim() ?? "";
    text += t.veto(lowest);
  }
  return text;
}
