import { SheetNamer, legalSheetName } from "../../../src/core/report/names";

describe("generated sheet names", () => {
  test("a user's sheet keeps its name; ours takes (ASSESS), then (ASSESS2), and a warning says which", () => {
    const namer = new SheetNamer(["考核得分", "考核结果", "考核结果(ASSESS)"], []);
    expect(namer.name("考核结果")).toBe("考核结果(ASSESS2)");
    expect(namer.problems).toHaveLength(1);
    expect(namer.problems[0]!.code).toBe("SHEET_RENAMED");
    expect(namer.problems[0]!.severity).toBe("warning");
    expect(namer.problems[0]!.message).toContain("考核结果(ASSESS2)");
  });

  test("names are compared without case, as Excel does", () => {
    const namer = new SheetNamer(["summary"], []);
    expect(namer.name("SUMMARY")).toBe("SUMMARY(ASSESS)");
  });

  test("a sheet ASSESS generated before gives its name back without a warning", () => {
    const namer = new SheetNamer(["考核得分", "考核结果"], ["考核结果"]);
    expect(namer.name("考核结果")).toBe("考核结果");
    expect(namer.problems).toEqual([]);
  });

  test("names stay legal for Excel: at most 31 characters, none of / \\ ? * : [ ]", () => {
    expect(legalSheetName("A/B:C?[D]")).toBe("A_B_C__D_");
    const long = "很".repeat(40);
    expect(Array.from(legalSheetName(long))).toHaveLength(31);
    const namer = new SheetNamer([legalSheetName(long)], []);
    const renamed = namer.name(long);
    expect(renamed.length).toBeLessThanOrEqual(31);
    expect(renamed.endsWith("(ASSESS)")).toBe(true);
  });
});
