// What the label of a row says it is when it is not a unit: a note or signature line (注：…,
// 填表人：…), or a summary row of the table (合计, 全市平均). Only labels count, never free text:
// a 备注 that says 得分低于全市平均水平 is a remark about a unit, not a summary row.
import { textKey } from "./values";
import { NOTE_MARKER, SUMMARY_ROW_NAMES } from "./vocabulary";

const NOTE_FIRST_CHARS = new Set(Array.from("注附说备填制审复联负单数日"));

/** 注：…, 填表人：张三, 审核：李四. The colon is required, so a unit named 审核中心 stays a unit. */
export function isNoteName(name: string): boolean {
  return (name.includes("：") || name.includes(":")) && NOTE_FIRST_CHARS.has(name.charAt(0)) && NOTE_MARKER.test(name);
}

// A summary label is a summary word at the end, after at most a short name of what it sums (全市,
// 县（区）, 市直部门); a count in parentheses and a trailing colon are read past: 合计（9个）：.
const SUMMARY_LABEL = new RegExp(`^.{0,10}(?:${SUMMARY_ROW_NAMES.join("|")})$`);
const PARENTHESISED = /[([【〔][^()[\]【】〔〕]*[)\]】〕]/g;
// The last characters a summary label can end with: a unit name (…县, …局, …中心) never does, so the
// million names of a large table are passed over without normalising them.
const SUMMARY_TAILS = new Set([...SUMMARY_ROW_NAMES.map((w) => w.charAt(w.length - 1)), ...Array.from(")）]】〕:：")]);

/** True when the text labels a summary row: 合计, 平均分, 全市平均, 县（区）小计, 合计（9个）. */
export function isSummaryLabel(text: string): boolean {
  const t = text.trim();
  if (!SUMMARY_TAILS.has(t.charAt(t.length - 1))) return false;
  const key = textKey(t)
    .replace(PARENTHESISED, "")
    .replace(/[:：]+$/, "");
  return SUMMARY_LABEL.test(key);
}
