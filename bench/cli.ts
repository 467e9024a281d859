// The command line on a 100,000-unit workbook, as a user runs it: a child process that reads the
// .xlsx, ranks and writes the copy. Its peak memory comes from the child itself (maxRSS at exit).
// Beside it, in the same run and on the same file, LibreOffice opening and saving that workbook
// (`soffice --headless --convert-to xlsx`): the yardstick of what reading and writing it costs.
import { spawn, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";

const ROOT = path.join(__dirname, "..");
const MAIN = path.join(ROOT, "src", "cli", "main.ts");
const RSS_MARK = "ASSESS_BENCH_MAXRSS_KB ";

/** A plain one-sheet score workbook: 单位名称, 类别, the three components; two groups. */
export async function writeSyntheticWorkbook(file: string, units: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("考核得分");
  ws.addRow(["单位名称", "类别", "日常考核", "实地考核", "满意度调查"]).commit();
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const score = (): number => Math.round((60 + next() * 40) * 10) / 10;
  for (let i = 0; i < units; i++) {
    ws.addRow([`单位${i + 1}`, i % 2 === 0 ? "县（区）" : "市直部门", score(), score(), score()]).commit();
  }
  ws.commit();
  await wb.commit();
}

interface ChildRun {
  ms: number;
  code: number | null;
  maxRssKb: number | null;
  stderr: string;
}

/** Runs the command line in a fresh node, tsx's loader preloaded, reporting its own maxRSS on exit. */
function runCliChild(args: string[]): Promise<ChildRun> {
  const program = [
    `process.on("exit", () => { require("fs").writeSync(2, "\\n${RSS_MARK}" + process.resourceUsage().maxRSS + "\\n"); });`,
    `process.argv = [process.argv[0], ${JSON.stringify(MAIN)}, ...${JSON.stringify(args)}];`,
    `require(${JSON.stringify(MAIN)});`,
  ].join("\n");
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", program], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const mark = stderr.split("\n").find((l) => l.startsWith(RSS_MARK));
      resolve({ ms, code, maxRssKb: mark === undefined ? null : Number(mark.slice(RSS_MARK.length)), stderr });
    });
  });
}

const SOFFICE = "/usr/bin/soffice";

/**
 * Milliseconds LibreOffice takes to open `input` and save it as .xlsx. Its profile is created first by
 * an untimed conversion of a small file, so the figure is the workbook's, not the first start's.
 */
function timeSoffice(input: string, small: string, dir: string): number {
  const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
  const convert = (file: string, outdir: string): number => {
    const started = process.hrtime.bigint();
    const r = spawnSync(SOFFICE, [profile, "--headless", "--convert-to", "xlsx", "--outdir", outdir, file], { encoding: "utf8", timeout: 600_000 });
    if (r.status !== 0) throw new Error(`benchCli: soffice failed: ${r.stderr}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  convert(small, path.join(dir, "lo-warm"));
  return convert(input, path.join(dir, "lo-out"));
}

export async function benchCli(units = 100_000): Promise<Record<string, number>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assess-bench-"));
  try {
    const input = path.join(dir, "scores.xlsx");
    await writeSyntheticWorkbook(input, units);
    const run = await runCliChild(["rank", input, "-o", path.join(dir, "ranked.xlsx")]);
    if (run.code !== 0) throw new Error(`benchCli: the command line exited with ${String(run.code)}\n${run.stderr.slice(-2000)}`);
    const figures: Record<string, number> = { cli_100k_ms: Math.round(run.ms) };
    if (run.maxRssKb !== null) figures.cli_100k_peak_mb = Math.round(run.maxRssKb / 1024);
    if (existsSync(SOFFICE)) {
      const small = path.join(dir, "small.xlsx");
      await writeSyntheticWorkbook(small, 10);
      const soffice = timeSoffice(input, small, dir);
      figures.soffice_100k_ms = Math.round(soffice);
      figures.cli_100k_over_soffice = Math.round((run.ms / soffice) * 100) / 100;
    } else {
      process.stdout.write(`  soffice_100k_ms skipped: ${SOFFICE} not found (apt-get install -y libreoffice-calc-nogui)\n`);
    }
    Object.assign(figures, await cliPhases(input, path.join(dir, "phases.xlsx")));
    return figures;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * Where the command line's time goes, measured in this process on the same file: node + tsx start-up
 * (a child that loads the command line and does nothing), reading the file, reading its sheets into
 * grids, the core, writing the copy's bytes (XML, styles, zip), and writing the file.
 */
async function cliPhases(input: string, output: string): Promise<Record<string, number>> {
  const startup = await runCliChild(["--help"]);
  const { loadWorkbook, writeFileAtomically } = await import("../src/cli/files");
  const { cliText } = await import("../src/core/messages/cli");
  const { rankWorkbook } = await import("../src/core/pipeline");
  const { writeXlsx } = await import("../src/xlsx/write");
  const t = cliText("en");
  const at = (): number => Number(process.hrtime.bigint()) / 1e6;
  const t0 = at();
  const loaded = await loadWorkbook(input, t);
  if (!loaded.ok) throw new Error(`cliPhases: ${loaded.problem.message}`);
  const t1 = at();
  const result = rankWorkbook(loaded.value.grids);
  if (result.plan === null) throw new Error("cliPhases: no plan");
  const t2 = at();
  const copy = writeXlsx(loaded.value.bytes, result.plan);
  if (!copy.ok) throw new Error("cliPhases: the copy was not written");
  const t3 = at();
  const problem = await writeFileAtomically(copy.bytes, output, t);
  if (problem !== null) throw new Error(`cliPhases: ${problem.message}`);
  const t4 = at();
  return {
    cli_startup_ms: Math.round(startup.ms),
    cli_100k_read_ms: Math.round(t1 - t0),
    cli_100k_core_ms: Math.round(t2 - t1),
    cli_100k_write_xlsx_ms: Math.round(t3 - t2),
    cli_100k_write_file_ms: Math.round(t4 - t3),
  };
}
