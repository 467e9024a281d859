// The offline page's browser test (part of `npm run test:e2e`): dist/web/assess.html opened from
// file:// in Chromium with every network request refused and counted, the sample workbook chosen in
// its file input, ranked, both downloads saved and read back with the command line's own reader.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "acorn";
import { rulesEditorChecks } from "./rules";
import { lettersChecks } from "./letters";
import { previousChecks } from "./previous";
import { docxText } from "./docxText";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { SAMPLE_FILE } from "../../assets/build-sample";
import ExcelJS from "exceljs";
import { makeProblem, problemMessage } from "../../src/core/messages/problems";
import { uiText } from "../../src/core/messages/ui";
import { webText } from "../../src/core/messages/web";
import { rankWorkbook, readWorkbook } from "../../src/core/pipeline";
import type { Grid } from "../../src/core/types";
import { runCli } from "../../src/cli/run";
import { gridsFromBytes } from "../../src/xlsx/read";
import type { Checks } from "./checks";
import { groupSize, noticeTier } from "./fixture";
import { splitSample } from "../support/teams";
import { partsNotStoredAsInput, partsOf, stylesNotKept, text, userPartsChanged } from "../xlsx/zipParts";

const ROOT = join(__dirname, "..", "..");
export const WEB_PAGE = join(ROOT, "dist", "web", "assess.html");
const BAD_VALUES = join(ROOT, "test", "fixtures", "bad-values.xlsx");
/** Saved by LibreOffice with a chart, a pivot table, defined names and the office's own cell styles. */
const OFFICE = join(ROOT, "test", "fixtures", "office", "office.xlsx");
const README_SHOT = join(ROOT, "docs", "web.png");
const OUT = join(ROOT, "test-output");

const t = uiText("zh");
const w = webText("zh");

export const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Debian's Chromium with a fresh context that accepts downloads, as a Chinese desk's browser. */
export async function launchForPage(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({ acceptDownloads: true, locale: "zh-CN", viewport: { width: 1366, height: 768 } });
  return { browser, context };
}

/** Requests the page tried that were not file: URLs; each one is refused. */
export interface Guard {
  refused: string[];
}

/** Every request that is not the page's own file is aborted and remembered: the page must make none. */
export async function guardNetwork(context: BrowserContext): Promise<Guard> {
  const guard: Guard = { refused: [] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    guard.refused.push(url);
    return route.abort();
  });
  return guard;
}

/** Opens the page from disk and gives it a workbook through its file input; resolves when the reading shows. */
export async function openWithFile(page: Page, file: string): Promise<void> {
  await page.goto(pathToFileURL(WEB_PAGE).href);
  await page.getByTestId("file").setInputFiles(file);
}

function sheetsOf(bytes: Uint8Array): Grid[] {
  const grids = gridsFromBytes(bytes);
  if (!grids.ok) throw new Error(`not a readable workbook: ${grids.failure.kind}`);
  return grids.grids;
}

/** The bytes `assess rank` writes for the same file: the copy the page's download must equal. */
async function cliBytes(input: string, options: readonly string[] = []): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "assess-web-"));
  const output = join(dir, "cli.assess.xlsx");
  try {
    const code = await runCli(["rank", input, "--output", output, "--json", ...options], { out: () => undefined, err: () => undefined });
    if (code !== 0) throw new Error(`assess rank exited ${code}`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `assess rank` writes for the same file, sheet by sheet. */
const cliCopy = async (input: string): Promise<Grid[]> => sheetsOf(await cliBytes(input));

async function saveDownload(page: Page, button: string, name: string): Promise<{ bytes: Uint8Array; suggested: string }> {
  const target = page.getByRole("button", { name: button });
  await page.waitForFunction((label) => [...document.querySelectorAll("button")].some((b) => b.textContent === label && !b.disabled), button, { timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), target.click()]);
  const path = join(OUT, name);
  await file.saveAs(path);
  return { bytes: new Uint8Array(readFileSync(path)), suggested: file.suggestedFilename() };
}

async function sampleRun(page: Page, checks: Checks): Promise<void> {
  await openWithFile(page, SAMPLE_FILE);
  const groups = (await page.getByTestId("units-per-group").first().textContent({ timeout: 15_000 })) ?? "";
  checks.ok(
    "page: the sample shows 46 units, 县（区） 9 and 市直部门 37",
    groups.includes(t.groupUnits("县（区）", 9)) && groups.includes(t.groupUnits("市直部门", 37)) && groupSize("县（区）") + groupSize("市直部门") === 46,
    groups,
  );
  checks.ok(
    "page: it says the workbook never leaves the machine",
    ((await page.getByTestId("offline").textContent()) ?? "") === w.offline && w.offline.startsWith("工作簿不会离开本机"),
  );

  await page.getByRole("button", { name: t.run }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  const shown = (await page.getByTestId("results").textContent()) ?? "";
  checks.ok(
    "page: the results show the 2020 notice's tier counts",
    shown.includes(t.tierUnits("优秀", noticeTier("县（区）", "优秀").length)) && shown.includes(t.tierUnits("良好", noticeTier("市直部门", "良好").length)),
    shown.slice(0, 300),
  );

  const book = await saveDownload(page, t.downloadWorkbook, "web-sample.assess.xlsx");
  checks.ok("page: 下载排名后的工作簿 saves <name>.assess.xlsx", book.suggested === "sample-2020-assessment.assess.xlsx", book.suggested);
  const fromPage = sheetsOf(book.bytes);
  const fromCli = await cliCopy(SAMPLE_FILE);
  const names = (gs: Grid[]) => gs.map((g) => g.sheet).join("|");
  checks.ok("page: the saved copy has the same sheets as assess rank's", names(fromPage) === names(fromCli), `${names(fromPage)} vs ${names(fromCli)}`);
  const differing = fromCli.filter((g) => JSON.stringify(fromPage.find((p) => p.sheet === g.sheet)?.cells) !== JSON.stringify(g.cells)).map((g) => g.sheet);
  checks.ok("page: every sheet of the saved copy reads as assess rank's (same ranks and tiers)", differing.length === 0, differing.join(", "));
  const results = fromPage.find((g) => g.sheet === "考核结果");
  checks.ok("page: 考核结果 lists the 2020 notice's first unit", JSON.stringify(results?.cells ?? []).includes(noticeTier("县（区）", "优秀")[0] as string));

  const doc = await saveDownload(page, t.downloadDocx, "web-notice.docx");
  const words = docxText(doc.bytes);
  checks.ok(
    "page: 下载通报（Word） saves a .docx with section 二's lists",
    doc.suggested.endsWith(".docx") &&
      words.includes("二、考评结果及等次") &&
      words.includes(noticeTier("县（区）", "优秀").join("、")) &&
      words.includes(noticeTier("市直部门", "良好").join("、")),
    words.slice(0, 300),
  );
  await lettersChecks(page, checks, "page", SAMPLE_FILE, 46);
}

/** The sample ranked on a fresh page, then again with last year's results chosen (上年结果). */
async function previousRun(page: Page, checks: Checks): Promise<void> {
  await openWithFile(page, SAMPLE_FILE);
  await page.getByRole("button", { name: t.run }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  await previousChecks(page, checks, "page", async () => {
    const copy = await saveDownload(page, t.downloadWorkbook, "web-sample-with-previous.assess.xlsx");
    return sheetsOf(copy.bytes).find((g) => g.sheet === "考核结果")?.cells ?? [];
  });
}

/**
 * 优秀 raised to 95 in the rules editor, then 一键排名 again without reloading: the counts follow the
 * new rule, and the copy saved now carries it in its settings sheet, so `assess rank` on that copy
 * gives back the very same sheets.
 */
async function rerunWithEditedRules(page: Page, checks: Checks): Promise<void> {
  const original = sheetsOf(new Uint8Array(readFileSync(SAMPLE_FILE)));
  const scheme = readWorkbook(original).scheme;
  const edited = { ...scheme, tiers: scheme.tiers.map((x) => (x.label === "优秀" ? { ...x, min: 95 } : x)) };
  const excellent = (assessment: ReturnType<typeof rankWorkbook>["assessment"], group: string): number => {
    const g = assessment?.groups.find((x) => x.name === group);
    return g?.order.filter((u) => assessment?.tierOf[u] === 0).length ?? -1;
  };
  const expected = excellent(rankWorkbook(original, { scheme: edited }).assessment, "市直部门");
  const before = excellent(rankWorkbook(original, { scheme }).assessment, "市直部门");

  await page.getByRole("button", { name: t.rulesHeading }).click();
  const field = page.getByLabel(t.tierMin("优秀")).first();
  await field.fill("95");
  await field.press("Tab");
  await page.getByRole("button", { name: t.run }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  const shown = (await page.getByTestId("results").textContent()) ?? "";
  checks.ok(
    `page: with 优秀 ≥ 95 and ranked again, 市直部门 has ${expected} 优秀 (was ${before})`,
    expected !== before && shown.includes(t.groupResult("市直部门", 37)) && shown.includes(t.tierUnits("优秀", expected)),
    shown.slice(0, 300),
  );
  const again = await saveDownload(page, t.downloadWorkbook, "web-sample-95.assess.xlsx");
  const saved = join(OUT, "web-sample-95.assess.xlsx");
  const fromPage = sheetsOf(again.bytes);
  const fromCli = await cliCopy(saved);
  const differing = fromCli.filter((g) => JSON.stringify(fromPage.find((p) => p.sheet === g.sheet)?.cells) !== JSON.stringify(g.cells)).map((g) => g.sheet);
  checks.ok(
    "page: the re-ranked copy keeps the edited rule: assess rank on it gives the same sheets",
    fromPage.length === fromCli.length && differing.length === 0 && excellent(rankWorkbook(fromPage).assessment, "市直部门") === expected,
    differing.join(", "),
  );
}

/**
 * The office workbook (chart, pivot table, names, its own cell styles) ranked in the page and by
 * `assess rank`: the two copies are the same bytes; every part of the user's is stored as the input
 * stores it; every style of the user's is at its index. Ranked again in the page, the copy is what
 * `assess rank` makes of the once-ranked copy.
 */
/**
 * The A4 box on the page: the sample's score sheet names no paper, so the box is offered, off; ticked,
 * the copy is `assess rank --print-a4`'s byte for byte and the page names the part that changed.
 */
async function printA4Run(page: Page, checks: Checks): Promise<void> {
  await openWithFile(page, SAMPLE_FILE);
  await page.getByTestId("units-per-group").first().waitFor({ timeout: 15_000 });
  const box = page.getByRole("checkbox", { name: t.printA4Label(["考核得分"]) });
  checks.ok("page: the A4 box is offered for the sample's score sheet, which names no paper, and is off", (await box.count()) === 1 && !(await box.isChecked()));
  await box.check();
  await page.getByRole("button", { name: t.run }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  const said = (await page.getByTestId("run-print-a4").textContent()) ?? "";
  checks.ok("page: after the run it says the score sheet prints on A4 and which part changed", said === t.printedOnA4("考核得分", "xl/worksheets/sheet1.xml"), said);
  const copy = await saveDownload(page, t.downloadWorkbook, "web-a4.assess.xlsx");
  const fromCli = await cliBytes(SAMPLE_FILE, ["--print-a4"]);
  checks.ok(
    "page: with the A4 box ticked, the copy is assess rank --print-a4's, byte for byte",
    Buffer.from(copy.bytes).equals(Buffer.from(fromCli)),
    `${copy.bytes.length} vs ${fromCli.length} bytes`,
  );
  rmSync(join(OUT, "web-a4.assess.xlsx"), { force: true });
}

async function officeRun(page: Page, checks: Checks): Promise<void> {
  const input = new Uint8Array(readFileSync(OFFICE));
  await openWithFile(page, OFFICE);
  await page.getByTestId("units-per-group").first().waitFor({ timeout: 15_000 });
  checks.ok("page: no A4 box for the office workbook, whose score sheet has its paper (A4) chosen", (await page.getByRole("checkbox", { name: /A4/ }).count()) === 0);
  await page.getByRole("button", { name: t.run }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  const once = await saveDownload(page, t.downloadWorkbook, "web-office.assess.xlsx");
  const fromCli = await cliBytes(OFFICE);
  checks.ok(
    "page: the office workbook's ranked copy is assess rank's, byte for byte",
    Buffer.from(once.bytes).equals(Buffer.from(fromCli)),
    `${once.bytes.length} vs ${fromCli.length} bytes`,
  );
  const restored = partsNotStoredAsInput(input, once.bytes);
  checks.ok("page: every part copied from the office workbook is stored exactly as the input stores it", restored.length === 0, restored.join(", "));
  const before = partsOf(input);
  const after = partsOf(once.bytes);
  const changed = userPartsChanged(before, after);
  checks.ok("page: the chart, the pivot table and every other part of the user's are in the copy unchanged", changed.length === 0 && before.size > 20, changed.join(", "));
  const styles = stylesNotKept(text(before, "xl/styles.xml"), text(after, "xl/styles.xml"));
  checks.ok("page: every numFmt, font, fill, border, cellStyleXfs, cellXfs and cellStyles entry of the user's is at its index", styles === null, styles ?? "");

  await page.getByRole("button", { name: t.run }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  const twice = await saveDownload(page, t.downloadWorkbook, "web-office-2.assess.xlsx");
  const cliTwice = await cliBytes(join(OUT, "web-office.assess.xlsx"));
  checks.ok(
    "page: ranked again, the copy is assess rank's on the once-ranked copy, byte for byte",
    Buffer.from(twice.bytes).equals(Buffer.from(cliTwice)),
    `${twice.bytes.length} vs ${cliTwice.length} bytes`,
  );
  rmSync(join(OUT, "web-office.assess.xlsx"), { force: true });
  rmSync(join(OUT, "web-office-2.assess.xlsx"), { force: true });
}

async function badValuesRun(page: Page, checks: Checks): Promise<void> {
  await openWithFile(page, BAD_VALUES);
  await page.getByTestId("problems").waitFor({ timeout: 15_000 });
  const expected = readWorkbook(sheetsOf(new Uint8Array(readFileSync(BAD_VALUES)))).problems.filter((p) => p.sheet !== null && p.cell !== null);
  const listed = (await page.getByTestId("problems").textContent()) ?? "";
  const missing = expected.filter((p) => !listed.includes(t.cellAt(p.sheet ?? "", p.cell ?? "")));
  checks.ok("page: a workbook with errors shows every problem with its cell", expected.length > 0 && missing.length === 0, missing.map((p) => `${p.sheet}!${p.cell}`).join(", "));
  checks.ok("page: with errors, 一键排名 is disabled", !(await page.getByRole("button", { name: t.run }).isEnabled()));
  checks.ok("page: with errors, nothing to download", (await page.getByRole("button", { name: t.downloadWorkbook }).count()) === 0);
}

/**
 * A score that is a formula no program ever calculated (<f> with no <v>, as a generator that writes
 * formulas leaves it): the page says so at its cell, as the command line does, and will not rank.
 */
async function uncalculatedRun(page: Page, checks: Checks): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, "web-uncalculated.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("得分");
  ws.addRow(["单位名称", "类别", "日常考核", "实地考核", "满意度调查"]);
  ws.addRow(["甲县", "县（区）", 95, 90, 88]);
  ws.addRow(["乙县", "县（区）", 80, { formula: "SUM(D3:D3)" } as unknown as number, 90]);
  await wb.xlsx.writeFile(file);
  try {
    await openWithFile(page, file);
    const problems = page.getByTestId("problems");
    await problems.waitFor({ timeout: 15_000 });
    const listed = (await problems.textContent()) ?? "";
    const said = problemMessage(makeProblem("FORMULA_NO_VALUE", "error", "得分", "D3"), "zh");
    checks.ok("page: a score formula never calculated is shown at its cell (得分!D3), not as a missing score", listed.includes(said) && !listed.includes("缺少"), listed);
    checks.ok("page: with an uncalculated score formula, 一键排名 is disabled", !(await page.getByRole("button", { name: t.run }).isEnabled()));
  } finally {
    rmSync(file, { force: true });
  }
}

async function hostileRun(page: Page, checks: Checks): Promise<void> {
  await page.goto(pathToFileURL(WEB_PAGE).href);
  await page.getByTestId("file").setInputFiles({ name: "scores.xlsx", mimeType: "text/csv", buffer: Buffer.from("单位,得分\n清丰县,90\n") });
  const said = (await page.getByTestId("file-problem").textContent({ timeout: 15_000 })) ?? "";
  checks.ok("page: a CSV named .xlsx gets the command line's one line", said.includes("“scores.xlsx”是文本文件"), said);
}

/**
 * The sample as gathered from its four on-site teams: main.xlsx without the 实地考核 scores and
 * team1–4.xlsx, chosen together with a team's file first. The page takes the first as the main
 * workbook and says so; marked as the main one, main.xlsx ranks to the sample's own results, and the
 * copy saved is main.xlsx's with the generated sheets, nothing of the teams' files.
 */
async function teamsRun(page: Page, checks: Checks): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "assess-web-teams-"));
  try {
    const split = await splitSample(dir);
    await page.goto(pathToFileURL(WEB_PAGE).href);
    await page.getByTestId("file").setInputFiles([split.teams[0] as string, split.main, ...split.teams.slice(1)]);
    const chooser = page.getByTestId("main-file");
    await chooser.waitFor({ timeout: 15_000 });
    const checkedFirst = await page.getByRole("radio", { name: "team1.xlsx", exact: true }).isChecked();
    checks.ok(
      "page: of several workbooks chosen, the first is the main one and the others are marked as only read",
      checkedFirst && (await page.getByRole("radio", { name: w.besideFile("main.xlsx") }).count()) === 1 && ((await chooser.textContent()) ?? "").includes(w.mainFile),
      (await chooser.textContent()) ?? "",
    );
    await page.getByRole("radio", { name: w.besideFile("main.xlsx") }).check();
    await page.getByRole("radio", { name: "main.xlsx", exact: true }).waitFor({ timeout: 15_000 });
    const groups = (await page.getByTestId("units-per-group").first().textContent({ timeout: 15_000 })) ?? "";
    checks.ok(
      "page: main.xlsx marked as the main one, with the teams' files: 46 units in the sample's two groups, no team a group",
      groups.includes(t.groupUnits("县（区）", 9)) && groups.includes(t.groupUnits("市直部门", 37)) && !groups.includes("第一组"),
      groups,
    );
    await page.getByRole("button", { name: t.run }).click();
    await page.getByTestId("results").waitFor({ timeout: 60_000 });
    const book = await saveDownload(page, t.downloadWorkbook, "web-teams.assess.xlsx");
    checks.ok("page: the copy saved is the main workbook's (main.assess.xlsx)", book.suggested === "main.assess.xlsx", book.suggested);
    const fromPage = sheetsOf(book.bytes);
    const fromSample = await cliCopy(SAMPLE_FILE);
    const own = new Set(sheetsOf(new Uint8Array(readFileSync(split.main))).map((g) => g.sheet));
    const generated = fromSample.filter((g) => !own.has(g.sheet));
    const names = (gs: Grid[]) => gs.map((g) => g.sheet).join("|");
    checks.ok(
      "page: the copy holds main.xlsx's sheets and the generated ones, no team's sheet",
      names(fromPage) === [...own, ...generated.map((g) => g.sheet)].join("|"),
      `${names(fromPage)} vs ${[...own, ...generated.map((g) => g.sheet)].join("|")}`,
    );
    const differing = generated.filter((g) => JSON.stringify(fromPage.find((p) => p.sheet === g.sheet)?.cells) !== JSON.stringify(g.cells)).map((g) => g.sheet);
    checks.ok("page: every generated sheet equals the sample's own (assess rank on the whole sample)", generated.length > 2 && differing.length === 0, differing.join(", "));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(OUT, "web-teams.assess.xlsx"), { force: true });
  }
}

/** A workbook dropped on the page, as from a file manager: a DataTransfer holding the file's bytes. */
async function dropRun(page: Page, checks: Checks): Promise<void> {
  await page.goto(pathToFileURL(WEB_PAGE).href);
  const bytes = [...readFileSync(SAMPLE_FILE)];
  const transfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], "拖入的成绩.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    return dt;
  }, bytes);
  await page.getByTestId("drop").dispatchEvent("dragover", { dataTransfer: transfer });
  await page.getByTestId("drop").dispatchEvent("drop", { dataTransfer: transfer });
  const groups = (await page.getByTestId("units-per-group").first().textContent({ timeout: 15_000 })) ?? "";
  checks.ok(
    "page: a workbook dropped on the page is read like a chosen one",
    groups.includes(t.groupUnits("市直部门", 37)) && (await page.getByText(w.opened("拖入的成绩.xlsx")).count()) === 1,
    groups,
  );
}

/** A browser set to English gets the page and the pane in English. */
async function englishRun(context: BrowserContext, checks: Checks): Promise<void> {
  const browser = context.browser();
  if (browser === null) throw new Error("the page's context has no browser");
  const english = await browser.newContext({ locale: "en-US" });
  const guard = await guardNetwork(english);
  try {
    const page = await english.newPage();
    await openWithFile(page, SAMPLE_FILE);
    const en = uiText("en");
    const groups = (await page.getByTestId("units-per-group").first().textContent({ timeout: 15_000 })) ?? "";
    const offline = (await page.getByTestId("offline").textContent()) ?? "";
    checks.ok(
      "page: in an English browser it speaks English",
      offline === webText("en").offline && groups.includes(en.groupUnits("市直部门", 37)) && (await page.getByRole("button", { name: en.run }).count()) === 1,
      `${offline} | ${groups}`,
    );
    checks.ok("page: not one network request in English either", guard.refused.length === 0, guard.refused.join("\n"));
  } finally {
    await english.close();
  }
}

/**
 * The page's script parses as ES2022, the newest syntax Firefox ESR 115 and Chromium 94 both take:
 * a dependency shipping newer syntax would leave those desks with a blank page.
 */
function syntaxCheck(checks: Checks): void {
  const html = readFileSync(WEB_PAGE, "utf8");
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  const external = /<script[^>]+src=|<link[^>]+href=/i.test(html);
  let error = "";
  try {
    for (const code of scripts) parse(code, { ecmaVersion: 2022, sourceType: "script" });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  checks.ok("page: one inline script, no file beside it, and it parses as ES2022 (Firefox ESR 115)", scripts.length === 1 && !external && error === "", error);
}

/** The page's checks, in a browser context the caller made (Chromium, downloads on). */
export async function webChecks(context: BrowserContext, checks: Checks): Promise<void> {
  if (!checks.ok("the build produced dist/web/assess.html", existsSync(WEB_PAGE))) return;
  mkdirSync(OUT, { recursive: true });
  syntaxCheck(checks);
  const guard = await guardNetwork(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  await sampleRun(page, checks);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  checks.ok("page: nothing is wider than a 1366 px window", wide <= 0, `${wide} px too wide`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: README_SHOT, fullPage: true });
  checks.ok("page: the screenshot docs/web.png is saved", existsSync(README_SHOT));
  await rerunWithEditedRules(page, checks);
  // A fresh pane on the sample: the rules editor as the page shares it.
  await openWithFile(page, SAMPLE_FILE);
  await rulesEditorChecks(page, checks, "page");
  await officeRun(page, checks);
  await printA4Run(page, checks);
  await previousRun(page, checks);
  await badValuesRun(page, checks);
  await uncalculatedRun(page, checks);
  await hostileRun(page, checks);
  await dropRun(page, checks);
  await teamsRun(page, checks);
  await englishRun(context, checks);
  checks.ok("page: no script error", pageErrors.length === 0, pageErrors.join("\n"));
  checks.ok("page: not one network request", guard.refused.length === 0, guard.refused.join("\n"));
  await page.close();
  rmSync(join(OUT, "web-sample.assess.xlsx"), { force: true });
}
