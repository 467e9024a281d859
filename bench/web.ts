// The offline page's figures: web_html_gzip_kb, what a desk receives (the one file, gzipped at level 9
// as a server or a mail attachment would carry it); web_10k_read_ms, a 10,000-unit workbook chosen
// in the file input until its reading shows; web_10k_ms, 一键排名 clicked until the ranked copy is
// ready to save. In Debian's Chromium, driven as the browser test drives it (test/e2e/web.ts), the
// median of three fresh page loads.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { uiText } from "../src/core/messages/ui";
import { CHROMIUM, WEB_PAGE, guardNetwork, launchForPage, openWithFile } from "../test/e2e/web";
import { writeSyntheticWorkbook } from "./cli";

const ROOT = join(__dirname, "..");
const UNITS = 10_000;
const RUNS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function benchWeb(): Promise<Record<string, number>> {
  if (!existsSync(WEB_PAGE)) execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  const figures: Record<string, number> = { web_html_gzip_kb: Math.round((gzipSync(readFileSync(WEB_PAGE), { level: 9 }).length / 1024) * 10) / 10 };
  if (!existsSync(CHROMIUM)) throw new Error(`no ${CHROMIUM} for web_10k_ms (apt-get install -y chromium)`);

  const dir = mkdtempSync(join(tmpdir(), "assess-web-bench-"));
  const file = join(dir, "考核-10000.xlsx");
  const { browser, context } = await launchForPage();
  try {
    await writeSyntheticWorkbook(file, UNITS);
    const guard = await guardNetwork(context);
    const t = uiText("zh");
    const reads: number[] = [];
    const ranks: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      const opened = Date.now();
      await openWithFile(page, file);
      await page.getByTestId("units-per-group").first().waitFor({ timeout: 120_000 });
      reads.push(Date.now() - opened);
      const started = Date.now();
      await page.getByRole("button", { name: t.run }).click();
      await page.getByRole("button", { name: t.downloadWorkbook }).waitFor({ timeout: 120_000 });
      ranks.push(Date.now() - started);
      await page.close();
    }
    if (guard.refused.length > 0) throw new Error(`the page made network requests: ${guard.refused.join(", ")}`);
    figures.web_10k_read_ms = median(reads);
    figures.web_10k_ms = median(ranks);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (require.main === module) {
  void benchWeb().then((r) => console.log(JSON.stringify(r)));
}
