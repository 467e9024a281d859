import { rankWorkbook } from "../../../src/core/pipeline";
import { splitForCells } from "../../../src/core/report/notice";
import { COUNTIES, DEPARTMENTS, rowsOf, scoreSheet } from "./workbooks";

describe("the notice (结果通报)", () => {
  test("gives the 2020 notice's lines for the 县（区） group, with its statistics", () => {
    const r = rankWorkbook([scoreSheet(COUNTIES)]);
    expect(r.ok).toBe(true);
    // The notice's section 二 (its first line says 考核, the issue fixes the wording as 考评), in official
    // style: a full-width 1． and each list closed by 。.
    expect(r.notice.split("\n")).toEqual([
      "二、考评结果及等次",
      "（一）县（区）",
      "1．考评结果为优秀等次的县（区）3个：清丰县、台前县、开发区管委会。",
      "2．考评结果为良好等次的县（区）6个：濮阳县、范县、南乐县、华龙区、工业园区管委会、示范区管委会。",
      "县（区）共9个，平均分88.00分，最高分95.00分，最低分83.00分。",
      // The 校验码 of the scores and rules ranked: the notice's last line.
      expect.stringMatching(/^校验码：[0-9a-f]{12}$/),
    ]);
  });

  test("numbers groups 一、二, restarts the list per group and leaves out tiers without units", () => {
    const r = rankWorkbook([scoreSheet([...COUNTIES, ...DEPARTMENTS])]);
    const lines = r.notice.split("\n");
    expect(lines[5]).toBe("（二）市直部门");
    // 市直部门 has no 良好 unit: 合格 is its second line, not its third.
    expect(lines[6]).toBe("1．考评结果为优秀等次的市直部门3个：市税务局、市审计局、市水利局。");
    expect(lines[7]).toBe("2．考评结果为合格等次的市直部门1个：市民政局。");
    expect(lines.some((l) => l.includes("良好等次的市直部门"))).toBe(false);
  });

  test("the 结果通报 sheet holds the same lines, one per row in column A, headings bold", () => {
    const r = rankWorkbook([scoreSheet([...COUNTIES, ...DEPARTMENTS])]);
    const plan = r.plan!;
    const sheet = plan.sheets.find((s) => s.kind === "notice")!;
    expect(sheet.name).toBe("结果通报");
    expect(sheet.columns).toHaveLength(1);
    // Under the sheet's title row.
    expect(rowsOf(plan, "结果通报").map((row) => row[0])).toEqual(["2020年度依法行政考核结果通报", ...r.notice.split("\n")]);
    expect(sheet.boldRows).toEqual([1, 2, 6]);
  });

  test("a line longer than an Excel cell holds goes on over the next rows, cut between names", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `第${i}号被考核单位`);
    const line = `1．考评结果为优秀等次的市直部门5000个：${names.join("、")}`;
    const parts = splitForCells(line);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(32767);
    expect(parts.join("")).toBe(line);
    for (const p of parts.slice(1)) expect(p.startsWith("第")).toBe(true);
  });
});
