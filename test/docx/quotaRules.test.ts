// Section 一 of the notice document states the quotas, the rule for ties at a quota's edge and the
// tie-break when the rules have them, in the words offices publish; the results lines say each quota.
import { rankWorkbook } from "../../src/core/pipeline";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { CellValue, Grid, Scheme } from "../../src/core/types";
import { noticeDocx } from "../../src/docx";
import { bodyParagraphs, docxParts } from "./support";
import { quota30Tiers } from "../support/schemes";

function sheet(units: number): Grid {
  const cells: CellValue[][] = [["单位名称", "类别", "日常考核", "实地考核", "满意度调查"]];
  for (let k = 0; k < units; k++) {
    const s = 99 - k;
    cells.push([`单位${k + 1}`, "县（区）", s, s, s]);
  }
  return { sheet: "考核得分", originRow: 1, originCol: 1, cells };
}

async function paragraphs(scheme: Scheme, units = 24): Promise<string[]> {
  const r = rankWorkbook([sheet(units)], { scheme });
  if (r.assessment === null) throw new Error(JSON.stringify(r.problems));
  return bodyParagraphs(docxParts(await noticeDocx(r.assessment))["word/document.xml"] as string).map((p) => p.text);
}

const rulesOf = (texts: string[]): string => texts.find((t) => t.startsWith("考核实行百分制")) ?? "";

describe("the notice states the quotas", () => {
  test("优秀 at most 30% of the units assessed, with a minimum", async () => {
    const scheme: Scheme = {
      ...defaultScheme(),
      tiers: quota30Tiers(),
    };
    const texts = await paragraphs(scheme, 10);
    expect(rulesOf(texts)).toContain(
      "90分以上（含90分）的单位中，按不超过参评单位30%的比例确定优秀等次，其余80分以上（含80分）的为良好等次，其余60分以上（含60分）的为合格等次，其余为不合格等次。",
    );
    expect(rulesOf(texts)).toContain("名额边界上排名并列的单位，均不确定为该等次，名额不突破。");
    // 30% of 10 units: 3 of the ten units of 90 or more.
    expect(texts).toContain("1．考评结果为优秀等次的县（区）3个（按不超过参评单位30%的比例确定）：单位1、单位2、单位3。");
    expect(texts).toContain("2．考评结果为良好等次的县（区）7个：单位4、单位5、单位6、单位7、单位8、单位9、单位10。");
  });

  test("the 巴中 review: places by rank, and the tie-break", async () => {
    const scheme: Scheme = {
      ...defaultScheme(),
      tiers: [
        { label: "好", min: null, quota: { count: 8 } },
        { label: "一般", min: null, quota: { count: 13 } },
        { label: "差", min: null },
      ],
      quotaTies: "in",
      tieBreak: [{ component: "daily" }],
    };
    const rules = rulesOf(await paragraphs(scheme));
    expect(rules).toContain("排名前8名的为好等次，排名第9至21名的为一般等次，其余为差等次。");
    expect(rules).toContain("名额边界上排名并列的单位，均确定为该等次。");
    expect(rules).toContain("综合成绩相同的，按日常考核得分高低排序。");
  });

  test("rules without quotas or tie-break say neither", async () => {
    const rules = rulesOf(await paragraphs(defaultScheme()));
    expect(rules).not.toContain("名额");
    expect(rules).not.toContain("综合成绩相同的");
    expect(rules).toContain("综合成绩90分以上（含90分）为优秀等次，80分以上（含80分）、不足90分为良好等次");
  });
});
