// The pane's host in Excel: every workbook call goes through src/excel, the one place that runs Excel.run.
import { activateSheet, displayLanguage, onPaneShown, paneHidden, selectCell } from "../excel/ui";
import { problemsOfReading, readGrids, sheetsOfReading } from "../excel/read";
import type { Host } from "./host";

/**
 * Excel for Mac and for iPad show the pane in a WKWebView, which drops downloads without a word
 * (Microsoft: "by design", office-js issues 2700 and 4681); Excel on the web and on Windows (WebView2)
 * save them. openBrowserWindow is no way round it: a Blob URL lives only inside the pane's web view.
 */
function downloads(): boolean {
  const platform: unknown = typeof Office === "undefined" ? undefined : Office.context?.diagnostics?.platform;
  return platform !== "Mac" && platform !== "iOS";
}

/** Writing (src/excel/write) comes with the run's chunk, fetched when a run or a save first writes. */
const applyPlan: Host["applyPlan"] = async (plan, readWith) =>
  (await import(/* webpackChunkName: "run" */ "../excel/write")).applyPlan(plan, readWith === undefined ? null : sheetsOfReading(readWith));

/**
 * A file chosen beside the workbook (上年结果) is read by src/xlsx's reader, fetched when first chosen:
 * Excel itself can read another workbook only by inserting its sheets into the user's own.
 */
const readBesideFile: Host["readBesideFile"] = async (bytes, name) =>
  (await import(/* webpackChunkName: "beside-file" */ "../xlsx/read/opened")).openWorkbook(bytes, name, displayLanguage());

export const officeHost: Host = {
  readBesideFile,
  readGrids,
  problemsOf: problemsOfReading,
  applyPlan,
  selectCell,
  activateSheet,
  displayLanguage,
  paneHidden,
  onPaneShown,
  downloads,
};
