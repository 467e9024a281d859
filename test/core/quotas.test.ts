// Tiers by quota (名额) and tie-breaks, on workbooks laid out as offices lay them out, through the
// pipeline a user's click runs: the results and tier sheets, the notice, and the warnings.
import { rankWorkbook } from "../../src/core/pipeline";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { CellValue, Grid, Scheme, TierSpec } from "../../src/core/types";
import { rowsOf } from "./report/workbooks";
import { quota30Tiers } from "../support/schemes";

type Row = [name: string, group: string, daily: number, onsite: number, satisfaction: number];

/** A title row, then 序号 | 单位名称 | 类别 | 日常考核 | 实地考核 | 满意度调查 from row 2. */
function sheet(rows: Row[], title = "2023年度依法行政考核得分汇总表"): Grid {
  const cells: CellValue[][] = [[title], ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查"], ...rows.map((r, k): CellValue[] => [k + 1, ...r])];
  return { sheet: "考核得分", originRow: 1, originCol: 1, cells };
}

/** A unit whose three scores are all `score`, so its total is `score`. */
const flat = (name: string, group: string, score: number): Row => [name, group, score, score, score];

/** Per group, in rank order: `name rank tier` as the results sheet lists them. */
function results(
  grids: Grid[],
  scheme: Scheme,
): { lines: string[]; notice: string; problems: ReturnType<typeof rankWorkbook>["problems"]; plan: NonNullable<ReturnType<typeof rankWorkbook>["plan"]> } {
  const r = rankWorkbook(grids, { scheme });
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.plan).not.toBeNull();
  const rows = rowsOf(r.plan!, "考核结果").slice(2);
  return { lines: rows.map((row) => `${String(row[1])} ${String(row[0])} ${String(row[7])}`), notice: r.notice, problems: r.problems, plan: r.plan! };
}

const withTiers = (tiers: TierSpec[], extra: Partial<Scheme> = {}): Scheme => ({ ...defaultScheme(), tiers, ...extra });

describe("优秀 at most 30% of each group", () => {
  const tiers: TierSpec[] = quota30Tiers();
  // 10 counties, six of them at 90 or more; 7 departments, four at 90 or more.
  const counties = [96, 95, 94, 93, 92, 91, 88, 85, 79, 55].map((s, k) => flat(`县${k + 1}`, "县（区）", s));
  const departments = [97, 94, 92, 90, 86, 84, 70].map((s, k) => flat(`局${k + 1}`, "市直部门", s));

  it("gives 优秀 to 30% of each group's units, rounded down; the others of 90 or more are 良好", () => {
    const r = results([sheet([...counties, ...departments])], withTiers(tiers));
    const tierOf = (name: string): string | undefined => r.lines.find((l) => l.startsWith(`${name} `))?.split(" ")[2];
    // 30% of 10 is 3; 30% of 7 is 2.1, so 2.
    expect(["县1", "县2", "县3"].map(tierOf)).toEqual(["优秀", "优秀", "优秀"]);
    expect(["县4", "县5", "县6", "县7", "县8"].map(tierOf)).toEqual(["良好", "良好", "良好", "良好", "良好"]);
    expect(["县9", "县10"].map(tierOf)).toEqual(["合格", "不合格"]);
    expect(["局1", "局2"].map(tierOf)).toEqual(["优秀", "优秀"]);
    expect(["局3", "局4", "局5", "局6"].map(tierOf)).toEqual(["良好", "良好", "良好", "良好"]);
    expect(tierOf("局7")).toBe("合格");
    expect(r.problems).toEqual([]);

    // The tier sheet lists each group's 优秀 in rank order; the notice states the quota.
    expect(rowsOf(r.plan, "优秀等次").slice(2)).toEqual([
      ["县（区）（3个）", null, null],
      [1, "县1", 96],
      [2, "县2", 95],
      [3, "县3", 94],
      [null, null, null],
      ["市直部门（2个）", null, null],
      [1, "局1", 97],
      [2, "局2", 94],
    ]);
    expect(r.notice).toContain("1．考评结果为优秀等次的县（区）3个（按不超过参评单位30%的比例确定）：县1、县2、县3。");
    expect(r.notice).toContain("2．考评结果为良好等次的县（区）5个：县4、县5、县6、县7、县8。");
  });

  it("without the quota, the same workbook grades by minimum alone, as in 2020", () => {
    const r = results([sheet(counties)], withTiers(tiers.map(({ label, min }) => ({ label, min }))));
    expect(r.lines.filter((l) => l.endsWith("优秀"))).toHaveLength(6);
    expect(r.notice).not.toContain("参评单位");
  });
});

describe("the 巴中 review: the first 8 好, 9–21 一般, 22–24 差, by count, no minimum", () => {
  const tiers: TierSpec[] = [
    { label: "好", min: null, quota: { count: 8 } },
    { label: "一般", min: null, quota: { count: 13 } },
    { label: "差", min: null },
  ];
  // 24 units, scores falling from 98.5 by 1.5 (some well under 60: no minimum applies).
  const units = Array.from({ length: 24 }, (_, k) => flat(`单位${String(k + 1).padStart(2, "0")}`, "市直部门", 98.5 - 1.5 * k));

  it("places by rank alone", () => {
    // Source order shuffled: rank decides, not the row.
    const shuffled = [...units.slice(12), ...units.slice(0, 12)];
    const r = results([sheet(shuffled)], withTiers(tiers));
    expect(r.lines.map((l) => l.split(" ")[2])).toEqual([...Array<string>(8).fill("好"), ...Array<string>(13).fill("一般"), ...Array<string>(3).fill("差")]);
    expect(r.lines[7]).toBe("单位08 8 好");
    expect(r.lines[8]).toBe("单位09 9 一般");
    expect(r.lines[20]).toBe("单位21 21 一般");
    expect(r.lines[21]).toBe("单位22 22 差");
    expect(rowsOf(r.plan, "差等次").slice(2)).toEqual([
      ["市直部门（3个）", null, null],
      [22, "单位22", 67],
      [23, "单位23", 65.5],
      [24, "单位24", 64],
    ]);
    expect(r.notice).toContain("考评结果为好等次的市直部门8个（名额8个）：单位01、");
    expect(r.notice).toContain("考评结果为差等次的市直部门3个：单位22、单位23、单位24。");
    expect(r.problems).toEqual([]);
  });

  it("a vetoed unit is 差 and takes no place: the ninth by rank moves up into 好", () => {
    const grid = sheet(units);
    grid.cells[1]!.push("一票否决");
    grid.cells[3]!.push("发生重大行政违法案件"); // 单位02
    const r = results([grid], withTiers(tiers));
    expect(r.lines.slice(0, 8).map((l) => l.split(" ")[0])).toEqual(["单位01", "单位03", "单位04", "单位05", "单位06", "单位07", "单位08", "单位09"]);
    expect(r.lines.filter((l) => l.endsWith(" 好"))).toHaveLength(8);
    expect(r.lines[23]).toBe("单位02 24 差");
  });
});

describe("units tied at a quota's edge", () => {
  const tiers: TierSpec[] = quota30Tiers();
  // 10 counties: 30% is 3 places; the third and fourth by score tie at 93.
  const counties = [96, 95, 93, 93, 92, 88, 85, 82, 75, 70].map((s, k) => flat(`县${k + 1}`, "县（区）", s));

  it("out (the default): neither takes 优秀, the quota is never exceeded, and a warning names both", () => {
    const r = results([sheet(counties)], withTiers(tiers));
    expect(r.lines.slice(0, 5)).toEqual(["县1 1 优秀", "县2 2 优秀", "县3 3 良好", "县4 3 良好", "县5 5 良好"]);
    const warned = r.problems.filter((p) => p.code === "QUOTA_TIE");
    expect(warned).toHaveLength(1);
    const w = warned[0]!;
    expect(w.severity).toBe("warning");
    // At the first tied unit's name cell (row 5: title, header, 县1, 县2, 县3).
    expect([w.sheet, w.cell]).toEqual(["考核得分", "B5"]);
    expect(w.message).toContain("县（区）");
    expect(w.message).toContain("“优秀”等次名额为 3 个");
    expect(w.message).toContain("县3、县4");
    expect(w.message).toContain("均不计入");
    expect(w.messageEn).toContain("none of them took");
    expect(r.notice).toContain("考评结果为优秀等次的县（区）2个（按不超过参评单位30%的比例确定）：县1、县2。");
  });

  it("in: both take 优秀, over the quota, with the same warning", () => {
    const r = results([sheet(counties)], withTiers(tiers, { quotaTies: "in" }));
    expect(r.lines.slice(0, 5)).toEqual(["县1 1 优秀", "县2 2 优秀", "县3 3 优秀", "县4 3 优秀", "县5 5 良好"]);
    const warned = r.problems.filter((p) => p.code === "QUOTA_TIE");
    expect(warned).toHaveLength(1);
    expect(warned[0]!.message).toContain("县3、县4");
    expect(warned[0]!.message).toContain("全部计入");
    expect(
      rowsOf(r.plan, "优秀等次")
        .slice(2)
        .map((row) => row[1]),
    ).toEqual([null, "县1", "县2", "县3", "县4"]);
  });

  it("a tie-break that separates them leaves no tie: the higher 日常考核 takes the last place", () => {
    // 县4 has the higher daily score; both totals are 93.00.
    const tied: Row[] = counties.map((r) => [...r]);
    tied[2] = ["县3", "县（区）", 92, 95, 93]; // 55.2 + 28.5 + 9.3 = 93
    tied[3] = ["县4", "县（区）", 95, 88, 96]; // 57 + 26.4 + 9.6 = 93
    const r = results([sheet(tied)], withTiers(tiers, { tieBreak: [{ component: "daily" }] }));
    expect(r.lines.slice(0, 5)).toEqual(["县1 1 优秀", "县2 2 优秀", "县4 3 优秀", "县3 4 良好", "县5 5 良好"]);
    expect(r.problems.filter((p) => p.code === "QUOTA_TIE")).toEqual([]);
    expect(r.notice).toContain("综合成绩相同的，按日常考核得分高低排序。");
  });
});

describe("tie-breaks", () => {
  it("by a component: tied totals ordered by 日常考核, the tier sheets and the notice following", () => {
    const rows: Row[] = [
      ["甲县", "县（区）", 90, 95, 80], // 54 + 28.5 + 8 = 90.5
      ["乙县", "县（区）", 92, 90, 83], // 55.2 + 27 + 8.3 = 90.5
      ["丙县", "县（区）", 91, 92, 83], // 54.6 + 27.6 + 8.3 = 90.5
      ["丁县", "县（区）", 85, 85, 85],
    ];
    const shared = results([sheet(rows)], defaultScheme());
    expect(shared.lines).toEqual(["甲县 1 优秀", "乙县 1 优秀", "丙县 1 优秀", "丁县 4 良好"]);
    const broken = results([sheet(rows)], { ...defaultScheme(), tieBreak: [{ component: "daily" }] });
    expect(broken.lines).toEqual(["乙县 1 优秀", "丙县 2 优秀", "甲县 3 优秀", "丁县 4 良好"]);
    expect(
      rowsOf(broken.plan, "优秀等次")
        .slice(3)
        .map((row) => `${String(row[0])} ${String(row[1])}`),
    ).toEqual(["1 乙县", "2 丙县", "3 甲县"]);
    expect(broken.notice).toContain("考评结果为优秀等次的县（区）3个：乙县、丙县、甲县。");
    expect(broken.notice).toContain("综合成绩相同的，按日常考核得分高低排序。");
    expect(shared.notice).not.toContain("综合成绩相同的");
  });

  it("by the unrounded total: 89.995 rounds to 90.00 but stands after an exact 90", () => {
    const rows: Row[] = [
      ["清丰县", "县（区）", 89, 88.7, 99.85], // 53.4 + 26.61 + 9.985 = 89.995 → 90.00
      ["范县", "县（区）", 90, 90, 90], // 90
      ["台前县", "县（区）", 89.5, 90.5, 91.5], // 53.7 + 27.15 + 9.15 = 90
    ];
    const r = results([sheet(rows)], { ...defaultScheme(), tieBreak: ["unrounded"] });
    // 范县 and 台前县 are equal to the last digit: they still share a rank, in source order.
    expect(r.lines).toEqual(["范县 1 优秀", "台前县 1 优秀", "清丰县 3 优秀"]);
    expect(r.notice).toContain("综合成绩相同的，按未四舍五入的综合成绩高低排序。");
  });

  it("dense ranks after a tie-break count each distinct place once", () => {
    const rows: Row[] = [flat("甲", "县（区）", 90), ["乙", "县（区）", 91, 88, 90], flat("丙", "县（区）", 90), flat("丁", "县（区）", 85)];
    // 乙: 54.6 + 26.4 + 9 = 90, daily 91: first; 甲 and 丙 still tied.
    const r = results([sheet(rows)], { ...defaultScheme(), ranking: "dense", tieBreak: [{ component: "daily" }] });
    expect(r.lines).toEqual(["乙 1 优秀", "甲 2 优秀", "丙 2 优秀", "丁 3 良好"]);
  });

  it("vetoed units stay last, and the tie-break orders them among themselves too", () => {
    const grid = sheet([
      flat("甲", "市直部门", 95),
      ["乙", "市直部门", 96, 93, 95], // 57.6 + 27.9 + 9.5 = 95
      ["丙", "市直部门", 94, 97, 95], // 56.4 + 29.1 + 9.5 = 95
      flat("丁", "市直部门", 80),
    ]);
    grid.cells[1]!.push("一票否决");
    grid.cells[3]!.push("否决");
    grid.cells[4]!.push("否决");
    const r = results([grid], { ...defaultScheme(), tieBreak: [{ component: "daily" }] });
    // 甲 95 (daily 95) and 丁 80 were not vetoed; 乙 (daily 96) and 丙 (daily 94) tie at 95 and are.
    expect(r.lines).toEqual(["甲 1 优秀", "丁 2 良好", "乙 3 不合格", "丙 4 不合格"]);
  });
});
