/** @jest-environment jsdom */
// The pane with its real host binding (src/excel) over the Excel double: what Excel would see.
import "../support/browserGlobals";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { uiText } from "../../src/core/messages/ui";
import { officeHost } from "../../src/taskpane/officeHost";
import { Pane } from "../../src/taskpane/Pane";
import { ExcelDouble, installExcelDouble } from "../support/excel-double";
import { ROW_OF, SHEET, scoreWorkbook } from "./workbook";
import { openSection } from "./sections";

const zh = uiText("zh");
let uninstall: () => void = () => undefined;

function openDouble(edit?: Parameters<typeof scoreWorkbook>[0]): ExcelDouble {
  const grid = scoreWorkbook(edit)[0]!;
  const double = ExcelDouble.fromJson({ sheets: [{ name: grid.sheet, values: grid.cells }] });
  uninstall = installExcelDouble(double, globalThis);
  return double;
}

afterEach(() => uninstall());

test("one click through the Office adapter writes the ranked sheets and leaves the score sheet alone", async () => {
  const double = openDouble();
  const before = double.values(SHEET);
  render(<Pane host={officeHost} />);
  await screen.findByText(zh.sheetUnits(SHEET, 7));
  double.resetCounters();
  fireEvent.click(screen.getByRole("button", { name: zh.run }));

  const results = within(await screen.findByTestId("results"));
  expect(results.getByText(zh.tierUnits("优秀", 2))).toBeTruthy();
  expect(double.sheetNames()).toEqual(expect.arrayContaining([SHEET, "考核结果", "结果通报"]));
  expect(double.values(SHEET)).toEqual(before);
  // The A4 box was offered (the sheet names no paper) but not ticked: the sheet's page setup is untouched.
  expect(double.pageLayout(SHEET)).toEqual({});
  expect(screen.queryByTestId("run-print-a4")).toBeNull();
  // Read (sheet list; used ranges, merged areas and values), then write (one request, with the
  // reading's sheet list).
  expect(double.syncs).toBe(3);

  fireEvent.click(results.getByRole("button", { name: zh.openSheet("考核结果") }));
  await waitFor(() => expect(double.activeSheet()).toBe("考核结果"));
});

test("the A4 box ticked, the score sheet that prints on the printer's default (Letter) gets A4 portrait, one page wide, in the same syncs", async () => {
  const double = openDouble();
  render(<Pane host={officeHost} />);
  await screen.findByText(zh.sheetUnits(SHEET, 7));
  const box = screen.getByRole("checkbox", { name: new RegExp(zh.printA4Label([SHEET]).slice(0, 12)) }) as HTMLInputElement;
  expect(box.checked).toBe(false);
  fireEvent.click(box);
  double.resetCounters();
  fireEvent.click(screen.getByRole("button", { name: zh.run }));
  await screen.findByTestId("results");
  expect(double.pageLayout(SHEET)).toEqual({ paperSize: "A4", orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  expect(screen.getByTestId("run-print-a4").textContent).toBe(zh.printedOnA4(SHEET, null));
  expect(double.syncs).toBe(3);
});

test("a score sheet that already prints on A4 is not offered the A4 box", async () => {
  const double = openDouble();
  double.book.defaultPaper = "A4";
  render(<Pane host={officeHost} />);
  await screen.findByText(zh.sheetUnits(SHEET, 7));
  expect(screen.queryByRole("checkbox")).toBeNull();
});

test("clicking a problem selects its cell in the workbook", async () => {
  const double = openDouble((rows) => (rows[ROW_OF("范县") - 1]![3] = "abc"));
  render(<Pane host={officeHost} />);
  fireEvent.click(within(await screen.findByTestId("problems")).getByText(/abc/));
  await waitFor(() => expect(double.selection()).toEqual({ sheet: SHEET, address: `D${ROW_OF("范县")}` }));
});

describe("the shared runtime's hidden start", () => {
  let restore: (() => void) | null = null;
  /** The page as it runs when a formula started the shared runtime: loaded, its pane not shown. */
  function hiddenPage(double: ExcelDouble): void {
    double.paneVisible = false;
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (double.paneVisible ? "visible" : "hidden") });
    restore = () => delete (document as { visibilityState?: unknown }).visibilityState;
  }
  afterEach(() => {
    restore?.();
    restore = null;
  });

  test("reads the workbook when the pane is shown, not when the page starts hidden", async () => {
    const double = openDouble();
    hiddenPage(double);
    render(<Pane host={officeHost} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(double.syncs).toBe(0);
    // The user keeps working before opening the pane: 南乐县 now has 96.
    double.typeInto(SHEET, `D${ROW_OF("南乐县")}`, 96);
    double.typeInto(SHEET, `E${ROW_OF("南乐县")}`, 96);
    double.typeInto(SHEET, `F${ROW_OF("南乐县")}`, 96);
    act(() => double.setPaneVisible(true));
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    expect(double.syncs).toBe(2);
  });

  test("reads again each time the pane is shown, so it never shows what the workbook was", async () => {
    const double = openDouble();
    render(<Pane host={officeHost} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    act(() => double.setPaneVisible(false));
    // While the pane is closed the user adds an eighth unit.
    double.typeInto(SHEET, "B10", "华龙区");
    for (const [col, v] of [
      ["C", "县(区)"],
      ["D", 88],
      ["E", 88],
      ["F", 88],
    ] as const)
      double.typeInto(SHEET, `${col}10`, v);
    act(() => double.setPaneVisible(true));
    await screen.findByText(zh.sheetUnits(SHEET, 8));
  });
});

test("shows a sheet too large to read as a problem on that sheet, and still ranks from the others", async () => {
  const grid = scoreWorkbook()[0]!;
  const double = ExcelDouble.fromJson({
    sheets: [
      { name: grid.sheet, values: grid.cells },
      { name: "说明", values: [["说明"]] },
    ],
  });
  double.typeInto("说明", "XFD1048576", "x");
  uninstall = installExcelDouble(double, globalThis);
  render(<Pane host={officeHost} />);
  const problems = within(await screen.findByTestId("problems"));
  expect(problems.getByText(/说明.*A1:XFD1048576/)).toBeTruthy();
  expect(screen.getByRole("button", { name: zh.run })).toBeTruthy();
});

test("saving the rules names its sheet from the sheets as they are now, not as the pane last read them", async () => {
  const double = openDouble();
  render(<Pane host={officeHost} />);
  await screen.findByText(zh.sheetUnits(SHEET, 7));
  // After the pane read the workbook, the user made a sheet of their own named like ASSESS's settings.
  double.putSheet({ name: "考核设置", values: [["我的设置"]] });
  await openSection(zh.rulesHeading);
  fireEvent.change(screen.getByLabelText(zh.tierMin("优秀")), { target: { value: "93" } });
  fireEvent.click(screen.getByRole("button", { name: zh.saveRules }));
  expect(await screen.findByText(zh.rulesSaved)).toBeTruthy();
  expect(double.values("考核设置")).toEqual([["我的设置"]]);
  expect(double.sheetNames()).toContain("考核设置(ASSESS)");
});
