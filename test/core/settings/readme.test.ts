// The README's rules section shows each rule as JSON and as the rows of 考核设置. Those examples are
// what people copy, so they are checked against the code: each JSON is read by schemeFromJson without
// a problem of its own, and the settings sheet written from it holds every row the README shows.
import { readFileSync } from "fs";
import path from "path";
import { planCell } from "../../../src/core/plan";
import { schemeFromJson } from "../../../src/core/scheme/json";
import { validateScheme } from "../../../src/core/scheme/validate";
import { readSettingsSheet } from "../../../src/core/settings";
import { settingsSheetPlan } from "../../../src/core/settings/write";
import type { CellValue } from "../../../src/core/types";

const README = readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8");
const RULES = README.slice(README.indexOf("## The rules\n"), README.indexOf("## The workbook layout"));

/** The fenced blocks of the rules section, with their language ("" for the sheet's rows). */
const blocks = [...RULES.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] as string, text: m[2] as string }));

/** Each JSON example with the sheet rows shown after it (if any). */
const examples = blocks.flatMap((b, k) => {
  if (b.lang !== "json") return [];
  const next = blocks[k + 1];
  return [{ json: b.text, sheet: next !== undefined && next.lang === "" && !next.text.startsWith("npx") ? next.text : null }];
});

/** A README cell matches a sheet cell: "" a blank one, "…" anything, "text…" a cell starting with text. */
function matches(expected: string, actual: CellValue): boolean {
  const shown = actual === null ? "" : String(actual);
  if (expected.endsWith("…")) return shown.startsWith(expected.slice(0, -1));
  return shown === expected;
}

test("the rules section has an example of each rule", () => {
  const all = examples.map((e) => e.json).join("\n");
  for (const field of ["fullMarks", "groupScales", "quota", "quotaTies", "bonusRules", "raters", "tieBreak"]) expect(all).toContain(`"${field}"`);
  expect(examples.filter((e) => e.sheet !== null).length).toBeGreaterThanOrEqual(6);
  expect(RULES).toContain("npx assess rank main.xlsx team1.xlsx");
});

test.each(examples.map((e, k) => [k + 1, e] as const))("example %i: its JSON reads, and 考核设置 shows the rows the README shows", (_k, { json, sheet }) => {
  const { scheme, problems } = schemeFromJson(JSON.parse(json) as unknown);
  // Every example is a scheme ASSESS ranks with: neither the file nor the rules it gives has a problem.
  expect(problems).toEqual([]);
  expect(validateScheme(scheme)).toEqual([]);
  if (sheet === null) return;
  const plan = settingsSheetPlan(scheme, [], "考核设置");
  const grid: CellValue[][] = Array.from({ length: plan.rowCount }, (_, r) => plan.columns.map((c) => planCell(c, r)));
  for (const line of sheet.split("\n").filter((l) => l.trim() !== "")) {
    const cells = line.split("|").map((c) => c.trim());
    const found = grid.some((row) => cells.every((c, k) => matches(c, row[k] ?? null)));
    expect({ line, found }).toEqual({ line, found: true });
  }
  // And the sheet reads back to the scheme the JSON gave (a default said in so many words, such as
  // "quotaTies": "out", comes back unsaid, as the sheet shows every default).
  const { quotaTies, ...rest } = scheme;
  expect(readSettingsSheet({ sheet: "考核设置", originRow: 1, originCol: 1, cells: grid })!.scheme).toEqual(quotaTies === "out" ? rest : scheme);
});
