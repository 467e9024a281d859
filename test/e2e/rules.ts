// The rules editor in a browser, the same checks for the pane (over the Excel double) and the page
// (over a file), both on the 2020 sample: a bad full marks is said beside its box and the run waits for
// it; 优秀 at most 30% of a group is ranked as core ranks that rule; the editor fits its width.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SAMPLE_FILE } from "../../assets/build-sample";
import { SCHEME_DETAIL } from "../../src/core/messages/scheme";
import { uiText } from "../../src/core/messages/ui";
import { rankWorkbook, readWorkbook } from "../../src/core/pipeline";
import type { Assessment, Scheme } from "../../src/core/types";
import { gridsFromBytes } from "../../src/xlsx/read";
import type { Checks } from "./checks";

const t = uiText("zh");
const OUT = join(__dirname, "..", "..", "test-output");
const DEPT = "市直部门";

/** The text Fluent shows under a field: the elements its input names in aria-describedby, and how far below the input the first is. */
async function besideField(page: Page, label: string): Promise<{ text: string; gap: number }> {
  return page
    .getByLabel(label, { exact: true })
    .first()
    .evaluate((input) => {
      const said = (input.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter((el): el is HTMLElement => el !== null && el.textContent !== "");
      const first = said[0];
      const gap = first === undefined ? Infinity : first.getBoundingClientRect().top - input.getBoundingClientRect().bottom;
      return { text: said.map((el) => el.textContent ?? "").join(" "), gap };
    });
}

/** The units of each group in its first tier, by group name. */
function firstTierCounts(assessment: Assessment | null): Map<string, number> {
  return new Map((assessment?.groups ?? []).map((g) => [g.name, g.order.filter((u) => assessment?.tierOf[u] === 0).length]));
}

/** The sample's 优秀 counts per group as core ranks them with 优秀 at most 30%, and the scheme that says so. */
function quotaExpected(): { scheme: Scheme; counts: Map<string, number>; units: Map<string, number> } {
  const read = gridsFromBytes(new Uint8Array(readFileSync(SAMPLE_FILE)));
  if (!read.ok) throw new Error(`the sample is not a readable workbook: ${read.failure.kind}`);
  const base = readWorkbook(read.grids).scheme;
  const scheme: Scheme = { ...base, tiers: base.tiers.map((x) => (x.label === "优秀" ? { ...x, quota: { percent: 30 } } : x)) };
  const assessment = rankWorkbook(read.grids, { scheme }).assessment;
  return { scheme, counts: firstTierCounts(assessment), units: new Map((assessment?.groups ?? []).map((g) => [g.name, g.order.length])) };
}

/**
 * The rules editor's checks on a page showing the sample workbook, the rules section closed. `who`
 * prefixes each check ("pane", "page") and names the screenshot left in test-output for a look.
 */
export async function rulesEditorChecks(page: Page, checks: Checks, who: string): Promise<void> {
  await page.getByRole("button", { name: t.rulesHeading }).click();
  const run = page.getByRole("button", { name: t.run });

  const fullMarks = page.getByLabel(t.totalFullMarks, { exact: true });
  await fullMarks.fill("0");
  const said = await besideField(page, t.totalFullMarks);
  checks.ok(
    `${who}: 总分满分 0 is said right under its box as it is typed`,
    said.text.includes(SCHEME_DETAIL.fullMarks(...SCHEME_DETAIL.fullMarksOfTotal(), "fullMarks", "0")[0]) && said.gap >= 0 && said.gap < 24,
    `${JSON.stringify(said.text)} ${said.gap} px below`,
  );
  checks.ok(
    `${who}: with 总分满分 0, 一键排名 is disabled and says why`,
    !(await run.isEnabled()) && ((await page.getByTestId("run-blocked").textContent()) ?? "") === t.cannotRunRules,
  );
  await fullMarks.fill("");
  await page.waitForFunction((name) => [...document.querySelectorAll("button")].some((b) => b.textContent === name && !b.disabled), t.run, { timeout: 5_000 }).catch(() => undefined);
  checks.ok(`${who}: 总分满分 left blank (100, as in 2020), 一键排名 is enabled again`, (await run.isEnabled()) && (await besideField(page, t.totalFullMarks)).text === "");

  await page.getByLabel(t.tierQuota("优秀"), { exact: true }).first().selectOption("percent");
  await page.getByLabel(t.tierQuotaPercent("优秀"), { exact: true }).first().fill("30");
  // Without Fluent's opening motion, so what is measured and pictured is the section fully open.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const more = page.getByRole("button", { name: new RegExp(`^${t.moreRules}`) });
  await more.click();
  await page.getByLabel(t.addFrom, { exact: true }).waitFor({ state: "visible", timeout: 5_000 });
  checks.ok(`${who}: 更多规则 opens inside the rules`, (await more.getAttribute("aria-expanded")) === "true");
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  checks.ok(`${who}: the rules editor with 更多规则 open is no wider than the window`, wide <= 0, `${wide} px too wide`);
  await page.screenshot({ path: join(OUT, `${who}-rules.png`), fullPage: true });

  await run.click();
  const results = page.getByTestId("results");
  await results.waitFor({ timeout: 60_000 });
  const shown = (await results.textContent()) ?? "";
  const expected = quotaExpected();
  const dept = expected.counts.get(DEPT) ?? -1;
  const deptUnits = expected.units.get(DEPT) ?? -1;
  // The group's part of the results: from its heading to the next group's.
  const after = shown.slice(shown.indexOf(t.groupResult(DEPT, deptUnits)));
  const next = [...expected.units].map(([g, n]) => after.indexOf(t.groupResult(g, n))).filter((k) => k > 0);
  const part = after.slice(0, next.length > 0 ? Math.min(...next) : undefined);
  checks.ok(
    `${who}: 优秀 at most 30% typed in the editor, ${DEPT} shows ${dept} 优秀 of ${deptUnits}, as core ranks that rule`,
    deptUnits === 37 && part.includes(t.tierUnits("优秀", dept)),
    part.slice(0, 200),
  );
}
