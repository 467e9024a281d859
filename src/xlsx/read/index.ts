// The reading half of the file adapter: every worksheet of a package as a Grid, by one streamed SAX
// pass per sheet, within a bounded memory.
import type { Grid } from "../../core/types";
import { MAX_STREAMED_PART_BYTES, openPackage, type Package, type PackageFailure, type WorkbookInfo } from "../package";
import { CellBudget, MAX_CELLS, MAX_TEXT_CHARS } from "./budget";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./sheet";
import { readDateStyles } from "./styles";

export { MAX_CELLS, MAX_TEXT_CHARS } from "./budget";

export type GridsRead = { ok: true; grids: Grid[] } | { ok: false; failure: PackageFailure };

/** Every sheet of a workbook's bytes as Grids, or the one reason the bytes are not a readable workbook. */
export function gridsFromBytes(bytes: Uint8Array): GridsRead {
  const opened = openPackage(bytes);
  return opened.ok ? readGrids(opened.pkg) : { ok: false, failure: opened.failure };
}

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
 * and are left out). A workbook past MAX_CELLS cells or MAX_TEXT_CHARS characters of text (or lower
 * limits given) is refused as "tooLarge"; a part that does not inflate or parse is "corrupt".
 */
export function readGrids(pkg: Package, limits: { cells?: number; textChars?: number } = {}): GridsRead {
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

  const budget = new CellBudget(limits.cells ?? MAX_CELLS, limits.textChars ?? MAX_TEXT_CHARS);
  const strings = readSharedStrings(pkg, relatedPart(pkg, wb, "sharedStrings", "xl/sharedStrings.xml"), budget);
  if (!strings.ok) return strings;
  const styles = readDateStyles(pkg, relatedPart(pkg, wb, "styles", "xl/styles.xml"));
  if (!styles.ok) return styles;

  const grids: Grid[] = [];
  for (const s of worksheets) {
    const part = s.path as string;
    const read = readSheet(pkg, part, { sharedStrings: strings.value, dateStyles: styles.value, date1904: wb.date1904, budget });
    if (!read.ok) return read;
    const shape = read.value.shape();
    if (!budget.take(shape.cellCount)) return { ok: false, failure: { kind: "tooLarge", part } };
    grids.push(read.value.build(s.name, shape));
  }
  return { ok: true, grids };
}
