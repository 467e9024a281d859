// The files of a run: the input workbook (only ever read), the --scheme rules, and the output, written
// beside its final place first so a failed write leaves no half-written workbook behind.
import { constants as fsConstants, promises as fs } from "fs";
import path from "path";
import { workbookFileProblem, type CliText } from "../core/messages/cli";
import { rankedCopyName, workbookKind } from "../core/fileNames";
import { schemeFromJson } from "../core/scheme/json";
import type { Grid, Problem, Scheme } from "../core/types";
import { MAX_INPUT_BYTES, type PackageFailure } from "../xlsx/package";
import { gridsFromBytes, MAX_CELLS } from "../xlsx/read";
import { cliProblem, type JsonProblem } from "./report";

export { OUTPUT_SUFFIX, workbookKind } from "../core/fileNames";

export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: JsonProblem };

const fail = <T>(problem: JsonProblem): Loaded<T> => ({ ok: false, problem });

/** `考核.xlsx` → `考核.assess.xlsx`; a macro workbook keeps its kind: `考核.xlsm` → `考核.assess.xlsm`. */
export function defaultOutputPath(input: string): string {
  return path.join(path.dirname(input), rankedCopyName(path.basename(input)));
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

function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The input's bytes and its sheets as the core reads them. */
export interface LoadedWorkbook {
  bytes: Uint8Array;
  grids: Grid[];
}

/** What the user hears when the bytes are not a workbook ASSESS can read: what the file is, and what to do. */
export function packageProblem(failure: PackageFailure, input: string, t: CliText): JsonProblem {
  const { code, message } = workbookFileProblem(failure.kind, input, MAX_CELLS, t);
  return cliProblem(code, message);
}

/**
 * Reads the input once. A folder, a pipe or a device is refused by its stat before it is opened, and
 * the file is opened without blocking and checked again, so a FIFO put in its place never hangs the run.
 */
async function readInput(input: string, t: CliText): Promise<Loaded<Uint8Array>> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch {
    return fail(cliProblem("FILE_NOT_FOUND", t.fileNotFound(input)));
  }
  if (stat.isDirectory()) return fail(cliProblem("NOT_XLSX", t.isDirectory(input)));
  if (!stat.isFile()) return fail(cliProblem("NOT_XLSX", t.notRegularFile(input)));
  if (stat.size > MAX_INPUT_BYTES) return fail(cliProblem("FILE_TOO_LARGE", t.tooLarge(input, MAX_CELLS)));
  let handle;
  try {
    handle = await fs.open(input, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    return fail(cliProblem("FILE_UNREADABLE", t.unreadable(input, errorDetail(e))));
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return fail(cliProblem("NOT_XLSX", t.notRegularFile(input)));
    if (opened.size > MAX_INPUT_BYTES) return fail(cliProblem("FILE_TOO_LARGE", t.tooLarge(input, MAX_CELLS)));
    return { ok: true, value: new Uint8Array(await handle.readFile()) };
  } catch (e) {
    return fail(cliProblem("FILE_UNREADABLE", t.unreadable(input, errorDetail(e))));
  } finally {
    await handle.close();
  }
}

/** The input workbook, read once: its bytes (for the writer) and its grids, or why it cannot be read. */
export async function loadWorkbook(input: string, t: CliText): Promise<Loaded<LoadedWorkbook>> {
  const read = await readInput(input, t);
  if (!read.ok) return read;
  const grids = gridsFromBytes(read.value);
  if (!grids.ok) return fail(packageProblem(grids.failure, input, t));
  return { ok: true, value: { bytes: read.value, grids: grids.grids } };
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
 * Every file the command line writes (the workbook's copy, the notice document) goes through here.
 */
export async function writeFileAtomically(bytes: Uint8Array, output: string, t: CliText): Promise<JsonProblem | null> {
  const temporary = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temporary, "w");
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
    const code = (e as NodeJS.ErrnoException).code;
    return cliProblem("WRITE_FAILED", code === "ENOSPC" || code === "EDQUOT" ? t.diskFull(output) : t.writeFailed(output, errorDetail(e)));
  }
}
