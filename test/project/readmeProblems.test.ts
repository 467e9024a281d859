// The README's table of problems is the one place a user looks a code up: every code a Problem can
// have is there, in Chinese and in English, with its severity, and nothing there is not a code. A
// code added to the core without its row fails here, naming it.
import { readFileSync } from "fs";
import path from "path";
import { PROBLEM_CODES } from "../../src/core/messages/problems";

const readme = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

interface Row {
  code: string;
  severity: string;
  zh: string;
  en: string;
}

function problemRows(): Row[] {
  const start = readme.indexOf("## The problems it reports");
  if (start < 0) throw new Error("README has no section “The problems it reports”");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  return [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => ({
    code: m[1] ?? "",
    severity: (m[2] ?? "").trim(),
    zh: (m[3] ?? "").trim(),
    en: (m[4] ?? "").trim(),
  }));
}

describe("the README's table of problems", () => {
  const rows = problemRows();

  it("lists every problem code of the core, and only those, once each", () => {
    const listed = rows.map((r) => r.code);
    expect(PROBLEM_CODES.filter((c) => !listed.includes(c))).toEqual([]);
    expect(listed.filter((c) => !(PROBLEM_CODES as readonly string[]).includes(c))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("gives each its severity and says it in Chinese and in English", () => {
    const unsaid = rows.filter((r) => !/^(error|warning)$/.test(r.severity) || !/[\u4e00-\u9fff]/.test(r.zh) || !/[a-z]{3}/.test(r.en)).map((r) => r.code);
    expect(unsaid).toEqual([]);
  });
});
