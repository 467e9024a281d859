// Workbooks laid out as offices that score on other scales lay them out (test/fixtures/scales), read
// from their .xlsx bytes and ranked through the pipeline under their rules, against the results
// worked out by hand beside each.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { rankWorkbook } from "../../src/core/pipeline";
import { gridsFromBytes } from "../../src/xlsx/read";
import type { ExpectedScales } from "../fixtures/scales/build";

const DIR = join(__dirname, "../fixtures/scales");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""));

test("every rule has its workbooks", () => {
  expect(names).toEqual(expect.arrayContaining(["parts-of-100", "parts-out-of-range", "groups-150-100", "groups-out-of-range", "written-test-300", "bonus-limits"]));
});

describe.each(names)("workbook %s", (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as ExpectedScales;
  const read = gridsFromBytes(readFileSync(join(DIR, `${name}.xlsx`)));
  if (!read.ok) throw new Error(`${name}.xlsx does not read: ${read.failure.kind}`);
  const result = rankWorkbook(read.grids, { scheme: expected.scheme });

  test(
    expected.errors.length === 0 ? "ranks with the totals, ranks, tiers and bonus worked out by hand" : "stops at the score above its full marks, naming the cell and the full marks",
    () => {
      const errors = result.problems.filter((p) => p.severity === "error");
      expect(errors.map((p) => ({ code: p.code, sheet: p.sheet, cell: p.cell }))).toEqual(expected.errors.map(({ code, sheet, cell }) => ({ code, sheet, cell })));
      expected.errors.forEach((e, k) => expect(errors[k]?.message).toContain(e.says));
      if (expected.errors.length > 0) {
        expect(result.plan).toBeNull();
        return;
      }
      const a = result.assessment;
      if (a === null) throw new Error(result.problems.map((p) => p.message).join("\n"));
      const got = a.groups.flatMap((g) =>
        Array.from(g.order, (i, k) => ({
          name: a.table.names[i],
          group: g.name,
          total: a.totals[i],
          rank: g.ranks[k],
          tier: g.tiers[a.tierOf[i] as number]?.label,
          bonus: a.bonus[i],
        })),
      );
      const want = expected.results.map((r) => ({ ...r, bonus: r.bonus ?? 0 }));
      expect(got.sort((x, y) => (x.name ?? "").localeCompare(y.name ?? ""))).toEqual(want.sort((x, y) => x.name.localeCompare(y.name)));
    },
  );
});
