// 上年结果 in the browser, for the pane (over the Excel double) and the offline page: last year's
// results chosen beside the workbook, then 一键排名 again: the notice says each move, the run warns of
// the units last year's file does not have, and 考核结果 gains 上年得分、上年名次、名次变化.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { previousUiText } from "../../src/core/messages/previousUi";
import { uiText } from "../../src/core/messages/ui";
import type { Checks } from "./checks";

const OUT = join(__dirname, "..", "..", "test-output");
const t = uiText("zh");
const pt = previousUiText("zh");

/** Last year as a plain table: 台前县 first, 清丰县 second (this year the sample has them the other way round). */
async function lastYear(where: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${where}-2019.xlsx`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("汇总");
  for (const row of [
    ["单位名称", "类别", "综合成绩"],
    ["清丰县", "县（区）", 80],
    ["台前县", "县（区）", 99],
  ])
    ws.addRow(row);
  await wb.xlsx.writeFile(file);
  return file;
}

/** After a first run: last year's file chosen, ranked again. `resultsRows` gives 考核结果 as the host now holds it. */
export async function previousChecks(page: Page, checks: Checks, where: string, resultsRows: () => Promise<unknown[][]>): Promise<void> {
  const file = await lastYear(where);
  await page.getByTestId("previous-file").setInputFiles(file);
  const chosen = (await page.getByTestId("previous-chosen").textContent({ timeout: 15_000 })) ?? "";
  checks.ok(`${where}: the pane says which file is last year's`, chosen === pt.chosen(`${where}-2019.xlsx`), chosen);

  await page.getByRole("button", { name: t.run }).click();
  await page.waitForFunction(() => (document.querySelector("[data-testid=notice]")?.textContent ?? "").includes("与上年相比"), null, { timeout: 60_000 });
  const notice = (await page.getByTestId("notice").textContent()) ?? "";
  checks.ok(
    `${where}: with last year's results the notice says each move`,
    notice.includes("与上年相比，县（区）中名次进位的1个：清丰县（较上年进位1名）；名次退位的1个：台前县（较上年退位1名）；新参加考核的7个。"),
    notice.slice(notice.indexOf("与上年相比"), notice.indexOf("与上年相比") + 120),
  );
  const warnings = await page.getByTestId("run-warning").allTextContents();
  checks.ok(
    `${where}: the run warns of each unit last year's results do not have`,
    warnings.filter((w) => w.includes("在上年结果中没有同名单位")).length === 44,
    `${warnings.length}: ${warnings.slice(0, 2).join(" | ")}`,
  );
  const rows = await resultsRows();
  const header = rows.find((row) => row.includes("名次")) ?? [];
  const qingfeng = rows.find((row) => row.includes("清丰县")) ?? [];
  checks.ok(
    `${where}: 考核结果 gains 上年得分、上年名次、名次变化, 清丰县 ↑1`,
    JSON.stringify(header.slice(-3)) === JSON.stringify(["上年得分", "上年名次", "名次变化"]) && JSON.stringify(qingfeng.slice(-3)) === JSON.stringify([80, 2, "↑1"]),
    `${JSON.stringify(header)} ${JSON.stringify(qingfeng)}`,
  );
}
