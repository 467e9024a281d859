// 单位反馈: the letters' figures, one unit a row, for a mail merge in Word or WPS (the office's own
// letter template), in the results sheet's order. Scores are numbers with the results sheet's
// formats; the rank in words and the reasons are text, as the letters say them.
import { LETTER_ZH } from "../messages/letters";
import { decimalsShown, numbersColumn, planColumn } from "../report/format";
import { titleStem } from "../report/print";
import { PREVIOUS_ZH } from "../messages/previous";
import { rankMove } from "../previous/change";
import { column, numbers, previousColumns, rowOrder, unitTableSheet } from "../report/results";
import type { Assessment, PlanColumn, SheetPlan } from "../types";
import type { UnitParts } from "./details";

export function feedbackSheet(a: Assessment, parts: UnitParts, name: string): SheetPlan {
  const t = LETTER_ZH.sheet;
  const { table, scheme } = a;
  const d = scheme.decimals;
  const { units, groupAt, ranks } = rowOrder(a);
  const n = units.length;
  const groups = a.groups;
  const letterTitle = LETTER_ZH.title(titleStem(a));
  const number = (header: string, values: Float64Array, decimals: number): PlanColumn => ({ ...numbersColumn([null, header], values, decimals), align: "right" });
  const perGroup = (pick: (g: (typeof groups)[number]) => number): Float64Array => {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = pick(groups[groupAt[k] as number] as (typeof groups)[number]);
    return out;
  };

  const columns: PlanColumn[] = [
    {
      ...planColumn(
        column(t.unit, n, (k) => table.names[units[k] as number] ?? ""),
        null,
      ),
      align: "left",
    },
    { ...planColumn([t.group, ...groups.map((g) => g.name)], null), values: column(t.group, n, (k) => groups[groupAt[k] as number]?.name ?? ""), align: "center" },
  ];
  scheme.components.forEach((c, ci) => {
    const source = table.components[ci] as Float64Array;
    columns.push(number(c.label, numbers(units, source), decimalsShown(source, d)));
    for (const p of parts.columns) {
      if (p.component !== ci) continue;
      columns.push(
        number(
          t.part(c.label, p.label),
          numbers(units, p.values),
          decimalsShown(
            p.values.filter((v) => !Number.isNaN(v)),
            d,
          ),
        ),
      );
    }
  });
  for (const p of parts.columns) {
    if (p.kind !== "bonus") continue;
    columns.push(
      number(
        p.label,
        numbers(units, p.values),
        decimalsShown(
          p.values.filter((v) => !Number.isNaN(v)),
          d,
        ),
      ),
    );
    const reasons = p.reasons;
    if (reasons !== undefined)
      columns.push({
        ...planColumn(
          column(t.reason(p.reasonLabel ?? ""), n, (k) => reasons[units[k] as number] ?? null),
          null,
        ),
        align: "left",
      });
  }
  if (a.bonus.some((b) => b !== 0)) columns.push(number(t.bonus, numbers(units, a.bonus), decimalsShown(a.bonus, d)));
  const tierLabels = groups.map((g) => g.tiers.map((x) => x.label.trim()));
  const rankValues = new Float64Array(n);
  for (let k = 0; k < n; k++) rankValues[k] = (ranks[k] as number) > 0 ? (ranks[k] as number) : NaN;
  columns.push(
    number(t.total, numbers(units, a.totals), d),
    {
      ...planColumn(
        column(t.tier, n, (k) => tierLabels[groupAt[k] as number]?.[a.tierOf[units[k] as number] as number] ?? ""),
        null,
      ),
      align: "center",
    },
    { ...number(t.rank, rankValues, 0), align: "center" },
    {
      ...number(
        t.count,
        perGroup((g) => g.order.length),
        0,
      ),
      align: "center",
    },
    {
      ...planColumn(
        column(t.rankText, n, (k) => {
          const r = ranks[k] as number;
          return r > 0 ? LETTER_ZH.rankOf(r, groups[groupAt[k] as number]?.order.length ?? 0) : LETTER_ZH.unranked;
        }),
        null,
      ),
      align: "center",
    },
    number(
      t.high,
      perGroup((g) => g.stats.max),
      d,
    ),
    number(
      t.mean,
      perGroup((g) => g.stats.mean),
      d,
    ),
    number(
      t.low,
      perGroup((g) => g.stats.min),
      d,
    ),
    {
      ...planColumn(
        column(LETTER_ZH.sheet.letterTitle, n, () => letterTitle),
        null,
      ),
      align: "left",
    },
  );

  if (a.previous !== undefined) {
    const years = a.previous;
    // The results sheet's three columns, and the move as the letter words it (较上年进位3名) for the merge.
    columns.push(...previousColumns(a, years, units, ranks), {
      ...planColumn(
        column(PREVIOUS_ZH.compared, n, (k) => PREVIOUS_ZH.letterMove(rankMove(years, units[k] as number, ranks[k] as number))),
        null,
      ),
      align: "left",
    });
  }
  return unitTableSheet(name, "feedback", `${titleStem(a)}${t.title}`, columns, n);
}
