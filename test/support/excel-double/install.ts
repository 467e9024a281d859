// Puts a double where office.js would put Excel, Office and OfficeExtension (globalThis or window).
import type { ExcelDouble } from "./double";

export function installExcelDouble(double: ExcelDouble, target: object = globalThis): () => void {
  const host = target as Record<string, unknown>;
  const before = { Excel: host.Excel, Office: host.Office, OfficeExtension: host.OfficeExtension };
  Object.assign(host, double.globals());
  return () => Object.assign(host, before);
}
