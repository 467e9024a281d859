// A real .xlsx laid out as an office lays it out, ranked under quotas (优秀 ≤ 30% of each group) and a
// tie-break by 日常考核, written back by the file adapter and read by LibreOffice: the tier sheets it
// sees follow the quota and the tie-break, and the user's sheet comes out as it went in.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { rankWorkbook } from "../../src/core/pipeline";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { Scheme } from "../../src/core/types";
import { gridsFromBytes } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { sheetsAsCsv, tempDir, writeWorkbook, type Row } from "../cli/support";
import { itWith } from "../support/tools";
import { quota30Tiers } from "../support/schemes";

jest.setTimeout(180_000);

const scheme: Scheme = {
  ...defaultScheme(),
  tiers: quota30Tiers(),
  tieBreak: [{ component: "daily" }],
};

const HEAD: Row = ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
// 7 counties: 30% is 2 places. 台前县 and 范县 tie at 93.00; 范县's 日常考核 is higher, so it takes the
// second place and 台前县 falls to 良好 with 南乐县 (91): both reach 90 but the quota is full.
const ROWS: Row[] = [
  [1, "清丰县", "县（区）", 96, 96, 96],
  [2, "台前县", "县（区）", 92, 95, 93], // 55.2 + 28.5 + 9.3 = 93
  [3, "范县", "县（区）", 95, 88, 96], // 57 + 26.4 + 9.6 = 93
  [4, "南乐县", "县（区）", 91, 91, 91],
  [5, "华龙区", "县（区）", 85, 85, 85],
  [6, "濮阳县", "县（区）", 75, 75, 75],
  [7, "开发区管委会", "县（区）", 55, 55, 55],
];

itWith("soffice")("LibreOffice reads tier sheets that follow the quota and the tie-break", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "考核.xlsx");
    await writeWorkbook(input, { 考核得分: [["2023年度依法行政考核得分汇总表"], HEAD, ...ROWS], 说明: [["本表由考核办填写"]] });
    const bytes = new Uint8Array(readFileSync(input));
    const read = gridsFromBytes(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    const r = rankWorkbook(read.grids, { scheme });
    expect(r.problems).toEqual([]);
    const written = writeXlsx(bytes, r.plan!);
    if (!written.ok) throw new Error(JSON.stringify(written.failure));
    const output = path.join(tmp.dir, "ranked.xlsx");
    writeFileSync(output, written.bytes);

    const sheets = sheetsAsCsv(output, tmp.dir);
    const lines = (name: string): string[] => (sheets.get(name) ?? "").trim().split(/\r?\n/);
    expect(lines("优秀等次").slice(2)).toEqual(["县（区）（2个）,,", "1,清丰县,96", "2,范县,93"]);
    expect(lines("良好等次").slice(2)).toEqual(["县（区）（3个）,,", "3,台前县,93", "4,南乐县,91", "5,华龙区,85"]);
    expect(lines("结果通报").join("\n")).toContain("考评结果为优秀等次的县（区）2个（按不超过参评单位30%的比例确定）：清丰县、范县。");
    expect(lines("结果通报").join("\n")).toContain("综合成绩相同的，按日常考核得分高低排序。");
    // The user's sheets, as LibreOffice reads them, are what was typed.
    expect(lines("说明")).toEqual(["本表由考核办填写"]);
    expect(lines("考核得分")[3]).toBe("2,台前县,县（区）,92,95,93");
  } finally {
    tmp.done();
  }
});
