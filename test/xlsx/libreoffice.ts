// LibreOffice as an independent reader in the file adapter's tests: converts a workbook (to xlsx, csv)
// with a profile of its own that recalculates every formula on load, so a formula's value is computed
// from the cells as written, not taken from the cache. Without soffice the tests are skipped locally and
// fail on CI (env CI set), like test/cli/libreoffice.test.ts.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { itWith } from "../support/tools";

export const SOFFICE = "/usr/bin/soffice";
export const itWithOffice = itWith("soffice");

/** OOXMLRecalcMode 0: recalculate on load, always (LibreOffice otherwise trusts cached values). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profile(dir: string): string {
  const user = path.join(dir, "lo-profile", "user");
  if (!existsSync(path.join(user, "registrymodifications.xcu"))) {
    mkdirSync(user, { recursive: true });
    writeFileSync(path.join(user, "registrymodifications.xcu"), RECALC_ALWAYS);
  }
  return `file://${path.join(dir, "lo-profile")}`;
}

/** `soffice --convert-to <filter> --outdir <outdir> <file>`; throws with soffice's words when it fails. */
export function convert(file: string, filter: string, outdir: string, work: string): void {
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${profile(work)}`, "--headless", "--convert-to", filter, "--outdir", outdir, file], { encoding: "utf8", timeout: 150_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${String(r.status)}): ${r.stderr}`);
}

/** Every sheet of `file` as CSV text (UTF-8, formulas as their recalculated results), by sheet name. */
export function sheetsAsCsv(file: string, work: string): Map<string, string> {
  const outdir = path.join(work, `csv-${path.basename(file)}`);
  convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", outdir, work);
  const base = path.basename(file).replace(/\.xls[xm]$/i, "");
  const out = new Map<string, string>();
  for (const name of readdirSync(outdir)) {
    if (name.startsWith(`${base}-`)) out.set(name.slice(base.length + 1, -".csv".length), readFileSync(path.join(outdir, name), "utf8"));
  }
  return out;
}
