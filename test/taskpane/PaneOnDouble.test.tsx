/** @jest-environment jsdom */
// The pane with its real host binding (src/excel) over the Excel double: what Excel would see.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { uiText } from "../../src/core/messages/ui";
import { officeHost } from "../../src/taskpane/officeHost";
import { Pane } from "../../src/taskpane/Pane";
import { ExcelDouble, installExcelDouble } from "../support/excel-double";
import { ROW_OF, SHEET, scoreWorkbook } from "./workbook";

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
  // Read (sheet list, used ranges), then write (sheet list again, one request).
  expect(double.syncs).toBeLessThanOrEqual(4);

  fireEvent.click(results.getByRole("button", { name: zh.openSheet("考核结果") }));
  await waitFor(() => expect(double.activeSheet()).toBe("考核结果"));
});

test("clicking a problem selects its cell in the workbook", async () => {
  const double = openDouble((rows) => (rows[ROW_OF("范县") - 1]![3] = "abc"));
  render(<Pane host={officeHost} />);
  fireEvent.click(within(await screen.findByTestId("problems")).getByText(/abc/));
  await waitFor(() => expect(double.selection()).toEqual({ sheet: SHEET, address: `D${ROW_OF("范县")}` }));
});
