// Helpers of the file adapter's tests: workbooks as real files (ExcelJS, LibreOffice, or parts zipped
// by hand where a writer's particular XML is the point), read back through src/xlsx.
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { readFileSync, readdirSync } from "fs";
import { strToU8, zipSync } from "fflate";
import path from "path";
import type { Grid } from "../../src/core/types";
import { openPackage, type Package } from "../../src/xlsx/package";
import { readGrids } from "../../src/xlsx/read";
import { hasTools, itWith } from "../support/tools";

export const SOFFICE = "/usr/bin/soffice";
export const hasSoffice = hasTools("soffice");
/** `it` when LibreOffice is installed or on CI (where its absence must fail), `it.skip` otherwise. */
export const itWithOffice = itWith("soffice");

/**
 * `soffice --headless --convert-to <format>` of `file` into `outDir`, with a profile of its own (another
 * soffice running on the machine would otherwise take the call). Returns the converted file's path.
 */
export function convertWithSoffice(file: string, format: string, outDir: string): string {
  const profile = `file://${path.join(outDir, "lo-profile")}`;
  // A CSV is read as UTF-8, comma-separated (else LibreOffice guesses the system's encoding).
  const csv = file.endsWith(".csv") ? ["--infilter=Text - txt - csv (StarCalc):44,34,76,1"] : [];
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", ...csv, "--convert-to", format, "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 150_000,
    killSignal: "SIGKILL",
  });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  const ext = format.split(":")[0] as string;
  const out = readdirSync(outDir).find((n) => n === `${base}.${ext}`);
  if (out === undefined) throw new Error(`soffice wrote no ${base}.${ext}: ${r.stderr}`);
  return path.join(outDir, out);
}

export function open(bytes: Uint8Array): Package {
  const opened = openPackage(bytes);
  if (!opened.ok) throw new Error(`does not open: ${JSON.stringify(opened.failure)}`);
  return opened.pkg;
}

export function gridsOf(bytes: Uint8Array): Grid[] {
  const read = readGrids(open(bytes));
  if (!read.ok) throw new Error(`does not read: ${JSON.stringify(read.failure)}`);
  return read.grids;
}

export function gridsOfFile(file: string): Grid[] {
  return gridsOf(readFileSync(file));
}

export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The cell at an A1-style (row, column) of the sheet, as the grid holds it (null when blank or outside). */
export function cellAt(grid: Grid, row: number, col: number): unknown {
  return grid.cells[row - grid.originRow]?.[col - grid.originCol] ?? null;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A minimal package around sheet XML written by hand, for what a particular writer does (inline strings,
 * cells without `r`, a value kept in a merged cell) that ExcelJS and LibreOffice never write.
 */
export function handMadeWorkbook(sheetData: string, options: { sheetTarget?: string; extraSheetXml?: string; parts?: Record<string, string> } = {}): Uint8Array {
  const target = options.sheetTarget ?? "worksheets/sheet1.xml";
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="得分" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/></Relationships>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${options.extraSheetXml ?? ""}</worksheet>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(rels),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  };
  for (const [name, text] of Object.entries(options.parts ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}
