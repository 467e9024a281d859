// The real programs some tests drive (LibreOffice, poppler, xmllint), found once per test process.
// Locally a test that needs a missing one is skipped, silently: jest's globalSetup (./toolsSetup.ts)
// says once, in one line, what is missing and what is skipped. On CI (env CI set) the test runs anyway
// and fails, as a missing program must fail there.
import { spawnSync } from "child_process";
import { existsSync } from "fs";

export type Tool = "soffice" | "pdftotext" | "xmllint";

interface ToolInfo {
  /** Whether the program is installed. */
  found: () => boolean;
  /** The Debian packages that bring it. */
  packages: string;
  /** What the tests that need it check, for the one line said when it is missing. */
  checks: string;
}

const runs = (command: string, arg: string) => (): boolean => spawnSync(command, [arg], { stdio: "ignore" }).status === 0;

export const TOOLS: Record<Tool, ToolInfo> = {
  soffice: {
    found: () => existsSync("/usr/bin/soffice"),
    packages: "libreoffice-calc-nogui libreoffice-writer-nogui",
    checks: "LibreOffice opening the workbooks and documents ASSESS writes",
  },
  // poppler-utils: pdftotext stands for the package, which brings pdfinfo and pdftoppm with it.
  pdftotext: { found: runs("pdftotext", "-v"), packages: "poppler-utils", checks: "the printed pages (PDF) of those" },
  xmllint: { found: runs("xmllint", "--version"), packages: "libxml2-utils", checks: "the manifest's well-formedness by xmllint" },
};

/**
 * The tools not installed here. ASSESS_TEST_WITHOUT (a comma-separated list of tools) makes installed
 * ones count as missing, so the way a machine without them runs the tests can be tried on one with them.
 */
export function missingTools(env: NodeJS.ProcessEnv = process.env): Tool[] {
  const pretend = new Set((env.ASSESS_TEST_WITHOUT ?? "").split(",").map((s) => s.trim()));
  return (Object.keys(TOOLS) as Tool[]).filter((tool) => pretend.has(tool) || !TOOLS[tool].found());
}

let missingHere: Tool[] | null = null;

/** Whether every one of `tools` is installed (probed once per test process). */
export function hasTools(...tools: Tool[]): boolean {
  missingHere ??= missingTools();
  const missing = missingHere;
  return tools.every((tool) => !missing.includes(tool));
}

/** Whether tests that need `tools` run: where they are installed, and always on CI. */
export function runsWith(tools: readonly Tool[], env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined || hasTools(...tools);
}

/** `it` where the tools are installed or on CI (where their absence must fail), `it.skip` otherwise. */
export function itWith(...tools: Tool[]): jest.It {
  return runsWith(tools) ? it : it.skip;
}

/** The one line said before the tests when tools are missing, or null when nothing is. */
export function missingToolsLine(missing: readonly Tool[], ci: boolean): string | null {
  if (missing.length === 0) return null;
  const names = missing.join(", ");
  const checks = missing.map((tool) => TOOLS[tool].checks).join("; ");
  const install = `apt-get install -y ${missing.map((tool) => TOOLS[tool].packages).join(" ")}`;
  return ci
    ? `Not installed: ${names}. On CI the tests that need them run and fail (${checks}). Install: ${install}`
    : `Not installed: ${names}. The checks that need them are skipped (${checks}); they run on CI. Install: ${install}`;
}
