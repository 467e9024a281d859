// The double must fail where Excel fails, or a passing adapter test proves nothing.
import { ExcelDouble } from "../support/excel-double";
import type { RequestContextDouble } from "../support/excel-double/proxies";

const book = (): ExcelDouble =>
  ExcelDouble.fromJson({
    sheets: [
      {
        name: "得分",
        values: [
          ["单位", "日常"],
          ["清丰县", 95],
        ],
      },
    ],
  });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  return "no error";
}

describe("the Excel double", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const d = book();
    await d.run(async (ctx: RequestContextDouble) => {
      const r = ctx.workbook.worksheets.getItem("得分").getRange("A1:B2");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["单位", "日常"],
        ["清丰县", 95],
      ]);
    });
  });

  it("applies queued writes only at sync", async () => {
    const d = book();
    await d.run(async (ctx: RequestContextDouble) => {
      ctx.workbook.worksheets.getItem("得分").getRange("B2").values = [[80]];
      expect(d.cell("得分", "B2").value).toBe(95);
      await ctx.sync();
      expect(d.cell("得分", "B2").value).toBe(80);
    });
  });

  it("refuses a duplicate sheet name, case-insensitively, with ItemAlreadyExists", async () => {
    const d = ExcelDouble.fromJson({ sheets: [{ name: "Scores", values: [] }] });
    const code = await codeOf(d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.add("SCORES")));
    expect(code).toBe("ItemAlreadyExists");
    expect(d.sheetNames()).toEqual(["Scores"]);
  });

  it.each(["a".repeat(32), "a/b", "a\\b", "a?b", "a*b", "a:b", "a[b", "a]b", "", "History", "'x"])("refuses the sheet name %j with InvalidArgument", async (name) => {
    const d = book();
    expect(await codeOf(d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.add(name)))).toBe("InvalidArgument");
  });

  it("refuses a values or numberFormat array whose shape differs from the range", async () => {
    const d = book();
    const write = (f: (ctx: RequestContextDouble) => void) => d.run(async (ctx: RequestContextDouble) => f(ctx));
    expect(await codeOf(write((ctx) => (ctx.workbook.worksheets.getItem("得分").getRange("A1:B2").values = [[1, 2]])))).toBe("InvalidArgument");
    expect(await codeOf(write((ctx) => (ctx.workbook.worksheets.getItem("得分").getRange("A1:B2").numberFormat = [["@"], ["@"]])))).toBe("InvalidArgument");
  });

  it("broadcasts a single numberFormat to every cell of the range", async () => {
    const d = book();
    await d.run(async (ctx: RequestContextDouble) => {
      ctx.workbook.worksheets.getItem("得分").getRange("C1:C3").numberFormat = "0.00";
    });
    expect(["C1", "C2", "C3"].map((a) => d.cell("得分", a).numberFormat)).toEqual(["0.00", "0.00", "0.00"]);
  });

  it("refuses a request over 5 MB and applies nothing of it", async () => {
    const d = book();
    const big = Array.from({ length: 120_000 }, (_, i) => [`单位${i}单位${i}单位${i}`, i]);
    const code = await codeOf(
      d.run(async (ctx: RequestContextDouble) => {
        ctx.workbook.worksheets.add("新表");
        ctx.workbook.worksheets.getItem("得分").getRange(`A1:B${big.length}`).values = big;
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(d.log[0]!.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(d.sheetNames()).toEqual(["得分"]);
    expect(d.cell("得分", "A1").value).toBe("单位");
  });

  it("refuses every sync while a cell is being edited", async () => {
    const d = book();
    d.cellEditMode = true;
    const code = await codeOf(d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.add("x")));
    expect(code).toBe("InvalidOperationInCellEditMode");
    expect(d.sheetNames()).toEqual(["得分"]);
  });

  it("turns =, +, -, @ strings into formulas unless the cell is formatted as text", async () => {
    const d = book();
    await d.run(async (ctx: RequestContextDouble) => {
      const ws = ctx.workbook.worksheets.getItem("得分");
      ws.getRange("D1:D4").values = [["=HYPERLINK(1)"], ["+A1"], ["-A1"], ["@A1"]];
      ws.getRange("E1").numberFormat = "@";
      ws.getRange("E1").values = [["=HYPERLINK(1)"]];
      ws.getRange("F1").values = [["001"]];
    });
    expect(["D1", "D2", "D3", "D4"].map((a) => d.cell("得分", a).formula)).toEqual(["=HYPERLINK(1)", "=+A1", "=-A1", "=@A1"]);
    expect(d.cell("得分", "E1")).toMatchObject({ value: "=HYPERLINK(1)", formula: null });
    expect(d.cell("得分", "F1").value).toBe(1);
  });

  it("rejects like Office.js: a RichApi.Error with code, message and debugInfo", async () => {
    const d = book();
    let err: unknown;
    await d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("无此表").load("name")).catch((e: unknown) => (err = e));
    expect(err).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", debugInfo: { code: "ItemNotFound" } });
    expect(typeof (err as Error).message).toBe("string");
  });

  it("counts syncs and request bytes, and fails the nth sync on request", async () => {
    const d = book();
    d.failAtSync(2, "GeneralException");
    const code = await codeOf(
      d.run(async (ctx: RequestContextDouble) => {
        ctx.workbook.worksheets.add("一");
        await ctx.sync();
        ctx.workbook.worksheets.add("二");
        await ctx.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(d.syncs).toBe(2);
    expect(d.sheetNames()).toEqual(["得分", "一"]);
    expect(d.maxRequestBytes).toBeGreaterThan(0);
    expect(d.totalRequestBytes).toBeGreaterThanOrEqual(d.maxRequestBytes);
  });

  it("gives isNullObject only after sync, and the used range's address with the sheet quoted", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        {
          name: "县(区)",
          values: [
            [null, null],
            [null, "x"],
          ],
        },
        { name: "空", values: [] },
      ],
    });
    await d.run(async (ctx: RequestContextDouble) => {
      const used = ctx.workbook.worksheets.getItem("县(区)").getUsedRangeOrNullObject(true);
      const none = ctx.workbook.worksheets.getItem("空").getUsedRangeOrNullObject(true);
      used.load("address");
      none.load("address");
      expect(() => none.isNullObject).toThrow();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(used.address).toBe("'县(区)'!B2");
    });
  });

  it("rewrites every formula and defined name naming a sheet when it is renamed, quoted names included", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        { name: "得分", values: [], formulas: { A1: '=COUNTIF(考核结果!I:I,"优秀")', A2: "='考核结果(ASSESS)'!B2+考核结果!B2", A3: '="考核结果!A1"' } },
        { name: "考核结果", values: [["x"]] },
        { name: "考核结果(ASSESS)", values: [["y"]] },
      ],
      names: { 最高综合: "=MAX(考核结果!$H$2:$H$9)" },
    });
    await d.run(async (ctx: RequestContextDouble) => {
      ctx.workbook.worksheets.getItem("考核结果").name = "旧 结果";
      ctx.workbook.worksheets.getItem("考核结果(ASSESS)").name = "结果2";
    });
    expect(d.cell("得分", "A1").formula).toBe("=COUNTIF('旧 结果'!I:I,\"优秀\")");
    expect(d.cell("得分", "A2").formula).toBe("=结果2!B2+'旧 结果'!B2");
    // Text in quotes is not a reference.
    expect(d.cell("得分", "A3").formula).toBe('="考核结果!A1"');
    expect(d.nameFormula("最高综合")).toBe("=MAX('旧 结果'!$H$2:$H$9)");
  });

  it("turns every reference to a deleted sheet into #REF!, in formulas, their results and names", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        { name: "得分", values: [[3]], formulas: { A1: '=COUNTIF(考核结果!I:I,"优秀")', A2: "=A1" } },
        { name: "考核结果", values: [["x"]] },
      ],
      names: { 最高综合: "=MAX(考核结果!$H$2:$H$9)" },
    });
    await d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("考核结果").delete());
    expect(d.cell("得分", "A1")).toMatchObject({ formula: '=COUNTIF(#REF!I:I,"优秀")', value: "#REF!" });
    expect(d.cell("得分", "A2").formula).toBe("=A1");
    expect(d.nameFormula("最高综合")).toBe("=MAX(#REF!$H$2:$H$9)");
  });

  it("selects a cell only on the active sheet: on another sheet select() silently does nothing", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        { name: "一", values: [["a"]] },
        { name: "二", values: [["b"]] },
      ],
      active: "一",
    });
    await d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("二").getRange("B3").select());
    expect(d.selection()).toBeNull();
    expect(d.activeSheet()).toBe("一");
    await d.run(async (ctx: RequestContextDouble) => {
      const ws = ctx.workbook.worksheets.getItem("二");
      ws.activate();
      ws.getRange("B3").select();
    });
    expect(d.selection()).toEqual({ sheet: "二", address: "B3" });
  });

  it("copies values, number formats, bold and merges with copyFrom, blanks included, and clears with clear()", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        {
          name: "源",
          values: [
            ["名次", "单位"],
            [1, null],
          ],
          numberFormats: { B1: "@" },
          bold: ["A1"],
          merges: ["A2:A3"],
        },
        {
          name: "目标",
          values: [
            ["旧", "旧"],
            ["旧", "旧"],
            ["旧", "旧"],
          ],
          numberFormats: { A3: "0.00" },
          bold: ["B2"],
        },
      ],
    });
    await d.run(async (ctx: RequestContextDouble) => {
      const to = ctx.workbook.worksheets.getItem("目标");
      to.getRange().clear("All");
      to.getRange("A1:B3").copyFrom(ctx.workbook.worksheets.getItem("源").getRange("A1:B3"), "All");
    });
    expect(d.values("目标")).toEqual([
      ["名次", "单位"],
      [1, null],
    ]);
    expect(d.cell("目标", "B1").numberFormat).toBe("@");
    expect(d.cell("目标", "A3").numberFormat).toBe("General");
    expect([d.cell("目标", "A1").bold, d.cell("目标", "B2").bold]).toEqual([true, false]);
    expect(d.snapshot().sheets[1]!.merges).toEqual(["A2:A3"]);
  });

  it("leaves the formulas over cells written with calculation suspended stale until a request that is not", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        { name: "得分", values: [[1]], formulas: { B1: "=结果!A1" } },
        { name: "结果", values: [[1]] },
      ],
    });
    await d.run(async (ctx: RequestContextDouble) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("结果").getRange("A1").values = [[2]];
    });
    expect(d.cell("得分", "B1").stale).toBe(true);
    await d.run(async (ctx: RequestContextDouble) => void (ctx.workbook.worksheets.getItem("结果").getRange("A2").values = [[3]]));
    expect(d.cell("得分", "B1").stale).toBe(false);
    await d.run(async (ctx: RequestContextDouble) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("结果").getRange("A1").values = [[4]];
    });
    await d.run(async (ctx: RequestContextDouble) => void ctx.application.calculate("Recalculate"));
    expect(d.cell("得分", "B1").stale).toBe(false);
  });

  it("answers null, not an error, for the values of a range over five million cells, as desktop Excel does", async () => {
    const d = book();
    await d.run(async (ctx: RequestContextDouble) => {
      const big = ctx.workbook.worksheets.getItem("得分").getRange("A1:E1000001");
      const small = ctx.workbook.worksheets.getItem("得分").getRange("A1:B2");
      big.load("values");
      small.load("values");
      await ctx.sync();
      expect(big.values).toBeNull();
      expect(small.values).toEqual([
        ["单位", "日常"],
        ["清丰县", 95],
      ]);
    });
  });

  it("lists the merged areas whose top-left cell is in the range, fails over 512, and needs ExcelApi 1.13", async () => {
    const d = ExcelDouble.fromJson({ sheets: [{ name: "得分", values: [["a"]], merges: ["A1:B1", "C3:C9"] }] });
    await d.run(async (ctx: RequestContextDouble) => {
      const all = ctx.workbook.worksheets.getItem("得分").getRange().getMergedAreasOrNullObject();
      const part = ctx.workbook.worksheets.getItem("得分").getRange("C4:D9").getMergedAreasOrNullObject();
      all.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      part.load("areaCount");
      await ctx.sync();
      expect(all.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount])).toEqual([
        [0, 0, 1, 2],
        [2, 2, 7, 1],
      ]);
      // C3:C9 covers C4:D9 but starts above it: Excel does not list it (OfficeDev/office-js#3611).
      expect(part.isNullObject).toBe(true);
    });
    const many = ExcelDouble.fromJson({ sheets: [{ name: "表", values: [], merges: Array.from({ length: 513 }, (_, i) => `A${i + 1}:B${i + 1}`) }] });
    expect(await codeOf(many.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("表").getRange().getMergedAreasOrNullObject().load("areaCount")))).toBe(
      "GeneralException",
    );
    d.book.excelApi = "1.12";
    expect(await codeOf(d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("得分").getRange().getMergedAreasOrNullObject().load("areaCount")))).toBe(
      "ApiNotFound",
    );
  });

  it("shows an entity (Stocks, Geography) as #VALUE! through values and as itself through valuesAsJson (ExcelApi 1.16)", async () => {
    const entity = { type: "Entity", text: "濮阳市", basicType: "Error", basicValue: "#VALUE!", properties: {} };
    const d = ExcelDouble.fromJson({ sheets: [{ name: "得分", values: [[null, 90]], dataTypes: { A1: entity } }] });
    await d.run(async (ctx: RequestContextDouble) => {
      const r = ctx.workbook.worksheets.getItem("得分").getRange("A1:B1");
      r.load("values,valuesAsJson");
      await ctx.sync();
      expect(r.values).toEqual([["#VALUE!", 90]]);
      expect(r.valuesAsJson).toEqual([[entity, { type: "Double", basicType: "Double", basicValue: 90 }]]);
    });
    d.book.excelApi = "1.14";
    expect(await codeOf(d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("得分").getRange("A1").load("valuesAsJson")))).toBe("ApiNotFound");
  });

  it("refuses changes to a protected sheet's cells with AccessDenied, but lets it be renamed", async () => {
    const d = ExcelDouble.fromJson({
      sheets: [
        { name: "结果", values: [["x"]], protected: true },
        { name: "其他", values: [] },
      ],
    });
    expect(await codeOf(d.run(async (ctx: RequestContextDouble) => void (ctx.workbook.worksheets.getItem("结果").getRange("A1").values = [["y"]])))).toBe("AccessDenied");
    expect(await codeOf(d.run(async (ctx: RequestContextDouble) => void ctx.workbook.worksheets.getItem("结果").getRange().clear()))).toBe("AccessDenied");
    await d.run(async (ctx: RequestContextDouble) => void (ctx.workbook.worksheets.getItem("结果").name = "结果2"));
    expect(d.sheetNames()).toEqual(["结果2", "其他"]);
    await d.run(async (ctx: RequestContextDouble) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/protection/protected");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ["结果2", true],
        ["其他", false],
      ]);
    });
  });

  it("tells the page when its task pane is shown or hidden, until the handler is removed", async () => {
    const d = book();
    const office = d.globals().Office as { addin: { onVisibilityModeChanged(h: (m: { visibilityMode: string }) => void): Promise<() => Promise<void>> } };
    const heard: string[] = [];
    const remove = await office.addin.onVisibilityModeChanged((m) => heard.push(m.visibilityMode));
    d.setPaneVisible(false);
    d.setPaneVisible(true);
    d.setPaneVisible(true);
    await remove();
    d.setPaneVisible(false);
    expect(heard).toEqual(["Hidden", "Taskpane"]);
  });
});
