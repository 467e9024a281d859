// The command line on a 100,000-unit workbook, as a user runs it: a child process that reads the
// .xlsx, ranks and writes the copy. Its peak memory comes from the child itself (maxRSS at exit).
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
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

export async function benchCli(units = 100_000): Promise<Record<string, number>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assess-bench-"));
  try {
    const input = path.join(dir, "scores.xlsx");
    await writeSyntheticWorkbook(input, units);
    const run = await runCliChild(["rank", input, "-o", path.join(dir, "ranked.xlsx")]);
    if (run.code !== 0) throw new Error(`benchCli: the command line exited with ${String(run.code)}\n${run.stderr.slice(-2000)}`);
    const figures: Record<string, number> = { cli_100k_ms: Math.round(run.ms) };
    if (run.maxRssKb !== null) figures.cli_100k_peak_mb = Math.round(run.maxRssKb / 1024);
    return figures;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
