// The words of the sheets ASSESS writes into the workbook (考核结果, the tier sheets, 结果通报, 考核设置)
// and of the notice text. The sheets are written in Chinese, the language of the office that publishes
// them; the English text is there for a reader of the code or an English-speaking office, and must
// keep the same shape (a type error here is better than a missing label in a sheet).
//
// The settings sheet is also read back: its labels are how ASSESS finds its way around the sheet, so
// changing a label here changes what older workbooks' settings sheets must say (see settings/read.ts,
// which compares labels after textKey normalisation).

import type { Scheme, TierQuota } from "../types";

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
    /** The quota a tier was filled by (名额), after the count of its units. */
    quota: (quota: TierQuota) => string;
    /** How tied totals were ordered (Scheme.tieBreak): the steps as tieBreakUnrounded / tieBreakComponent word them. */
    tieBreak: (steps: readonly string[]) => string;
    tieBreakUnrounded: string;
    tieBreakComponent: (label: string) => string;
  };
  settings: {
    /** First cell of the settings sheet: this text, not the sheet's name, identifies the sheet. */
    marker: string;
    intro: string;
    componentsTitle: string;
    component: string;
    /** The weight column's header when the total's full marks are 100 (a weight is then a percent). */
    weight: string;
    /** The weight column's header when the total's full marks are not 100 (a weight is points of it). */
    weightPoints: string;
    /** Full marks: of a component (a column), of a sub-item, of a group's total or component. */
    fullMarks: string;
    /** How several raters' scores of a component become one (RaterRule); blank: one score per unit. */
    raters: string;
    ratersMean: string;
    ratersTrimmed: string;
    /** Appended to the raters' method when their result is rounded. */
    ratersDecimals: (decimals: number) => string;
    subItems: string;
    aliases: string;
    key: string;
    listSeparator: string;
    subItemsTitle: string;
    subItem: string;
    subItemOf: string;
    subItemMax: string;
    /** Title above the table of groups scored on a scale of their own (GroupScale). */
    groupScalesTitle: string;
    group: string;
    /** In the group scales table, the row of the group's total (its full marks). */
    groupTotal: string;
    tiersTitle: string;
    tier: string;
    tierMin: string;
    /** Written in the last tier's cell: it has no minimum. */
    tierRest: string;
    /** Written for a tier above the last that has a quota but no minimum. */
    tierNoMin: string;
    quota: string;
    /** The header of a group's quota column, beside its minimum column. */
    groupQuota: (group: string) => string;
    quotaPercent: (percent: number) => string;
    quotaCount: (count: number) => string;
    /** A group's tier without the quota the general tier has. */
    noQuota: string;
    /** Title above the tiers of a group whose tier names differ from the general ones. */
    groupTiersTitle: (group: string) => string;
    otherTitle: string;
    ranking: string;
    rankingCompetition: string;
    rankingDense: string;
    tieBreak: string;
    /** Tied rounded totals share a rank (no tie-break step). */
    tieShare: string;
    /** The tie-break step that compares the unrounded totals. */
    tieUnrounded: string;
    decimals: string;
    totalFullMarks: string;
    /** Units tied at a quota's edge (Scheme.quotaTies). */
    quotaTies: string;
    quotaTiesOut: string;
    quotaTiesIn: string;
    /** The limits on 加分 and 扣分 (BonusRules), one row each. */
    maxAdd: string;
    maxAddPerItem: string;
    maxDeduct: string;
    capAtFullMarks: string;
    addFrom: string;
    /** Written for a limit that is not set. */
    noLimit: string;
    yes: string;
    no: string;
    /** The notice document's words (NoticeSettings): a title row, then one labelled row each. */
    noticeTitle: string;
    noticeDocTitle: string;
    noticeAddressees: string;
    noticeIssuer: string;
    noticeDate: string;
    generatedTitle: string;
    generated: string;
  };
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
    quota: (q) => ("percent" in q ? `（按不超过参评单位${q.percent}%的比例确定）` : `（名额${q.count}个）`),
    tieBreak: (steps) => `综合成绩相同的，按${steps.join("、")}高低排序。`,
    tieBreakUnrounded: "未四舍五入的综合成绩",
    tieBreakComponent: (label) => `${label}得分`,
  },
  settings: {
    marker: "ASSESS 考核设置",
    intro:
      "本表记录 ASSESS 排名所用的考核规则。可直接修改下列权重、满分、分数线、名额、排名方式、加分上限等规则，下次排名时按修改后的规则计算；“不限”“不设”或留空表示没有该项限制；请勿改动第一行和各栏标题。",
    componentsTitle: "一、考核项目及权重",
    component: "考核项目",
    weight: "权重(%)",
    weightPoints: "权重",
    fullMarks: "满分",
    raters: "评委计分",
    ratersMean: "取平均分",
    ratersTrimmed: "去掉最高分和最低分后取平均",
    ratersDecimals: (d) => `，保留${d}位小数`,
    subItems: "子项",
    aliases: "表头别名",
    key: "标识",
    listSeparator: "、",
    subItemsTitle: "二、子项（各子项得分相加即为所属考核项目得分）",
    subItem: "子项名称",
    subItemOf: "所属考核项目",
    subItemMax: "满分",
    groupScalesTitle: "各类别满分及权重（仅填与上表不同的类别和项目，留空的沿用上表）",
    group: "类别",
    groupTotal: "综合成绩",
    tiersTitle: "三、等次、分数线及名额（综合成绩达到最低分、且在名额之内即为该等次）",
    tier: "等次",
    tierMin: "最低分",
    tierRest: "低于上一等次",
    tierNoMin: "不设",
    quota: "名额",
    groupQuota: (group) => `${group}名额`,
    quotaPercent: (p) => `${p}%`,
    quotaCount: (n) => `${n}个`,
    noQuota: "不限",
    groupTiersTitle: (group) => `${group}的等次`,
    otherTitle: "四、其他",
    ranking: "排名方式",
    rankingCompetition: "竞争排名（1,2,2,4）",
    rankingDense: "中国式排名（1,2,2,3）",
    tieBreak: "同分排序",
    tieShare: "并列（名次相同）",
    tieUnrounded: "未四舍五入的综合成绩",
    decimals: "小数位数",
    totalFullMarks: "综合成绩满分",
    quotaTies: "名额临界同分",
    quotaTiesOut: "均不得该等次（不超出名额）",
    quotaTiesIn: "均得该等次（可超出名额）",
    maxAdd: "加分上限",
    maxAddPerItem: "单项加分上限",
    maxDeduct: "扣分上限",
    capAtFullMarks: "加分后不超过满分",
    addFrom: "可加分的最低分",
    noLimit: "不限",
    yes: "是",
    no: "否",
    noticeTitle: "五、通报文书（生成 Word 通报时使用，可按当年情况修改）",
    noticeDocTitle: "通报标题",
    noticeAddressees: "主送机关",
    noticeIssuer: "发文机关",
    noticeDate: "成文日期",
    generatedTitle: "六、ASSESS 生成的工作表（下次排名时替换这些工作表，其他工作表不会改动）",
    generated: "生成的工作表",
  },
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
    quota: (q) => ("percent" in q ? ` (at most ${q.percent}% of the units assessed)` : ` (at most ${q.count} units)`),
    tieBreak: (steps) => `Equal totals are ordered by ${steps.join(", then ")}, the higher first.`,
    tieBreakUnrounded: "the total before rounding",
    tieBreakComponent: (label) => `the ${label} score`,
  },
  settings: {
    marker: "ASSESS settings",
    intro:
      'The rules ASSESS ranked with. You may change the weights, full marks, thresholds, quotas, ranking style, bonus limits and the rest below; the next ranking uses them. "none" or a blank cell means no such limit. Please keep the first row and the column titles.',
    componentsTitle: "1. Components and weights",
    component: "Component",
    weight: "Weight (%)",
    weightPoints: "Weight",
    fullMarks: "Full marks",
    raters: "Raters",
    ratersMean: "mean",
    ratersTrimmed: "mean without the highest and lowest",
    ratersDecimals: (d) => `, rounded to ${d} decimals`,
    subItems: "Sub-items",
    aliases: "Header aliases",
    key: "Key",
    listSeparator: ", ",
    subItemsTitle: "2. Sub-items (they add up to their component)",
    subItem: "Sub-item",
    subItemOf: "Component",
    subItemMax: "Maximum",
    groupScalesTitle: "Groups on a scale of their own (only what differs from the table above)",
    group: "Group",
    groupTotal: "Total",
    tiersTitle: "3. Tiers, thresholds and quotas (a total reaching the minimum, within the quota, gets the tier)",
    tier: "Tier",
    tierMin: "Minimum",
    tierRest: "below the tier above",
    tierNoMin: "none",
    quota: "Quota",
    groupQuota: (group) => `${group} quota`,
    quotaPercent: (p) => `${p}%`,
    quotaCount: (n) => `${n} units`,
    noQuota: "none",
    groupTiersTitle: (group) => `Tiers of ${group}`,
    otherTitle: "4. Other",
    ranking: "Ranking",
    rankingCompetition: "competition (1,2,2,4)",
    rankingDense: "dense (1,2,2,3)",
    tieBreak: "Ties ordered by",
    tieShare: "none (tied units share a rank)",
    tieUnrounded: "the unrounded total",
    decimals: "Decimals",
    totalFullMarks: "Total's full marks",
    quotaTies: "Ties at a quota's edge",
    quotaTiesOut: "none of them gets the tier (the quota is never exceeded)",
    quotaTiesIn: "all of them get the tier (the quota may be exceeded)",
    maxAdd: "Bonus at most",
    maxAddPerItem: "Bonus per item at most",
    maxDeduct: "Deduction at most",
    capAtFullMarks: "Bonus never beyond full marks",
    addFrom: "Bonus counts from",
    noLimit: "none",
    yes: "yes",
    no: "no",
    noticeTitle: "5. The notice document (used for the Word notice; change them for the year)",
    noticeDocTitle: "Title",
    noticeAddressees: "Addressees",
    noticeIssuer: "Issued by",
    noticeDate: "Date",
    generatedTitle: "6. Sheets ASSESS generated (replaced by the next ranking; no other sheet is changed)",
    generated: "Generated sheets",
  },
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
