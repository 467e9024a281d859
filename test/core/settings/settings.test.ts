import fc from "fast-check";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { validateScheme } from "../../../src/core/scheme/validate";
import { planCell } from "../../../src/core/plan";
import { readSettingsSheet } from "../../../src/core/settings/read";
import { settingsSheetPlan } from "../../../src/core/settings/write";
import type { CellValue, ComponentSpec, Grid, Scheme, SheetPlan, TierSpec } from "../../../src/core/types";

/** The sheet as a host would read it back: rows of cells from A1. */
function gridOf(plan: SheetPlan, sheet = plan.name): Grid {
  const cells: CellValue[][] = Array.from({ length: plan.rowCount }, (_, r) => plan.columns.map((c) => planCell(c, r)));
  return { sheet, originRow: 1, originCol: 1, cells };
}

const written = (scheme: Scheme, generated: string[] = ["考核结果", "考核设置"]): Grid => gridOf(settingsSheetPlan(scheme, generated, "考核设置"));

function rowStarting(grid: Grid, label: string): CellValue[] {
  const row = grid.cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

const rowNumber = (grid: Grid, label: string): number => grid.cells.findIndex((r) => r[0] === label) + 1;

// ─── random valid schemes ───
const word = fc.array(fc.constantFrom(..."甲乙丙丁戊己庚辛壬癸天地玄黄宇宙洪荒ABCxyz"), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(""));
const words = (min: number, max: number) => fc.uniqueArray(word, { minLength: min, maxLength: max });

/** n weights in percent with at most 2 decimals, summing to exactly 100. */
const weights = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10000];
    return points.slice(1).map((p, k) => (p - (points[k] as number)) / 100);
  });

const maxOf = fc.oneof(
  fc.constant(null),
  fc
    .integer({ min: 1, max: 9999 })
    .filter((x) => x !== 10000)
    .map((x) => x / 100),
);

const tierList = (labels: string[]) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: labels.length - 1, maxLength: labels.length - 1 }).map((mins): TierSpec[] => {
    const sorted = mins.sort((a, b) => b - a);
    return labels.map((label, k) => ({ label, min: k === labels.length - 1 ? null : (sorted[k] as number) / 10 }));
  });

const schemeArb: fc.Arbitrary<Scheme> = words(1, 5).chain((labels) =>
  fc
    .record({
      weights: weights(labels.length),
      subs: fc.tuple(...labels.map(() => fc.tuple(words(0, 4), fc.array(maxOf, { minLength: 4, maxLength: 4 }), words(0, 2)))),
      aliases: fc.tuple(...labels.map(() => words(0, 3))),
      tierLabels: words(2, 5),
      otherLabels: words(2, 4),
      groups: fc.uniqueArray(fc.constantFrom("县(区)", "市直部门", "功能区", "乡镇"), { maxLength: 3 }),
      ownLabels: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      ranking: fc.constantFrom("competition" as const, "dense" as const),
      decimals: fc.integer({ min: 0, max: 6 }),
      seed: fc.integer(),
    })
    .chain((r) =>
      fc
        .record({
          tiers: tierList(r.tierLabels),
          group: fc.tuple(...r.groups.map((_, k) => tierList(r.ownLabels[k] ? r.otherLabels : r.tierLabels))),
        })
        .map(({ tiers, group }): Scheme => ({
          components: labels.map((label, c): ComponentSpec => {
            const [subLabels, maxes, subAliases] = r.subs[c]!;
            return {
              key: `k${c}`,
              label,
              aliases: r.aliases[c]!.filter((a) => a !== label),
              weight: r.weights[c]!,
              subItems: subLabels.map((s, j) => ({ label: s, aliases: j === 0 ? subAliases : [], max: maxes[j] ?? null })),
            };
          }),
          tiers,
          groupTiers: Object.fromEntries(r.groups.map((g, k) => [g, group[k] as TierSpec[]])),
          ranking: r.ranking,
          decimals: r.decimals,
        })),
    ),
);

describe("the settings sheet (考核设置)", () => {
  test("is identified by its first cell, not by its name, and the rest of a workbook is not one", () => {
    const renamed = gridOf(settingsSheetPlan(defaultScheme(), [], "考核设置"), "2020年规则");
    expect(readSettingsSheet(renamed)).not.toBeNull();
    expect(renamed.cells[0]![0]).toBe("ASSESS 考核设置");
    expect(readSettingsSheet({ sheet: "考核设置", originRow: 1, originCol: 1, cells: [["考核设置"], ["优秀", 90]] })).toBeNull();
  });

  test("reads back exactly the scheme and sheet list it was written with (any valid scheme)", () => {
    fc.assert(
      fc.property(schemeArb, fc.uniqueArray(word, { maxLength: 6 }), (scheme, generated) => {
        expect(validateScheme(scheme)).toEqual([]);
        const back = readSettingsSheet(written(scheme, generated));
        expect(back).not.toBeNull();
        expect(back!.problems).toEqual([]);
        expect(back!.scheme).toEqual(scheme);
        expect(back!.generated).toEqual(generated);
      }),
      { numRuns: 150 },
    );
  });

  test("is laid out for a person: components, weights, sub-items, tiers, ranking, decimals, generated sheets", () => {
    const scheme = defaultScheme();
    scheme.groupTiers["市直部门"] = [
      { label: "优秀", min: 92 },
      { label: "良好", min: 82 },
      { label: "合格", min: 60 },
      { label: "不合格", min: null },
    ];
    const grid = written(scheme, ["考核结果", "优秀等次", "考核设置"]);
    const header = rowStarting(grid, "考核项目");
    expect(header.slice(0, 3)).toEqual(["考核项目", "权重(%)", "子项"]);
    expect(rowStarting(grid, "日常考核").slice(0, 3)).toEqual(["日常考核", 60, "专项工作完成情况、行政执法案卷评查、负责人出庭应诉、服务型行政执法、信息宣传报送"]);
    expect(rowStarting(grid, "等次").slice(0, 3)).toEqual(["等次", "最低分", "市直部门"]);
    expect(rowStarting(grid, "优秀").slice(0, 3)).toEqual(["优秀", 90, 92]);
    expect(rowStarting(grid, "排名方式")[1]).toBe("竞争排名（1,2,2,4）");
    expect(rowStarting(grid, "小数位数")[1]).toBe(2);
    const listed = rowNumber(grid, "生成的工作表");
    expect(grid.cells.slice(listed - 1).map((r) => r[1])).toEqual(["考核结果", "优秀等次", "考核设置"]);
    expect(readSettingsSheet({ ...grid, cells: grid.cells.map((r) => [...r]) })!.scheme.ranking).toBe("competition");
  });

  test("tolerates a person's edits: a changed weight, a threshold typed as 85分, 中国式排名", () => {
    const grid = written(defaultScheme());
    rowStarting(grid, "日常考核")[1] = "50";
    rowStarting(grid, "实地考核")[1] = "４０％";
    rowStarting(grid, "良好")[1] = "85分";
    rowStarting(grid, "排名方式")[1] = "中国式排名";
    const back = readSettingsSheet(grid)!;
    expect(back.problems).toEqual([]);
    expect(back.scheme.components.map((c) => c.weight)).toEqual([50, 40, 10]);
    expect(back.scheme.tiers[1]).toEqual({ label: "良好", min: 85 });
    expect(back.scheme.ranking).toBe("dense");
  });

  test("a value it cannot read is a warning naming its cell, and the default is kept", () => {
    const grid = written(defaultScheme());
    const row = rowNumber(grid, "良好");
    grid.cells[row - 1]![1] = "八十";
    const back = readSettingsSheet(grid)!;
    expect(back.scheme.tiers[1]!.min).toBe(80);
    expect(back.problems).toHaveLength(1);
    expect(back.problems[0]).toMatchObject({ code: "SETTINGS_UNREADABLE", severity: "warning", sheet: "考核设置", cell: `B${row}` });
    expect(back.problems[0]!.message).toContain("八十");
  });

  test("an edit that breaks the rules is a scheme error, not a silent change", () => {
    const grid = written(defaultScheme());
    rowStarting(grid, "日常考核")[1] = 70;
    const back = readSettingsSheet(grid)!;
    expect(back.problems.map((p) => [p.code, p.severity])).toEqual([["SCHEME_INVALID", "error"]]);
    expect(back.problems[0]!.message).toContain("110");
  });

  test("carries the notice document's words: written, edited by a person, read back", () => {
    const grid = written(defaultScheme());
    expect(rowStarting(grid, "通报标题")[1]).toBe("关于2020年度全市依法行政考核情况的通报");
    expect(rowStarting(grid, "发文机关")[1]).toBe("濮阳市法治政府建设领导小组办公室");
    rowStarting(grid, "通报标题")[1] = "关于2021年度全市依法行政考核情况的通报";
    // A date typed into Excel is stored as a date; the adapters hand it over as 2022-03-01.
    rowStarting(grid, "成文日期")[1] = "2022-03-01";
    rowStarting(grid, "主送机关")[1] = null;
    const back = readSettingsSheet(grid)!;
    expect(back.problems).toEqual([]);
    expect(back.scheme.notice).toEqual({
      title: "关于2021年度全市依法行政考核情况的通报",
      addressees: "各县（区）党委、人民政府，开发区、工业园区、示范区党工委、管委会，市直各单位：",
      issuer: "濮阳市法治政府建设领导小组办公室",
      date: "2022年3月1日",
    });
  });

  test("a sheet written before the notice's words existed reads without them and without a warning", () => {
    const { notice: _left, ...older } = defaultScheme();
    const back = readSettingsSheet(written(older))!;
    expect(back.problems).toEqual([]);
    expect(back.scheme.notice).toBeUndefined();
    expect(back.scheme).toEqual(older);
  });
});
