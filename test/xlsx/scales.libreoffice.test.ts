// The ranked workbook of a group out of 150 and of capped bonuses, written by the file adapter and
// read back by LibreOffice: the results sheet carries the totals and the bonus counted under the rules.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { rankWorkbook } from "../../src/core/pipeline";
import { gridsFromBytes } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { tempDir } from "../cli/support";
import type { ExpectedScales } from "../fixtures/scales/build";
import { itWithOffice, sheetsAsCsv } from "./libreoffice";

jest.setTimeout(180_000);

const DIR = path.join(__dirname, "../fixtures/scales");

/** The rows of the results sheet (the plan's first sheet) as LibreOffice reads the written file. */
function resultsAsRead(name: string, work: string): { rows: string[][]; expected: ExpectedScales } {
  const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as ExpectedScales;
  const input = readFileSync(path.join(DIR, `${name}.xlsx`));
  const read = gridsFromBytes(input);
  if (!read.ok) throw new Error(`${name}.xlsx does not read`);
  const ranked = rankWorkbook(read.grids, { scheme: expected.scheme });
  const plan = ranked.plan;
  if (plan === null) throw new Error(JSON.stringify(ranked.problems));
  const written = writeXlsx(input, plan);
  if (!written.ok) throw new Error(`not written: ${written.failure.kind}`);
  const file = path.join(work, `${name}.xlsx`);
  writeFileSync(file, written.bytes);
  const csv = sheetsAsCsv(file, work).get(plan.sheets[0]?.name ?? "");
  if (csv === undefined) throw new Error("no results sheet");
  return { rows: csv.split(/\r?\n/).map((line) => line.split(",")), expected };
}

itWithOffice("LibreOffice reads each unit's total under its group's scale and its counted bonus", () => {
  const tmp = tempDir();
  try {
    for (const name of ["groups-150-100", "bonus-limits"]) {
      const { rows, expected } = resultsAsRead(name, tmp.dir);
      for (const unit of expected.results) {
        const row = rows.find((r) => r.includes(unit.name));
        expect(row).toBeDefined();
        const numbers = (row ?? []).map(Number);
        expect(numbers).toContain(unit.total);
        if (unit.bonus !== undefined) expect(numbers).toContain(unit.bonus);
      }
    }
  } finally {
    tmp.done();
  }
});
