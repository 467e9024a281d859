// The offline page's host: a file's bytes read by src/xlsx, a plan written by its writer, the same
// messages as the command line for a file that is not a workbook.
import { readFileSync } from "fs";
import path from "path";
import { rankWorkbook, readWorkbook } from "../../src/core/pipeline";
import { cliText } from "../../src/core/messages/cli";
import { browserLanguage, fileHost, openWorkbook, tooLargeToOpen } from "../../src/web/fileHost";
import { MAX_CELLS } from "../../src/xlsx/read";
import { problemMessage } from "../../src/core/messages/problems";
import type { Grid, Problem } from "../../src/core/types";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-2020-assessment.xlsx");

function opened(bytes: Uint8Array, name: string) {
  const read = openWorkbook(bytes, name, "zh");
  if (!read.ok) throw new Error(read.message);
  return read.grids;
}

describe("the offline page's file host", () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));

  it("says what the command line says for a file that is not a workbook, in the page's language", () => {
    const csv = new TextEncoder().encode("单位,得分\n清丰县,90\n");
    expect(openWorkbook(csv, "成绩.xlsx", "zh")).toEqual({ ok: false, message: cliText("zh").textFile("成绩.xlsx") });
    expect(openWorkbook(new Uint8Array(), "scores.xlsx", "en")).toEqual({ ok: false, message: cliText("en").emptyFile("scores.xlsx") });
    expect(openWorkbook(bytes.slice(0, 2000), "cut.xlsx", "zh")).toEqual({ ok: false, message: cliText("zh").corrupt("cut.xlsx") });
  });

  it("refuses a file past the command line's size limit by its size, with the command line's message", () => {
    expect(tooLargeToOpen(2 ** 31, "大.xlsx", "zh")).toBe(cliText("zh").tooLarge("大.xlsx", MAX_CELLS));
    expect(tooLargeToOpen(bytes.length, "考核.xlsx", "zh")).toBeNull();
  });

  it("has no copy to save before a run, then the ranked copy under <name>.assess.xlsm with the macro type", async () => {
    const grids = opened(bytes, "考核.xlsm");
    const host = fileHost("考核.xlsm", bytes, grids, "zh");
    expect(host.rankedCopy?.()).toBeNull();
    const result = rankWorkbook(await host.readGrids());
    if (result.plan === null) throw new Error("the sample does not rank");
    await expect(host.applyPlan(result.plan)).resolves.toEqual({ ok: true, syncs: 0, printedOnA4: [] });
    const copy = host.rankedCopy?.();
    expect(copy?.name).toBe("考核.assess.xlsm");
    expect(copy?.type).toBe("application/vnd.ms-excel.sheet.macroEnabled.12");
    // The bytes saved are a workbook holding the generated sheets beside the user's.
    const written = opened(copy?.bytes ?? new Uint8Array(), "考核.assess.xlsm").map((g) => g.sheet);
    expect(written).toEqual(expect.arrayContaining([...grids.map((g) => g.sheet), "考核结果", "考核设置"]));
  });

  it("ranks again from the workbook as the last run left it: the rules saved go with it, the generated sheets are replaced", async () => {
    const host = fileHost("考核.xlsx", bytes, opened(bytes, "考核.xlsx"), "zh");
    const scheme = readWorkbook(await host.readGrids()).scheme;
    const edited = { ...scheme, tiers: scheme.tiers.map((x) => (x.label === "优秀" ? { ...x, min: 95 } : x)) };
    for (const s of [scheme, edited]) {
      const plan = rankWorkbook(await host.readGrids(), { scheme: s }).plan;
      if (plan === null) throw new Error("the sample does not rank");
      await host.applyPlan(plan);
    }
    const again = await host.readGrids();
    const names = again.map((g) => g.sheet);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n === "考核结果")).toHaveLength(1);
    // Read back with no rules given: the workbook's own settings sheet carries 优秀 ≥ 95.
    expect(readWorkbook(again).scheme.tiers.find((x) => x.label === "优秀")?.min).toBe(95);
  });

  it("reads the files chosen beside the workbook with it, each sheet marked with its file, and writes only the workbook", async () => {
    const grids = opened(bytes, "考核.xlsx");
    const team: Grid = {
      sheet: "第一组",
      originRow: 1,
      originCol: 1,
      cells: [
        ["单位名称", "实地考核"],
        ["清丰县", 1],
      ],
    };
    const host = fileHost("考核.xlsx", bytes, grids, "zh", [{ name: "第一组.xlsx", grids: [team] }]);
    const read = await host.readGrids();
    expect(read.map((g) => g.file)).toEqual([...grids.map(() => undefined), "第一组.xlsx"]);
    // The team's score differs from the workbook's: the problem names the team's file.
    const conflict = rankWorkbook(read).problems.filter((p) => p.code === "SCORE_CONFLICT");
    expect(conflict.map((p) => [p.file, p.sheet, p.cell])).toEqual([["第一组.xlsx", "第一组", "B2"]]);
    expect(problemMessage(conflict[0] as Problem, "zh")).toMatch(/^\[第一组\.xlsx\]第一组!B2：/);

    const agreeing = fileHost("考核.xlsx", bytes, grids, "zh", [
      {
        name: "第一组.xlsx",
        grids: [
          {
            ...team,
            cells: [
              ["单位名称", "类别"],
              ["清丰县", "县（区）"],
            ],
          },
        ],
      },
    ]);
    const result = rankWorkbook(await agreeing.readGrids());
    if (result.plan === null) throw new Error(`did not rank: ${JSON.stringify(result.problems)}`);
    await agreeing.applyPlan(result.plan);
    const written = opened(agreeing.rankedCopy?.()?.bytes ?? new Uint8Array(), "考核.assess.xlsx").map((g) => g.sheet);
    expect(written).not.toContain("第一组");
    expect(written).toEqual(expect.arrayContaining([...grids.map((g) => g.sheet), "考核结果"]));
  });

  it("speaks English only to a browser set to English", () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    const set = (language: string) => Object.defineProperty(globalThis, "navigator", { value: { language }, configurable: true });
    try {
      set("en-GB");
      expect(browserLanguage()).toBe("en");
      set("zh-CN");
      expect(browserLanguage()).toBe("zh");
      set("fr-FR");
      expect(browserLanguage()).toBe("zh");
    } finally {
      if (original) Object.defineProperty(globalThis, "navigator", original);
      else Reflect.deleteProperty(globalThis, "navigator");
    }
  });
});
