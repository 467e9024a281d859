// Section 一's paragraph under scales other than 百分制 and under bonus limits, from the workbooks of
// test/fixtures/scales ranked under their rules and written as the notice document.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rankWorkbook } from "../../src/core/pipeline";
import { noticeDocx } from "../../src/docx";
import { gridsFromBytes } from "../../src/xlsx/read";
import type { ExpectedScales } from "../fixtures/scales/build";
import { bodyParagraphs, docxParts } from "./support";

const DIR = join(__dirname, "../fixtures/scales");

/** The rules paragraph of the notice of fixture `name`. */
async function rulesOf(name: string): Promise<string> {
  const { scheme } = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as ExpectedScales;
  const read = gridsFromBytes(readFileSync(join(DIR, `${name}.xlsx`)));
  if (!read.ok) throw new Error(`${name}.xlsx does not read`);
  const r = rankWorkbook(read.grids, { scheme });
  if (r.assessment === null) throw new Error(JSON.stringify(r.problems));
  const texts = bodyParagraphs(docxParts(await noticeDocx(r.assessment))["word/document.xml"] as string).map((p) => p.text);
  const rules = texts.find((t) => t.startsWith("考核"));
  if (rules === undefined) throw new Error("no rules paragraph");
  return rules;
}

describe("the notice states the scale when it is not 百分制", () => {
  test("parts out of 77/9/7/4/3: their points, no proportion to explain", async () => {
    const rules = await rulesOf("parts-of-100");
    expect(
      rules.startsWith("考核综合成绩满分100分，由五部分组成，一是依法全面履行政府职能占77分；二是法治宣传教育占9分；三是行政复议应诉占7分；四是法治督察占4分；五是信息报送占3分。"),
    ).toBe(true);
    expect(rules).not.toContain("百分制");
    expect(rules).not.toContain("计算方法");
    expect(rules).toContain("各项成绩相加即为最终考核成绩。");
  });

  test("a written test out of 300 taken at 60%: scored out of 300, counted in proportion", async () => {
    const rules = await rulesOf("written-test-300");
    expect(rules).toContain("一是日常考核占40分（满分100分，按比例折算）；二是法律知识考试占60分（满分300分，按比例折算）。");
    expect(rules).toContain("日常考核计算方法：得分÷100分×40分。法律知识考试计算方法：得分÷300分×60分。");
  });

  test("a group out of 150 beside one out of 100: the group's scale in a sentence of its own", async () => {
    const rules = await rulesOf("groups-150-100");
    expect(rules).toContain("考核综合成绩满分100分，由二部分组成，一是工单办理占60分（满分100分，按比例折算）；二是群众满意度占40分（满分100分，按比例折算）。");
    expect(rules).not.toContain("百分制");
    expect(rules).toContain("两者成绩相加即为最终考核成绩。县区综合成绩满分150分：工单办理占90分（满分100分，按比例折算），群众满意度占60分（满分50分，按比例折算）。");
    expect(rules).not.toContain("市直部门综合成绩满分");
  });
});

test("the notice states the bonus limits", async () => {
  const rules = await rulesOf("bonus-limits");
  expect(rules).toContain(
    "加分、扣分计入综合成绩，加分最高不超过3分，扣分最高不超过5分，加分前综合成绩（四舍五入后）达到85分的方可加分，总分不超过满分（通过加分最多得到满分）。综合成绩四舍五入保留二位小数。",
  );
  // The 2020 components out of 100 keep the 2020 words.
  expect(rules.startsWith("考核实行百分制")).toBe(true);
});
