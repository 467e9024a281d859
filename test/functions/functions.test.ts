// The ASSESS.* functions called the way Excel calls them: matrices for ranges (a single cell is a
// 1×1 matrix), null for blank cells, strings as typed, booleans; errors thrown or returned in place.
import { grade, rank, score, tierList, total } from "../../src/functions/functions";
import { RuntimeError, fakeRuntime, shown } from "./runtime";

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
});

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const row = (...values: unknown[]): unknown[][] => [values];

describe("ASSESS.SCORE", () => {
  it("weights daily, on-site and satisfaction 60/30/10 by default", () => {
    expect(score([[90]], [[80]], [[70]])).toEqual([[85]]);
  });

  it("rounds half-up to 2 decimals on the exact decimal, where binary arithmetic would round down", () => {
    // 0.6 × 85.025 + 24 + 7 = 82.015 exactly; as doubles it is 82.01499999…
    expect(score([[85.025]], [[80]], [[70]])).toEqual([[82.02]]);
  });

  it("reads scores typed the office way: spaces, full-width digits, a trailing 分", () => {
    expect(score([[" 85 "]], [["９１．５"]], [["90分"]])).toEqual([[87.45]]);
  });

  it("spills a same-shaped column for column ranges, and a single cell serves every row", () => {
    expect(score(col(90, 80, 100), col(80, 80, 100), [[70]])).toEqual([[85], [79], [97]]);
  });

  it("takes weights as an array constant or a range", () => {
    expect(score([[90]], [[80]], [[70]], row(50, 30, 20))).toEqual([[83]]);
    expect(score([[90]], [[80]], [[70]], col(50, 30, 20))).toEqual([[83]]);
  });

  it("shows #N/A for a blank score, #VALUE! for text, booleans and a score outside 0–100, each with its message", () => {
    expect(shown(() => score([[null]], [[80]], [[70]]))).toEqual({ error: "#N/A", message: expect.stringContaining("为空") });
    expect(shown(() => score([[""]], [[80]], [[70]]))).toMatchObject({ error: "#N/A" });
    expect(shown(() => score([["缺考"]], [[80]], [[70]]))).toEqual({ error: "#VALUE!", message: expect.stringContaining("缺考") });
    expect(shown(() => score([[true]], [[80]], [[70]]))).toMatchObject({ error: "#VALUE!" });
    // Excel would drop a #NUM!'s message, and the user could not tell which of the three is out of range.
    expect(shown(() => score([[90]], [[101]], [[70]]))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/实地考核得分 101/) });
    expect(shown(() => score([[90]], [[80]], [[-1]]))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/满意度调查得分 -1/) });
  });

  it("keeps a bad row's error in its own cell of a spilled range", () => {
    const out = score(col(90, null, 100), col(80, 80, 100), col(70, 70, 100));
    expect(out[0]).toEqual([85]);
    expect(out[1]?.[0]).toBeInstanceOf(RuntimeError);
    expect((out[1]?.[0] as RuntimeError).code).toBe("#N/A");
    expect(out[2]).toEqual([100]);
  });

  it("refuses weights that do not sum to 100 or are not three, with #VALUE! and a message saying why", () => {
    expect(shown(() => score([[90]], [[80]], [[70]], row(60, 30, 20)))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/和为 100/) });
    expect(shown(() => score([[90]], [[80]], [[70]], row(60, 40)))).toMatchObject({ error: "#VALUE!" });
    expect(shown(() => score([[90]], [[80]], [[70]], row(60, "三十", 10)))).toMatchObject({ error: "#VALUE!" });
  });

  it("refuses ranges of different sizes", () => {
    expect(shown(() => score(col(90, 80), col(80, 80, 80), [[70]]))).toMatchObject({ error: "#VALUE!" });
  });

  it("treats an omitted optional argument like Excel passes it (null or undefined)", () => {
    expect(score([[90]], [[80]], [[70]], undefined)).toEqual([[85]]);
    expect(score([[90]], [[80]], [[70]], null as unknown as unknown[][])).toEqual([[85]]);
  });
});

describe("ASSESS.TOTAL", () => {
  it("weights any number of components by a row of weights", () => {
    expect(total(row(90, 80, 70, 60), row(40, 30, 20, 10))).toEqual([[80]]);
  });

  it("uses 60/30/10 for three scores without weights, in a row or a column", () => {
    expect(total(row(90, 80, 70))).toEqual([[85]]);
    expect(total(col(90, 80, 70))).toEqual([[85]]);
  });

  it("gives one total per row of a block of scores", () => {
    expect(
      total([
        [90, 80, 70],
        [100, 100, 100],
      ]),
    ).toEqual([[85], [100]]);
  });

  it("needs weights for other than three scores, and as many as the scores", () => {
    expect(shown(() => total(row(90, 80, 70, 60)))).toMatchObject({ error: "#VALUE!" });
    expect(shown(() => total(row(90, 80), row(50, 30, 20)))).toMatchObject({ error: "#VALUE!" });
    expect(shown(() => total(row(90, 80), row(50, 49)))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/和为 100/) });
  });
});

describe("ASSESS.GRADE", () => {
  it("grades by the 2020 tiers, minimum inclusive", () => {
    expect(grade(col(90, 89.99, 80, 60, 59.99))).toEqual([["优秀"], ["良好"], ["良好"], ["合格"], ["不合格"]]);
  });

  it("takes other thresholds and labels", () => {
    expect(grade(col(86, 70, 69), row(85, 70), row("好", "中", "差"))).toEqual([["好"], ["中"], ["差"]]);
  });

  it("refuses labels that do not fit the thresholds, and thresholds not descending", () => {
    expect(shown(() => grade([[86]], row(85, 70), row("好", "差")))).toMatchObject({ error: "#VALUE!" });
    expect(shown(() => grade([[86]], row(70, 85), row("好", "中", "差")))).toEqual({ error: "#VALUE!", message: expect.any(String) });
  });

  it("shows #N/A for a blank total and #VALUE! for text", () => {
    expect(shown(() => grade([[null]]))).toMatchObject({ error: "#N/A" });
    expect(shown(() => grade([["优秀"]]))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("ASSESS.RANK", () => {
  const totals = col(95, 90, 90, 80);

  it("ranks ties together, competition style by default and dense on request", () => {
    expect(rank(totals, totals)).toEqual([[1], [2], [2], [4]]);
    expect(rank(totals, totals, undefined, undefined, true)).toEqual([[1], [2], [2], [3]]);
    expect(rank([[80]], totals)).toEqual([[4]]);
  });

  it("ranks within the unit's group only, reading group names as the core does", () => {
    const all = col(95, 90, 88, 85);
    const groups = col("县(区)", "市直部门", "县（区）", "市直部门");
    expect(rank(all, all, groups, groups)).toEqual([[1], [1], [2], [2]]);
    expect(rank([[88]], all, [["县(区)"]], groups)).toEqual([[2]]);
  });

  it("counts office-typed totals and skips blank cells of the totals range", () => {
    expect(rank([[90]], col("95分", null, " 90 ", 80))).toEqual([[2]]);
  });

  it("shows #N/A for a total that is not among the totals or is blank", () => {
    expect(shown(() => rank([[91]], totals))).toMatchObject({ error: "#N/A" });
    expect(shown(() => rank([[null]], totals))).toMatchObject({ error: "#N/A" });
  });

  it("needs the groups when a group is given", () => {
    expect(shown(() => rank([[90]], totals, [["县(区)"]]))).toMatchObject({ error: "#VALUE!" });
    expect(shown(() => rank([[90]], totals, [["县(区)"]], col("a", "b")))).toMatchObject({ error: "#VALUE!" });
  });

  it("refuses text in the totals that is no number", () => {
    expect(shown(() => rank([[90]], col(95, "缺考", 90)))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("ASSESS.TIERLIST", () => {
  const names = col("台前县", "清丰县", "开发区管委会", "范县", "南乐县");
  const totals = col(92.1, 95.3, 92.1, 85, 70);

  it("lists a tier's units in rank order joined with 、, ties in sheet order", () => {
    expect(tierList(names, totals, [["优秀"]])).toEqual([["清丰县、台前县、开发区管委会"]]);
    expect(tierList(names, totals, col("良好", "合格", "不合格"))).toEqual([["范县"], ["南乐县"], [""]]);
  });

  it("lists only the given group", () => {
    const groups = col("县(区)", "县(区)", "功能区", "县(区)", "县(区)");
    expect(tierList(names, totals, [["优秀"]], groups, [["县(区)"]])).toEqual([["清丰县、台前县"]]);
  });

  it("takes other tiers", () => {
    expect(tierList(names, totals, [["A"]], undefined, undefined, row(90), row("A", "B"))).toEqual([["清丰县、台前县、开发区管委会"]]);
  });

  it("shows #N/A for an unknown tier and #VALUE! for names and totals of different lengths", () => {
    expect(shown(() => tierList(names, totals, [["卓越"]]))).toMatchObject({ error: "#N/A" });
    expect(shown(() => tierList(names, col(1, 2), [["优秀"]]))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("the language of error messages", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("is English when Office's display language is English, Chinese otherwise", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    expect(shown(() => score([[null]], [[80]], [[70]]))).toEqual({ error: "#N/A", message: "The daily score is blank" });
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    expect(shown(() => score([[null]], [[80]], [[70]]))).toEqual({ error: "#N/A", message: "日常考核得分为空" });
  });
});

describe("data types (Stocks, Geography) passed to the functions", () => {
  // As Excel passes them to an `any` parameter when the metadata allows custom data.
  const stock = { type: "Entity", text: "Microsoft Corporation (XNAS:MSFT)", basicType: "Error", basicValue: "#VALUE!", properties: {} };
  const place = { type: "LinkedEntity", text: "濮阳市", basicType: "Error", basicValue: "#VALUE!", id: { serviceId: 268 } };

  it("reads an entity as text that is not a score (#VALUE! naming it), never as a blank (#N/A)", () => {
    expect(shown(() => score([[stock]], [[80]], [[70]]))).toEqual({ error: "#VALUE!", message: expect.stringContaining("Microsoft Corporation") });
    expect(shown(() => grade([[place]]))).toEqual({ error: "#VALUE!", message: expect.stringContaining("濮阳市") });
  });

  it("reads a formatted number as its number, and an entity in a name column as its text", () => {
    expect(score([[{ type: "FormattedNumber", basicValue: 90, numberFormat: "0.0" }]], [[80]], [[70]])).toEqual([[85]]);
    expect(tierList(col(place, "范县"), col(95, 85), [["优秀"]])).toEqual([["濮阳市"]]);
  });
});

describe("the fake runtime, as Excel shows custom function errors", () => {
  it("keeps a message with #VALUE! and #N/A only, and drops it with #NUM!", () => {
    expect(new RuntimeError("#NUM!", "超出").message).toBeUndefined();
    expect(new RuntimeError("#VALUE!", "不是数字").message).toBe("不是数字");
    expect(new RuntimeError("#N/A", "为空").message).toBe("为空");
  });
});
