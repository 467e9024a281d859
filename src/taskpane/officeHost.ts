// The pane's host in Excel: every workbook call goes through src/excel, the one place that runs Excel.run.
import { activateSheet, applyPlan, displayLanguage, onPaneShown, paneHidden, problemsOfReading, readGrids, selectCell } from "../excel";
import type { Host } from "./host";

export const officeHost: Host = {
  readGrids,
  problemsOf: problemsOfReading,
  applyPlan,
  selectCell,
  activateSheet,
  displayLanguage,
  paneHidden,
  onPaneShown,
};
