/** @jest-environment jsdom */
// The pane over a 评委打分 sheet: each rater's column shows its meaning, and columns ASSESS took for
// sub-items can be corrected to raters.
import "../support/browserGlobals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { uiText } from "../../src/core/messages/ui";
import type { CellValue, Grid } from "../../src/core/types";
import { Pane } from "../../src/taskpane/Pane";
import { fakeHost } from "./fakeHost";
import { openSection } from "./sections";

const zh = uiText("zh");
const SHEET = "评委打分";

/** 单位名称 | 类别 | 日常考核 | 实地考核 merged over three raters' columns | 满意度调查. */
function raterWorkbook(raters: string[]): Grid[] {
  const units: [string, string, number[]][] = [
    ["清丰县", "县(区)", [90, 80, 60]],
    ["市公安局", "市直部门", [95, 85, 75]],
  ];
  const cells: CellValue[][] = [
    ["单位名称", "类别", "日常考核", "实地考核", null, null, "满意度调查"],
    [null, null, null, ...raters, null],
    ...units.map(([name, group, scores]): CellValue[] => [name, group, 90, ...scores, 90]),
  ];
  const merged = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
  return [{ sheet: SHEET, originRow: 1, originCol: 1, cells, merges: [merged(1, 1, 2, 1), merged(1, 2, 2, 2), merged(1, 3, 2, 3), merged(1, 4, 1, 6), merged(1, 7, 2, 7)] }];
}

const runButton = (): HTMLButtonElement => screen.getByRole("button", { name: zh.run }) as HTMLButtonElement;
const select = (column: string, header: string): HTMLSelectElement => screen.getByLabelText(zh.columnLabel(SHEET, column, header)) as HTMLSelectElement;
const meaning = (column: string, header: string): string => select(column, header).selectedOptions[0]?.textContent ?? "";

test("each rater's column is shown as a rater of its component", async () => {
  render(<Pane host={fakeHost(raterWorkbook(["评委1", "评委2", "评委3"]))} />);
  await screen.findByText(zh.sheetUnits(SHEET, 2));
  await openSection(zh.columnsHeading);
  expect(meaning("D", "实地考核 / 评委1")).toBe(zh.roleRater("实地考核"));
  expect(meaning("F", "实地考核 / 评委3")).toBe(zh.roleRater("实地考核"));
  expect(meaning("C", "日常考核")).toBe(zh.roleComponent("日常考核"));
  expect(screen.getByText(zh.noProblems)).toBeTruthy();
  expect(runButton().disabled).toBe(false);
});

test("raters' columns under headers ASSESS does not know, read as parts of the component, are corrected to raters", async () => {
  render(<Pane host={fakeHost(raterWorkbook(["甲", "乙", "丙"]))} />);
  await screen.findByText(zh.sheetUnits(SHEET, 2));
  // Read as parts that add up: 90 + 80 + 60 is more than 100, an error that blocks the run.
  await waitFor(() => expect(runButton().disabled).toBe(true));
  await openSection(zh.columnsHeading);
  for (const [column, header] of [
    ["D", "实地考核 / 甲"],
    ["E", "实地考核 / 乙"],
    ["F", "实地考核 / 丙"],
  ] as const) {
    const s = select(column, header);
    const rater = Array.from(s.options).find((o) => o.textContent === zh.roleRater("实地考核"));
    fireEvent.change(s, { target: { value: rater?.value } });
  }
  await waitFor(() => expect(runButton().disabled).toBe(false));
  expect(meaning("E", "实地考核 / 乙")).toBe(zh.roleRater("实地考核"));
  expect(screen.getByText(zh.noProblems)).toBeTruthy();
});
