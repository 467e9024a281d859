// The reading half of the file adapter: every worksheet of a package as a Grid, by one streamed SAX
// pass per sheet, within a bounded memory.
import type { Grid } from "../../core/types";
import { MAX_STREAMED_PART_BYTES, type Package, type PackageFailure, type WorkbookInfo } from "../package";
import { CellBudget, MAX_CELLS } from "./budget";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./sheet";
import { readDateStyles } from "./styles";

export { MAX_CELLS } from "./budget";

export type GridsRead = { ok: true; grids: Grid[] } | { ok: false; failure: PackageFailure };

/**
 * All sheets' parts together inflate to at most this before anything is read. Declared sizes may lie,
 * so this only refuses the absurd at once; the package counts the real bytes as they inflate.
 */
const MAX_DECLARED_SHEETS_BYTES = 2 * MAX_STREAMED_PART_BYTES;

/** The workbook part's related part of a type ("sharedStrings", "styles"), or the usual name when the relationship is missing. */
function relatedPart(pkg: Package, wb: WorkbookInfo, type: string, usual: string): string | null {
  const rel = wb.relationships.find((r) => r.type.endsWith(`/${type}`) && r.part !== null);
  if (rel?.part) return rel.part;
  return pkg.has(usual) ? usual : null;
}

/**
 * Every worksheet's used range as a Grid, in tab order (hidden sheets too; chart sheets hold no cells
 * and are left out). A workbook past MAX_CELLS cells is refused as "tooLarge"; a part that does not
 * inflate or parse is "corrupt".
 */
export function readGrids(pkg: Package, maxCells = MAX_CELLS): GridsRead {
  const wb = pkg.workbook;
  const worksheets = wb.sheets.filter((s) => s.kind === "worksheet" && s.path !== null);
  let declared = 0;
  for (const s of worksheets) {
    const entry = pkg.entry(s.path as string);
    if (entry === undefined) return { ok: false, failure: { kind: "corrupt", part: s.path as string } };
    if (entry.size > MAX_STREAMED_PART_BYTES) return { ok: false, failure: { kind: "tooLarge", part: entry.name } };
    declared += entry.size;
  }
  if (declared > MAX_DECLARED_SHEETS_BYTES) return { ok: false, failure: { kind: "tooLarge" } };

  const strings = readSharedStrings(pkg, relatedPart(pkg, wb, "sharedStrings", "xl/sharedStrings.xml"));
  if (!strings.ok) return strings;
  const styles = readDateStyles(pkg, relatedPart(pkg, wb, "styles", "xl/styles.xml"));
  if (!styles.ok) return styles;

  const budget = new CellBudget(maxCells);
  const grids: Grid[] = [];
  for (const s of worksheets) {
    const part = s.path as string;
    const read = readSheet(pkg, part, { sharedStrings: strings.value, dateStyles: styles.value, date1904: wb.date1904, valueRoom: budget.room });
    if (!read.ok) return read;
    const shape = read.value.shape();
    if (!budget.take(shape.cellCount)) return { ok: false, failure: { kind: "tooLarge", part } };
    grids.push(read.value.build(s.name, shape));
  }
  return { ok: true, grids };
}
