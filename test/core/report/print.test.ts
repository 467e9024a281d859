// How the generated sheets print, as the plan says it (the adapters only render it): titles from the
// workbook or the settings, A4 fitted one page wide, a landscape page only for a table too wide to
// read on a portrait one, the header rows repeated, and rows tall enough for their wrapped lines.
import { rankWorkbook } from "../../../src/core/pipeline";
import { displayWidth } from "../../../src/core/report/format";
import { columnPixels, pageSetup, rowPoints, wrappedLines } from "../../../src/core/report/print";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { Grid, SheetPlan, WorkbookPlan } from "../../../src/core/types";
import { COUNTIES, DEPARTMENTS, scoreSheet } from "./workbooks";

const ALL = [...COUNTIES, ...DEPARTMENTS];
const sheetOf = (plan: WorkbookPlan, kind: SheetPlan["kind"]): SheetPlan => plan.sheets.find((s) => s.kind === kind)!;
const titled = (title: string | null): Grid => {
  const grid = scoreSheet(ALL);
  return title === null ? { ...grid, cells: grid.cells.slice(1) } : { ...grid, cells: [[title], ...grid.cells.slice(1)] };
};
const firstCell = (s: SheetPlan): unknown => ("values" in s.columns[0]! ? s.columns[0].values[0] : null);

describe("titles", () => {
  test("come from the workbook's own title: …考核得分汇总表 gives …考核结果, its tiers and its notice", () => {
    const plan = rankWorkbook([titled("濮阳市2020年度依法行政考核得分汇总表")]).plan!;
    expect(firstCell(sheetOf(plan, "results"))).toBe("濮阳市2020年度依法行政考核结果");
    expect(firstCell(plan.sheets.find((s) => s.name === "优秀等次")!)).toBe("濮阳市2020年度依法行政考核优秀等次单位");
    expect(firstCell(sheetOf(plan, "notice"))).toBe("濮阳市2020年度依法行政考核结果通报");
  });

  test("skip a note such as 填报单位：… and come from the settings' notice title when the workbook has none", () => {
    const note = rankWorkbook([titled("填报单位：濮阳市法治政府建设领导小组办公室")]).plan!;
    expect(firstCell(sheetOf(note, "results"))).toBe("2020年度全市依法行政考核结果");
    const scheme = { ...defaultScheme(), notice: { ...defaultScheme().notice!, title: "关于2021年度全县依法行政考核情况的通报" } };
    const none = rankWorkbook([titled(null)], { scheme }).plan!;
    expect(firstCell(sheetOf(none, "results"))).toBe("2021年度全县依法行政考核结果");
  });

  test("are merged across the table and never cut short: a narrow tier sheet widens for its title", () => {
    const plan = rankWorkbook([titled("濮阳市2020年度依法行政考核得分汇总表")]).plan!;
    for (const s of plan.sheets.filter((x) => x.kind === "results" || x.kind === "tier")) {
      expect(s.look!.merges[0]).toEqual({ row: 0, col: 0, rows: 1, cols: s.columns.length });
      const room = s.columns.reduce((sum, c) => sum + columnPixels(c.width), 0);
      // 16 pt: a CJK character is 21⅓ px, a digit half that.
      expect(room).toBeGreaterThanOrEqual(((displayWidth(firstCell(s) as string) / 2) * 16 * 96) / 72);
    }
  });
});

describe("page setup", () => {
  test("A4 portrait (单位反馈, a mail-merge table of every figure, landscape), one page wide, centred, page numbers, the header row repeated on every page", () => {
    const plan = rankWorkbook([scoreSheet(ALL)]).plan!;
    for (const s of plan.sheets) {
      expect({ sheet: s.name, ...s.look!.page }).toMatchObject({
        sheet: s.name,
        paper: "A4",
        orientation: s.kind === "feedback" ? "landscape" : "portrait",
        fitToOnePageWide: true,
        centerHorizontally: true,
        footer: "第 &P 页 共 &N 页",
      });
    }
    expect(sheetOf(plan, "results").look!.page.titleRows).toEqual({ first: 1, last: 1 });
    expect(plan.sheets.find((s) => s.name === "优秀等次")!.look!.page.titleRows).toEqual({ first: 1, last: 1 });
    expect(sheetOf(plan, "notice").look!.page.titleRows).toBeNull();
  });

  test("landscape only for a table a portrait page would shrink past reading", () => {
    expect(pageSetup([6, 24, 10, 10, 10, 12, 10, 6], null).orientation).toBe("portrait");
    expect(
      pageSetup(
        Array.from({ length: 16 }, () => 12),
        null,
      ).orientation,
    ).toBe("landscape");
    // Seven components and a bonus: the results sheet turns.
    const components = Array.from({ length: 7 }, (_, k) => ({ key: `c${k}`, label: `第${k + 1}项考核内容得分`, aliases: [], weight: k === 0 ? 40 : 10, subItems: [] }));
    const rows = [["单位名称", "类别", ...components.map((c) => c.label)], ...ALL.map(([name, group, score]) => [name, group, ...components.map(() => score)])];
    const plan = rankWorkbook([{ sheet: "得分", originRow: 1, originCol: 1, cells: rows }], { scheme: { ...defaultScheme(), components } }).plan!;
    expect(sheetOf(plan, "results").look!.page.orientation).toBe("landscape");
  });
});

describe("the look of the cells", () => {
  test("the results: title, header and a bordered body; rank and tier centred, numbers right, names left", () => {
    const s = sheetOf(rankWorkbook([scoreSheet(ALL)]).plan!, "results");
    const [title, header, body] = s.look!.bands;
    expect(title).toMatchObject({ first: 0, last: 0, style: { font: { name: "黑体", size: 16 } } });
    expect(header).toMatchObject({ first: 1, last: 1, style: { font: { name: "黑体" }, border: true, align: "center" } });
    expect(body).toMatchObject({ first: 2, last: ALL.length + 1, style: { font: { name: "宋体", size: 11 }, border: true, align: null } });
    expect(s.columns.map((c) => c.align)).toEqual(["center", "left", "center", "right", "right", "right", "right", "center"]);
  });

  test("the notice: each paragraph a wrapped row as tall as its lines, the headings in 黑体", () => {
    const many = Array.from({ length: 40 }, (_, k) => [`濮阳市第${k + 1}个市直部门`, "市直部门", 95] as [string, string, number]);
    const s = sheetOf(rankWorkbook([scoreSheet([...COUNTIES, ...many])]).plan!, "notice");
    const values = "values" in s.columns[0]! ? s.columns[0].values : [];
    const pixels = columnPixels(s.columns[0]!.width);
    const at = values.findIndex((v) => typeof v === "string" && v.includes("市直部门40个"));
    const lines = wrappedLines(values[at] as string, pixels);
    expect(lines).toBeGreaterThan(3);
    expect(s.look!.rowHeights).toContainEqual({ row: at, points: rowPoints(lines) });
    const band = s.look!.bands.find((b) => b.first <= at && at <= b.last)!;
    expect(band.style).toMatchObject({ wrap: true, font: { name: "宋体" } });
    const heading = s.look!.bands.find((b) => b.first === 1)!;
    expect(heading.style.font.name).toBe("黑体");
  });

  test("a wrapped line's count follows its display width, one character kept back from each line", () => {
    // 80 characters wide: 565 px, 38 full-width characters of 11 pt, counted as 37.
    const pixels = columnPixels(80);
    expect(wrappedLines("市".repeat(37), pixels)).toBe(1);
    expect(wrappedLines("市".repeat(38), pixels)).toBe(2);
    expect(wrappedLines("1".repeat(74), pixels)).toBe(1);
    expect(wrappedLines("市".repeat(37 * 3), pixels)).toBe(3);
    expect(rowPoints(3)).toBeGreaterThanOrEqual(3 * 16);
  });

  test("the settings sheet: its borders end with each table, long lists wrap so it prints one page wide", () => {
    const s = sheetOf(rankWorkbook([scoreSheet(ALL)]).plan!, "settings");
    const widths = s.columns.map((c) => c.width);
    expect(pageSetup(widths, null).orientation).toBe("portrait");
    expect(Math.max(...widths)).toBeLessThanOrEqual(30);
    const values = (r: number): unknown[] => s.columns.map((c) => ("values" in c ? c.values[r] : null));
    const tierHeader = Array.from({ length: s.rowCount }, (_, r) => r).find((r) => values(r)[0] === "等次")!;
    const band = s.look!.bands.find((b) => b.first <= tierHeader && tierHeader <= b.last)!;
    expect(band.columns).toBe(3);
    const daily = Array.from({ length: s.rowCount }, (_, r) => r).find((r) => values(r)[0] === "日常考核")!;
    expect(s.look!.rowHeights.find((h) => h.row === daily)!.points).toBeGreaterThan(rowPoints(1));
  });
});
