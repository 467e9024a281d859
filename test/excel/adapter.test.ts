// The adapter against the Excel double: what a user would see in the workbook, and what a run costs.
import { applyPlan, readGrids, selectCell, activateSheet, displayLanguage } from "../../src/excel";
import { problemsOfReading, sheetsOfReading } from "../../src/excel/read";
import { MAX_REQUEST_BYTES } from "../../src/excel/limits";
import { ExcelDouble, sheetJson } from "../support/excel-double";
import { use } from "./inExcel";
import { rankingPlan, scoreBook } from "./plans";

async function rankingRun(d: ExcelDouble, units: number, remove: string[] = []) {
  d.resetCounters();
  const grids = await readGrids();
  // As the pane's one click does: the write takes the list of sheets its reading made.
  const outcome = await applyPlan(rankingPlan(units, remove), sheetsOfReading(grids));
  return { grids, outcome };
}

describe("readGrids", () => {
  it("reads every sheet's used range with its origin, empty cells as null", async () => {
    const d = use(
      scoreBook(3, [
        {
          name: "县(区) 备注",
          values: [
            [null, null],
            [null, "说明"],
          ],
        },
      ]),
    );
    const grids = await readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["考核得分", "县(区) 备注"]);
    expect(grids[1]).toEqual({ sheet: "县(区) 备注", originRow: 2, originCol: 2, cells: [["说明"]], merges: [], paperChosen: false });
    expect(grids[0]!.cells[1]![0]).toBe("第0号被考核单位法制办公室");
    // The sheet list; the used ranges' sizes, merged areas and (small sheets whole) the values.
    expect(d.syncs).toBe(2);
    expect(problemsOfReading(grids)).toEqual([]);
  });

  it("gives the merged areas with the grid, in 1-based sheet coordinates, within the same batched read", async () => {
    const d = use(
      ExcelDouble.fromJson({
        sheets: [
          { name: "得分", values: [["考核得分汇总表"], ["单位名称", "类别"], ["清丰县", "县(区)"], ["南乐县", null], ["市税务局", "市直部门"]], merges: ["A1:B1", "B3:B4"] },
          { name: "说明", values: [["无合并"]] },
        ],
      }),
    );
    const grids = await readGrids();
    expect(grids[0]!.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ]);
    expect(grids[0]!.cells[3]).toEqual(["南乐县", null]);
    expect(grids[1]!.merges).toEqual([]);
    expect(d.syncs).toBe(2);
  });

  it("still reads a workbook where one sheet has more merged areas than Excel will list", async () => {
    const many = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const d = use(
      ExcelDouble.fromJson({
        sheets: [
          { name: "得分", values: [["单位名称"], ["清丰县"]], merges: ["A1:A2"] },
          { name: "附表", values: [["x"]], merges: many },
        ],
      }),
    );
    const grids = await readGrids();
    expect(grids[0]!.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
    expect(grids[1]!.merges).toBeUndefined();
    expect(grids[1]!.cells).toEqual([["x"]]);
    expect(d.log.filter((s) => s.error !== null).map((s) => s.error)).toEqual(["GeneralException", "GeneralException"]);
  });

  it("reports a sheet whose used range is too large to read on that sheet, and reads the others", async () => {
    const d = use(scoreBook(20, [{ name: "说明", values: [["本表为说明"]] }]));
    // One stray value in the last cell: the used range of 说明 now runs to XFD1048576.
    d.typeInto("说明", "XFD1048576", "x");
    const grids = await readGrids();
    expect(grids.map((g) => g.sheet)).toEqual(["考核得分", "说明"]);
    expect(grids[0]!.cells).toHaveLength(21);
    expect(grids[1]!.cells).toEqual([]);
    expect(problemsOfReading(grids)).toEqual([
      expect.objectContaining({ code: "SHEET_TOO_LARGE", severity: "warning", sheet: "说明", messageEn: expect.stringContaining("A1:XFD1048576 (1048576 rows × 16384 columns)") }),
    ]);
    expect(d.log.every((s) => s.error === null && s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  });

  it("reads a sheet of over five million cells in blocks that Excel answers (not null)", async () => {
    const rows = 260_001;
    const values: (number | string)[][] = [Array.from({ length: 20 }, (_, c) => `第${c + 1}列`)];
    for (let r = 1; r < rows; r++) values.push(Array.from({ length: 20 }, (_, c) => (r + c) % 100));
    const d = use(ExcelDouble.fromJson({ sheets: [{ name: "大表", values }] }));
    const grids = await readGrids();
    expect(grids[0]!.cells).toHaveLength(rows);
    expect(grids[0]!.cells[rows - 1]![19]).toBe((rows - 1 + 19) % 100);
    expect(problemsOfReading(grids)).toEqual([]);
    expect(d.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60_000);

  it("reads a Stocks or Geography cell as its text where Excel has valuesAsJson, as #VALUE! text where it has not, never as a blank", async () => {
    const book = (): ExcelDouble =>
      ExcelDouble.fromJson({
        sheets: [
          {
            name: "得分",
            values: [
              ["单位名称", "日常考核"],
              ["清丰县", null],
              ["范县", "#VALUE!"],
            ],
            dataTypes: { B2: { type: "Entity", text: "Microsoft Corporation", basicType: "Error", basicValue: "#VALUE!", properties: {} } },
          },
        ],
      });
    const modern = use(book());
    let grids = await readGrids();
    expect(grids[0]!.cells.slice(1)).toEqual([
      ["清丰县", "Microsoft Corporation"],
      ["范县", "#VALUE!"],
    ]);
    expect(modern.syncs).toBe(3);
    const excel2021 = use(book());
    excel2021.book.excelApi = "1.14";
    grids = await readGrids();
    expect(grids[0]!.cells.slice(1)).toEqual([
      ["清丰县", "#VALUE!"],
      ["范县", "#VALUE!"],
    ]);
    expect(excel2021.syncs).toBe(2);
  });

  it("reads a workbook too large for one response in blocks, under Excel's response limit", async () => {
    const d = use(scoreBook(100_000));
    const grids = await readGrids();
    expect(grids[0]!.cells).toHaveLength(100_001);
    expect(grids[0]!.cells[100_000]![0]).toBe("第99999号被考核单位法制办公室");
    expect(d.log.filter((s) => s.error === null).every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  });

  it("reads wide sheets of long text whole when their first rows together are more than Excel answers at once", async () => {
    // Four sheets of 3,000 rows × 12 cells of some 70 bytes: the first rows asked with the used
    // ranges come to about 10 MB, which Excel on the web refuses; asked again without them, every
    // cell is read in blocks under the limit.
    const long = (s: number, r: number, c: number): string => `第${s}表第${r}行第${c}列：${"依法行政考核说明文字".repeat(2)}`;
    const sheets = [0, 1, 2, 3].map((s) => ({ name: `说明${s}`, values: Array.from({ length: 3000 }, (_, r) => Array.from({ length: 12 }, (_, c) => long(s, r, c))) }));
    const d = use(ExcelDouble.fromJson({ sheets }));
    const grids = await readGrids();
    for (const [s, g] of grids.entries()) {
      expect(g.cells).toHaveLength(3000);
      expect(g.cells[2999]![11]).toBe(long(s, 2999, 11));
      expect(g.cells[0]![0]).toBe(long(s, 0, 0));
    }
    expect(d.log.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(d.log.filter((s) => s.error === null).every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(problemsOfReading(grids)).toEqual([]);
  });

  it("reads a sheet whose table starts far down or far right, outside the first rows and columns", async () => {
    const values: (string | number | null)[][] = Array.from({ length: 6000 }, () => []);
    values[5999] = [...Array<null>(70).fill(null), "单位名称", "日常考核"];
    const d = use(
      ExcelDouble.fromJson({
        sheets: [
          { name: "得分", values },
          { name: "小表", values: [["清丰县", 91]] },
        ],
      }),
    );
    const grids = await readGrids();
    expect(grids[0]).toMatchObject({ originRow: 6000, originCol: 71, cells: [["单位名称", "日常考核"]] });
    expect(grids[1]!.cells).toEqual([["清丰县", 91]]);
    expect(d.syncs).toBe(3);
  });
});

const GENERATED = ["考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报"];

describe("applyPlan", () => {
  it("writes a ranking of 1,000 units: read and write in 3 syncs, the write taking its reading's sheet list", async () => {
    const d = use(scoreBook(1000));
    const { outcome } = await rankingRun(d, 1000);
    // The reading's two syncs, then one request that stages every sheet and swaps them in.
    expect(outcome).toEqual({ ok: true, syncs: 1, printedOnA4: [] });
    expect(d.syncs).toBe(3);
    expect(d.sheetNames()).toEqual(["考核得分", "考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报"]);
    expect(d.activeSheet()).toBe("考核结果");
    expect(d.cell("考核结果", "B2").value).toBe("第0号被考核单位法制办公室");
    expect(d.cell("考核结果", "H2").numberFormat).toBe("0.00");
    expect(d.cell("考核结果", "A1").bold).toBe(true);
    expect(d.frozenRows("考核结果")).toBe(1);
    expect(d.columnWidth("考核结果", "B")).toBeGreaterThan(d.columnWidth("考核结果", "A")!);
  });

  it("without a reading of the same run, the write lists the sheets as they are now", async () => {
    const d = use(scoreBook(20));
    await readGrids();
    // Minutes later the user has made a sheet under the name of one ASSESS would add.
    d.putSheet({ name: "结果通报", values: [["我的通报"]] });
    d.resetCounters();
    const outcome = await applyPlan(rankingPlan(20, []));
    expect(outcome.ok).toBe(false);
    expect(d.syncs).toBe(1);
    expect(d.values("结果通报")).toEqual([["我的通报"]]);
    expect(d.sheetNames()).toEqual(["考核得分", "结果通报"]);
  });

  it("a sheet made under a planned name between the reading and the write stops the write, and the workbook stays as it was", async () => {
    const d = use(scoreBook(20));
    const grids = await readGrids();
    d.putSheet({ name: "优秀等次", values: [["用户自己的表"]] });
    const outcome = await applyPlan(rankingPlan(20, []), sheetsOfReading(grids));
    expect(outcome.ok).toBe(false);
    expect(d.sheetNames()).toEqual(["考核得分", "优秀等次"]);
    expect(d.values("优秀等次")).toEqual([["用户自己的表"]]);
  });

  it("a generated sheet deleted between the reading and the write stops the write, and no sheet is left half-written", async () => {
    const d = use(scoreBook(20));
    await rankingRun(d, 20);
    const grids = await readGrids();
    const before = d.sheetNames().filter((n) => n !== "优秀等次");
    d.userDeletesSheet("优秀等次");
    const outcome = await applyPlan(rankingPlan(20, GENERATED), sheetsOfReading(grids));
    expect(outcome.ok).toBe(false);
    expect(d.sheetNames()).toEqual(before);
  });

  it("suspends calculation while it stages, and lets Excel recalculate when the visible sheets change", async () => {
    const d = use(scoreBook(100_000));
    await rankingRun(d, 20);
    d.typeInto("考核得分", "H1", '=COUNTIF(考核结果!I:I,"优秀")');
    d.resetCounters();
    await readGrids();
    expect((await applyPlan(rankingPlan(100_000, GENERATED))).ok).toBe(true);
    const writes = d.log.filter((s) => s.writes);
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.slice(0, -1).every((s) => s.suspendsCalculation)).toBe(true);
    // A formula of the user's over the results shows the new results, not those of the last run.
    expect(d.cell("考核得分", "H1")).toMatchObject({ formula: '=COUNTIF(考核结果!I:I,"优秀")', stale: false });
  }, 60_000);

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
    const plan = rankingPlan(4, [], (i) => ['=HYPERLINK("x")', "+1", "-abc", "@sum", "001"][i % 5]!);
    expect((await applyPlan(plan)).ok).toBe(true);
    const names = [2, 3, 4, 5].map((r) => d.cell("考核结果", `B${r}`));
    expect(names.map((c) => c.formula)).toEqual([null, null, null, null]);
    expect(names.map((c) => c.value)).toEqual(['=HYPERLINK("x")', "+1", "-abc", "@sum"]);
  });

  it.each(["first", "middle", "last"] as const)(
    "leaves the workbook exactly as it was when the %s write of a 100,000-unit in-place rewrite fails",
    async (which) => {
      const d = use(scoreBook(100_000));
      await rankingRun(d, 20);
      const before = d.snapshot();
      // How many syncs the rewrite takes, measured on a copy of the same workbook.
      const probe = use(ExcelDouble.fromJson(before));
      await readGrids();
      probe.resetCounters();
      expect((await applyPlan(rankingPlan(100_000, GENERATED))).ok).toBe(true);
      const total = probe.syncs;
      expect(total).toBeGreaterThan(3);
      use(d);
      await readGrids();
      d.resetCounters();
      // Sync 1 lists the sheets; the writes are syncs 2 … total, the last one updating the sheets in place.
      d.failAtSync(which === "first" ? 2 : which === "middle" ? Math.ceil((total + 1) / 2) : total);
      const outcome = await applyPlan(rankingPlan(100_000, GENERATED));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => p.code)).toEqual(["HOST_ERROR"]);
      expect(d.snapshot()).toEqual(before);
    },
    60_000,
  );

  it("undoes a swap Excel stopped half-way (the user made a sheet with a new sheet's name during the run)", async () => {
    const d = use(scoreBook(30));
    await rankingRun(d, 30);
    await readGrids();
    const before = d.snapshot();
    const plan = rankingPlan(30, GENERATED);
    const last = plan.sheets[plan.sheets.length - 1]!;
    plan.sheets.push({ ...last, name: "附表一" }, { ...last, name: "附表" });
    d.resetCounters();
    // Between the write's look-up and its last request, the user adds a sheet named 附表.
    const theirs = { name: "附表", values: [["刚刚新建"]] };
    d.beforeSync(2, () => d.putSheet(theirs));
    const outcome = await applyPlan(plan);
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: "HOST_ITEM_EXISTS" }] });
    // The last request had begun: 附表一 was renamed before Excel refused 附表.
    expect(d.log.some((s) => s.error === "ItemAlreadyExists")).toBe(true);
    expect(d.snapshot()).toEqual({ ...before, sheets: [...before.sheets, { ...sheetJson(ExcelDouble.fromJson({ sheets: [theirs] }).book.sheets[0]!) }] });
  });

  it("changes nothing when the user renames a generated sheet while the write runs", async () => {
    const d = use(scoreBook(30));
    await rankingRun(d, 30);
    await readGrids();
    d.resetCounters();
    const before = d.snapshot();
    // The results sheet is the first the last request updates; 结果通报 is renamed before that request.
    d.beforeSync(2, () => (d.book.sheets.find((s) => s.name === "结果通报")!.name = "我的通报"));
    const outcome = await applyPlan(rankingPlan(25, GENERATED));
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: "HOST_ERROR" }] });
    expect(d.log.some((s) => s.error === "ItemNotFound")).toBe(true);
    const renamed = before.sheets.map((sh) => (sh.name === "结果通报" ? { ...sh, name: "我的通报" } : sh));
    expect(d.snapshot()).toEqual({ ...before, sheets: renamed });
  });

  it("refuses a new sheet whose name a sheet of the user's took after the reading, before writing anything", async () => {
    const d = use(scoreBook(10));
    await readGrids();
    // Read, then the user adds 考核结果 themselves: the write looks again and does not trust the reading.
    d.putSheet({ name: "考核结果", values: [["我的"]] });
    const before = d.snapshot();
    d.resetCounters();
    const outcome = await applyPlan(rankingPlan(10));
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: "HOST_ITEM_EXISTS" }] });
    expect(d.log.filter((s) => s.writes)).toHaveLength(0);
    expect(d.snapshot()).toEqual(before);
  });

  it("refuses, before writing anything, to update a generated sheet the user has protected", async () => {
    const d = use(scoreBook(30));
    await rankingRun(d, 30);
    d.book.sheets.find((s) => s.name === "结果通报")!.protected = true;
    const before = d.snapshot();
    const { outcome } = await rankingRun(d, 30, GENERATED);
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: "SHEET_PROTECTED", sheet: "结果通报" }] });
    expect(d.log.filter((s) => s.writes)).toHaveLength(0);
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

describe("re-ranking keeps what points at the generated sheets", () => {
  it("updates the generated sheets in place: the user's formulas and names over them keep working", async () => {
    const d = use(scoreBook(50));
    await rankingRun(d, 50);
    d.typeInto("考核得分", "H1", '=COUNTIF(考核结果!I:I,"优秀")');
    d.typeInto("考核得分", "H2", "=结果通报!A1");
    d.book.names.set("最高综合", "=MAX(考核结果!$H$2:$H$51)");
    const { outcome } = await rankingRun(d, 40, GENERATED);
    expect(outcome.ok).toBe(true);
    expect(d.cell("考核得分", "H1").formula).toBe('=COUNTIF(考核结果!I:I,"优秀")');
    expect(d.cell("考核得分", "H2").formula).toBe("=结果通报!A1");
    expect(d.nameFormula("最高综合")).toBe("=MAX(考核结果!$H$2:$H$51)");
    // The same sheets, now holding the new ranking: 40 units, nothing left over from the 50.
    expect(d.sheetNames()).toEqual(["考核得分", ...GENERATED]);
    expect(d.values("考核结果")).toHaveLength(41);
    expect(d.cell("考核结果", "B42").value).toBeNull();
    expect(d.cell("考核结果", "A1").bold).toBe(true);
    expect(d.cell("考核结果", "B2").numberFormat).toBe("@");
    expect(d.frozenRows("考核结果")).toBe(1);
    expect(d.activeSheet()).toBe("考核结果");
  });

  it("keeps a quoted reference to a renamed generated sheet, and turns only a dropped sheet's references into #REF!", async () => {
    const d = use(scoreBook(8, [{ name: "考核结果", values: [["我的"]] }]));
    const named = (plan: ReturnType<typeof rankingPlan>) => {
      plan.sheets[0]!.name = "考核结果(ASSESS)";
      plan.activate = "考核结果(ASSESS)";
      return plan;
    };
    d.resetCounters();
    await readGrids();
    expect((await applyPlan(named(rankingPlan(8)))).ok).toBe(true);
    d.typeInto("考核得分", "H1", "='考核结果(ASSESS)'!B2");
    d.typeInto("考核得分", "H2", "=不合格等次!B2");
    const plan = named(rankingPlan(3, ["考核结果(ASSESS)", ...GENERATED.slice(1)]));
    expect(plan.sheets.map((s) => s.name)).not.toContain("不合格等次");
    expect((await applyPlan(plan)).ok).toBe(true);
    expect(d.cell("考核得分", "H1").formula).toBe("='考核结果(ASSESS)'!B2");
    expect(d.cell("考核得分", "H2")).toMatchObject({ formula: "=#REF!B2", value: "#REF!" });
    expect(d.cell("考核结果", "A1").value).toBe("我的");
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
    // A problem on a sheet that is not the active one: the sheet is opened and the cell selected.
    await selectCell("考核得分", "B7");
    expect(d.selection()).toEqual({ sheet: "考核得分", address: "B7" });
    expect(d.activeSheet()).toBe("考核得分");
    await expect(selectCell("无此表", "A1")).rejects.toMatchObject({ problem: { code: "HOST_ERROR" } });
  });
});
