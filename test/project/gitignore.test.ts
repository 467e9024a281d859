// What ASSESS writes while it is tried out stays out of git: the copies a ranking writes beside its
// input, the demo's and the build's folders; the sample and the test workbooks stay in.
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
const git = (args: string[]) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
// A copy of the project without git (an unpacked archive) has no ignore rules to check.
const inGit = git(["rev-parse", "--is-inside-work-tree"]).stdout?.trim() === "true";

/** Whether git ignores the path (it need not exist): `git check-ignore` exits 0 for an ignored one. */
function ignored(file: string): boolean {
  const r = git(["check-ignore", "--no-index", "-q", file]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`git check-ignore failed: ${r.stderr}`);
  return r.status === 0;
}

(inGit ? it : it.skip)("ignores the ranked copies, the demo's output and the build, not the workbooks of the project", () => {
  const outputs = [
    "scores.assess.xlsx",
    "data/2021/各县区得分.assess.xlsx",
    "macros.assess.xlsm",
    "out/sample-2020-assessment.assess.xlsx",
    "out/sample-2020-notice.docx",
    "dist/taskpane.js",
    "coverage/lcov.info",
    "~$scores.xlsx",
    ".~lock.scores.xlsx#",
  ];
  expect(outputs.filter((f) => !ignored(f))).toEqual([]);
  const kept = ["assets/sample-2020-assessment.xlsx", "test/fixtures/two-row-header.xlsx", "scores.xlsx", "notice.docx", "bin/assess.js"];
  expect(kept.filter(ignored)).toEqual([]);
});
