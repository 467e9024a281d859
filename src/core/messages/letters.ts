// The words of the feedback letter each assessed unit receives (考核结果反馈函) and of the 单位反馈
// sheet that holds the same rows for mail merge. Like the notice, the letter is an official Chinese
// document; the English text keeps its shape for a reader of the code.

export interface LetterText {
  /** 关于反馈2020年度依法行政考核结果的函, from the title stem (濮阳市2020年度依法行政考核). */
  title: (stem: string) => string;
  addressee: (unit: string) => string;
  /** The paragraph that leads into the table. */
  opening: (what: string) => string;
  /** The assessment the letter is about, from the stem (2020年度依法行政考核). */
  assessmentOfStem: (stem: string) => string;
  header: { item: string; weight: string; score: string; remark: string };
  weightPercent: (weight: string) => string;
  weightPoints: (weight: string, fullMarks: string) => string;
  /** A rater's score left out of the trimmed mean. */
  droppedHighest: string;
  droppedLowest: string;
  /** A rater who did not score the unit. */
  notScored: string;
  raterRule: (method: "mean" | "trimmed") => string;
  /** A bonus item's line: its header (加分, 扣分, 加减分). */
  bonusItem: (label: string) => string;
  bonusCounted: string;
  /** Said beside the points counted when the limits cut what was read. */
  bonusLimited: (read: string) => string;
  veto: string;
  total: string;
  tier: string;
  rank: string;
  /** 第 3 名（共 10 个）. */
  rankOf: (rank: number, count: number) => string;
  /** Of a unit without a rank (a total that could not be computed). */
  unranked: string;
  groupStats: (group: string) => string;
  groupHigh: string;
  groupMean: string;
  groupLow: string;
  closing: string;
  /** 单位反馈: the mail-merge sheet's headers. */
  sheet: {
    name: string;
    title: string;
    unit: string;
    group: string;
    letterTitle: string;
    /** The header of a part's column: 日常考核·专项工作完成情况. */
    part: (component: string, label: string) => string;
    reason: (label: string) => string;
    bonus: string;
    total: string;
    tier: string;
    rank: string;
    count: string;
    rankText: string;
    high: string;
    mean: string;
    low: string;
  };
}

// The year and the assessment's name in a title stem: 濮阳市2020年度依法行政考核 → 2020年度依法行政考核;
// a table's own title may go on (2020年度依法行政考核实地考核评委打分): the name ends at its first 考核.
const YEAR_STEM = /(\d{4}年度?)(?:全市|全县|全区|全省|全州|全盟)?(.*?考核|.*)/;

export const LETTER_ZH: LetterText = {
  title: (stem) => `关于反馈${LETTER_ZH.assessmentOfStem(stem)}结果的函`,
  addressee: (unit) => `${unit}：`,
  opening: (what) => `现将你单位${what}结果反馈如下：`,
  assessmentOfStem: (stem) => {
    const m = YEAR_STEM.exec(stem);
    return m === null ? stem : `${m[1] ?? ""}${m[2] ?? ""}`;
  },
  header: { item: "考核项目", weight: "权重", score: "得分", remark: "说明" },
  weightPercent: (w) => `${w}%`,
  weightPoints: (w, full) => `${w}分（满分${full}分）`,
  droppedHighest: "去掉的最高分",
  droppedLowest: "去掉的最低分",
  notScored: "未评分",
  raterRule: (method) => (method === "trimmed" ? "去掉一个最高分和一个最低分后取平均" : "各评委评分的平均"),
  bonusItem: (label) => label,
  bonusCounted: "加减分（计入综合成绩）",
  bonusLimited: (read) => `按加减分规则计入，原为${read}`,
  veto: "一票否决",
  total: "综合成绩",
  tier: "等次",
  rank: "名次",
  rankOf: (rank, count) => `第 ${rank} 名（共 ${count} 个）`,
  unranked: "未排名",
  groupStats: (group) => `${group}综合成绩`,
  groupHigh: "最高分",
  groupMean: "平均分",
  groupLow: "最低分",
  closing: "特此函告。",
  sheet: {
    name: "单位反馈",
    title: "结果反馈（邮件合并用）",
    unit: "单位名称",
    group: "类别",
    letterTitle: "函标题",
    part: (component, label) => `${component}·${label}`,
    reason: (label) => label,
    bonus: "加减分",
    total: "综合成绩",
    tier: "等次",
    rank: "名次",
    count: "同组单位数",
    rankText: "名次说明",
    high: "组内最高分",
    mean: "组内平均分",
    low: "组内最低分",
  },
};

export const LETTER_EN: LetterText = {
  title: (stem) => `Feedback on the results of ${LETTER_EN.assessmentOfStem(stem)}`,
  addressee: (unit) => `To ${unit}:`,
  opening: (what) => `The results of ${what} for your unit are as follows:`,
  assessmentOfStem: (stem) => stem,
  header: { item: "Item", weight: "Weight", score: "Score", remark: "Note" },
  weightPercent: (w) => `${w}%`,
  weightPoints: (w, full) => `${w} points (out of ${full})`,
  droppedHighest: "highest, left out",
  droppedLowest: "lowest, left out",
  notScored: "not scored",
  raterRule: (method) => (method === "trimmed" ? "mean without the highest and the lowest" : "mean of the raters"),
  bonusItem: (label) => label,
  bonusCounted: "Bonus (counted in the total)",
  bonusLimited: (read) => `counted under the bonus rules; ${read} as read`,
  veto: "Veto",
  total: "Total",
  tier: "Tier",
  rank: "Rank",
  rankOf: (rank, count) => `${rank} of ${count}`,
  unranked: "not ranked",
  groupStats: (group) => `Totals of ${group}`,
  groupHigh: "highest",
  groupMean: "mean",
  groupLow: "lowest",
  closing: "",
  sheet: {
    name: "Feedback",
    title: " feedback to each unit (for mail merge)",
    unit: "Unit",
    group: "Group",
    letterTitle: "Letter title",
    part: (component, label) => `${component} · ${label}`,
    reason: (label) => label,
    bonus: "Bonus",
    total: "Total",
    tier: "Tier",
    rank: "Rank",
    count: "Units in group",
    rankText: "Rank in words",
    high: "Group highest",
    mean: "Group mean",
    low: "Group lowest",
  },
};
