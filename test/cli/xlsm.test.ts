// A macro-enabled workbook (.xlsm, saved by LibreOffice) is read like an .xlsx, and its copy keeps
// the .xlsm name.
import { writeFileSync } from "fs";
import path from "path";
import { convertWithSoffice, itWithOffice } from "../xlsx/support";
import { parseJson, runAssess, tempDir } from "./support";

jest.setTimeout(180_000);

itWithOffice("ranks an .xlsm workbook into <name>.assess.xlsm", () => {
  const tmp = tempDir();
  try {
    const csv = path.join(tmp.dir, "scores.csv");
    writeFileSync(csv, "单位名称,类别,日常考核,实地考核,满意度调查\n甲县,县（区）,95,90,88\n乙县,县（区）,80,85,90\n");
    const xlsm = convertWithSoffice(csv, "xlsm:Calc MS Excel 2007 VBA XML", tmp.dir);
    const run = runAssess(["rank", xlsm, "--json"]);
    expect(run.code).toBe(0);
    const doc = parseJson(run.stdout);
    expect(doc.output).toBe(path.join(tmp.dir, "scores.assess.xlsm"));
    expect(doc.groups.map((g) => [g.name, g.units.map((u) => [u.name, u.rank, u.total])])).toEqual([
      [
        "县（区）",
        [
          ["甲县", 1, 92.8],
          ["乙县", 2, 82.5],
        ],
      ],
    ]);
  } finally {
    tmp.done();
  }
});
