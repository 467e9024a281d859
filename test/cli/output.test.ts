// Where and how the copy is written: an .xlsm stays an .xlsm with its macros, -o keeps the input's kind,
// and a disk that fills while writing leaves nothing behind.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { itWithOffice, sheetsAsCsv } from "../xlsx/libreoffice";
import { readParts, same, text, zipParts } from "../xlsx/zipParts";
import { parseJson, ROOT, runAssess, tempDir } from "./support";

jest.setTimeout(120_000);

const OFFICE = path.join(ROOT, "test", "fixtures", "office", "office.xlsx");
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.done());
const at = (name: string): string => path.join(tmp.dir, name);

/**
 * The office workbook made macro-enabled as Excel stores one: a vbaProject.bin part (a compound file
 * as far as its signature goes; LibreOffice cannot write real VBA), its relationship, the .bin default
 * content type and the macro-enabled main content type.
 */
function writeXlsm(file: string): Uint8Array {
  const parts = readParts(OFFICE);
  const vba = new Uint8Array(4096);
  vba.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let k = 8; k < vba.length; k++) vba[k] = (k * 31 + 7) & 0xff;
  parts.set("xl/vbaProject.bin", vba);
  const types = text(parts, "[Content_Types].xml")
    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", MACRO_MAIN)
    .replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ');
  parts.set("[Content_Types].xml", new TextEncoder().encode(types));
  const rels = text(parts, "xl/_rels/workbook.xml.rels").replace(
    "</Relationships>",
    '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
  );
  parts.set("xl/_rels/workbook.xml.rels", new TextEncoder().encode(rels));
  writeFileSync(file, zipParts(parts));
  return vba;
}

describe("a macro-enabled workbook (.xlsm)", () => {
  it("is written as <name>.assess.xlsm with its macros and its macro-enabled content type", () => {
    const vba = writeXlsm(at("考核.xlsm"));
    const run = runAssess(["rank", at("考核.xlsm"), "--json"]);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout).output).toBe(at("考核.assess.xlsm"));
    const out = readParts(at("考核.assess.xlsm"));
    expect(same(out.get("xl/vbaProject.bin"), vba)).toBe(true);
    const types = text(out, "[Content_Types].xml");
    expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"`);
    expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    expect(text(out, "xl/_rels/workbook.xml.rels")).toContain('Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"');
  });

  itWithOffice("opens in LibreOffice with ASSESS's sheets", () => {
    writeXlsm(at("scores.xlsm"));
    expect(runAssess(["rank", at("scores.xlsm")]).code).toBe(0);
    const csv = sheetsAsCsv(at("scores.assess.xlsm"), tmp.dir);
    expect(csv.get("考核结果")).toMatch(/^2020年度依法行政考核结果,+\r?\n名次,单位名称,类别/);
  });

  it.each([
    ["an .xlsm input", "in.xlsm", "out.xlsx", "out.xlsm"],
    ["an .xlsx input", "in.xlsx", "out.xlsm", "out.xlsx"],
  ])("-o must keep the kind of %s: USAGE, a message saying which, nothing written", (_what, input, output, wanted) => {
    if (input.endsWith(".xlsm")) writeXlsm(at(input));
    else writeFileSync(at(input), readFileSync(OFFICE));
    const run = runAssess(["rank", at(input), "-o", at(output), "--json"]);
    expect(run.code).toBe(2);
    const doc = parseJson(run.stdout);
    expect(doc.problems[0]?.code).toBe("USAGE");
    expect(doc.problems[0]?.message).toContain(path.extname(wanted));
    expect(readdirSync(tmp.dir)).toEqual([input]);
  });
});

describe("a disk that fills while the copy is written", () => {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root) process.stderr.write("disk-full test skipped: mounting a small tmpfs needs root\n");
  (root ? it : it.skip)("is WRITE_FAILED, exit 2, and leaves neither the copy nor its temporary file", () => {
    const disk = at("disk");
    mkdirSync(disk);
    const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk], { encoding: "utf8" });
    if (mount.status !== 0) throw new Error(`mount failed: ${mount.stderr}`);
    try {
      // Leave some 16 KB free: less than the copy (about 40 KB), more than nothing.
      writeFileSync(path.join(disk, "filler"), Buffer.alloc(48 * 1024, 1));
      const output = path.join(disk, "ranked.xlsx");
      const run = runAssess(["rank", OFFICE, "-o", output, "--json"]);
      expect(run.code).toBe(2);
      const doc = parseJson(run.stdout);
      expect(doc.ok).toBe(false);
      expect(doc.problems.map((p) => p.code)).toContain("WRITE_FAILED");
      expect(doc.problems.find((p) => p.code === "WRITE_FAILED")?.message).toContain("磁盘空间不足");
      expect(readdirSync(disk)).toEqual(["filler"]);
      expect(existsSync(output)).toBe(false);
    } finally {
      spawnSync("umount", [disk]);
    }
  });
});
