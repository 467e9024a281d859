// Several sheets of the open workbook consolidate through the same reader: the main sheet with the
// groups and the 日常考核/满意度调查, each on-site team's sheet with its units' 实地考核.
import { readGrids } from "../../src/excel";
import { rankWorkbook } from "../../src/core/pipeline";
import { ExcelDouble } from "../support/excel-double";
import { rankInExcel, use } from "./inExcel";

const MAIN = [
  ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"],
  ["清丰县", "县（区）", 90, null, 95],
  ["南乐县", "县（区）", 85, null, 88],
  ["市税务局", "市直部门", 92, null, 90],
];
const TEAM1 = [
  ["单位名称", "实地考核"],
  ["南乐县", 87],
  ["清丰县", 93.5],
];
const TEAM2 = [
  ["单位名称", "实地考核"],
  ["市税务局", 91],
];

const book = (team2: (string | number)[][]) =>
  ExcelDouble.fromJson({
    sheets: [
      { name: "汇总", values: MAIN },
      { name: "第一组", values: TEAM1 },
      { name: "第二组", values: team2 },
    ],
  });

it("ranks the main sheet with the teams' sheets: each unit's 实地考核 from its team, no team a group", async () => {
  const d = use(book(TEAM2));
  await rankInExcel();
  const results = d.values("考核结果");
  const row = (unit: string) => results.find((r) => r.includes(unit)) ?? [];
  // 0.6 × 90 + 0.3 × 93.5 + 0.1 × 95 = 91.55; 0.6 × 85 + 0.3 × 87 + 0.1 × 88 = 85.9; 0.6 × 92 + 0.3 × 91 + 0.1 × 90 = 91.5.
  expect(row("清丰县")).toEqual(expect.arrayContaining([93.5, 91.55]));
  expect(row("南乐县")).toEqual(expect.arrayContaining([87, 85.9]));
  expect(row("市税务局")).toEqual(expect.arrayContaining([91, 91.5]));
  const shown = results.flat().filter((v): v is string => typeof v === "string");
  expect(shown).toContain("县（区）");
  expect(shown).toContain("市直部门");
  expect(shown.some((v) => v.includes("第一组") || v.includes("第二组"))).toBe(false);
  // The user's sheets stay as they were.
  expect(d.values("第一组")).toEqual(TEAM1);
  expect(d.values("汇总")).toEqual(MAIN);
});

it("names both sheets' cells when two teams give one unit different scores, and writes nothing", async () => {
  const d = use(book([...TEAM2, ["清丰县", 90]]));
  const before = d.sheetNames();
  const result = rankWorkbook(await readGrids());
  expect(result.plan).toBeNull();
  expect(result.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual(["SCORE_CONFLICT@第二组!B3"]);
  expect(result.problems[0]?.message).toContain("第一组!B3");
  expect(d.sheetNames()).toEqual(before);
});
