// The browser test (`npm run test:e2e`, after `npm run build`): the production task pane in Debian's
// Chromium, with the Excel double standing in for Office over the sample workbook. It checks what a
// user sees and what lands in the workbook, and saves the screenshot the README shows.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_FILE } from "../../assets/build-sample";
import { docxText } from "./docxText";
import { lettersChecks } from "./letters";
import { previousChecks } from "./previous";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { uiText } from "../../src/core/messages/ui";
import { Checks } from "./checks";
import type { CellValue, ExcelDouble } from "../support/excel-double";
import { doubleScript } from "./double";
import { groupSize, noticeTier, sampleWorkbook } from "./fixture";
import { rulesEditorChecks } from "./rules";
import { serveDirectory } from "./serve";
import { launchForPage, webChecks } from "./web";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SHOT = join(ROOT, "test-output", "taskpane-after-run.png");
const README_SHOT = join(ROOT, "docs", "taskpane.png");
/** Office's task pane is 320 to 350 px wide; the narrowest is the hardest. */
const PANE_WIDTH = 320;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const t = uiText("zh");

const COUNTY = "县（区）";
const DEPT = "市直部门";

/** What the 2020 notice published (section 二), which the sample workbook reproduces. */
const NOTICE_2020 = {
  county: {
    group: COUNTY,
    units: groupSize(COUNTY),
    tiers: { 优秀: noticeTier(COUNTY, "优秀").length, 良好: noticeTier(COUNTY, "良好").length },
    first: noticeTier(COUNTY, "优秀")[0] as string,
    excellent: noticeTier(COUNTY, "优秀").join("、"),
  },
  dept: { group: DEPT, units: groupSize(DEPT), tiers: { 优秀: noticeTier(DEPT, "优秀").length, 良好: noticeTier(DEPT, "良好").length } },
};

interface DoubleView {
  sheets: { name: string; values: CellValue[][] }[];
  active: string | null;
  syncs: number;
}

/** The double's workbook as plain data, read inside the page. */
async function view(page: Page): Promise<DoubleView> {
  return page.evaluate((): DoubleView => {
    const d = (window as unknown as { __excelDouble: ExcelDouble }).__excelDouble;
    return { sheets: d.sheetNames().map((name) => ({ name, values: d.values(name) })), active: d.activeSheet(), syncs: d.syncs };
  });
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().textContent({ timeout: 15_000 })) ?? "";
}

async function exercise(page: Page, url: string, scoreSheet: string, checks: Checks): Promise<void> {
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${url}/taskpane.html`);

  const groups = await text(page, "units-per-group");
  checks.ok(
    "the pane shows the units per group of the 2020 sample workbook (县（区） as the sample writes it)",
    groups.includes(t.groupUnits(NOTICE_2020.county.group, NOTICE_2020.county.units)) && groups.includes(t.groupUnits(NOTICE_2020.dept.group, NOTICE_2020.dept.units)),
    groups,
  );

  // The sections open and close: closed, then opened by the header, then closed again. What a section
  // holds is fetched the first time it opens, so its hint is waited for rather than looked at at once.
  const columns = page.getByRole("button", { name: t.columnsHeading });
  const closedAtFirst = (await columns.getAttribute("aria-expanded")) === "false";
  await columns.click();
  await page
    .getByText(t.columnsHint)
    .waitFor({ state: "visible", timeout: 15_000 })
    .catch(() => undefined);
  const opened = (await columns.getAttribute("aria-expanded")) === "true" && (await page.getByText(t.columnsHint).isVisible());
  await columns.click();
  await page
    .getByText(t.columnsHint)
    .waitFor({ state: "hidden", timeout: 5_000 })
    .catch(() => undefined);
  const closedAgain = (await columns.getAttribute("aria-expanded")) === "false" && !(await page.getByText(t.columnsHint).isVisible());
  checks.ok("各列的含义 opens and closes", closedAtFirst && opened && closedAgain, `${closedAtFirst} ${opened} ${closedAgain}`);

  const run = page.getByRole("button", { name: t.run });
  checks.ok("一键排名 is enabled for a clean workbook", await run.isEnabled());
  const before = (await view(page)).sheets.find((sh) => sh.name === scoreSheet)?.values;
  const sheetsBefore = (await view(page)).sheets.map((sh) => sh.name);
  // Count only the run's own round trips, not the read the pane made on opening.
  await page.evaluate(() => (window as unknown as { __excelDouble: ExcelDouble }).__excelDouble.resetCounters());

  // From the keyboard, as a user without a mouse would: focus the button and press Enter.
  await run.focus();
  await page.keyboard.press("Enter");
  const results = page.getByTestId("results");
  await results.waitFor({ timeout: 30_000 });
  const shown = (await results.textContent()) ?? "";
  checks.ok(
    "the pane shows the tier counts per group",
    shown.includes(t.tierUnits("优秀", NOTICE_2020.county.tiers.优秀)) &&
      shown.includes(t.tierUnits("良好", NOTICE_2020.county.tiers.良好)) &&
      shown.includes(t.tierUnits("优秀", NOTICE_2020.dept.tiers.优秀)) &&
      shown.includes(t.tierUnits("良好", NOTICE_2020.dept.tiers.良好)),
    shown,
  );
  const colours = await page
    .locator("[data-testid=results] [data-tier]")
    .evaluateAll((tags) => tags.map((tag) => ({ tier: tag.getAttribute("data-tier") ?? "", fill: getComputedStyle(tag).backgroundColor })));
  const fillOf = (tier: string): Set<string> => new Set(colours.filter((c) => c.tier === tier).map((c) => c.fill));
  checks.ok(
    "优秀 and 良好 have each one colour, not the same, in both groups",
    fillOf("优秀").size === 1 && fillOf("良好").size === 1 && [...fillOf("优秀")][0] !== [...fillOf("良好")][0],
    JSON.stringify(colours),
  );

  const book = await view(page);
  const added = book.sheets.map((s) => s.name).filter((name) => !sheetsBefore.includes(name));
  const done = await text(page, "run-done");
  checks.ok(
    `a message bar says ${t.sheetsWritten(added.length)} and names them`,
    added.length > 0 && done.includes(t.sheetsWritten(added.length)) && added.every((name) => done.includes(name)),
    `${done} | ${added.join(", ")}`,
  );

  const noticeBox = page.getByTestId("notice");
  const notice = (await noticeBox.textContent()) ?? "";
  checks.ok("the pane shows the notice text", notice.includes(NOTICE_2020.county.excellent), notice.slice(0, 300));
  const clipped = await noticeBox.evaluate((el) => el.scrollHeight - el.clientHeight);
  checks.ok("the notice box shows every line, none cut off", clipped <= 1, `hidden: ${clipped} px`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  checks.ok("nothing in the pane is wider than the pane", wide <= 0, `${wide} px too wide`);

  const results0 = book.sheets.find((s) => s.name === "考核结果");
  checks.ok("the workbook has the 考核结果 sheet", results0 !== undefined, book.sheets.map((s) => s.name).join(", "));
  const firstUnitRow = results0?.values.find((row) => row.some((v) => v === NOTICE_2020.county.first));
  checks.ok(`考核结果 lists ${NOTICE_2020.county.first}`, firstUnitRow !== undefined);
  const firstData = results0?.values.find((row) => row.some((v) => typeof v === "number")) ?? [];
  checks.ok(`考核结果 starts with ${NOTICE_2020.county.first}`, firstData.includes(NOTICE_2020.county.first), JSON.stringify(firstData));
  const tierSheets = book.sheets.filter((s) => s.name.endsWith("等次")).map((s) => s.name);
  checks.ok("the tier sheets are written", tierSheets.includes("优秀等次") && tierSheets.includes("良好等次"), tierSheets.join(", "));
  const noticeSheet = book.sheets.find((s) => s.name === "结果通报");
  checks.ok(
    "the notice sheet holds the notice",
    noticeSheet !== undefined && noticeSheet.values.some((row) => row.some((v) => typeof v === "string" && v.includes(NOTICE_2020.county.excellent))),
  );
  const after = book.sheets.find((sh) => sh.name === scoreSheet)?.values;
  checks.ok("the user's score sheet is unchanged", before !== undefined && JSON.stringify(after) === JSON.stringify(before));
  // Read: the sheet list; used ranges, merged areas and values. Write: one request, with the reading's sheet list.
  checks.ok("the run took at most 3 syncs", book.syncs <= 3, `syncs: ${book.syncs}`);

  // The notice as a Word document: the browser saves it as a download.
  const download = page.getByRole("button", { name: t.downloadDocx });
  await download.waitFor({ timeout: 30_000 });
  await page.waitForFunction((name) => [...document.querySelectorAll("button")].some((b) => b.textContent === name && !b.disabled), t.downloadDocx, { timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), download.click()]);
  const docxPath = join(ROOT, "test-output", "taskpane-notice.docx");
  await file.saveAs(docxPath);
  const bytes = new Uint8Array(readFileSync(docxPath));
  const words = docxText(bytes);
  checks.ok("下载通报（Word） downloads a .docx", file.suggestedFilename().endsWith(".docx") && bytes[0] === 0x50 && bytes[1] === 0x4b, file.suggestedFilename());
  checks.ok(
    "the document has section 二 with the notice's lists",
    words.includes("二、考评结果及等次") && words.includes(NOTICE_2020.county.excellent) && words.includes(noticeTier(DEPT, "良好").join("、")),
    words.slice(0, 400),
  );
  await lettersChecks(page, checks, "pane", SAMPLE_FILE, 46);

  await page.getByRole("button", { name: t.openSheet("考核结果") }).click();
  await page.waitForFunction(() => (window as unknown as { __excelDouble: ExcelDouble }).__excelDouble.activeSheet() === "考核结果", null, { timeout: 5_000 }).catch(() => undefined);
  const active = (await view(page)).active;
  checks.ok("the link activates the results sheet", active === "考核结果", String(active));
  checks.ok("no script error in the page", pageErrors.length === 0, pageErrors.join("\n"));

  mkdirSync(join(ROOT, "docs"), { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  // The pane down to the notice's buttons: what a user sees after a run, scrolled as far as that.
  const actions = await page.getByRole("button", { name: t.copy }).boundingBox();
  const height = Math.ceil((actions?.y ?? 800) + (actions?.height ?? 0) + 16);
  await page.screenshot({ path: SHOT, fullPage: true, clip: { x: 0, y: 0, width: PANE_WIDTH, height } });
  copyFileSync(SHOT, README_SHOT);
  checks.ok("the screenshot is saved", existsSync(SHOT));

  await previousChecks(page, checks, "pane", async () => (await view(page)).sheets.find((sh) => sh.name === "考核结果")?.values ?? []);
  checks.ok("no script error in the page after the run with last year's results", pageErrors.length === 0, pageErrors.join("\n"));
}

async function main(): Promise<number> {
  const checks = new Checks();
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) checks.ok(`Chromium is installed at ${CHROMIUM}`, false, "apt-get install -y chromium");
    else console.log(`skipped: no ${CHROMIUM} (install it with apt-get install -y chromium; in CI this fails)`);
    console.log(checks.summary());
    return checks.failed > 0 ? 1 : 0;
  }
  if (!checks.ok("the build produced dist/taskpane.html", existsSync(join(DIST, "taskpane.html")))) {
    console.log(checks.summary());
    return 1;
  }

  const workbook = await sampleWorkbook();
  const scoreSheet = workbook.sheets[0]?.name ?? "";
  const script = await doubleScript(ROOT, workbook);
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  const server = await serveDirectory(DIST);
  const profile = mkdtempSync(join(tmpdir(), "assess-e2e-"));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: PANE_WIDTH, height: 800 },
      acceptDownloads: true,
      locale: "zh-CN",
    });
    // Nothing leaves the machine: the pane's page and the double are all the test needs.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: script }));
    const page = context.pages()[0] ?? (await context.newPage());
    await exercise(page, server.url, scoreSheet, checks);
    await rulesEditorChecks(page, checks, "pane");
  } catch (e) {
    checks.fail("the browser run finished", e);
  } finally {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  // The offline page: its own browser, with every request refused.
  const web = await launchForPage();
  try {
    await webChecks(web.context, checks);
  } catch (e) {
    checks.fail("the offline page's run finished", e);
  } finally {
    await web.browser.close();
  }
  console.log(checks.summary());
  return checks.failed > 0 ? 1 : 0;
}

void main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
