// 校验码 and stale results: the code changes with one score and not with a user's own sheet or the
// order of the rows; a ranked workbook whose score was corrected afterwards warns on the next reading,
// naming the changed cell; ranking again clears it.
import fc from "fast-check";
import { scoreDigest } from "../../src/core/digest";
import { unitParts } from "../../src/core/letters/details";
import { readWorkbook, rankWorkbook } from "../../src/core/pipeline";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { CellValue, Grid } from "../../src/core/types";
import { applyPlan, COUNTIES, DEPARTMENTS, scoreSheet, userSheet } from "./report/workbooks";

const ALL = [...COUNTIES, ...DEPARTMENTS];

function digestOf(grids: Grid[]): string {
  const r = readWorkbook(grids);
  return scoreDigest(r.table, unitParts(grids, r.table, r.scheme), r.scheme);
}

function ranked(grids: Grid[]): Grid[] {
  const r = rankWorkbook(grids);
  if (r.plan === null) throw new Error(r.problems[0]?.message);
  return applyPlan(grids, r.plan);
}

const withCell = (g: Grid, row: number, col: number, v: CellValue): Grid => ({ ...g, cells: g.cells.map((r, k) => (k === row ? r.map((x, c) => (c === col ? v : x)) : r)) });

describe("校验码", () => {
  const sheet = scoreSheet(ALL);
  const base = digestOf([sheet]);

  it("is 12 hex digits, written on 考核设置 and as the notice's last line", () => {
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    const r = rankWorkbook([sheet]);
    expect(r.digest).toBe(base);
    expect(r.notice.split("\n").at(-1)).toBe(`校验码：${base}`);
    const settings = r.plan!.sheets.find((s) => s.kind === "settings")!;
    const cells = settings.columns.map((c) => ("values" in c ? c.values : []));
    const row = cells[0]!.indexOf("校验码");
    expect(cells[1]![row]).toBe(base);
    const notice = r.plan!.sheets.find((s) => s.kind === "notice")!;
    expect("values" in notice.columns[0]! && notice.columns[0].values.at(-1)).toBe(`校验码：${base}`);
  });

  it("changes when any one score changes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ALL.length - 1 }), fc.integer({ min: 3, max: 5 }), fc.integer({ min: 1, max: 300 }), (unit, col, delta) => {
        const old = sheet.cells[unit + 2]![col] as number;
        const changed = withCell(sheet, unit + 2, col, Math.max(0, old - delta / 100));
        return old - delta / 100 < 0 || digestOf([changed]) !== base;
      }),
      { numRuns: 60 },
    );
  });

  it("stays when a user's own sheet changes, or the rows are sorted", () => {
    expect(digestOf([sheet, userSheet("说明", "今年的说明")])).toBe(base);
    expect(digestOf([sheet, userSheet("说明", "改过的说明")])).toBe(base);
    const reversed = { ...sheet, cells: [...sheet.cells.slice(0, 2), ...sheet.cells.slice(2).reverse()] };
    expect(digestOf([reversed])).toBe(base);
  });

  it("changes with the rules", () => {
    const scheme = defaultScheme();
    scheme.decimals = 1;
    const r = readWorkbook([sheet]);
    expect(scoreDigest(r.table, unitParts([sheet], r.table, scheme), scheme)).not.toBe(base);
  });

  it("reads back from 考核设置 as the rules read back give the same code", () => {
    const once = ranked([sheet]);
    const again = readWorkbook(once);
    expect(again.recordedDigest).toBe(base);
    expect(again.problems.map((p) => p.code)).not.toContain("RESULTS_STALE");
  });
});

describe("stale results", () => {
  it("a score corrected after the ranking is named at its cell; ranking again clears it", () => {
    const once = ranked([scoreSheet(ALL)]);
    const at = once.findIndex((g) => g.sheet === "考核得分");
    // Row 6 of the sheet (the fourth unit), 实地考核 (column E).
    const corrected = once.map((g, k) => (k === at ? withCell(g, 5, 4, 61) : g));
    const reading = readWorkbook(corrected);
    const stale = reading.problems.filter((p) => p.code === "RESULTS_STALE");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: "warning", sheet: "考核得分", cell: "E6" });
    expect(stale[0]?.message).toContain("得分在排名后已修改，请重新排名");
    expect(reading.ok).toBe(true);

    const rerun = rankWorkbook(corrected);
    expect(rerun.problems.map((p) => p.code)).not.toContain("RESULTS_STALE");
    const twice = applyPlan(corrected, rerun.plan!);
    expect(readWorkbook(twice).problems.map((p) => p.code)).not.toContain("RESULTS_STALE");
  });

  it("changed rules without a changed score still warn, with both codes", () => {
    const once = ranked([scoreSheet(ALL)]);
    const scheme = defaultScheme();
    scheme.decimals = 1;
    const r = readWorkbook(once, { scheme });
    const stale = r.problems.find((p) => p.code === "RESULTS_STALE");
    expect(stale?.cell).toBeNull();
    expect(stale?.message).toMatch(/校验码 [0-9a-f]{12} → [0-9a-f]{12}/);
  });

  it("an unranked workbook says nothing", () => {
    expect(readWorkbook([scoreSheet(ALL)]).problems.map((p) => p.code)).not.toContain("RESULTS_STALE");
  });
});
