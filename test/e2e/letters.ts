// The feedback letters in the browser, for the pane (over the Excel double) and the offline page:
// 下载反馈单 saves a .zip of one Word letter per unit, 下载合订本 one document of them all, and each
// letter reads word for word as the one `assess rank --letters` writes for the same workbook.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { lettersUiText } from "../../src/core/messages/lettersUi";
import { runCli } from "../../src/cli/run";
import type { Checks } from "./checks";
import { docxText } from "./docxText";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output");
const lt = lettersUiText("zh");

/** The letters `assess rank --letters` writes for `input`: file name → the letter's text. */
async function cliLetters(input: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), "assess-e2e-letters-"));
  try {
    const code = await runCli(["rank", input, "-o", join(dir, "out.xlsx"), "--letters", join(dir, "letters")], { out: () => undefined, err: () => undefined });
    if (code !== 0) throw new Error(`assess rank exited ${code}`);
    const files = readdirSync(join(dir, "letters")).filter((f) => f.endsWith(".docx") && f !== "全部反馈单.docx");
    return new Map(files.map((f) => [f, docxText(new Uint8Array(readFileSync(join(dir, "letters", f))))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function save(page: Page, button: string, name: string): Promise<{ bytes: Uint8Array; suggested: string }> {
  const target = page.getByRole("button", { name: button });
  await page.waitForFunction((label) => [...document.querySelectorAll("button")].some((b) => b.textContent === label && !b.disabled), button, { timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), target.click()]);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  await file.saveAs(path);
  return { bytes: new Uint8Array(readFileSync(path)), suggested: file.suggestedFilename() };
}

/** After a run on `input` (the same workbook the pane or page ranked): the two downloads and their letters. */
export async function lettersChecks(page: Page, checks: Checks, where: string, input: string, units: number): Promise<void> {
  const zip = await save(page, lt.download, `${where}-letters.zip`);
  const entries = unzipSync(zip.bytes);
  const names = Object.keys(entries).sort();
  checks.ok(
    `${where}: 下载反馈单 saves a .zip of ${units} letters named <rank>-<unit>.docx`,
    zip.suggested.endsWith(".zip") && names.length === units && names.every((n) => /^\d+-.+\.docx$/.test(n)),
    `${zip.suggested}: ${names.slice(0, 3).join(", ")}… (${names.length})`,
  );
  const expected = await cliLetters(input);
  const differing = [...expected.keys()].filter((f) => {
    const bytes = entries[f];
    return bytes === undefined || docxText(bytes) !== expected.get(f);
  });
  checks.ok(`${where}: every letter in the .zip reads as assess rank --letters writes it`, differing.length === 0 && names.length === expected.size, differing.slice(0, 3).join(", "));

  const combined = await save(page, lt.downloadCombined, `${where}-letters-all.docx`);
  const text = docxText(combined.bytes);
  const titles = text.split("\n").filter((line) => line === "关于反馈2020年度依法行政考核结果的函").length;
  checks.ok(`${where}: 下载合订本 saves one .docx with every letter`, combined.suggested.endsWith(".docx") && titles === units, `${combined.suggested}: ${titles} titles`);
}
