/** @jest-environment jsdom */
// A tie at a quota's edge is found while assessing, after the workbook was read: the run's own
// warning must still reach the person who clicked, beside the sheets it wrote.
import "../support/browserGlobals";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { uiText } from "../../src/core/messages/ui";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { CellValue, Grid, Scheme } from "../../src/core/types";
import { RunPanel } from "../../src/taskpane/components/RunPanel";
import { usePane } from "../../src/taskpane/usePane";
import { fakeHost } from "./fakeHost";
import { quota30Tiers } from "../support/schemes";

function workbook(): Grid[] {
  const cells: CellValue[][] = [["单位名称", "类别", "日常考核", "实地考核", "满意度调查"]];
  // 10 units; 30% is 3 places; the third and fourth tie at 93.
  [96, 95, 93, 93, 92, 88, 85, 82, 75, 70].forEach((s, k) => cells.push([`县${k + 1}`, "县（区）", s, s, s]));
  return [{ sheet: "考核得分", originRow: 1, originCol: 1, cells }];
}

const quota30: Scheme = {
  ...defaultScheme(),
  tiers: quota30Tiers(),
};

test("the pane shows the warning of units tied at a quota's edge after the run", async () => {
  const host = fakeHost(workbook());
  const { result } = renderHook(() => usePane(host));
  await waitFor(() => expect(result.current.reading).not.toBeNull());
  act(() => result.current.editScheme(quota30));
  act(() => result.current.startRun());
  await waitFor(() => expect(result.current.run.kind).toBe("done"));
  const run = result.current.run;
  if (run.kind !== "done") throw new Error("not done");
  expect(run.summary.warnings.map((p) => p.code)).toEqual(["QUOTA_TIE"]);
  expect(run.summary.groups[0]?.tiers[0]).toEqual({ label: "优秀", count: 2 });

  render(<RunPanel run={run} blockedBy={null} onRun={() => undefined} printA4={{ sheets: [], on: false, onChange: () => undefined }} previous={null} lang="zh" t={uiText("zh")} />);
  const shown = await screen.findByTestId("run-warning");
  expect(shown.textContent).toContain("县3、县4");
  expect(shown.textContent).toContain("“优秀”等次名额为 3 个");
});
