// One run of the command line, from arguments to exit code. Exit codes: 0 written; 1 the data has
// errors (nothing written); 2 usage or file problems (nothing written).
import path from "path";
import { cliText, type CliText } from "../core/messages/cli";
import type { Lang } from "../core/messages/ui";
import { rankWorkbook, type RankOptions } from "../core/pipeline";
import { scoreSheets } from "../core/read/paper";
import type { Problem, Scheme } from "../core/types";
import { version } from "../../package.json";
import { parseArgs, type RankArgs } from "./args";
import { checkDocxPath, writeNoticeDocx } from "./docxFile";
import { checkLettersFolder, COMBINED_LETTERS, writeLetters } from "./letterFiles";
import { feedbackLetters } from "../core/letters/letter";
import { writeXlsx } from "../xlsx/write";
import { checkOutputPath, defaultOutputPath, loadScheme, loadWorkbook, packageProblem, writeFileAtomically } from "./files";
import { cliProblem, jsonGroups, jsonProblems, problemLines, summaryLines, type JsonProblem, type JsonReport } from "./report";

export const EXIT = { written: 0, dataErrors: 1, usage: 2 } as const;

export interface CliIo {
  /** Standard output: the JSON document, or the notice text. */
  out: (text: string) => void;
  /** Standard error: everything said to a person. */
  err: (text: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  switch (args.kind) {
    case "help":
      io.out(`${cliText(args.lang).help}\n`);
      return EXIT.written;
    case "version":
      // The package's version alone, as `node --version` and `npm --version` print theirs: for scripts.
      io.out(`${version}\n`);
      return EXIT.written;
    case "usage":
      return finish(io, args.json, args.lang, { ...emptyReport(), problems: [{ severity: "error", code: "USAGE", sheet: null, cell: null, message: args.message }] }, EXIT.usage);
    case "rank":
      return rank(args, io);
  }
}

function emptyReport(): JsonReport {
  return { ok: false, output: null, read: [], groups: [], problems: [], notice: "" };
}

async function rank(args: RankArgs, io: CliIo): Promise<number> {
  const t = cliText(args.lang);
  const refuse = (problems: JsonProblem[]): number => finish(io, args.json, args.lang, { ...emptyReport(), problems }, EXIT.usage);

  const output = path.resolve(args.output ?? defaultOutputPath(args.input));
  const badOutput = checkOutputPath(output, args.input, t);
  if (badOutput !== null) return refuse([badOutput]);
  if (args.others.some((other) => path.resolve(other) === output)) return refuse([cliProblem("USAGE", t.outputIsReadOnly(output))]);
  const docx = args.docx === null ? null : path.resolve(args.docx);
  const badDocx = docx === null ? null : checkDocxPath(docx, t);
  if (badDocx !== null) return refuse([badDocx]);
  const letters = args.letters === null ? null : path.resolve(args.letters);
  const badLetters = letters === null ? null : await checkLettersFolder(letters, t);
  if (badLetters !== null) return refuse([badLetters]);

  let scheme: Scheme | undefined;
  let schemeProblems: Problem[] = [];
  if (args.scheme !== null) {
    const loaded = await loadScheme(args.scheme, t);
    if (!loaded.ok) return refuse([loaded.problem, ...jsonProblems(loaded.problems, args.lang)]);
    scheme = loaded.scheme;
    schemeProblems = loaded.problems;
  }

  const loaded = await loadWorkbook(args.input, t);
  if (!loaded.ok) return refuse([loaded.problem]);
  const { bytes } = loaded.value;
  const grids = [...loaded.value.grids];
  const labels = fileLabels(args.others);
  for (const [k, other] of args.others.entries()) {
    const team = await loadWorkbook(other, t);
    if (!team.ok) return refuse([team.problem]);
    const file = labels[k] as string;
    for (const grid of team.value.grids) grids.push({ ...grid, file });
  }
  let previous: RankOptions["previous"];
  if (args.previous !== null) {
    if (path.resolve(args.previous) === output) return refuse([cliProblem("USAGE", t.outputIsReadOnly(output))]);
    const last = await loadWorkbook(args.previous, t);
    if (!last.ok) return refuse([last.problem]);
    previous = { grids: [...last.value.grids], file: path.basename(args.previous) };
  }
  const read = [args.input, ...args.others, ...(args.previous === null ? [] : [args.previous])].map((f) => path.resolve(f));

  const result = rankWorkbook(grids, { ...(scheme === undefined ? {} : { scheme }), ...(previous === undefined ? {} : { previous }), printA4: args.printA4 });
  const problems = jsonProblems([...schemeProblems, ...result.problems], args.lang);
  if (!result.ok || result.plan === null || result.assessment === null) {
    const errors = problems.filter((p) => p.severity === "error").length;
    return finish(io, args.json, args.lang, { ...emptyReport(), read, problems }, EXIT.dataErrors, [t.errorsFound(errors), t.nothingWritten]);
  }

  const copy = writeXlsx(bytes, result.plan);
  if (!copy.ok) return refuse([...problems, packageProblem(copy.failure, args.input, t)]);
  const writeProblem = await writeFileAtomically(copy.bytes, output, t);
  if (writeProblem !== null) return refuse([...problems, writeProblem]);

  const report: JsonReport = { ok: true, output, read, groups: jsonGroups(result.assessment), problems, notice: result.notice };
  const said = [...summaryLines(result.assessment, t), t.written(output)];
  if (args.printA4) {
    // Every score sheet is accounted for: given A4 (its part named) or kept with the paper it chose.
    const given = new Map(copy.pageSetup.filter((p) => p.set).map((p) => [p.sheet, p.part]));
    report.printA4 = scoreSheets(result.table).map((sheet) => ({ sheet, part: given.get(sheet) ?? null, set: given.has(sheet) }));
    said.push(...report.printA4.map((p) => (p.part !== null ? t.printA4Set(p.sheet, p.part) : t.printA4Kept(p.sheet))));
  }
  if (docx !== null) {
    // The workbook is written by now: a document that cannot be written is said, with exit 2.
    const docxProblem = await writeNoticeDocx(result.assessment, docx, t, result.digest);
    if (docxProblem !== null) return finish(io, args.json, args.lang, { ...report, ok: false, problems: [...problems, docxProblem] }, EXIT.usage, said);
    report.docx = docx;
    said.push(t.written(docx));
  }
  if (letters !== null && result.parts !== null) {
    const all = feedbackLetters(result.assessment, result.parts);
    const lettersProblem = await writeLetters(all, letters, t);
    if (lettersProblem !== null) return finish(io, args.json, args.lang, { ...report, ok: false, problems: [...problems, lettersProblem] }, EXIT.usage, said);
    report.letters = { folder: letters, files: all.map((l) => l.fileName), combined: COMBINED_LETTERS };
    said.push(t.lettersWritten(letters, all.length, path.join(letters, COMBINED_LETTERS)));
  }
  return finish(io, args.json, args.lang, report, EXIT.written, said);
}

/**
 * How a problem names each file read beside the workbook: its file name (team1.xlsx), or the path as
 * given when two of them share a name (a/第一组.xlsx, b/第一组.xlsx).
 */
function fileLabels(others: readonly string[]): string[] {
  const names = others.map((f) => path.basename(f));
  return names.map((name, k) => (names.indexOf(name) === names.lastIndexOf(name) ? name : (others[k] as string)));
}

/**
 * Says what happened and returns the exit code. With --json stdout carries exactly one JSON document
 * and nothing else; without it the notice goes to stdout (to redirect into a file) and the rest to stderr.
 */
function finish(io: CliIo, json: boolean, lang: Lang, report: JsonReport, code: number, closing: string[] = []): number {
  const t: CliText = cliText(lang);
  const lines = [...problemLines(report.problems, t), ...closing];
  if (lines.length > 0) io.err(`${lines.join("\n")}\n`);
  if (json) io.out(`${JSON.stringify(report)}\n`);
  else if (report.notice !== "") io.out(`${report.notice}\n`);
  return code;
}
