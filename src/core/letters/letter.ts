// Each assessed unit's feedback letter as plain data: the lines of its table (components with their
// weights, sub-items, raters, each 加分/扣分 with its reason, the bonus counted), its total, tier, rank
// and its group's totals. Every figure is the Assessment's, formatted as the results sheet shows it;
// the .docx (src/docx/letter) and the 单位反馈 sheet (./sheet) only lay these out.
import { droppedRaters } from "../arith/raters";
import { letterFileNames } from "../fileNames";
import { isVetoed } from "../grade";
import { LETTER_ZH, type LetterText } from "../messages/letters";
import { decimalsShown, fixed } from "../report/format";
import { titleStem } from "../report/print";
import { DEFAULT_NOTICE } from "../scheme/defaults";
import { componentScale } from "../scheme/scales";
import { PREVIOUS_ZH } from "../messages/previous";
import { rankMove } from "../previous/change";
import type { Assessment, YearOnYear } from "../types";
import type { PartColumn, UnitParts } from "./details";

/** One line of a letter's table; `level` 1 is a part of the component above it. */
export interface LetterLine {
  item: string;
  weight: string;
  score: string;
  remark: string;
  level: 0 | 1;
}

export interface FeedbackLetter {
  /** The unit's index in the ScoreTable. */
  unit: number;
  name: string;
  group: string;
  /** 0 when the unit has no rank. */
  rank: number;
  count: number;
  title: string;
  addressee: string;
  opening: string;
  lines: LetterLine[];
  total: string;
  tier: string;
  rankText: string;
  /** Last year beside this year, when last year's results were given: 上年得分, 上年名次 and the move (较上年进位3名). */
  previous: { total: string; rank: string; move: string } | null;
  groupHigh: string;
  groupMean: string;
  groupLow: string;
  closing: string;
  /** Issuer and date, as the notice signs (Scheme.notice). */
  issuer: string;
  date: string;
  /** `<rank>-<unit>.docx`, safe on every system and unique among the letters. */
  fileName: string;
}

/** How each column of figures is shown: the decimals the results sheet gives it (at least the scheme's). */
interface Shown {
  components: number[];
  parts: number[];
  bonus: number;
  /** Last year's totals, when given. */
  previous: number;
}

function shownDecimals(a: Assessment, parts: UnitParts): Shown {
  const d = a.scheme.decimals;
  return {
    components: a.table.components.map((c) => decimalsShown(c, d)),
    parts: parts.columns.map((p) =>
      decimalsShown(
        p.values.filter((v) => !Number.isNaN(v)),
        d,
      ),
    ),
    bonus: decimalsShown(a.bonus, d),
    previous: a.previous === undefined ? d : decimalsShown(a.previous.total, d),
  };
}

const signed = (v: number, decimals: number): string => (v > 0 ? `+${fixed(v, decimals)}` : fixed(v, decimals));

function previousOf(years: YearOnYear, shown: Shown, i: number, rank: number, t: LetterText): FeedbackLetter["previous"] {
  const before = years.rank[i] as number;
  return {
    total: fixed(years.total[i] as number, shown.previous),
    rank: years.status[i] === "new" ? "" : before > 0 ? String(before) : t.unranked,
    move: PREVIOUS_ZH.letterMove(rankMove(years, i, rank)),
  };
}

/** Every unit's letter, group by group in rank order: the order of the results sheet. */
export function feedbackLetters(a: Assessment, parts: UnitParts, t: LetterText = LETTER_ZH): FeedbackLetter[] {
  const shown = shownDecimals(a, parts);
  const stem = titleStem(a);
  const out: FeedbackLetter[] = [];
  a.groups.forEach((g) => {
    for (let k = 0; k < g.order.length; k++) out.push(letterOf(a, parts, shown, stem, t, g.name, g.order[k] as number, g.ranks[k] as number));
  });
  const names = letterFileNames(out);
  out.forEach((l, k) => (l.fileName = names[k] as string));
  return out;
}

function letterOf(a: Assessment, parts: UnitParts, shown: Shown, stem: string, t: LetterText, groupName: string, i: number, rank: number): FeedbackLetter {
  const { scheme, table } = a;
  const d = scheme.decimals;
  const g = a.groups[table.groupOf[i] as number];
  if (g === undefined) throw new Error(`unit ${i} has no group result`);
  const total100 = scheme.components.every((_, c) => componentScale(scheme, g.name, c).fullMarks === 100) && (scheme.fullMarks ?? 100) === 100;
  const lines: LetterLine[] = [];
  const partsOf = (kind: PartColumn["kind"], c: number): { col: PartColumn; k: number }[] =>
    parts.columns.flatMap((col, k) => (col.kind === kind && col.component === c && !Number.isNaN(col.values[i] as number) ? [{ col, k }] : []));

  scheme.components.forEach((spec, c) => {
    const scale = componentScale(scheme, g.name, c);
    const weight = total100 ? t.weightPercent(String(scale.weight)) : t.weightPoints(String(scale.weight), String(scale.fullMarks));
    const raters = partsOf("rater", c);
    const rule = spec.raters?.method ?? "mean";
    lines.push({
      item: spec.label,
      weight,
      score: fixed(table.components[c]?.[i] as number, shown.components[c] as number),
      remark: raters.length > 0 ? t.raterRule(rule) : "",
      level: 0,
    });
    for (const { col, k } of partsOf("subItem", c)) {
      lines.push({ item: col.label, weight: "", score: fixed(col.values[i] as number, shown.parts[k] as number), remark: "", level: 1 });
    }
    if (raters.length > 0) {
      const dropped =
        spec.raters === undefined
          ? null
          : droppedRaters(
              raters.map((r) => r.col.values[i] as number),
              spec.raters,
            );
      raters.forEach(({ col, k }, j) => {
        const remark = dropped?.highest === j ? t.droppedHighest : dropped?.lowest === j ? t.droppedLowest : "";
        lines.push({ item: col.label, weight: "", score: fixed(col.values[i] as number, shown.parts[k] as number), remark, level: 1 });
      });
    }
  });

  for (const { col, k } of partsOf("bonus", -1)) {
    const v = col.values[i] as number;
    if (v === 0) continue;
    // As it counts: 扣分 subtracts whatever sign it was typed with.
    const points = col.mode === "deduct" ? -Math.abs(v) : v;
    lines.push({ item: t.bonusItem(col.label), weight: "", score: signed(points, shown.parts[k] as number), remark: col.reasons?.[i] ?? "", level: 0 });
  }
  const counted = a.bonus[i] as number;
  const read = (table.additions[i] as number) - (table.deductions[i] as number);
  if (counted !== 0 || read !== 0) {
    const limited = Math.round((counted - read) * 1e9) !== 0;
    lines.push({ item: t.bonusCounted, weight: "", score: signed(counted, shown.bonus), remark: limited ? t.bonusLimited(signed(read, shown.bonus)) : "", level: 0 });
  }
  const veto = table.veto[i];
  if (isVetoed(veto)) lines.push({ item: parts.vetoLabel ?? t.veto, weight: "", score: "", remark: (veto as string).trim(), level: 0 });

  const notice = scheme.notice ?? DEFAULT_NOTICE;
  const name = table.names[i] ?? "";
  return {
    unit: i,
    name,
    group: groupName,
    rank,
    count: g.order.length,
    title: t.title(stem),
    addressee: t.addressee(name),
    opening: t.opening(t.assessmentOfStem(stem)),
    lines,
    total: fixed(a.totals[i] as number, d),
    tier: (g.tiers[a.tierOf[i] as number]?.label ?? "").trim(),
    rankText: rank > 0 ? t.rankOf(rank, g.order.length) : t.unranked,
    previous: a.previous === undefined ? null : previousOf(a.previous, shown, i, rank, t),
    groupHigh: fixed(g.stats.max, d),
    groupMean: fixed(g.stats.mean, d),
    groupLow: fixed(g.stats.min, d),
    closing: t.closing,
    issuer: notice.issuer,
    date: notice.date,
    fileName: "",
  };
}
