// One unit's scores gathered from several tables: the main table with groups, the on-site teams'
// sheets (or files) with their units' 实地考核, one sheet per rater.
import fc from "fast-check";
import { combineRaters } from "../../../src/core/arith/raters";
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, Grid, Scheme } from "../../../src/core/types";

const grid = (sheet: string, cells: CellValue[][], file?: string): Grid => ({ sheet, originRow: 1, originCol: 1, cells, ...(file === undefined ? {} : { file }) });
const codesAt = (problems: { code: string; sheet: string | null; cell: string | null; file?: string }[]) =>
  problems.map((p) => `${p.code}@${p.file === undefined ? "" : `[${p.file}]`}${p.sheet}!${p.cell}`);

const HEADER_ROW = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
const MAIN = grid("汇总", [HEADER_ROW, ["清丰县", "县（区）", 90, null, 95], ["南乐县", "县（区）", 85, null, 88], ["市税务局", "市直部门", 92, null, 90]]);
const TEAM1 = grid("第一组", [
  ["单位名称", "实地考核"],
  ["南乐县", 87],
  ["清丰县", 93.5],
]);
const TEAM2 = grid("第二组", [
  ["单位名称", "实地考核"],
  ["市税务局", 91],
]);

const unitScores = (table: ReturnType<typeof readScoreTable>["table"]) =>
  table.names.map((name, i) => [name, table.groups[table.groupOf[i] as number], ...table.components.map((c) => c[i])]);

test("a unit's scores are taken from every table that gives them; its group and place from the main table", () => {
  const { table, problems } = readScoreTable([MAIN, TEAM1, TEAM2], defaultScheme());
  expect(problems).toEqual([]);
  expect(table.groups).toEqual(["县（区）", "市直部门"]);
  expect(unitScores(table)).toEqual([
    ["清丰县", "县（区）", 90, 93.5, 95],
    ["南乐县", "县（区）", 85, 87, 88],
    ["市税务局", "市直部门", 92, 91, 90],
  ]);
  // The name shown and clicked is the main table's.
  expect(Array.from(table.tableOf)).toEqual([0, 0, 0]);
  expect(Array.from(table.rowOf)).toEqual([2, 3, 4]);
});

test("a team's sheet named like a group (第一组), read before the main table, adds no group", () => {
  const main = grid("汇总", [
    ["单位名称", "日常考核", "实地考核", "满意度调查"],
    ["清丰县", 90, null, 95],
  ]);
  const { table, problems } = readScoreTable([TEAM1, main], defaultScheme());
  // 南乐县 is only in the team's sheet: nothing says its group.
  expect(codesAt(problems)).toEqual(["UNIT_UNMATCHED@第一组!A2"]);
  expect(table.groups).toEqual(["汇总"]);
  expect(unitScores(table)).toEqual([["清丰县", "汇总", 90, 93.5, 95]]);
  expect(table.tables.map((t) => t.groupFromSheetName)).toEqual([false, true]);
});

test("the same score given twice agrees; a different one is an error naming both cells, files included", () => {
  const again = grid(
    "第一组",
    [
      ["单位名称", "实地考核"],
      ["清丰县", 93.5],
      ["南乐县", 86],
    ],
    "team1-copy.xlsx",
  );
  const { problems } = readScoreTable([MAIN, TEAM1, TEAM2, again], defaultScheme());
  expect(codesAt(problems)).toEqual(["SCORE_CONFLICT@[team1-copy.xlsx]第一组!B3"]);
  expect(problems[0]?.message).toContain("第一组!B2");
  expect(problems[0]?.message).toContain("87");
  expect(problems[0]?.message).toContain("86");

  const fromFiles = readScoreTable([MAIN, { ...TEAM1, file: "team1.xlsx" }, TEAM2, again], defaultScheme());
  expect(fromFiles.problems.map((p) => p.file)).toEqual(["team1-copy.xlsx"]);
  expect(fromFiles.problems[0]?.message).toContain("[team1.xlsx]第一组!B2");
});

test("a score blank in the main table and given by a team is no problem; blank everywhere, each blank cell says so", () => {
  const withBlank = grid("第二组", [
    ["单位名称", "实地考核"],
    ["市税务局", null],
    ["濮阳县", 90],
  ]);
  const { problems } = readScoreTable([MAIN, TEAM1, withBlank], defaultScheme());
  expect(codesAt(problems)).toEqual(["SCORE_MISSING@汇总!D4", "SCORE_MISSING@第二组!B2", "UNIT_UNMATCHED@第二组!A3"]);
});

test("a unit no table gives a component for is missing it at its name cell; a component no table has is a missing column", () => {
  const noOnsite = grid("汇总", [
    ["单位名称", "类别", "日常考核", "满意度调查"],
    ["清丰县", "县（区）", 90, 95],
    ["南乐县", "县（区）", 85, 88],
  ]);
  const { problems } = readScoreTable([noOnsite, TEAM1], defaultScheme());
  expect(problems).toEqual([]);
  const { problems: withTax } = readScoreTable([{ ...noOnsite, cells: [...noOnsite.cells, ["市税务局", "市直部门", 92, 90]] }, TEAM1], defaultScheme());
  expect(codesAt(withTax)).toEqual(["SCORE_MISSING@汇总!A4"]);
  expect(withTax[0]?.message).toContain("实地考核");

  const { problems: nowhere } = readScoreTable(
    [
      noOnsite,
      grid("第一组", [
        ["单位名称", "日常考核"],
        ["清丰县", 90],
      ]),
    ],
    defaultScheme(),
  );
  expect(codesAt(nowhere)).toEqual(["MISSING_COLUMN@汇总!A1", "MISSING_COLUMN@第一组!A1"]);
});

test("within one table a name twice stays a duplicate; one name in two groups is an error too", () => {
  const twice = grid("第一组", [
    ["单位名称", "实地考核"],
    ["清丰县", 93.5],
    ["清丰县", 93.5],
  ]);
  expect(codesAt(readScoreTable([MAIN, twice], defaultScheme()).problems)).toEqual(["SCORE_MISSING@汇总!D3", "SCORE_MISSING@汇总!D4", "DUPLICATE_UNIT@第一组!A3"]);

  const otherGroup = grid("补充", [
    ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"],
    ["清丰县", "市直部门", 90, 93.5, 95],
  ]);
  const { problems } = readScoreTable([MAIN, TEAM1, TEAM2, otherGroup], defaultScheme());
  expect(codesAt(problems)).toEqual(["DUPLICATE_UNIT@补充!A2"]);
  expect(problems[0]?.message).toContain("汇总!A2");
});

test("with a rater rule, each sheet's score is one rater's, combined by the rule", () => {
  const scheme: Scheme = defaultScheme();
  const onsite = scheme.components[1]!;
  onsite.raters = { method: "trimmed", decimals: 2 };
  const rater = (k: number, scores: [CellValue, CellValue, CellValue]) =>
    grid(`评委${k}`, [
      ["单位名称", "实地考核"],
      ["清丰县", scores[0]],
      ["南乐县", scores[1]],
      ["市税务局", scores[2]],
    ]);
  const raters = [rater(1, [90, 80, 70]), rater(2, [95, 81, 71]), rater(3, [85, 86, null]), rater(4, [91, 83, 72])];
  const { table, problems } = readScoreTable([MAIN, ...raters], scheme);
  expect(problems).toEqual([]);
  // 清丰县 drops 95 and 85: (90 + 91) / 2; 市税务局 was not scored by rater 3: three raters, trimmed to 71.
  expect(Array.from(table.components[1]!)).toEqual([90.5, 82, 71]);
  expect(table.components[1]![1]).toBe(combineRaters([80, 81, 86, 83], onsite.raters));
  // Without the rule the same sheets disagree.
  const plain = readScoreTable([MAIN, ...raters], defaultScheme());
  expect(plain.problems.every((p) => p.code === "SCORE_CONFLICT")).toBe(true);
  expect(plain.problems.length).toBeGreaterThan(0);
});

test("one table reads as before: a blank score is reported at once", () => {
  const { problems } = readScoreTable([MAIN], defaultScheme());
  expect(codesAt(problems)).toEqual(["SCORE_MISSING@汇总!D2", "SCORE_MISSING@汇总!D3", "SCORE_MISSING@汇总!D4"]);
});

test("a unit left out of the main table for want of a group is no duplicate of its team's row", () => {
  const main = { ...MAIN, cells: MAIN.cells.map((row, r) => (r === 1 ? [row[0] ?? null, null, ...row.slice(2)] : row)) };
  const { problems } = readScoreTable([main, TEAM1, TEAM2], defaultScheme());
  // The row left out is checked as it stands (its blank 实地考核 too); the team's row finds no group.
  expect(codesAt(problems)).toEqual(["GROUP_MISSING@汇总!B2", "SCORE_MISSING@汇总!D2", "UNIT_UNMATCHED@第一组!A3"]);
});

describe("gathering is reading the one table split apart", () => {
  const unitsArb = fc.uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[甲乙丙丁戊己庚辛壬癸]{1,3}$/),
      group: fc.constantFrom("县（区）", "市直部门"),
      scores: fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })),
      team: fc.nat({ max: 3 }),
      order: fc.nat(),
    }),
    { selector: (u) => u.name, minLength: 1, maxLength: 30 },
  );

  test("a main table without one component and teams' tables with it, in any order, read as the whole table", () => {
    fc.assert(
      fc.property(unitsArb, fc.boolean(), fc.constantFrom(0, 1, 2), (units, teamsFirst, split) => {
        const tenths = (n: number) => n / 10;
        const whole = grid("汇总", [HEADER_ROW, ...units.map((u) => [u.name, u.group, ...u.scores.map(tenths)])]);
        // The component `split` is blanked in the main table and given by each unit's team, in an order of its own.
        const main = grid("汇总", [HEADER_ROW, ...units.map((u) => [u.name, u.group, ...u.scores.map((s, c) => (c === split ? null : tenths(s)))])]);
        const label = HEADER_ROW[2 + split] as string;
        const teams = [0, 1, 2, 3].map((k) =>
          grid(`第${"一二三四"[k]}组`, [
            ["单位名称", label],
            ...units
              .filter((u) => u.team === k)
              .sort((a, b) => a.order - b.order)
              .map((u) => [u.name, tenths(u.scores[split])]),
          ]),
        );
        const expected = readScoreTable([whole], defaultScheme());
        const gathered = readScoreTable(teamsFirst ? [...teams, main] : [main, ...teams], defaultScheme());
        expect(gathered.problems).toEqual([]);
        expect(gathered.table.names).toEqual(expected.table.names);
        expect(gathered.table.groups).toEqual(expected.table.groups);
        expect(Array.from(gathered.table.groupOf)).toEqual(Array.from(expected.table.groupOf));
        expect(gathered.table.components.map((c) => Array.from(c))).toEqual(expected.table.components.map((c) => Array.from(c)));
        expect(Array.from(gathered.table.rowOf)).toEqual(Array.from(expected.table.rowOf));
      }),
      { numRuns: 200 },
    );
  });
});

test("a team's sheet with its raters' columns (评委1…评委3 under 实地考核) gives its units' combined score", () => {
  const scheme: Scheme = defaultScheme();
  scheme.components[1]!.raters = { method: "trimmed", decimals: 2 };
  const team: Grid = {
    sheet: "第一组",
    originRow: 1,
    originCol: 1,
    cells: [
      ["单位名称", "实地考核", null, null],
      [null, "评委1", "评委2", "评委3"],
      ["清丰县", 90, 95, 80],
      ["南乐县", 86, 87, 88],
      ["市税务局", 70, 90, 91],
    ],
    merges: [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 4 },
    ],
  };
  const { table, problems } = readScoreTable([MAIN, team], scheme);
  expect(problems).toEqual([]);
  expect(table.groups).toEqual(["县（区）", "市直部门"]);
  // Each unit's middle score: the trimmed mean of three.
  expect(Array.from(table.components[1]!)).toEqual([90, 87, 90]);
});

test("a team's score is checked against the full marks of its unit's group, which the main table states", () => {
  const scheme: Scheme = defaultScheme();
  scheme.groupScales = { 市直部门: { fullMarks: 150, components: { onsite: { fullMarks: 150, weight: 80 } } } };
  const team = grid("第一组", [
    ["单位名称", "实地考核"],
    ["市税务局", 140],
    ["清丰县", 120],
    ["南乐县", 87],
  ]);
  const { table, problems } = readScoreTable([MAIN, team], scheme);
  expect(codesAt(problems)).toEqual(["SCORE_OUT_OF_RANGE@第一组!B3"]);
  expect(problems[0]?.message).toContain("100");
  expect(Array.from(table.components[1]!)).toEqual([NaN, 87, 140]);
});
