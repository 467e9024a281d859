// The production build, made once for the tests that check it from outside. dist/ is reused when it
// is fresh: every file the build emits that the tests read exists and is newer than every input of
// the build (src/, assets/icon-*.png, manifest.xml, webpack.config.js, package.json, tsconfig.json).
// Otherwise `npm run build` runs, under a lock so two test files never build at once.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const LOCK = join(ROOT, "test-output", "build.lock");
export const BUILD_TIMEOUT_MS = 300_000;

/** Files the tests of the build contract and the manifest read. */
export const EMITTED = [
  "functions.js",
  "functions.json",
  "functions.en-US.json",
  "taskpane.html",
  "taskpane.js",
  "manifest.xml",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
];

function newestInput(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const st = statSync(path);
    if (st.isDirectory()) for (const e of readdirSync(path)) visit(join(path, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  visit(join(ROOT, "src"));
  for (const f of readdirSync(join(ROOT, "assets"))) if (/^icon-\d+\.png$/.test(f)) visit(join(ROOT, "assets", f));
  for (const f of ["manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"]) visit(join(ROOT, f));
  return newest;
}

export function distIsFresh(): boolean {
  // `npm run watch` writes a development build (eval source maps) into dist/: never take it for the production one.
  const functions = join(DIST, "functions.js");
  if (existsSync(functions) && readFileSync(functions, "utf8").includes("devtool has been used")) return false;
  const inputs = newestInput();
  return EMITTED.every((f) => {
    const p = join(DIST, f);
    return existsSync(p) && statSync(p).mtimeMs >= inputs;
  });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ unless it is fresh; returns how it got there. */
export function ensureBuilt(): "reused" | "built" {
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    if (distIsFresh()) return "reused";
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than a build is a leftover of a killed run.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > BUILD_TIMEOUT_MS) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another build of dist/");
      sleep(500);
    }
  }
  try {
    if (distIsFresh()) return "reused";
    try {
      execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "pipe", timeout: BUILD_TIMEOUT_MS });
    } catch (e) {
      const out = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${out.stdout?.toString() ?? ""}${out.stderr?.toString() ?? ""}`);
    }
    return "built";
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
