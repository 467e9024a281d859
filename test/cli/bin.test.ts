// `npx assess …` in the project folder, as the README's quick start has a newcomer type it: npm finds
// the package's own "bin" (bin/assess.js), which runs the TypeScript command line through tsx with
// nothing built first. Child processes of npx itself, so the bin entry, the launcher and the version
// are what is tested, not runCli alone.
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { ROOT, tempDir } from "./support";

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

function npx(args: string[], cwd: string = ROOT): { code: number | null; stdout: string; stderr: string } {
  // --no-install: the command must come from this project, never be fetched from the registry.
  const r = spawnSync(NPX, ["--no-install", ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const packageJson = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; bin: { assess: string } };

describe("npx assess", () => {
  it("is the package's bin, a launcher that exists", () => {
    expect(packageJson.bin.assess).toBe("bin/assess.js");
    expect(existsSync(path.join(ROOT, packageJson.bin.assess))).toBe(true);
  });

  it("--version prints the package's version and nothing else", () => {
    const run = npx(["assess", "--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${packageJson.version}\n`);
    expect(npx(["assess", "-v"]).stdout).toBe(`${packageJson.version}\n`);
  });

  it("--help shows the invocation that works: npx assess rank", () => {
    const run = npx(["assess", "--help", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  npx assess rank <input.xlsx>");
    expect(run.stdout).toContain("--version");
    expect(npx(["assess", "--help"]).stdout).toContain("  npx assess rank <输入.xlsx>");
  });

  it("rank <sample> -o <file> writes the ranked workbook and prints the notice", () => {
    const { dir, done } = tempDir();
    try {
      const output = path.join(dir, "ranked.xlsx");
      const run = npx(["assess", "rank", SAMPLE, "-o", output]);
      expect(run.stderr).toContain(output);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("1．考评结果为优秀等次的县（区）");
      // A zip (PK\x03\x04) of real size: the workbook with the generated sheets.
      const bytes = readFileSync(output);
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
      expect(bytes.length).toBeGreaterThan(readFileSync(SAMPLE).length);
    } finally {
      done();
    }
  });

  it("keeps the npm run form working", () => {
    const run = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "assess", "--", "--version"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${packageJson.version}\n`);
  });
});
