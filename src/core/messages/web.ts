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
  /** Several files chosen: which one is ranked and saved, and what the others are. */
  mainFile: string;
  mainFileHint: string;
  /** A file only read, in the list of files chosen. */
  besideFile: (name: string) => string;
}

const ZH: WebText = {
  pageTitle: "ASSESS 依法行政考核排名（离线网页）",
  heading: "ASSESS 依法行政考核排名",
  offline: "工作簿不会离开本机：本页打开后不再联网，读取、排名和生成文件都在这台电脑的浏览器里完成，可以断网使用。",
  choose: "选择成绩工作簿（.xlsx 或 .xlsm，可多选）",
  drop: "或把工作簿拖到这里（主工作簿和各组交回的工作簿可一起选择）",
  opened: (n) => `已打开：${n}`,
  reading: (n) => `正在读取“${n}”…`,
  mainFile: "排名并下载的主工作簿：",
  mainFileHint: "其余工作簿（如各实地考核组交回的文件）只读取：每个单位的各项得分从所有工作簿中汇总，结果只写入主工作簿的副本。",
  besideFile: (n) => `${n}（只读取）`,
};

const EN: WebText = {
  pageTitle: "ASSESS rule-of-law assessment ranking (offline page)",
  heading: "ASSESS rule-of-law assessment ranking",
  offline:
    "Your workbook never leaves this computer: once open, this page makes no network request; reading, ranking and making the files all happen in this browser, and it works offline.",
  choose: "Choose the score workbook (.xlsx or .xlsm; several allowed)",
  drop: "or drop the workbook here (the main workbook and the teams' files together)",
  opened: (n) => `Opened: ${n}`,
  reading: (n) => `Reading "${n}"…`,
  mainFile: "The main workbook, ranked and saved:",
  mainFileHint:
    "The other workbooks (each on-site team's returned file) are only read: each unit's scores are gathered from all of them, and the results go only into the copy of the main workbook.",
  besideFile: (n) => `${n} (only read)`,
};

export function webText(lang: Lang): WebText {
  return lang === "en" ? EN : ZH;
}
