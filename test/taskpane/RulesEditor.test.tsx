/** @jest-environment jsdom */
import { raterChecksUiText } from "../../src/core/messages/raters";
import "../support/browserGlobals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as pipeline from "../../src/core/pipeline";
import { SCHEME_DETAIL } from "../../src/core/messages/scheme";
import { uiText } from "../../src/core/messages/ui";
import type { Scheme } from "../../src/core/types";
import { Pane } from "../../src/taskpane/Pane";
import { fakeHost, type FakeHost } from "./fakeHost";
import { SHEET, scoreWorkbook } from "./workbook";
import { openSection } from "./sections";

const zh = uiText("zh");
/** What the scheme checks say of full marks typed as `typed` ([Chinese, English]). */
const fullMarksSaid = (whose: [string, string], path: string, typed: string) => SCHEME_DETAIL.fullMarks(...whose, path, typed);
const en = uiText("en");

const runButton = (t = zh): HTMLButtonElement => screen.getByRole("button", { name: t.run }) as HTMLButtonElement;
const box = (label: string): HTMLInputElement => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(box(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The message Fluent shows under a field: the element its input names in aria-describedby. */
function besideField(label: string): string {
  const ids = (box(label).getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id !== "");
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

async function openRules(host: FakeHost, t = zh): Promise<void> {
  render(<Pane host={host} />);
  await screen.findByText(t.sheetUnits(SHEET, 7));
  await openSection(t.rulesHeading);
}

const openMoreRules = (t = zh) => fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${t.moreRules}`) }));

/** The scheme the one-click run hands to core, as core receives it. */
async function schemeOfRun(): Promise<Scheme | undefined> {
  const rank = jest.spyOn(pipeline, "rankWorkbook");
  try {
    await waitFor(() => expect(runButton().disabled).toBe(false));
    fireEvent.click(runButton());
    await screen.findByTestId("results");
    return rank.mock.calls[0]?.[1]?.scheme;
  } finally {
    rank.mockRestore();
  }
}

// Each test types, runs and reads the results several times through React and Fluent in jsdom: seconds, not milliseconds.
jest.setTimeout(30_000);

describe("the rules editor's rules of issue 9", () => {
  test("a bad total full marks is said beside its box as it is typed, and blocks the run until fixed", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    type(zh.totalFullMarks, "0");
    const said = fullMarksSaid(SCHEME_DETAIL.fullMarksOfTotal(), "fullMarks", "0")[0];
    expect(besideField(zh.totalFullMarks)).toContain(said);
    // Only beside the box it is about, not beside the others.
    expect(besideField(zh.componentFullMarks("日常考核"))).not.toContain(said);
    expect(runButton().disabled).toBe(true);
    expect(screen.getByTestId("run-blocked").textContent).toBe(zh.cannotRunRules);

    type(zh.totalFullMarks, "abc");
    expect(besideField(zh.totalFullMarks)).toContain(zh.notANumber);
    expect(runButton().disabled).toBe(true);

    // Blank is "as in 2020": 100, and the run may go.
    type(zh.totalFullMarks, "");
    await waitFor(() => expect(runButton().disabled).toBe(false));
    expect(besideField(zh.totalFullMarks)).toBe("");
  });

  test("a component's full marks sits beside its weight and goes to the run; the weights' total is said against the total's full marks", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    type(zh.componentFullMarks("实地考核"), "0");
    expect(besideField(zh.componentFullMarks("实地考核"))).toContain(fullMarksSaid(SCHEME_DETAIL.fullMarksOfComponent("实地考核"), "components[1].fullMarks", "0")[0]);
    expect(besideField(zh.componentFullMarks("日常考核"))).toBe("");
    expect(runButton().disabled).toBe(true);

    // Above every score of the workbook, which the reader checks against it.
    type(zh.componentFullMarks("实地考核"), "200");
    type(zh.totalFullMarks, "150");
    expect(screen.getByTestId("weight-sum").textContent).toBe(zh.weightsSum("100", "150"));
    type(zh.totalFullMarks, "");
    const scheme = await schemeOfRun();
    expect(scheme?.components.map((c) => c.fullMarks)).toEqual([undefined, 200, undefined]);
    expect(scheme !== undefined && "fullMarks" in scheme).toBe(false);
  });

  test("优秀 at most 30% goes to the run as a quota, and to the settings the editor saves", async () => {
    const host = fakeHost(scoreWorkbook());
    await openRules(host);
    expect(screen.queryByLabelText(zh.quotaTies)).toBeNull();
    choose(zh.tierQuota("优秀"), "percent");
    // A new quota starts blank: nothing is assumed, and the box asks for a number.
    expect(box(zh.tierQuotaPercent("优秀")).value).toBe("");
    expect(besideField(zh.tierQuotaPercent("优秀"))).toContain(zh.notANumber);
    type(zh.tierQuotaPercent("优秀"), "30");
    expect(besideField(zh.tierQuotaPercent("优秀"))).toBe("");
    // The last tier takes every unit left: it has no quota to set.
    expect(screen.queryByLabelText(zh.tierQuota("不合格"))).toBeNull();
    choose(zh.quotaTies, "in");
    let scheme = await schemeOfRun();
    expect(scheme?.tiers[0]).toEqual({ label: "优秀", min: 90, quota: { percent: 30 } });
    expect(scheme?.quotaTies).toBe("in");

    // A count instead keeps the number typed; 不限名额 takes the quota away again.
    choose(zh.tierQuota("优秀"), "count");
    expect(box(zh.tierQuotaCount("优秀")).value).toBe("30");
    type(zh.tierQuotaCount("优秀"), "2");
    choose(zh.tierQuota("良好"), "percent");
    type(zh.tierQuotaPercent("良好"), "50");
    choose(zh.tierQuota("良好"), "none");
    choose(zh.quotaTies, "out");
    scheme = await schemeOfRun();
    expect(scheme?.tiers.map((x) => x.quota)).toEqual([{ count: 2 }, undefined, undefined, undefined]);
    expect(scheme?.tiers[1] !== undefined && "quota" in scheme.tiers[1]).toBe(false);
    // "out" is what an absent rule means: the editor leaves it absent rather than writing the default down.
    expect(scheme !== undefined && "quotaTies" in scheme).toBe(false);

    choose(zh.tierQuota("优秀"), "percent");
    type(zh.tierQuotaPercent("优秀"), "30");
    const save = jest.spyOn(pipeline, "settingsOnlyPlan");
    try {
      fireEvent.click(screen.getByRole("button", { name: zh.saveRules }));
      await screen.findByText(zh.rulesSaved);
      expect(save.mock.calls[0]?.[1]?.tiers[0]).toEqual({ label: "优秀", min: 90, quota: { percent: 30 } });
    } finally {
      save.mockRestore();
    }
  });

  test("a tier with a quota may go without a threshold (the first 8 are 好); without a quota its threshold is asked for", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    type(zh.tierMin("良好"), "");
    expect(besideField(zh.tierMin("良好"))).toContain(zh.notANumber);
    type(zh.tierMin("良好"), "80");
    choose(zh.tierQuota("优秀"), "count");
    type(zh.tierQuotaCount("优秀"), "8");
    type(zh.tierMin("优秀"), "");
    expect(box(zh.tierMin("优秀")).placeholder).toBe(zh.noLimit);
    expect(besideField(zh.tierMin("优秀"))).not.toContain(zh.notANumber);
  });

  test("a group's own tiers take a quota of their own", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    fireEvent.click(screen.getByRole("button", { name: zh.ownTiersFor("市直部门") }));
    const [common, own] = screen.getAllByLabelText(zh.tierQuota("优秀"));
    expect(common).toBeTruthy();
    fireEvent.change(own as HTMLElement, { target: { value: "count" } });
    type(zh.tierQuotaCount("优秀"), "1");
    const scheme = await schemeOfRun();
    expect(scheme?.groupTiers["市直部门"]?.[0]?.quota).toEqual({ count: 1 });
    expect(scheme?.tiers[0]?.quota).toBeUndefined();
  });

  test("bonus limits under 更多规则: each blank is no limit, and none at all leaves no bonus rules", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    openMoreRules();
    expect(box(zh.maxAdd).placeholder).toBe(zh.noLimit);
    type(zh.maxAdd, "5");
    type(zh.maxAddPerItem, "２"); // a full-width digit, as a Chinese keyboard may type it
    type(zh.maxDeduct, "10");
    type(zh.addFrom, "60");
    fireEvent.click(screen.getByLabelText(zh.capAtFullMarks));
    expect(await schemeOfRun()).toMatchObject({ bonusRules: { maxAdd: 5, maxAddPerItem: 2, maxDeduct: 10, addFrom: 60, capAtFullMarks: true } });

    for (const label of [zh.maxAdd, zh.maxAddPerItem, zh.maxDeduct, zh.addFrom]) type(label, "");
    fireEvent.click(screen.getByLabelText(zh.capAtFullMarks));
    const scheme = await schemeOfRun();
    expect(scheme !== undefined && "bonusRules" in scheme).toBe(false);
  });

  test("评分分析's flags under 更多规则: blank keeps the defaults, a bad one is said under its box", async () => {
    const w = raterChecksUiText("zh");
    await openRules(fakeHost(scoreWorkbook()));
    openMoreRules();
    expect(box(w.sdMultiple).placeholder).toBe("2");
    expect(box(w.maxFromMedian).placeholder).toBe("15");
    type(w.sdMultiple, "2.5");
    type(w.maxFromMedian, "10");
    expect((await schemeOfRun())?.raterChecks).toEqual({ sdMultiple: 2.5, maxFromMedian: 10 });
    type(w.maxFromMedian, "0");
    expect(besideField(w.maxFromMedian)).toContain("评分偏离提示分值 0 应为大于 0 的数字");
    expect(runButton().disabled).toBe(true);
    type(w.maxFromMedian, "");
    type(w.sdMultiple, "2");
    const scheme = await schemeOfRun();
    expect(scheme !== undefined && "raterChecks" in scheme).toBe(false);
  });

  test("tie-break steps are added, ordered and removed, and go to the run in their order", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    openMoreRules();
    expect(screen.getByText(zh.tieBreakNone)).toBeTruthy();
    const add = () => fireEvent.click(screen.getByRole("button", { name: zh.addTieBreak }));
    add();
    add();
    choose(zh.tieBreakStep(2), "unrounded");
    add();
    expect(screen.getAllByRole("combobox", { name: /^第 \d 步$/ })).toHaveLength(3);
    expect((await schemeOfRun())?.tieBreak).toEqual([{ component: "daily" }, "unrounded", { component: "onsite" }]);

    fireEvent.click(screen.getByRole("button", { name: zh.moveStepUp(3) }));
    fireEvent.click(screen.getByRole("button", { name: zh.removeStep(1) }));
    expect((screen.getByRole("button", { name: zh.moveStepUp(1) }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: zh.moveStepDown(2) }) as HTMLButtonElement).disabled).toBe(true);
    expect((await schemeOfRun())?.tieBreak).toEqual([{ component: "onsite" }, "unrounded"]);

    fireEvent.click(screen.getByRole("button", { name: zh.removeStep(1) }));
    fireEvent.click(screen.getByRole("button", { name: zh.removeStep(1) }));
    expect(screen.getByText(zh.tieBreakNone)).toBeTruthy();
    const scheme = await schemeOfRun();
    expect(scheme !== undefined && "tieBreak" in scheme).toBe(false);
  });

  test("a component's raters: their mean or the trimmed mean, rounded as chosen or not at all", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    openMoreRules();
    expect(screen.queryByLabelText(zh.raterDecimals("实地考核"))).toBeNull();
    choose(zh.ratersFor("实地考核"), "trimmed");
    expect(box(zh.raterDecimals("实地考核")).value).toBe("2");
    type(zh.raterDecimals("实地考核"), "1");
    choose(zh.ratersFor("满意度调查"), "mean");
    type(zh.raterDecimals("满意度调查"), "");
    expect(box(zh.raterDecimals("满意度调查")).placeholder).toBe(zh.raterDecimalsHint);
    const scheme = await schemeOfRun();
    expect(scheme?.components.map((c) => c.raters)).toEqual([undefined, { method: "trimmed", decimals: 1 }, { method: "mean", decimals: null }]);

    choose(zh.ratersFor("实地考核"), "none");
    expect(screen.queryByLabelText(zh.raterDecimals("实地考核"))).toBeNull();
  });

  test("a group found in the workbook gets a scale of its own; a bad one is said beside it and counted on the closed 更多规则", async () => {
    await openRules(fakeHost(scoreWorkbook()));
    openMoreRules();
    fireEvent.click(screen.getByRole("button", { name: zh.ownScaleFor("县(区)") }));
    expect(box(zh.groupFullMarks("县(区)")).value).toBe("100");
    type(zh.groupFullMarks("县(区)"), "-1");
    expect(besideField(zh.groupFullMarks("县(区)"))).toContain(fullMarksSaid(SCHEME_DETAIL.fullMarksOfGroup("县(区)"), "groupScales.县(区).fullMarks", "-1")[0]);
    expect(runButton().disabled).toBe(true);

    openMoreRules(); // closed again: its header still says a problem is inside
    expect(screen.getByRole("button", { name: zh.moreRulesProblems(1) })).toBeTruthy();
    openMoreRules();
    type(zh.groupFullMarks("县(区)"), "150");
    type(zh.groupWeight("县(区)", "日常考核"), "90");
    type(zh.groupWeight("县(区)", "实地考核"), "45");
    type(zh.groupWeight("县(区)", "满意度调查"), "15");
    type(zh.groupComponentFullMarks("县(区)", "实地考核"), "120");
    expect(screen.getByRole("button", { name: zh.moreRules })).toBeTruthy();
    const scheme = await schemeOfRun();
    expect(scheme?.groupScales).toEqual({
      "县(区)": { fullMarks: 150, components: { daily: { weight: 90 }, onsite: { weight: 45, fullMarks: 120 }, satisfaction: { weight: 15 } } },
    });

    type(zh.groupWeight("县(区)", "日常考核"), "");
    type(zh.groupComponentFullMarks("县(区)", "实地考核"), "");
    fireEvent.click(screen.getByRole("button", { name: zh.dropOwnScale("县(区)") }));
    expect(screen.getByRole("button", { name: zh.ownScaleFor("县(区)") })).toBeTruthy();
    const after = await schemeOfRun();
    expect(after !== undefined && "groupScales" in after).toBe(false);
  });

  test("in English, the editor and the check beside a field speak English", async () => {
    await openRules(fakeHost(scoreWorkbook(), "en"), en);
    type(en.totalFullMarks, "-5");
    expect(besideField(en.totalFullMarks)).toContain(fullMarksSaid(SCHEME_DETAIL.fullMarksOfTotal(), "fullMarks", "-5")[1]);
    openMoreRules(en);
    expect(screen.getByText(en.bonusHeading)).toBeTruthy();
    expect(screen.getByText(en.tieBreakNone)).toBeTruthy();
  });
});
