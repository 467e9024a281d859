import { rankWorkbook, readWorkbook, settingsOnlyPlan } from "../../src/core/pipeline";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { Grid } from "../../src/core/types";
import { COUNTIES, DEPARTMENTS, applyPlan, rowsOf, scoreSheet, userSheet } from "./report/workbooks";

const ALL = [...COUNTIES, ...DEPARTMENTS];
const names = (grids: Grid[]): string[] => grids.map((g) => g.sheet);

function rankAndApply(grids: Grid[]): Grid[] {
  const r = rankWorkbook(grids);
  expect(r.ok).toBe(true);
  return applyPlan(grids, r.plan!);
}

describe("ranking a workbook", () => {
  test("ranking its own output again replaces the generated sheets and nothing else", () => {
    const input = [scoreSheet(ALL), userSheet("说明")];
    const once = rankAndApply(input);
    expect(names(once)).toEqual(["考核得分", "说明", "考核结果", "优秀等次", "良好等次", "合格等次", "结果通报", "等次分布", "单位反馈", "考核设置"]);

    const second = rankWorkbook(once);
    expect(second.ok).toBe(true);
    expect(second.schemeSource).toBe("settings");
    expect(second.problems).toEqual([]);
    expect(second.table.count).toBe(ALL.length);
    const twice = applyPlan(once, second.plan!);
    expect(names(twice).sort()).toEqual(names(once).sort());
    expect(names(twice).some((n) => /\(2\)|ASSESS/.test(n))).toBe(false);
    // The user's own sheets are the very same objects: untouched.
    expect(twice[0]).toBe(input[0]);
    expect(twice[1]).toBe(input[1]);
  });

  test("a user's sheet named 考核结果 is kept; ours is renamed and the result says so", () => {
    const mine = userSheet("考核结果", "我自己的汇总");
    const r = rankWorkbook([scoreSheet(ALL), mine]);
    expect(r.ok).toBe(true);
    expect(r.plan!.remove).toEqual([]);
    expect(r.plan!.activate).toBe("考核结果(ASSESS)");
    const renamed = r.problems.filter((p) => p.code === "SHEET_RENAMED");
    expect(renamed).toHaveLength(1);
    expect(renamed[0]!.message).toContain("考核结果(ASSESS)");
    const after = applyPlan([scoreSheet(ALL), mine], r.plan!);
    expect(after.find((g) => g.sheet === "考核结果")).toBe(mine);

    // And on the next run the renamed sheet is known to be ours, the user's still is not.
    const again = rankWorkbook(after);
    expect(again.plan!.remove).toContain("考核结果(ASSESS)");
    expect(again.plan!.remove).not.toContain("考核结果");
    expect(names(applyPlan(after, again.plan!)).sort()).toEqual(names(after).sort());
  });

  test("a previously generated sheet the user deleted is simply dropped from the list", () => {
    const once = rankAndApply([scoreSheet(ALL)]).filter((g) => g.sheet !== "良好等次");
    const r = rankWorkbook(once);
    expect(r.generated).not.toContain("良好等次");
    expect(r.plan!.remove).not.toContain("良好等次");
    expect(names(applyPlan(once, r.plan!))).toContain("良好等次");
  });

  test("the rules edited on the settings sheet are used by the next run", () => {
    const once = rankAndApply([scoreSheet(ALL)]);
    const settings = once.find((g) => g.sheet === "考核设置")!;
    const excellent = settings.cells.findIndex((row) => row[0] === "优秀");
    settings.cells[excellent]![1] = "93分";
    const r = rankWorkbook(once);
    expect(r.problems).toEqual([]);
    expect(r.scheme.tiers[0]!.min).toBe(93);
    // 开发区管委会 (91) is no longer 优秀.
    expect(r.notice).toContain("1．考评结果为优秀等次的县（区）2个：清丰县、台前县。");
  });

  test("errors block the plan: nothing to write, no notice, errors listed first with their cells", () => {
    const grid = scoreSheet(ALL);
    grid.cells[3]![3] = "缺考";
    const r = rankWorkbook([grid]);
    expect(r.ok).toBe(false);
    expect(r.plan).toBeNull();
    expect(r.assessment).toBeNull();
    expect(r.notice).toBe("");
    expect(r.problems[0]!.severity).toBe("error");
    expect(r.problems[0]!.cell).toBe("D4");
  });

  test("a scheme given by the caller wins over the settings sheet, and a bad one is an error", () => {
    const once = rankAndApply([scoreSheet(ALL)]);
    const given = { ...defaultScheme(), ranking: "dense" as const };
    const r = rankWorkbook(once, { scheme: given });
    expect(r.schemeSource).toBe("given");
    const dept = r.assessment!.groups[1]!;
    expect(Array.from(dept.ranks)).toEqual([1, 2, 2, 3]);

    const bad = { ...defaultScheme(), components: defaultScheme().components.map((c) => ({ ...c, weight: 50 })) };
    const reading = readWorkbook(once, { scheme: bad });
    expect(reading.ok).toBe(false);
    expect(reading.problems[0]!.code).toBe("SCHEME_INVALID");
  });
});

describe("saving the rules only (the pane's save button)", () => {
  test("replaces the settings sheet and nothing else, keeping the list of generated sheets", () => {
    const once = rankAndApply([scoreSheet(ALL)]);
    const reading = readWorkbook(once);
    const scheme = { ...defaultScheme(), decimals: 1 };
    const plan = settingsOnlyPlan(reading, scheme, names(once));
    expect(plan.remove).toEqual(["考核设置"]);
    expect(plan.sheets.map((s) => s.name)).toEqual(["考核设置"]);
    const saved = applyPlan(once, plan);
    expect(names(saved).sort()).toEqual(names(once).sort());
    const back = readWorkbook(saved);
    expect(back.scheme.decimals).toBe(1);
    expect(back.generated.sort()).toEqual(reading.generated.sort());
  });

  test("in a workbook never ranked, adds a settings sheet that the next run reads", () => {
    const input = [scoreSheet(ALL)];
    const plan = settingsOnlyPlan(readWorkbook(input), { ...defaultScheme(), ranking: "dense" }, names(input));
    expect(plan.remove).toEqual([]);
    const saved = applyPlan(input, plan);
    const r = rankWorkbook(saved);
    expect(r.schemeSource).toBe("settings");
    expect(r.scheme.ranking).toBe("dense");
    expect(rowsOf(r.plan!, "考核结果").slice(-1)[0]![0]).toBe(3);
  });
});
