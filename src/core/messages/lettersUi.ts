// What the pane and the offline page say about the feedback letters. Kept apart from ui.ts, which the
// pane's first load carries: these are needed only once a run is done, in the lazily loaded results.
import type { Lang } from "./ui";

export interface LettersUiText {
  heading: string;
  hint: string;
  /** Makes the letters (the first time) and saves them as one .zip. */
  download: string;
  making: (done: number, total: number) => string;
  /** Every letter in one Word document, for printing at once. */
  downloadCombined: string;
  failed: (detail: string) => string;
  noDownload: string;
  /** The .zip's and the combined document's names, after the letters' title. */
  zipName: (title: string) => string;
  combinedName: (title: string) => string;
  fallbackName: string;
}

const ZH: LettersUiText = {
  heading: "单位反馈单",
  hint: "每个被考核单位一份考核结果反馈函（Word），打包为 zip；合订本把全部反馈函合在一个文件里，便于一次打印。",
  download: "下载反馈单",
  making: (done, total) => `正在生成反馈单（${done}/${total}）…`,
  downloadCombined: "下载合订本（Word）",
  failed: (d) => `无法生成反馈单：${d}`,
  noDownload: "Mac 版 Excel 不允许加载项下载文件。请在命令行运行 assess rank 工作簿.xlsx --letters 反馈单 生成反馈单。",
  zipName: (title) => `${title}（各单位）`,
  combinedName: (title) => `${title}（合订本）`,
  fallbackName: "考核结果反馈单",
};

const EN: LettersUiText = {
  heading: "Feedback letters",
  hint: "One Word letter for each assessed unit, in a zip; the combined document holds them all, to print at once.",
  download: "Download feedback letters",
  making: (done, total) => `Making the letters (${done}/${total})…`,
  downloadCombined: "Download all in one (Word)",
  failed: (d) => `The letters could not be made: ${d}`,
  noDownload: "Excel for Mac does not let add-ins download files. Run assess rank workbook.xlsx --letters letters on the command line for the letters.",
  zipName: (title) => `${title} (each unit)`,
  combinedName: (title) => `${title} (all)`,
  fallbackName: "feedback letters",
};

export const lettersUiText = (lang: Lang): LettersUiText => (lang === "en" ? EN : ZH);
