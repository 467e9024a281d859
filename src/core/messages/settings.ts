// The words of the settings sheet (考核设置) ASSESS writes and reads back. Its labels are how ASSESS
// finds its way around the sheet, so changing one here changes what older workbooks' settings sheets
// must say (see settings/read.ts, which compares labels after textKey normalisation). Apart from the
// rest of the report's words (report.ts) because the pane reads the settings sheet as it opens, and
// needs these words then, while the rest comes with the run.

export interface SettingsText {
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
  /** 评分分析's thresholds (Scheme.raterChecks). */
  raterSdMultiple: string;
  raterMaxFromMedian: string;
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
  /** The row of the 校验码 of the scores and rules the generated sheets were made from. */
  digest: string;
}

export const SETTINGS_TEXT_ZH: SettingsText = {
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
  raterSdMultiple: "评委偏离提示倍数",
  raterMaxFromMedian: "评分偏离提示分值",
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
  digest: "校验码",
};

export const SETTINGS_TEXT_EN: SettingsText = {
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
  raterSdMultiple: "Flag a rater beyond (standard deviations)",
  raterMaxFromMedian: "Flag a score beyond the median by (points)",
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
  digest: "Check code",
};
