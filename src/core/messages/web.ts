// The offline page's own sentences (the pane inside it speaks through ./ui), Chinese first.
import type { Lang } from "./ui";

export interface WebText {
  pageTitle: string;
  heading: string;
  /** Said on the page itself: why the page is safe for a workbook that must not leave the office. */
  offline: string;
  choose: string;
  drop: string;
  opened: (name: string) => string;
  reading: (name: string) => string;
}

const ZH: WebText = {
  pageTitle: "ASSESS 依法行政考核排名（离线网页）",
  heading: "ASSESS 依法行政考核排名",
  offline: "工作簿不会离开本机：本页打开后不再联网，读取、排名和生成文件都在这台电脑的浏览器里完成，可以断网使用。",
  choose: "选择成绩工作簿（.xlsx 或 .xlsm）",
  drop: "或把工作簿拖到这里",
  opened: (n) => `已打开：${n}`,
  reading: (n) => `正在读取“${n}”…`,
};

const EN: WebText = {
  pageTitle: "ASSESS rule-of-law assessment ranking (offline page)",
  heading: "ASSESS rule-of-law assessment ranking",
  offline:
    "Your workbook never leaves this computer: once open, this page makes no network request; reading, ranking and making the files all happen in this browser, and it works offline.",
  choose: "Choose the score workbook (.xlsx or .xlsm)",
  drop: "or drop the workbook here",
  opened: (n) => `Opened: ${n}`,
  reading: (n) => `Reading "${n}"…`,
};

export function webText(lang: Lang): WebText {
  return lang === "en" ? EN : ZH;
}
