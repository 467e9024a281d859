// `npm test` on a machine without LibreOffice, poppler or xmllint: the tests that need them are skipped
// and one line before the tests says so (jest's globalSetup), never a warning per file with a stack
// frame; on CI (env CI set) they run, and fail.
import { spawnSync } from "child_process";
import path from "path";
import { missingTools, missingToolsLine, runsWith } from "../support/tools";

const ROOT = path.join(__dirname, "..", "..");

describe("the line said when tools are missing", () => {
  it("is nothing when every tool is installed", () => {
    expect(missingToolsLine([], false)).toBeNull();
  });

  it("names each missing tool, what is skipped, and the packages to install, on one line", () => {
    const line = missingToolsLine(["soffice", "pdftotext"], false) ?? "";
    expect(line).not.toContain("\n");
    expect(line).toMatch(/^Not installed: soffice, pdftotext\. The checks that need them are skipped \(LibreOffice .*PDF.*\); they run on CI\./);
    expect(line).toContain("apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils");
  });

  it("says on CI that the tests run and fail", () => {
    expect(missingToolsLine(["xmllint"], true)).toMatch(/^Not installed: xmllint\. On CI the tests that need them run and fail .*libxml2-utils$/);
  });
});

describe("whether a test that needs a tool runs", () => {
  it("counts a tool listed in ASSESS_TEST_WITHOUT as missing", () => {
    expect(missingTools({ ASSESS_TEST_WITHOUT: "soffice,xmllint" })).toEqual(expect.arrayContaining(["soffice", "xmllint"]));
  });

  it("is skipped locally when the tool is missing, and runs on CI all the same", () => {
    // ASSESS_TEST_WITHOUT is read when this test process first asks, which is here.
    process.env.ASSESS_TEST_WITHOUT = "soffice";
    expect(runsWith(["soffice"], {})).toBe(false);
    expect(runsWith(["soffice"], { CI: "1" })).toBe(true);
    expect(runsWith(["soffice", "pdftotext"], {})).toBe(false);
  });
});

it("npm test without LibreOffice says it once and skips its tests quietly", () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASSESS_TEST_WITHOUT: "soffice" };
  delete env.CI;
  delete env.JEST_WORKER_ID;
  // Two files that need LibreOffice, each of which used to print its own warning.
  const r = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--ci=false", "test/cli/libreoffice.test.ts", "test/xlsx/libreoffice.test.ts"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  const said = `${r.stdout}${r.stderr}`;
  expect(r.status).toBe(0);
  expect(said.match(/Not installed: /g)).toHaveLength(1);
  expect(said).toMatch(/Not installed: soffice\. The checks that need them are skipped/);
  expect(said).toMatch(/Tests:\s+\d+ skipped, \d+ total/);
  expect(said).not.toMatch(/console\.(warn|log)|skipped:|not found/);
});
