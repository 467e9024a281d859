// The header words offices use for the columns that are not the scheme's components or sub-items.
// Components and sub-items come from the scheme (label and aliases), so a changed scheme needs no code.
// All entries are written as their textKey (NFKC, no spaces).

/**
 * The unit column as offices head it: by what the units are (单位, 部门, 县（市、区）, 地市, 市州, 乡镇…),
 * with or without 名称. A header written with a space (`县 市`) or full-width parentheses matches too:
 * headers are compared as their textKey, and put() also files the parenthesis-free key (县（市、区） → 县).
 * Most specific first: when a table has two of these (地区 | 单位名称, the county each department is
 * in beside its name), the one earlier in this list is the unit column.
 */
export const NAME_HEADERS = [
  "单位名称",
  "被考核单位",
  "被考核单位名称",
  "考核对象",
  "考核单位",
  "被考核部门",
  "责任单位",
  "部门名称",
  "地市名称",
  "市州名称",
  "地区名称",
  "县区名称",
  "区县名称",
  "乡镇名称",
  "名称",
  "单位",
  "部门",
  "县(市、区)",
  "县(市区)",
  "县市区",
  "县市",
  "县(区)",
  "县(市)",
  "县区",
  "区县",
  "乡镇(街道)",
  "乡镇",
  "地市",
  "市州",
  "地区",
];

export const GROUP_HEADERS = ["类别", "分组", "类型", "组别", "单位类别", "考核类别", "单位类型"];

/** Matched on the header before decorations are stripped: "加(扣)分" would otherwise lose its "(扣)". */
export const BONUS_HEADERS: ReadonlyArray<readonly [string, "add" | "deduct" | "signed"]> = [
  ["加分", "add"],
  ["加分项", "add"],
  ["奖励加分", "add"],
  ["扣分", "deduct"],
  ["扣分项", "deduct"],
  ["加减分", "signed"],
  ["加扣分", "signed"],
  ["加(扣)分", "signed"],
  ["加(减)分", "signed"],
  ["奖惩分", "signed"],
  ["加分/扣分", "signed"],
  ["加分扣分", "signed"],
];

export const VETO_HEADERS = ["一票否决", "一票否决项", "否决项", "一票否决情况"];

/** Columns a person reads but ASSESS recomputes or does not need. */
export const IGNORED_HEADERS = ["序号", "编号", "名次", "排名", "排序", "综合成绩", "综合得分", "总分", "总成绩", "合计", "小计", "总计", "等次", "考核等次", "等级", "备注"];

/**
 * Under a component's upper header cell, words that name no part of it: its score (得分, 成绩), or the
 * sum of the sub-items beside them (小计, 合计). Alone under the component they are the component;
 * beside sub-items they repeat the sum: never a sub-item.
 */
export const GENERIC_SCORE_HEADERS = ["得分", "成绩", "分数", "分值", "评分", "得分情况", "考核得分", "考核成绩", "实际得分", "最终得分", "总得分", "小计", "合计", "总计", "总分"];

/**
 * The words that label a summary row of the table itself, not a unit, at the end of its label:
 * 合计, 平均分, and with what it sums, 全市平均, 县（区）小计, 市直部门平均分.
 */
export const SUMMARY_ROW_NAMES = ["合计", "总计", "小计", "平均", "平均分", "平均值", "均值", "平均得分", "平均成绩"];

/**
 * A row that starts with one of these words and a colon is a note, a signature or a date line
 * (注：…, 填表人：…, 审核：…): never a unit. The colon is required, so a unit named 审核中心 stays a unit.
 */
export const NOTE_MARKER =
  /^(?:注|附注|说明|备注|填表人|填报人|填表|制表人|制表|审核人|审核|复核人|复核|联系人|联系电话|负责人|单位负责人|数据来源|填表日期|制表日期|日期)\s*\d*\s*[:：]/;

/** Veto cell text that says "no veto" (offices fill the column for every unit). */
export const NO_VETO_TEXTS = ["无", "否", "没有", "-", "—", "--", "——", "/", "0"];
