// Text as LibreOffice reads it back: every string exactly its characters, whatever they look like —
// a formula, leading spaces, OOXML's own _xHHHH_ escape, a control character, a surrogate pair.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import type { WorkbookPlan } from "../../../src/core/types";
import { writeXlsx } from "../../../src/xlsx/write";
import { tempDir, writeWorkbook } from "../../cli/support";
import { itWithOffice, sheetsAsCsv } from "../libreoffice";

jest.setTimeout(120_000);

itWithOffice("LibreOffice reads back every string exactly", async () => {
  const tmp = tempDir();
  try {
    const names = ['=HYPERLINK("http://example.com","点我")', "  前后有空格  ", "丙_x0041_局", "响铃\u0007字符", "𠀀扩展字", "a&b<c>\"d'"];
    const plan: WorkbookPlan = {
      remove: [],
      activate: "名单",
      sheets: [{ name: "名单", kind: "results", rowCount: names.length, frozenRows: 0, boldRows: [], columns: [{ width: 20, numFmt: null, values: names }] }],
    };
    const input = path.join(tmp.dir, "in.xlsx");
    await writeWorkbook(input, { 得分: [["单位名称"]] });
    const out = writeXlsx(readFileSync(input), plan);
    if (!out.ok) throw new Error(JSON.stringify(out.failure));
    writeFileSync(path.join(tmp.dir, "out.xlsx"), out.bytes);
    const csv = sheetsAsCsv(path.join(tmp.dir, "out.xlsx"), tmp.dir).get("名单") ?? "";
    const cells = csv
      .replace(/\r?\n$/, "")
      .split(/\r?\n/)
      .map((line) => (line.startsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line));
    expect(cells).toEqual(names);
  } finally {
    tmp.done();
  }
});
