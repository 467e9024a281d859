// The words of the sheets ASSESS writes into the workbook (考核结果, the tier sheets, 结果通报, 考核设置)
// and of the notice text. The sheets are written in Chinese, the language of the office that publishes
// them; the English text is there for a reader of the code or an English-speaking office, and must
// keep the same shape (a type error here is better than a missing label in a sheet).
//
// The settings sheet's words, which are also read back, are in settings.ts.

import type { Scheme, TierQuota } from "../types";
import { SETTINGS_TEXT_EN, SETTINGS_TEXT_ZH, type SettingsText } from "./settings";

export interface ReportText {
  /** The titles and footer of the printed sheets. */
  print: {
    /** The stem of the titles when neither the workbook nor the settings give one. */
    defaultStem: string;
    /** The stem from the score table's own title (`…考核得分汇总表` → `…考核`), or null when it is not one. */
    stemOfTableTitle: (title: string) => string | null;
    /** The stem from the notice document's title (`关于2020年度全市依法行政考核情况的通报` → `2020年度全市依法行政考核`). */
    stemOfNoticeTitle: (title: string) => string | null;
    resultsTitle: (stem: string) => string;
    tierTitle: (stem: string, tier: string) => string;
    noticeTitle: (stem: string) => string;
    chartTitle: (stem: string) => string;
    /** The page footer in Excel's codes: &P the page, &N the number of pages. */
    footer: string;
  };
  results: {
    rank: string;
    name: string;
    group: string;
    bonus: string;
    total: string;
    tier: string;
    veto: string;
  };
  /** 等次分布: the count of units per group and tier, and the chart drawn from it. */
  chartSheet: {
    group: string;
    total: string;
    title: string;
    /** The chart's name in the workbook (not shown on the chart), by which a re-run finds it. */
    chartName: string;
  };
  tierSheet: {
    /** The sheet name of a tier, e.g. 优秀等次. */
    name: (tier: string) => string;
    rank: string;
    name_: string;
    total: string;
    /** The bold title row of a group on a tier sheet. */
    groupTitle: (group: string, count: number) => string;
  };
  notice: {
    heading: string;
    groupHeading: (numeral: string, group: string) => string;
    /** `quota`: the tier's quota as `quota` words it, or "" when the tier has none. */
    tierLine: (k: number, tier: string, group: string, count: number, names: string, quota: string) => string;
    nameSeparator: string;
    stats: (group: string, count: number, mean: string, max: string, min: string) => string;
    /** The notice's last line: the 校验码 of the scores and rules it was made from (core/digest). */
    digest: (code: string) => string;
    /** The quota a tier was filled by (名额), after the count of its units. */
    quota: (quota: TierQuota) => string;
    /** How tied totals were ordered (Scheme.tieBreak): the steps as tieBreakUnrounded / tieBreakComponent word them. */
    tieBreak: (steps: readonly string[]) => string;
    tieBreakUnrounded: string;
    tieBreakComponent: (label: string) => string;
  };
  settings: SettingsText;
}

const stemOf = (text: string, prefix: RegExp, suffix: RegExp): string | null => {
  const stem = text.trim().replace(prefix, "").replace(suffix, "").trim();
  return stem === "" || stem === text.trim() ? null : stem;
};

export const REPORT_TEXT_ZH: ReportText = {
  print: {
    defaultStem: "依法行政考核",
    // A title that names the assessment without a table word is a stem as it stands.
    stemOfTableTitle: (title) => stemOf(title, /^$/, /(?:得分|成绩|分数|结果)?(?:汇总表|统计表|一览表|明细表|汇总|表)$/) ?? (title.includes("考核") ? title.trim() : null),
    stemOfNoticeTitle: (title) => stemOf(title, /^关于/, /(?:情况|结果)?的?通报$/),
    resultsTitle: (stem) => `${stem}结果`,
    tierTitle: (stem, tier) => `${stem}${tier.endsWith("等次") ? tier : `${tier}等次`}单位`,
    noticeTitle: (stem) => `${stem}结果通报`,
    chartTitle: (stem) => `${stem}等次分布`,
    footer: "第 &P 页 共 &N 页",
  },
  results: {
    rank: "名次",
    name: "单位名称",
    group: "类别",
    bonus: "加减分",
    total: "综合成绩",
    tier: "等次",
    veto: "一票否决",
  },
  chartSheet: {
    group: "类别",
    total: "合计",
    title: "各类别考核等次分布（单位个数）",
    chartName: "ASSESS 等次分布",
  },
  tierSheet: {
    name: (tier) => (tier.endsWith("等次") ? tier : `${tier}等次`),
    rank: "名次",
    name_: "单位名称",
    total: "综合成绩",
    groupTitle: (group, count) => `${group}（${count}个）`,
  },
  notice: {
    heading: "二、考评结果及等次",
    groupHeading: (numeral, group) => `（${numeral}）${group}`,
    // Official style: the third level numbered with a full-width 1． and each list closed by 。.
    tierLine: (k, tier, group, count, names, quota) => `${k}．考评结果为${tier}等次的${group}${count}个${quota}：${names}。`,
    nameSeparator: "、",
    stats: (group, count, mean, max, min) => `${group}共${count}个，平均分${mean}分，最高分${max}分，最低分${min}分。`,
    digest: (code) => `校验码：${code}`,
    quota: (q) => ("percent" in q ? `（按不超过参评单位${q.percent}%的比例确定）` : `（名额${q.count}个）`),
    tieBreak: (steps) => `综合成绩相同的，按${steps.join("、")}高低排序。`,
    tieBreakUnrounded: "未四舍五入的综合成绩",
    tieBreakComponent: (label) => `${label}得分`,
  },
  settings: SETTINGS_TEXT_ZH,
};

export const REPORT_TEXT_EN: ReportText = {
  print: {
    defaultStem: "Assessment",
    stemOfTableTitle: (title) => stemOf(title, /^$/, /\s*(?:scores?|summary|table)+$/i),
    stemOfNoticeTitle: (title) => stemOf(title, /^notice on\s*/i, /\s*$/),
    resultsTitle: (stem) => `${stem} results`,
    tierTitle: (stem, tier) => `${stem}: ${tier}`,
    noticeTitle: (stem) => `${stem}: notice`,
    chartTitle: (stem) => `${stem}: tiers by group`,
    footer: "Page &P of &N",
  },
  results: {
    rank: "Rank",
    name: "Unit",
    group: "Group",
    bonus: "Bonus",
    total: "Total",
    tier: "Tier",
    veto: "Veto",
  },
  chartSheet: {
    group: "Group",
    total: "Total",
    title: "Units per tier, by group",
    chartName: "ASSESS tiers by group",
  },
  tierSheet: {
    name: (tier) => `${tier} tier`,
    rank: "Rank",
    name_: "Unit",
    total: "Total",
    groupTitle: (group, count) => `${group} (${count})`,
  },
  notice: {
    heading: "II. Assessment results and tiers",
    groupHeading: (numeral, group) => `(${numeral}) ${group}`,
    tierLine: (k, tier, group, count, names, quota) => `${k}. ${group} assessed as ${tier}${quota}: ${count}: ${names}.`,
    nameSeparator: ", ",
    stats: (group, count, mean, max, min) => `${group}: ${count} units, mean ${mean}, highest ${max}, lowest ${min}.`,
    digest: (code) => `Check code: ${code}`,
    quota: (q) => ("percent" in q ? ` (at most ${q.percent}% of the units assessed)` : ` (at most ${q.count} units)`),
    tieBreak: (steps) => `Equal totals are ordered by ${steps.join(", then ")}, the higher first.`,
    tieBreakUnrounded: "the total before rounding",
    tieBreakComponent: (label) => `the ${label} score`,
  },
  settings: SETTINGS_TEXT_EN,
};

export function reportText(lang: "zh" | "en"): ReportText {
  return lang === "en" ? REPORT_TEXT_EN : REPORT_TEXT_ZH;
}

/** The tie-break steps of `scheme` in words (日常考核得分, 未四舍五入的综合成绩), for the notice's sentence. */
export function tieBreakWords(scheme: Scheme, t: Pick<ReportText["notice"], "tieBreakUnrounded" | "tieBreakComponent">): string[] {
  return (scheme.tieBreak ?? []).map((step) => {
    if (step === "unrounded") return t.tieBreakUnrounded;
    const label = scheme.components.find((c) => c.key === step.component)?.label.trim() ?? step.component;
    return t.tieBreakComponent(label);
  });
}
