// Browser entry: bundled in place of office.js for the task pane's browser test. It builds a double
// over the workbook the page was given as JSON (window.__excelDoubleWorkbook) and installs it as the
// Office host; window.__excelDouble is the double itself, for the test to inspect.
import { ExcelDouble, type WorkbookJson } from "./double";
import { installExcelDouble } from "./install";

declare global {
  interface Window {
    __excelDoubleWorkbook?: WorkbookJson;
    __excelDouble?: ExcelDouble;
  }
}

export function installBrowserDouble(workbook: WorkbookJson, displayLanguage = "zh-CN"): ExcelDouble {
  const double = ExcelDouble.fromJson(workbook);
  double.displayLanguage = displayLanguage;
  installExcelDouble(double, window);
  window.__excelDouble = double;
  return double;
}

if (typeof window !== "undefined" && window.__excelDoubleWorkbook !== undefined) {
  installBrowserDouble(window.__excelDoubleWorkbook);
}

export { ExcelDouble };
