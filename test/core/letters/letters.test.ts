// Each unit's letter as data: the parts read back from the cells (sub-items, raters with the ones the
// trimmed mean leaves out, bonus items with their reasons), the figures the same as the Assessment's,
// the 单位反馈 sheet's row the letter's, and file names every system takes.
import fc from "fast-check";
import { droppedRaters } from "../../../src/core/arith/raters";
import { letterFileNames, safeFileName, titledFileName } from "../../../src/core/fileNames";
import { feedbackLetters } from "../../../src/core/letters/letter";
import { rankWorkbook } from "../../../src/core/pipeline";
import { planCell } from "../../../src/core/plan";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, Grid } from "../../../src/core/types";

const grid = (cells: CellValue[][], sheet = "得分"): Grid => ({ sheet, originRow: 1, originCol: 1, cells });

function ranked(grids: Grid[], scheme = defaultScheme()) {
  const r = rankWorkbook(grids, { scheme });
  if (r.assessment === null || r.parts === null || r.plan === null) throw new Error(JSON.stringify(r.problems));
  return { ...r, assessment: r.assessment, parts: r.parts, plan: r.plan, letters: feedbackLetters(r.assessment, r.parts) };
}

describe("raters", () => {
  const cells: CellValue[][] = [
    ["单位名称", "类别", "日常考核", "实地考核", null, null, null, "满意度调查"],
    [null, null, null, "评委1", "评委2", "评委3", "评委4", null],
    ["甲县", "县（区）", 90, 80, 95, 70, 85, 90],
    ["乙县", "县（区）", 85, 88, 88, 88, null, 80],
  ];
  const merges = [
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 3, bottom: 2, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 7 },
    { top: 1, left: 8, bottom: 2, right: 8 },
  ];

  it("lists each rater's score and marks the highest and lowest the trimmed mean left out", () => {
    const scheme = defaultScheme();
    scheme.components[1]!.raters = { method: "trimmed", decimals: 2 };
    const { letters, assessment } = ranked([{ ...grid(cells), merges }], scheme);
    const jia = letters.find((l) => l.name === "甲县")!;
    const lines = jia.lines.filter((l) => l.level === 1).map((l) => [l.item, l.score, l.remark]);
    expect(lines).toEqual([
      ["评委1", "80.00", ""],
      ["评委2", "95.00", "去掉的最高分"],
      ["评委3", "70.00", "去掉的最低分"],
      ["评委4", "85.00", ""],
    ]);
    // The component line is the Assessment's score: (80 + 85) / 2.
    expect(jia.lines.find((l) => l.item === "实地考核")?.score).toBe("82.50");
    expect(assessment.table.components[1]![assessment.table.names.indexOf("甲县")]).toBe(82.5);
    // 乙县's 评委4 left it blank: not listed, and of three equal scores one highest and one lowest go.
    const yi = letters.find((l) => l.name === "乙县")!;
    expect(yi.lines.filter((l) => l.level === 1).map((l) => [l.item, l.remark])).toEqual([
      ["评委1", "去掉的最高分"],
      ["评委2", "去掉的最低分"],
      ["评委3", ""],
    ]);
  });

  it("a plain mean drops none", () => {
    const { letters } = ranked([{ ...grid(cells), merges }]);
    expect(letters.flatMap((l) => l.lines.map((x) => x.remark)).filter((r) => r.startsWith("去掉"))).toEqual([]);
  });

  it("droppedRaters agrees with the rule: none below three scores, never the same score twice", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 100 })), { maxLength: 9 }), (scores) => {
        const d = droppedRaters(scores, { method: "trimmed", decimals: 2 });
        const valid = scores.filter((s) => !Number.isNaN(s));
        if (valid.length < 3) return d === null;
        if (d === null || d.highest === d.lowest) return false;
        return scores[d.highest] === Math.max(...valid) && scores[d.lowest] === Math.min(...valid);
      }),
    );
    expect(droppedRaters([1, 2, 3], { method: "mean", decimals: 2 })).toBeNull();
  });
});

it("sub-items are listed under their component, by their own header", () => {
  const { letters } = ranked([
    grid([
      ["单位名称", "类别", "日常考核", null, "实地考核", "满意度调查"],
      [null, null, "专项工作完成情况（40分）", "行政执法案卷评查（60分）", null, null],
      ["甲县", "县（区）", 38, 55.5, 90, 88],
    ]),
  ]);
  expect(letters[0]?.lines.slice(0, 3).map((l) => [l.item, l.score, l.level])).toEqual([
    ["日常考核", "93.50", 0],
    ["专项工作完成情况（40分）", "38.00", 1],
    ["行政执法案卷评查（60分）", "55.50", 1],
  ]);
});

it("the 单位反馈 sheet holds each letter's figures, a unit a row, in the results sheet's order", () => {
  const { plan, letters } = ranked([
    grid([
      ["单位名称", "类别", "日常考核", "实地考核", "满意度调查", "扣分", "备注"],
      ["甲县", "县（区）", 90, 80, 70, 1, "通报批评"],
      ["乙县", "县（区）", 95, 90, 85, null, null],
      ["市司法局", "市直部门", 88, 86, 84, null, null],
    ]),
  ]);
  const sheet = plan.sheets.find((s) => s.kind === "feedback")!;
  expect(sheet.name).toBe("单位反馈");
  const header = sheet.columns.map((c) => planCell(c, 1));
  const rows = Array.from({ length: sheet.rowCount - 2 }, (_, r) => sheet.columns.map((c) => planCell(c, r + 2)));
  expect(rows.map((r) => r[0])).toEqual(letters.map((l) => l.name));
  rows.forEach((row, k) => {
    const l = letters[k]!;
    const at = (h: string): CellValue => row[header.indexOf(h)] ?? null;
    expect((at("综合成绩") as number).toFixed(2)).toBe(l.total);
    expect(at("等次")).toBe(l.tier);
    expect(at("名次说明")).toBe(l.rankText);
    expect(at("名次")).toBe(l.rank);
    expect((at("组内平均分") as number).toFixed(2)).toBe(l.groupMean);
  });
  expect(rows[1]?.[header.indexOf("备注")]).toBe("通报批评");
  expect(letters[1]?.lines.find((l) => l.item === "扣分")).toEqual({ item: "扣分", weight: "", score: "-1.00", remark: "通报批评", level: 0 });
});

it("a bonus cut by the rules says what was read", () => {
  const scheme = defaultScheme();
  scheme.bonusRules = { maxAdd: 1 };
  const { letters } = ranked(
    [
      grid([
        ["单位名称", "类别", "日常考核", "实地考核", "满意度调查", "加分"],
        ["甲县", "县（区）", 90, 80, 70, 3],
      ]),
    ],
    scheme,
  );
  expect(letters[0]?.lines.find((l) => l.item === "加减分（计入综合成绩）")).toMatchObject({ score: "+1.00", remark: "按加减分规则计入，原为+3.00" });
});

describe("file names", () => {
  it("turns the characters Windows refuses into their full-width forms and keeps device names off", () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', ".docx")).toBe("a／b＼c：d＊e？f＂g＜h＞i｜j.docx");
    expect(safeFileName("NUL", ".docx")).toBe("_NUL.docx");
    expect(safeFileName("com1.txt", ".docx")).toBe("_com1.txt.docx");
    expect(safeFileName("甲县. ", ".docx")).toBe("甲县.docx");
    expect(safeFileName("甲\n县\t", ".docx")).toBe("甲县.docx");
    expect(safeFileName("   ", ".docx")).toBe("_.docx");
  });

  it("names the pane's downloads after their titles by the same rules, or the fallback for a blank title", () => {
    expect(titledFileName("关于2020年度全市依法行政考核情况的通报", ".docx", "通报")).toBe("关于2020年度全市依法行政考核情况的通报.docx");
    expect(titledFileName("甲/乙:丙", ".zip", "反馈单")).toBe("甲／乙：丙.zip");
    expect(titledFileName(" \n ", ".zip", "反馈单")).toBe("反馈单.zip");
  });

  it("cuts a long name at a whole character within 240 bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (name) => {
        const f = safeFileName(name, ".docx");
        return Buffer.byteLength(f) <= 240 && f.endsWith(".docx") && !/[/\\:*?"<>|]/.test(f) && ![...f].some((c) => c < " ") && !f.includes("\ufffd");
      }),
    );
    expect(safeFileName("很".repeat(200), ".docx")).toBe(`${"很".repeat(78)}.docx`);
  });

  it("keeps letters apart whose cut names, or names in another case, meet", () => {
    const long = "很".repeat(200);
    const names = letterFileNames([
      { rank: 1, name: `${long}甲` },
      { rank: 1, name: `${long}乙` },
      { rank: 2, name: "abc" },
      { rank: 2, name: "ABC" },
      { rank: 0, name: "丁县" },
    ]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5);
    expect(names[1]).toMatch(/（2）\.docx$/);
    expect(names.slice(2)).toEqual(["2-abc.docx", "2-ABC（2）.docx", "--丁县.docx"]);
  });
});
