// The notice document's XML: the page, the grid, the fonts, the page numbers and the annex tables as
// GB/T 9704 sets them, and its text: section 二 as the core words it, the annex rows as the assessment.
import { rankWorkbook } from "../../src/core/pipeline";
import { noticeParts } from "../../src/core/report/notice";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { Assessment, CellValue, Grid, Scheme } from "../../src/core/types";
import { noticeDocx } from "../../src/docx";
import { attrs, bodyParagraphs, docxParts, styleXml, tables, textOf, type Parts } from "./support";

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number): number => twips / TWIPS_PER_MM;

/** A score sheet: 单位名称 | 类别 | three components | 加减分, as an office types it. */
function sheet(rows: [string, string, number, number, number, number][]): Grid {
  const cells: CellValue[][] = [["2021年度依法行政考核得分汇总表"], ["单位名称", "类别", "日常考核", "实地考核", "满意度调查", "加减分"], ...rows];
  return { sheet: "考核得分", originRow: 1, originCol: 1, cells };
}

const ROWS: [string, string, number, number, number, number][] = [
  ["濮阳县", "县（区）", 88.5, 90, 92, 0],
  ["清丰县", "县（区）", 96, 97, 95, 0.5],
  ["范县", "县（区）", 79, 80, 85, 0],
  ["市税务局", "市直部门", 95, 96, 97, 0],
  ["市民政局", "市直部门", 70.25, 60, 65, -1],
];

function assessment(grid: Grid = sheet(ROWS), scheme?: Scheme): Assessment {
  const r = rankWorkbook([grid], scheme === undefined ? {} : { scheme });
  if (r.assessment === null) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
}

let parts: Parts;
let a: Assessment;
beforeAll(async () => {
  a = assessment();
  parts = docxParts(await noticeDocx(a));
});

const doc = (): string => parts["word/document.xml"] as string;
const styles = (): string => parts["word/styles.xml"] as string;

describe("the page (GB/T 9704 5.2)", () => {
  test("A4 portrait with the text block 156 × 225 mm, 37 mm from the top and 28 mm from the left", () => {
    const size = attrs(doc(), "w:pgSz");
    expect(size).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(mm(Number(size["w:w"]))).toBeCloseTo(210, 0);
    expect(mm(Number(size["w:h"]))).toBeCloseTo(297, 0);
    const m = attrs(doc(), "w:pgMar");
    expect(mm(Number(m["w:top"]))).toBeCloseTo(37, 1);
    expect(mm(Number(m["w:left"]))).toBeCloseTo(28, 1);
    expect(mm(Number(size["w:w"]) - Number(m["w:left"]) - Number(m["w:right"]))).toBeCloseTo(156, 1);
    expect(mm(Number(size["w:h"]) - Number(m["w:top"]) - Number(m["w:bottom"]))).toBeCloseTo(225, 1);
  });

  test("a 22-line × 28-character grid for 3号 text", () => {
    const grid = attrs(doc(), "w:docGrid");
    expect(grid["w:type"]).toBe("linesAndChars");
    const m = attrs(doc(), "w:pgMar");
    const height = 16838 - Number(m["w:top"]) - Number(m["w:bottom"]);
    const width = 11906 - Number(m["w:left"]) - Number(m["w:right"]);
    const linePitch = Number(grid["w:linePitch"]);
    expect(Math.floor(height / linePitch)).toBe(22);
    // The character pitch is Normal's size (3号, 16 pt) plus charSpace/4096 pt.
    expect(attrs(styleXml(styles(), "Normal"), "w:sz")["w:val"]).toBe("32");
    const pitch = 16 + Number(grid["w:charSpace"]) / 4096;
    expect(Math.floor(width / 20 / pitch)).toBe(28);
  });

  test("page numbers — N — in 4号 宋体: odd pages on the right, even pages on the left", () => {
    expect(parts["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const refs = [...doc().matchAll(/<w:footerReference [^>]*>/g)].map((x) => x[0]);
    const target = (type: string): string => {
      const ref = refs.find((r) => r.includes(`w:type="${type}"`));
      if (ref === undefined) throw new Error(`no ${type} footer`);
      const id = /r:id="([^"]+)"/.exec(ref)?.[1];
      const rel = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts["word/_rels/document.xml.rels"] as string);
      return parts[`word/${rel?.[1]}`] as string;
    };
    for (const [type, side] of [
      ["default", "right"],
      ["even", "left"],
    ] as const) {
      const footer = target(type);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(textOf(footer).replace(/\s/g, "")).toBe("——");
      expect(textOf(footer)).toMatch(/^— .* —$/);
      expect(attrs(footer, "w:jc")["w:val"]).toBe(side);
      expect(footer).toContain('w:pStyle w:val="GwPageNumber"');
    }
    const pageNumber = styleXml(styles(), "GwPageNumber");
    expect(attrs(pageNumber, "w:rFonts")).toMatchObject({ "w:eastAsia": "宋体", "w:ascii": "宋体", "w:hAnsi": "宋体" });
    expect(attrs(pageNumber, "w:sz")["w:val"]).toBe("28");
  });
});

describe("the fonts, named for East Asian and Latin text alike", () => {
  test.each([
    ["GwTitle", "方正小标宋简体", "44"],
    ["GwBody", "仿宋_GB2312", "32"],
    ["GwAddressees", "仿宋_GB2312", "32"],
    ["GwHeading1", "黑体", "32"],
    ["GwHeading2", "楷体_GB2312", "32"],
    ["GwAnnexMark", "黑体", "32"],
    ["GwAnnexTitle", "方正小标宋简体", "44"],
    ["GwTableHeader", "黑体", "24"],
    ["GwTableText", "仿宋_GB2312", "24"],
  ])("%s: %s, %s half-points", (id, font, size) => {
    const s = styleXml(styles(), id);
    expect(attrs(s, "w:rFonts")).toMatchObject({ "w:eastAsia": font, "w:ascii": font, "w:hAnsi": font });
    expect(attrs(s, "w:sz")["w:val"]).toBe(size);
  });

  test("the document's default is 3号 仿宋_GB2312 and every paragraph of the text is indented two characters", () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles())?.[0] ?? "";
    expect(attrs(defaults, "w:rFonts")["w:eastAsia"]).toBe("仿宋_GB2312");
    for (const id of ["GwBody", "GwHeading1", "GwHeading2"]) expect(attrs(styleXml(styles(), id), "w:ind")["w:firstLineChars"]).toBe("200");
  });
});

describe("the text", () => {
  test("title, addressees, the sections in order, the annex note, issuer and date", () => {
    const ps = bodyParagraphs(doc());
    expect(ps[0]).toMatchObject({ style: "GwTitle", text: "关于2020年度全市依法行政考核情况的通报" });
    expect(ps.find((p) => p.style === "GwAddressees")?.text).toBe("各县（区）党委、人民政府，开发区、工业园区、示范区党工委、管委会，市直各单位：");
    const headings = ps.filter((p) => p.style === "GwHeading1").map((p) => p.text);
    expect(headings).toEqual(["一、考核组织实施情况", "二、考评结果及等次", "三、工作主要成效", "四、存在问题", "五、下一步工作要求"]);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain("附件：1．县（区）依法行政考核结果");
    expect(texts).toContain("2．市直部门依法行政考核结果");
    const issuer = texts.indexOf("濮阳市法治政府建设领导小组办公室");
    expect(issuer).toBeGreaterThan(texts.indexOf("2．市直部门依法行政考核结果"));
    expect(texts[issuer + 1]).toBe("2021年7月1日");
    expect(ps.filter((p) => p.style === "GwAnnexMark" && p.text !== "").map((p) => p.text)).toEqual(["附件1", "附件2"]);
    expect(texts[texts.length - 1]).toBe("濮阳市法治政府建设领导小组办公室\t2021年7月1日印发");
  });

  test("section 二 is the notice as the core words it: its headings and lists, in order, in 楷体 and 仿宋", () => {
    const ps = bodyParagraphs(doc());
    const from = ps.findIndex((p) => p.text === "二、考评结果及等次");
    const to = ps.findIndex((p) => p.text === "三、工作主要成效");
    const expected = noticeParts(a).filter((l) => l.kind !== "stats");
    expect(ps.slice(from, to).map((p) => p.text)).toEqual(expected.map((l) => l.text));
    expect(ps.slice(from, to).map((p) => p.style)).toEqual(expected.map((l) => (l.kind === "section" ? "GwHeading1" : l.kind === "group" ? "GwHeading2" : "GwBody")));
    expect(ps[from + 2]?.text).toBe("1．考评结果为优秀等次的县（区）1个：清丰县。");
  });

  test("section 一 says how the total is formed, from the rules used", () => {
    const texts = bodyParagraphs(doc()).map((p) => p.text);
    const rules = texts.find((t) => t.startsWith("考核实行百分制"));
    expect(rules).toBe(
      "考核实行百分制，考核综合成绩由三部分组成，" +
        "一是日常考核占60%（专项工作完成情况、行政执法案卷评查、负责人出庭应诉、服务型行政执法、信息宣传报送）；" +
        "二是实地考核占30%；三是满意度调查占10%（民营企业家座谈、办事大厅实地走访）。" +
        "日常考核计算方法：100分×60%。实地考核计算方法：100分×30%。满意度调查计算方法：100分×10%。" +
        "三者成绩相加即为最终考核成绩。加分、扣分计入综合成绩。综合成绩四舍五入保留二位小数。" +
        "综合成绩90分以上（含90分）为优秀等次，80分以上（含80分）、不足90分为良好等次，" +
        "60分以上（含60分）、不足80分为合格等次，不足60分为不合格等次。",
    );
  });

  test("…and follows other rules: weights, components without sub-items, decimals, a group's own thresholds", async () => {
    const scheme = defaultScheme();
    scheme.components = scheme.components.map((c, i) => ({ ...c, weight: [50, 40, 10][i] as number, subItems: i === 0 ? c.subItems : [] }));
    scheme.decimals = 1;
    scheme.groupTiers["市直部门"] = [
      { label: "优秀", min: 92 },
      { label: "合格", min: 60 },
      { label: "不合格", min: null },
    ];
    const texts = bodyParagraphs(docxParts(await noticeDocx(assessment(sheet(ROWS), scheme)))["word/document.xml"] as string).map((p) => p.text);
    const rules = texts.find((t) => t.startsWith("考核实行百分制")) ?? "";
    expect(rules).toContain("二是实地考核占40%；三是满意度调查占10%。");
    expect(rules).toContain("日常考核计算方法：100分×50%。");
    expect(rules).toContain("保留一位小数。");
    expect(rules).toContain("市直部门综合成绩92分以上（含92分）为优秀等次，60分以上（含60分）、不足92分为合格等次，不足60分为不合格等次。");
  });

  test("the office's own sections are placeholders it cannot miss (highlighted)", () => {
    const ps = bodyParagraphs(doc());
    const after = (heading: string) => ps[ps.findIndex((p) => p.text === heading) + 1] as { text: string; xml: string };
    for (const heading of ["三、工作主要成效", "四、存在问题", "五、下一步工作要求"]) {
      expect(after(heading).text).toMatch(/^【请填写：.*】$/);
      expect(after(heading).xml).toContain('<w:highlight w:val="yellow"/>');
    }
  });

  test("the title, addressees, issuer and date come from the settings", async () => {
    const scheme = defaultScheme();
    scheme.notice = { title: "关于2021年度全县依法行政考核情况的通报", addressees: "各乡镇人民政府，县直各单位：", issuer: "某县依法治县办", date: "2022年3月1日" };
    const texts = bodyParagraphs(docxParts(await noticeDocx(assessment(sheet(ROWS), scheme)))["word/document.xml"] as string).map((p) => p.text);
    expect(texts[0]).toBe("关于2021年度全县依法行政考核情况的通报");
    expect(texts).toContain("各乡镇人民政府，县直各单位：");
    expect(texts).toContain("某县依法治县办");
    expect(texts).toContain("2022年3月1日");
    expect(texts[texts.length - 1]).toBe("某县依法治县办\t2022年3月1日印发");
  });
});

describe("the annex tables", () => {
  test("one per group, its rows the assessment's: rank, unit, each component, 加减分, total, tier", () => {
    const ts = tables(doc());
    expect(ts).toHaveLength(2);
    expect(ts[0]?.rows[0]).toEqual(["名次", "单位名称", "日常考核", "实地考核", "满意度调查", "加减分", "综合成绩", "等次"]);
    expect(ts[0]?.rows.slice(1)).toEqual([
      ["1", "清丰县", "96.00", "97.00", "95.00", "0.50", "96.70", "优秀"],
      ["2", "濮阳县", "88.50", "90.00", "92.00", "0.00", "89.30", "良好"],
      ["3", "范县", "79.00", "80.00", "85.00", "0.00", "79.90", "合格"],
    ]);
    // 70.25 keeps its third decimal place, as the results sheet shows it.
    expect(ts[1]?.rows.slice(1)).toEqual([
      ["1", "市税务局", "95.00", "96.00", "97.00", "0.00", "95.50", "优秀"],
      ["2", "市民政局", "70.25", "60.00", "65.00", "-1.00", "65.65", "合格"],
    ]);
    for (const g of a.groups) expect(g.order.length).toBe(ts[a.groups.indexOf(g)]!.rows.length - 1);
  });

  test("the header row repeats on every page and no row breaks across pages", () => {
    for (const t of tables(doc())) {
      expect(t.rowXml[0]).toContain("<w:tblHeader/>");
      expect(t.rowXml[0]).toContain('w:pStyle w:val="GwTableHeader"');
      expect(t.rowXml[1]).toContain('w:pStyle w:val="GwTableText"');
      for (const row of t.rowXml.slice(1)) expect(row).not.toContain("<w:tblHeader");
      for (const row of t.rowXml) expect(row).toContain("<w:cantSplit/>");
    }
  });

  test("the table is as wide as the text block, its columns wide enough for the longest unit name", () => {
    const t = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc())?.[0] ?? "";
    const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols.reduce((s, w) => s + w, 0)).toBe(11906 - 1587 - 1475);
    // 清丰县 … at 小四 (12 pt = 240 twips a character) with the cell's margins.
    expect(cols[1]).toBeGreaterThanOrEqual(3 * 240 + 2 * 57);
  });

  test("one group: a single annex, named 附件 without a number", async () => {
    const one = assessment(sheet(ROWS.filter((r) => r[1] === "县（区）")));
    const ps = bodyParagraphs(docxParts(await noticeDocx(one))["word/document.xml"] as string);
    expect(ps.filter((p) => p.style === "GwAnnexMark" && p.text !== "").map((p) => p.text)).toEqual(["附件"]);
    expect(ps.map((p) => p.text)).toContain("附件：县（区）依法行政考核结果");
  });
});
