import { sheetChanges } from "../../src/core/plan";
import type { SheetPlan, WorkbookPlan } from "../../src/core/types";

const sheet = (name: string): SheetPlan => ({ name, kind: "tier", rowCount: 0, columns: [], frozenRows: 0, boldRows: [] });

describe("sheetChanges", () => {
  it("updates an old generated sheet written again in place, whatever the case of its name", () => {
    const plan: WorkbookPlan = { remove: ["考核结果", "Tier A", "良好等次"], sheets: [sheet("考核结果"), sheet("TIER A"), sheet("优秀等次")], activate: null };
    const changes = sheetChanges(plan);
    expect(changes.update.map((u) => [u.existing, u.sheet.name])).toEqual([
      ["考核结果", "考核结果"],
      ["Tier A", "TIER A"],
    ]);
    expect(changes.add.map((s) => s.name)).toEqual(["优秀等次"]);
    expect(changes.remove).toEqual(["良好等次"]);
  });

  it("adds every sheet of a first run and removes nothing", () => {
    const changes = sheetChanges({ remove: [], sheets: [sheet("考核结果"), sheet("考核设置")], activate: null });
    expect(changes.update).toEqual([]);
    expect(changes.add.map((s) => s.name)).toEqual(["考核结果", "考核设置"]);
    expect(changes.remove).toEqual([]);
  });
});
