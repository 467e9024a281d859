// The adapter against the Excel double: what a user would see in the workbook, and what a run costs.
import { applyPlan, readGrids, selectCell, activateSheet, displayLanguage } from "../../src/excel";
import { forgetSheets } from "../../src/excel/known";
import { MAX_REQUEST_BYTES } from "../../src/excel/limits";
import { ExcelDouble, installExcelDouble } from "../support/excel-double";
import { rankingPlan, scoreBook } from "./plans";

let uninstall: (() => void) | null = null;
function use(d: ExcelDouble): ExcelDouble {
  uninstall?.();
  uninstall = installExcelDouble(d);
  forgetSheets();
  return d;
}
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

async function rankingRun(d: ExcelDouble, units: number, remove: string[] = []) {
  d.resetCounters();
  const grids = await readGrids();
  const outcome = await applyPlan(rankingPlan(units, remove));
  return { grids, outcome };
}

describe("readGrids", () => {
  it("reads every sheet's used range with its origin, empty cells as null", async () => {
    const d = use(scoreBook(3, [{ name: "县(区) 备注", values: [[null, null], [null, "说明"]] }]));
    const grids = await readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["考核得分", "县(区) 备注"]);
    expect(grids[1]).toEqual({ sheet: "县(区) 备注", originRow: 2, originCol: 2, cells: [["说明"]] });
    expect(grids[0]!.cells[1]![0]).toBe("第0号被考核单位法制办公室");
    expect(d.syncs).toBe(2);
  });

  it("reads a workbook too large for one response in blocks, under Excel's response limit", async () => {
    const d = use(scoreBook(100_000));
    const grids = await readGrids();
    expect(grids[0]!.cells).toHaveLength(100_001);
    expect(grids[0]!.cells[100_000]![0]).toBe("第99999号被考核单位法制办公室");
    expect(d.log.filter((s) => s.error === null).every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  });
});

describe("applyPlan", () => {
  it("writes a ranking of 1,000 units: read and write in at most 3 syncs, calculation suspended", async () => {
    const d = use(scoreBook(1000));
    const { outcome } = await rankingRun(d, 1000);
    expect(outcome).toEqual({ ok: true, syncs: 1 });
    expect(d.syncs).toBeLessThanOrEqual(3);
    expect(d.log.filter((s) => s.writes).every((s) => s.suspendsCalculation)).toBe(true);
    expect(d.sheetNames()).toEqual(["考核得分", "考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报"]);
    expect(d.activeSheet()).toBe("考核结果");
    expect(d.cell("考核结果", "B2").value).toBe("第0号被考核单位法制办公室");
    expect(d.cell("考核结果", "H2").numberFormat).toBe("0.00");
    expect(d.cell("考核结果", "A1").bold).toBe(true);
    expect(d.frozenRows("考核结果")).toBe(1);
    expect(d.columnWidth("考核结果", "B")).toBeGreaterThan(d.columnWidth("考核结果", "A")!);
  });

  it("keeps every request under 4 MB at 100,000 units", async () => {
    const d = use(scoreBook(100_000));
    const { outcome } = await rankingRun(d, 100_000);
    expect(outcome.ok).toBe(true);
    expect(d.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(d.values("考核结果")).toHaveLength(100_001);
  });

  it("replaces the sheets it generated on a second run, and nothing else", async () => {
    const d = use(scoreBook(50, [{ name: "我的备注", values: [["保留"]] }]));
    await rankingRun(d, 50);
    const generated = ["考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报"];
    const { outcome } = await rankingRun(d, 40, generated);
    expect(outcome.ok).toBe(true);
    expect(d.sheetNames()).toEqual(["考核得分", "我的备注", ...generated]);
    expect(d.values("考核结果")).toHaveLength(41);
    expect(d.cell("我的备注", "A1").value).toBe("保留");
  });

  it("keeps a user's sheet that has a generated name and refuses to write over it", async () => {
    const d = use(scoreBook(10, [{ name: "考核结果", values: [["我的"]] }]));
    const before = d.snapshot();
    const { outcome } = await rankingRun(d, 10);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.code)).toEqual(["HOST_ITEM_EXISTS"]);
    expect(d.snapshot()).toEqual(before);
  });

  it("writes text that looks like a formula as text", async () => {
    const d = use(scoreBook(4));
    d.resetCounters();
    await readGrids();
    const plan = rankingPlan(4, [], (i) => ["=HYPERLINK(\"x\")", "+1", "-abc", "@sum", "001"][i % 5]!);
    expect((await applyPlan(plan)).ok).toBe(true);
    const names = [2, 3, 4, 5].map((r) => d.cell("考核结果", `B${r}`));
    expect(names.map((c) => c.formula)).toEqual([null, null, null, null]);
    expect(names.map((c) => c.value)).toEqual(["=HYPERLINK(\"x\")", "+1", "-abc", "@sum"]);
  });

  const GENERATED = ["考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报"];

  it.each(["first", "second", "last"] as const)("leaves the workbook exactly as it was when the %s sync of a 100,000-unit rewrite fails", async (which) => {
    const d = use(scoreBook(100_000));
    await rankingRun(d, 20);
    const before = d.snapshot();
    // How many syncs the rewrite takes, measured on a copy of the same workbook.
    const probe = use(ExcelDouble.fromJson(before));
    await readGrids();
    probe.resetCounters();
    expect((await applyPlan(rankingPlan(100_000, GENERATED))).ok).toBe(true);
    const total = probe.syncs;
    expect(total).toBeGreaterThan(2);
    use(d);
    await readGrids();
    d.resetCounters();
    d.failAtSync(which === "first" ? 1 : which === "second" ? 2 : total);
    const outcome = await applyPlan(rankingPlan(100_000, GENERATED));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.code)).toEqual(["HOST_ERROR"]);
    expect(d.snapshot()).toEqual(before);
  }, 60_000);

  it("undoes a swap Excel stopped half-way (a sheet named like a new one appeared after the read)", async () => {
    const d = use(scoreBook(30));
    await rankingRun(d, 30);
    await readGrids();
    d.putSheet({ name: "附表", values: [["刚刚新建"]] });
    const before = d.snapshot();
    const plan = rankingPlan(30, GENERATED);
    plan.sheets.push({ ...plan.sheets[plan.sheets.length - 1]!, name: "附表" });
    d.resetCounters();
    const outcome = await applyPlan(plan);
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: "HOST_ITEM_EXISTS" }] });
    // The swap had begun: the old sheets were moved aside and some new ones renamed before Excel refused.
    expect(d.log.some((s) => s.error === "ItemAlreadyExists")).toBe(true);
    expect(d.snapshot()).toEqual(before);
  });

  it("reports a cell being edited as HOST_EDIT_MODE and changes nothing", async () => {
    const d = use(scoreBook(10));
    await readGrids();
    const before = d.snapshot();
    d.cellEditMode = true;
    const outcome = await applyPlan(rankingPlan(10));
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: "HOST_EDIT_MODE" }] });
    expect(d.snapshot()).toEqual(before);
  });
});

describe("the pane's calls", () => {
  it("selects a problem's cell, activates a sheet, and follows Office's language", async () => {
    const d = use(scoreBook(3, [{ name: "其他", values: [["x"]] }]));
    await selectCell("考核得分", "C3");
    expect(d.selection()).toEqual({ sheet: "考核得分", address: "C3" });
    await activateSheet("其他");
    expect(d.activeSheet()).toBe("其他");
    expect(displayLanguage()).toBe("zh");
    d.displayLanguage = "en-US";
    expect(displayLanguage()).toBe("en");
    await expect(selectCell("无此表", "A1")).rejects.toMatchObject({ problem: { code: "HOST_ERROR" } });
  });
});
