// Helpers of the command-line tests: real .xlsx files in a temp dir, the CLI as a child process.
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
const MAIN = path.join(ROOT, "src", "cli", "main.ts");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `assess …` as a user runs it: a separate node process, through tsx like `npm run assess`. */
export function runAssess(args: string[], cwd: string = ROOT): CliRun {
  const r = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), MAIN, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "assess-cli-test-"));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export type Row = (string | number | null)[];

export const HEADER: Row = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"];

/** A workbook of named sheets, each given as rows from A1. */
export async function writeWorkbook(file: string, sheets: Record<string, Row[]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      });
    });
  }
  await wb.xlsx.writeFile(file);
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's values as rows of plain values (formulas would show as objects, and fail comparisons). */
export function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      values[c - 1] = cell.value;
    });
    rows[r - 1] = values;
  });
  return rows;
}

/** The --json document; fails the test when stdout holds anything else. */
export function parseJson(stdout: string): JsonDoc {
  return JSON.parse(stdout) as JsonDoc;
}

export interface JsonDoc {
  ok: boolean;
  output: string | null;
  groups: { name: string; units: { name: string; rank: number; total: number; tier: string }[] }[];
  problems: { severity: string; code: string; sheet: string | null; cell: string | null; message: string }[];
  notice: string;
}

const SOFFICE = "/usr/bin/soffice";

/**
 * Every sheet of `file` as CSV, UTF-8, values as stored (not as shown) and formulas exported as
 * their results: a cell that LibreOffice took for a formula would show its result, not its text.
 */
export function sheetsAsCsv(file: string, dir: string): Map<string, string> {
  // A profile of its own: another soffice running on the machine would otherwise swallow the call.
  const profile = `file://${path.join(dir, "lo-profile")}`;
  const r = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      path.join(dir, "csv"),
      file,
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const base = path.basename(file, ".xlsx");
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, "csv"))) {
    if (name.startsWith(`${base}-`)) out.set(name.slice(base.length + 1, -".csv".length), readFileSync(path.join(dir, "csv", name), "utf8"));
  }
  return out;
}
