// What the pane and the offline page say about last year's results (上年结果), chosen beside the
// workbook before a run. Short, and apart from ui.ts so its words are found with the feature's.
import type { Lang } from "./ui";

export interface PreviousUiText {
  choose: string;
  hint: string;
  chosen: (name: string) => string;
  remove: string;
  reading: (name: string) => string;
  failed: (detail: string) => string;
}

const ZH: PreviousUiText = {
  choose: "选择上年结果（可选）…",
  hint: "上年的排名副本，或含单位名称、类别、综合成绩的表；更名的单位写在“单位更名”表。",
  chosen: (name) => `上年结果：${name}`,
  remove: "不用上年结果",
  reading: (name) => `正在读取 ${name}…`,
  failed: (d) => `无法读取上年结果：${d}`,
};

const EN: PreviousUiText = {
  choose: "Choose last year's results (optional)…",
  hint: "Last year's ranked copy, or a table of names, groups and totals; renamed units go on a sheet 单位更名.",
  chosen: (name) => `Last year's results: ${name}`,
  remove: "Do not use last year's results",
  reading: (name) => `Reading ${name}…`,
  failed: (d) => `Cannot read last year's results: ${d}`,
};

export function previousUiText(lang: Lang): PreviousUiText {
  return lang === "en" ? EN : ZH;
}
