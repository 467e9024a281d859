// The Excel double without its Node-only .xlsx bridge (that is ./xlsx), so it bundles for a browser.
export { ExcelDouble, FIVE_MB, sheetJson, type CellInfo, type SheetJson, type SyncRecord, type WorkbookJson } from "./double";
export { installExcelDouble } from "./install";
export { OfficeErrorDouble } from "./errors";
export type { CellValue } from "./state";
export type { ChartView } from "./charts";
