// The files of a run: the input workbook (only ever read), the --scheme rules, and the output, written
// beside its final place first so a failed write leaves no half-written workbook behind.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import type { CliText } from "../core/messages/cli";
import { schemeFromJson } from "../core/scheme/json";
import type { Problem, Scheme } from "../core/types";
import { cliProblem, type JsonProblem } from "./report";

/** Suffix of the default output's name: `考核.xlsx` → `考核.assess.xlsx`, `考核.xlsm` → `考核.assess.xlsm`. */
export const OUTPUT_SUFFIX = ".assess";

const XLSX = /\.xls[xm]$/i;

/** The kind of workbook a file name says: ".xlsx", ".xlsm" (with macros), or null. */
export function workbookKind(file: string): ".xlsx" | ".xlsm" | null {
  const m = /\.(xls[xm])$/i.exec(file);
  return m === null ? null : m[1]?.toLowerCase() === "xlsm" ? ".xlsm" : ".xlsx";
}
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: JsonProblem };

const fail = <T>(problem: JsonProblem): Loaded<T> => ({ ok: false, problem });

export function defaultOutputPath(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(XLSX, "");
  return path.join(dir, `${base}${OUTPUT_SUFFIX}${workbookKind(input) ?? ".xlsx"}`);
}

/**
 * The copy is the same kind of workbook as the input: an .xlsm keeps its macros only under .xlsm (Excel
 * refuses a macro-enabled package named .xlsx), and an .xlsx named .xlsm would claim macros it lacks.
 */
export function checkOutputPath(output: string, input: string, t: CliText): JsonProblem | null {
  const kind = workbookKind(output);
  const wanted = workbookKind(input) ?? ".xlsx";
  if (kind === null) return cliProblem("USAGE", t.outputNotXlsx(output, wanted));
  return kind === wanted ? null : cliProblem("USAGE", t.outputKindMismatch(output, wanted));
}

async function startOf(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The input as read: its bytes (what the copy is made from) and the workbook for reading its cells. */
export interface LoadedWorkbook {
  bytes: Uint8Array;
  wb: ExcelJS.Workbook;
}

export async function loadWorkbook(input: string, t: CliText): Promise<Loaded<LoadedWorkbook>> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch {
    return fail(cliProblem("FILE_NOT_FOUND", t.fileNotFound(input)));
  }
  if (!stat.isFile()) return fail(cliProblem("NOT_XLSX", t.notXlsx(input)));
  if (/\.xls$/i.test(input)) return fail(cliProblem("NOT_XLSX", t.oldXls(input)));
  if (!XLSX.test(input)) return fail(cliProblem("NOT_XLSX", t.notXlsx(input)));
  try {
    // An .xlsx is a zip: anything else (a renamed CSV, an empty file) gets a plain answer, not a zip error.
    if (!(await startOf(input, ZIP_MAGIC.length)).equals(ZIP_MAGIC)) return fail(cliProblem("NOT_XLSX", t.notXlsx(input)));
    const bytes = await fs.readFile(input);
    const wb = new ExcelJS.Workbook();
    // ExcelJS's typings call its input an ArrayBuffer; JSZip underneath takes the file's bytes as they are.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    return { ok: true, value: { bytes, wb } };
  } catch (e) {
    return fail(cliProblem("FILE_UNREADABLE", t.unreadable(input, errorDetail(e))));
  }
}

/** A --scheme file read, with what was said about its content (warnings only when ok). */
export type LoadedScheme = { ok: true; scheme: Scheme; problems: Problem[] } | { ok: false; problem: JsonProblem; problems: Problem[] };

/** The --scheme file. A file with any error is refused as a whole (exit 2): half-applied rules would rank wrongly. */
export async function loadScheme(file: string, t: CliText): Promise<LoadedScheme> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { ok: false, problem: cliProblem("SCHEME_FILE_INVALID", t.schemeFileNotFound(file)), problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, problem: cliProblem("SCHEME_FILE_INVALID", t.schemeFileNotJson(file, errorDetail(e))), problems: [] };
  }
  const { scheme, problems } = schemeFromJson(json);
  if (problems.some((p) => p.severity === "error")) {
    return { ok: false, problem: cliProblem("SCHEME_FILE_INVALID", t.schemeFileInvalid(file)), problems };
  }
  return { ok: true, scheme, problems };
}

/**
 * Writes next to `output`, then renames: the output (even when it is the input) is never left
 * half-written, and a write that fails (a full disk) leaves neither the output nor the temporary file.
 */
export async function writeWorkbook(bytes: Uint8Array, output: string, t: CliText): Promise<JsonProblem | null> {
  const temporary = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temporary, "wx");
    await handle.writeFile(bytes);
    // On disk before the rename: after a crash the output is the old file or the whole new one.
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temporary, output);
    return null;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    const full = (e as NodeJS.ErrnoException).code === "ENOSPC" || (e as NodeJS.ErrnoException).code === "EDQUOT";
    return cliProblem("WRITE_FAILED", full ? t.diskFull(output) : t.writeFailed(output, errorDetail(e)));
  }
}
