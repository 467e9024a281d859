// Each fixture workbook is read the way the command line reads it (src/xlsx → Grid → readScoreTable)
// and compared with the reading written beside it by hand.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { gridsFromBytes } from "../../../src/xlsx/read";
import type { Expected } from "../../fixtures/build-fixtures";
import { netBonus } from "../../support/bonus";

const DIR = join(__dirname, "../../fixtures");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""));

function read(name: string) {
  const grids = gridsFromBytes(readFileSync(join(DIR, `${name}.xlsx`)));
  if (!grids.ok) throw new Error(`${name}.xlsx does not read: ${grids.failure.kind}`);
  return readScoreTable(grids.grids, defaultScheme());
}

test("every fixture workbook has its expected reading", () => {
  expect(names.length).toBeGreaterThanOrEqual(11);
});

describe.each(names)("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  const keys = defaultScheme().components.map((c) => c.key);

  test("finds the units with their groups and scores", async () => {
    const { table } = await read(name);
    expect(table.groups).toEqual(expected.groups);
    const units = Array.from({ length: table.count }, (_, i) => {
      const components: Record<string, number | null> = {};
      keys.forEach((k, c) => {
        const v = table.components[c]![i]!;
        components[k] = Number.isNaN(v) ? null : v;
      });
      return { name: table.names[i], group: table.groups[table.groupOf[i]!], components, bonus: Number.isNaN(netBonus(table, i)) ? null : netBonus(table, i), veto: table.veto[i] };
    });
    expect(units).toEqual(
      expected.units.map((u, i) => ({
        ...u,
        bonus: u.bonus === undefined ? units[i]?.bonus : u.bonus,
        veto: u.veto === undefined ? units[i]?.veto : u.veto,
      })),
    );
    for (const u of expected.units.filter((x) => x.bonus === undefined)) {
      expect(units.find((x) => x.name === u.name)?.bonus).toBe(0);
    }
  });

  test("reports its problems at their cells, in sheet and row order", async () => {
    const { problems } = await read(name);
    expect(problems.map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }))).toEqual(expected.problems);
    for (const p of problems) {
      expect(p.message).not.toBe("");
      expect(p.messageEn).not.toBe("");
    }
  });

  if (expected.tables) {
    test("describes where each table is", async () => {
      const { table } = await read(name);
      expect(table.tables.map(({ sheet, headerRows, groupFromSheetName, unitCount }) => ({ sheet, headerRows, groupFromSheetName, unitCount }))).toEqual(expected.tables);
    });
  }
});

test("a unit's source row and table lead back to its name cell", async () => {
  const { table } = await read("notes-and-blanks");
  expect(Array.from(table.rowOf)).toEqual([3, 5, 8]);
  expect(Array.from(table.tableOf)).toEqual([0, 0, 0]);
  expect(table.tables[0]).toMatchObject({ firstDataRow: 3, lastDataRow: 8 });
});

test("the two-row header names each sub-item column under its component and ignores the 小计", async () => {
  const { table } = await read("two-row-header");
  const roles = Object.fromEntries(table.tables[0]!.columns.map((c) => [c.column, c.role]));
  expect(roles.B).toEqual({ kind: "name" });
  expect(roles.C).toEqual({ kind: "group" });
  expect(roles.D).toEqual({ kind: "subItem", component: 0, subItem: 0 });
  expect(roles.H).toEqual({ kind: "subItem", component: 0, subItem: 4 });
  expect(roles.I).toEqual({ kind: "ignored" });
  expect(roles.J).toEqual({ kind: "component", component: 1 });
  expect(roles.L).toEqual({ kind: "subItem", component: 2, subItem: 1 });
  expect(roles.M).toEqual({ kind: "ignored" });
  expect(table.tables[0]!.columns.find((c) => c.column === "E")?.header).toBe("日常考核（60%） / 行政执法案卷评查");
});
