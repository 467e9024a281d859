// File names of a run: the ranked copy is named after the input, and keeps its kind. Shared by the
// command line (paths on disk) and the offline page (download names).

/** Suffix of the ranked copy's name: `考核.xlsx` → `考核.assess.xlsx`, `考核.xlsm` → `考核.assess.xlsm`. */
export const OUTPUT_SUFFIX = ".assess";

const WORKBOOK_NAME = /\.xls[xm]$/i;

/** The kind of workbook a file name says: ".xlsx", ".xlsm" (with macros), or null. */
export function workbookKind(file: string): ".xlsx" | ".xlsm" | null {
  const m = /\.(xls[xm])$/i.exec(file);
  return m === null ? null : m[1]?.toLowerCase() === "xlsm" ? ".xlsm" : ".xlsx";
}

/** The ranked copy's file name for an input's file name (no folder): `考核.xlsx` → `考核.assess.xlsx`. */
export function rankedCopyName(name: string): string {
  return `${name.replace(WORKBOOK_NAME, "")}${OUTPUT_SUFFIX}${workbookKind(name) ?? ".xlsx"}`;
}

/** The media type a browser saves the ranked copy with: a macro workbook keeps its own. */
export function workbookMime(name: string): string {
  return workbookKind(name) === ".xlsm" ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
