/** @jest-environment jsdom */
import "../support/browserGlobals";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { makeProblem, problemMessage } from "../../src/core/messages/problems";
import { uiText } from "../../src/core/messages/ui";
import { planCell } from "../../src/core/plan";
import { defaultScheme } from "../../src/core/scheme/defaults";
import { settingsSheetPlan } from "../../src/core/settings/write";
import type { CellValue } from "../../src/core/types";
import { Pane } from "../../src/taskpane/Pane";
import { fakeHost } from "./fakeHost";
import { openSection } from "./sections";
import { ROW_OF, SHEET, scoreWorkbook } from "./workbook";

const zh = uiText("zh");
const en = uiText("en");

const runButton = (t = zh): HTMLButtonElement => screen.getByRole("button", { name: t.run }) as HTMLButtonElement;

describe("the task pane over a score workbook", () => {
  test("shows the score sheet, the units per group and how each column was read", async () => {
    render(<Pane host={fakeHost(scoreWorkbook())} />);
    expect(await screen.findByText(zh.sheetUnits(SHEET, 7))).toBeTruthy();
    const groups = within(screen.getByTestId("units-per-group"));
    expect(groups.getByText(zh.groupUnits("县(区)", 4))).toBeTruthy();
    expect(groups.getByText(zh.groupUnits("市直部门", 3))).toBeTruthy();
    expect(screen.getByText(zh.schemeFromDefault)).toBeTruthy();

    await openSection(zh.columnsHeading);
    const meaning = (column: string, header: string): string =>
      (screen.getByLabelText(zh.columnLabel(SHEET, column, header)) as HTMLSelectElement).selectedOptions[0]?.textContent ?? "";
    expect(meaning("B", "单位名称")).toBe(zh.roleName);
    expect(meaning("C", "类别")).toBe(zh.roleGroup);
    expect(meaning("D", "日常考核")).toBe(zh.roleComponent("日常考核"));
    expect(meaning("E", "实地考核")).toBe(zh.roleComponent("实地考核"));
    expect(meaning("F", "满意度调查")).toBe(zh.roleComponent("满意度调查"));
    expect(runButton().disabled).toBe(false);
  });

  test("correcting a column's meaning changes what is read, and undoing restores it", async () => {
    render(<Pane host={fakeHost(scoreWorkbook())} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    await openSection(zh.columnsHeading);
    const onsite = screen.getByLabelText(zh.columnLabel(SHEET, "E", "实地考核")) as HTMLSelectElement;
    const ignored = Array.from(onsite.options).find((o) => o.textContent === zh.roleIgnored);
    fireEvent.change(onsite, { target: { value: ignored?.value } });

    // Without its on-site column the table cannot be ranked: the reader says so and the button too.
    await waitFor(() => expect(runButton().disabled).toBe(true));
    expect(within(screen.getByTestId("problems")).getAllByText(/实地考核/).length).toBeGreaterThan(0);
    expect(screen.getByTestId("run-blocked").textContent).toMatch(/错误/);

    fireEvent.click(screen.getByRole("button", { name: zh.undoCorrections }));
    await waitFor(() => expect(runButton().disabled).toBe(false));
    expect(screen.getByText(zh.noProblems)).toBeTruthy();
  });

  test("weights that do not total 100 are reported as typed and block the run", async () => {
    render(<Pane host={fakeHost(scoreWorkbook())} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    await openSection(zh.rulesHeading);
    const daily = screen.getByLabelText("日常考核") as HTMLInputElement;
    fireEvent.change(daily, { target: { value: "50" } });

    expect(screen.getByTestId("weight-sum").textContent).toBe(zh.weightsSum("90", "100"));
    const errors = screen.getByTestId("rules-errors");
    expect(errors.textContent).toMatch(/90%/);
    expect(errors.textContent).toMatch(/100%/);
    expect(runButton().disabled).toBe(true);
    expect(screen.getByTestId("run-blocked").textContent).toBe(zh.cannotRunRules);
    expect((screen.getByRole("button", { name: zh.saveRules }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText("实地考核"), { target: { value: "40" } });
    await waitFor(() => expect(runButton().disabled).toBe(false));
    expect(screen.queryByTestId("rules-errors")).toBeNull();
  });

  test("thresholds out of order are reported", async () => {
    render(<Pane host={fakeHost(scoreWorkbook())} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    await openSection(zh.rulesHeading);
    fireEvent.change(screen.getByLabelText(zh.tierMin("良好")), { target: { value: "95" } });
    expect(screen.getByTestId("rules-errors").textContent).toMatch(/良好/);
    expect(runButton().disabled).toBe(true);
  });

  test("saved rules are written to the workbook and read back from it", async () => {
    const host = fakeHost(scoreWorkbook());
    render(<Pane host={host} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    await openSection(zh.rulesHeading);
    fireEvent.change(screen.getByLabelText(zh.tierMin("优秀")), { target: { value: "93" } });
    expect(screen.getByText(zh.schemeEdited)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.saveRules }));

    expect(await screen.findByText(zh.rulesSaved)).toBeTruthy();
    expect(host.plans).toHaveLength(1);
    expect(screen.queryByText(zh.schemeEdited)).toBeNull();
    expect((screen.getByLabelText(zh.tierMin("优秀")) as HTMLInputElement).value).toBe("93");
    // The score sheet itself is untouched by a save.
    expect(host.grids.find((g) => g.sheet === SHEET)?.cells).toEqual(scoreWorkbook()[0]?.cells);
  });

  test("problems name their cells, and clicking one selects that cell", async () => {
    const col = 4; // 实地考核 is column E
    const host = fakeHost(scoreWorkbook((rows) => (rows[ROW_OF("市民政局") - 1]![col] = "缺考")));
    render(<Pane host={host} />);
    const list = within(await screen.findByTestId("problems"));
    const problem = list.getByText(/缺考/);
    expect(runButton().disabled).toBe(true);
    expect(screen.getByTestId("run-blocked").textContent).toBe(zh.cannotRunErrors(1));

    fireEvent.click(problem);
    expect(host.selectCell).toHaveBeenCalledWith(SHEET, `E${ROW_OF("市民政局")}`);
  });

  test("a score formula with no computed value is listed at its cell, blocks the run, and clicking it selects that cell", async () => {
    // 满意度调查 (column F) of 市民政局 is a formula a program wrote without calculating it: the cell
    // reads blank, and the reading says which cell and why instead of calling the score missing.
    const row = ROW_OF("市民政局");
    const [sheet, ...rest] = scoreWorkbook((rows) => (rows[row - 1]![5] = null));
    const host = fakeHost([{ ...sheet!, uncalculated: [`F${row}`] }, ...rest]);
    render(<Pane host={host} />);
    const list = within(await screen.findByTestId("problems"));
    const shown = problemMessage(makeProblem("FORMULA_NO_VALUE", "error", SHEET, `F${row}`), "zh");
    const problem = list.getByText(shown);
    expect(list.queryByText(/缺少|missing/)).toBeNull();
    expect(runButton().disabled).toBe(true);
    expect(screen.getByTestId("run-blocked").textContent).toBe(zh.cannotRunErrors(1));

    fireEvent.click(problem);
    expect(host.selectCell).toHaveBeenCalledWith(SHEET, `F${row}`);
  });

  test("a rule broken on 考核设置 is listed with its cell, and clicking it selects that cell", async () => {
    const plan = settingsSheetPlan(defaultScheme(), ["考核设置"], "考核设置");
    const cells: CellValue[][] = Array.from({ length: plan.rowCount }, (_, r) => plan.columns.map((c) => planCell(c, r)));
    // A quota typed on the last tier (不合格), in the 名额 column (C).
    const row = cells.findIndex((r) => r[0] === "不合格") + 1;
    cells[row - 1]![2] = "5个";
    const host = fakeHost([...scoreWorkbook(), { sheet: "考核设置", originRow: 1, originCol: 1, cells }]);
    render(<Pane host={host} />);
    const list = within(await screen.findByTestId("problems"));
    fireEvent.click(list.getByText(/考核设置有误/));
    expect(host.selectCell).toHaveBeenCalledWith("考核设置", `C${row}`);
  });

  test("one click ranks: tier counts per group, the notice with a copy button, a link to the results", async () => {
    const host = fakeHost(scoreWorkbook());
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<Pane host={host} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    fireEvent.click(runButton());

    const results = within(await screen.findByTestId("results"));
    const county = results.getByText(zh.groupResult("县(区)", 4)).parentElement!;
    expect(within(county).getByText(zh.tierUnits("优秀", 2))).toBeTruthy();
    expect(within(county).getByText(zh.tierUnits("良好", 1))).toBeTruthy();
    expect(within(county).getByText(zh.tierUnits("合格", 1))).toBeTruthy();
    expect(within(county).getByText(zh.tierUnits("不合格", 0))).toBeTruthy();
    const dept = results.getByText(zh.groupResult("市直部门", 3)).parentElement!;
    expect(within(dept).getByText(zh.tierUnits("不合格", 1))).toBeTruthy();

    const notice = results.getByRole("textbox", { name: zh.noticeHeading }).textContent ?? "";
    expect(notice).toMatch(/清丰县、台前县/);
    expect(notice).toMatch(/市民政局/);

    expect(host.plans).toHaveLength(1);
    expect(host.grids.some((g) => g.sheet === "考核结果")).toBe(true);

    fireEvent.click(results.getByRole("button", { name: zh.copy }));
    expect(await results.findByText(zh.copied)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(notice);

    fireEvent.click(results.getByRole("button", { name: zh.openSheet("考核结果") }));
    expect(host.activateSheet).toHaveBeenCalledWith("考核结果");
    // The notice document is made after every run; a run never ends on a bar saying it could not be.
    expect(results.queryByText(/无法生成 Word 文件/)).toBeNull();
  });

  test("the run shows its steps as it goes", async () => {
    const host = fakeHost(scoreWorkbook());
    let finishWrite: () => void = () => undefined;
    const apply = host.applyPlan;
    host.applyPlan = (plan) => new Promise((resolve) => (finishWrite = () => void apply(plan).then(resolve)));
    render(<Pane host={host} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    fireEvent.click(runButton());
    expect(await screen.findByText(zh.stepOf(4, 4, "写入"))).toBeTruthy();
    expect(runButton().disabled).toBe(true);
    await act(async () => finishWrite());
    expect(await screen.findByTestId("results")).toBeTruthy();
  });

  test("speaks English when Office's display language is English", async () => {
    render(<Pane host={fakeHost(scoreWorkbook(), "en")} />);
    expect(await screen.findByText(en.sheetUnits(SHEET, 7))).toBeTruthy();
    expect(screen.getByRole("heading", { name: en.groupsHeading })).toBeTruthy();
    expect(screen.getByText(en.groupUnits("县(区)", 4))).toBeTruthy();
    expect(runButton(en)).toBeTruthy();
    expect(screen.queryByText(zh.run)).toBeNull();
  });
});
