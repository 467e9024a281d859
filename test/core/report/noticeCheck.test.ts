// The notice held against its tables: on any assessment the notice ASSESS writes passes the check
// (no false refusal of a correct notice), and a notice with any one figure or name changed is refused
// before it is written: in the 结果通报 sheet, in the notice text and in the .docx read back.
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { assess } from "../../../src/core/assess";
import { noticeLines, noticeSheet, noticeText } from "../../../src/core/report/notice";
import { checkNoticeLines, checkNoticeSheet, checkNoticeText, NoticeMismatch } from "../../../src/core/report/noticeCheck";
import { rankWorkbook } from "../../../src/core/pipeline";
import type { Assessment, CellValue, Grid, Scheme } from "../../../src/core/types";
import { noticeDocx } from "../../../src/docx";
import { checkNoticeDocument } from "../../../src/docx/check";
import { NOTICE_DOC_ZH } from "../../../src/core/messages/notice";
import { scoreTable, type TableUnit } from "../../support/scoreTable";
import { schemeArb } from "../../support/schemes";

const GROUPS = ["县(区)", "市直部门", "功能区", "乡镇"];

/** Scores from a small set, so totals tie; now and then a blank (no total), a bonus, a veto. */
const unitArb = (components: number) =>
  fc.record({
    group: fc.constantFrom(...GROUPS),
    scores: fc.array(
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(60, 75.5, 80, 88.75, 90, 95, 100) },
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 10000 }).map((k) => k / 100) },
        { weight: 1, arbitrary: fc.constant(NaN) },
      ),
      { minLength: components, maxLength: components },
    ),
    bonus: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -500, max: 500 }).map((k) => k / 100) }),
    veto: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant("一票否决") }),
  });

const assessmentArb: fc.Arbitrary<Assessment> = schemeArb.chain((scheme: Scheme) =>
  fc.array(unitArb(scheme.components.length), { maxLength: 40 }).map((raw) => {
    // Names unique, some holding the list's own separator 、 or digits like a figure's.
    const units: TableUnit[] = raw.map((u, i) => ({ name: i % 7 === 3 ? `第${i}、分局` : `单位${i}`, group: u.group, scores: u.scores, bonus: u.bonus, veto: u.veto }));
    const table = scoreTable(units);
    // An empty table still has the scheme's components.
    if (units.length === 0) table.components = scheme.components.map(() => new Float64Array(0));
    return assess(table, scheme);
  }),
);

/** Every place in a text where one figure or name could be changed by one step. */
function mutations(text: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const at = m.index;
    const digits = m[0];
    const last = digits.length - 1;
    const changed = `${digits.slice(0, last)}${digits[last] === "9" ? "8" : String(Number(digits[last]) + 1)}`;
    out.push(text.slice(0, at) + changed + text.slice(at + digits.length));
  }
  for (const name of names) {
    const at = text.indexOf(name);
    if (at < 0) continue;
    out.push(`${text.slice(0, at)}${name}局${text.slice(at + name.length)}`);
    out.push(text.slice(0, at) + text.slice(at + name.length));
  }
  return out;
}

describe("the notice checked against its tables", () => {
  it("passes the notice ASSESS writes, for any assessment: its lines, its sheet and its text (property)", () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        checkNoticeLines(a, noticeLines(a), "test");
        checkNoticeSheet(a, noticeSheet(a, "结果通报", "0123456789ab"), "0123456789ab");
        checkNoticeText(a, `${noticeText(a)}\n校验码：0123456789ab`, "0123456789ab");
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a notice with any one figure or name changed, dropped or moved (property)", () => {
    fc.assert(
      fc.property(assessmentArb, fc.nat(), fc.nat(), (a, pickLine, pickChange) => {
        const lines = noticeLines(a);
        const k = pickLine % lines.length;
        const line = lines[k] as string;
        const changes = mutations(line, a.table.names);
        // Two names of one list swapped: the list is no longer in rank order.
        const names = a.table.names.filter((n) => line.includes(`${n}、`) || line.includes(`、${n}`));
        if (names.length >= 2) {
          const [x, y] = [names[0] as string, names[1] as string];
          changes.push(line.replace(x, "\u0000").replace(y, x).replace("\u0000", y));
        }
        fc.pre(changes.length > 0);
        const changed = changes[pickChange % changes.length] as string;
        fc.pre(changed !== line);
        const altered = lines.map((l, j) => (j === k ? changed : l));
        expect(() => checkNoticeLines(a, altered, "结果通报")).toThrow(NoticeMismatch);
        expect(() => checkNoticeText(a, `${altered.join("\n")}\n校验码：0123456789ab`, "0123456789ab")).toThrow(NoticeMismatch);
        // A line left out, or one line too many.
        expect(() => checkNoticeLines(a, lines.slice(0, -1), "结果通报")).toThrow(NoticeMismatch);
        expect(() => checkNoticeLines(a, [...lines, line], "结果通报")).toThrow(NoticeMismatch);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a 结果通报 sheet with one cell changed and names the line", () => {
    const r = rankWorkbook([sampleGrid()]);
    if (r.assessment === null) throw new Error("the sample did not rank");
    const sheet = noticeSheet(r.assessment, "结果通报", r.digest);
    const column = sheet.columns[0];
    if (column === undefined || !("values" in column)) throw new Error("no values column");
    // Row 3 (0-based 2): the first group's first list.
    const values = [...column.values];
    values[3] = String(values[3]).replace("台前县", "台前区");
    const changed = { ...sheet, columns: [{ ...column, values }] };
    expect(() => checkNoticeSheet(r.assessment as Assessment, changed, r.digest)).toThrow(
      /“结果通报”工作表第3行与考核结果不符，未写入。应为“1．考评结果为优秀等次的县（区）2个：台前县、开发区管委会。”/,
    );
    // The 校验码 line too.
    const digestChanged = { ...sheet, columns: [{ ...column, values: [...column.values.slice(0, -1), "校验码：000000000000"] }] };
    expect(() => checkNoticeSheet(r.assessment as Assessment, digestChanged, r.digest)).toThrow(NoticeMismatch);
  });

  it("ranks no workbook whose notice would disagree: rankWorkbook throws before it returns a plan", () => {
    jest.isolateModules(() => {
      jest.doMock("../../../src/core/report/notice", () => {
        const real = jest.requireActual<typeof import("../../../src/core/report/notice")>("../../../src/core/report/notice");
        // A notice writer that puts the first two units of a list in the wrong order.
        return { ...real, noticeText: (a: Assessment) => real.noticeText(a).replace("台前县、开发区管委会", "开发区管委会、台前县") };
      });
      const { rankWorkbook: rank } = jest.requireActual<typeof import("../../../src/core/pipeline")>("../../../src/core/pipeline");
      expect(() => rank([sampleGrid()])).toThrow(/通报文字第3行与考核结果不符/);
    });
    jest.dontMock("../../../src/core/report/notice");
  });
});

describe("the notice document read back", () => {
  const ranked = (): { a: Assessment; digest: string } => {
    const r = rankWorkbook([sampleGrid()]);
    if (r.assessment === null) throw new Error("the sample did not rank");
    return { a: r.assessment, digest: r.digest };
  };

  /** The .docx with document.xml edited by `edit`. */
  const edited = (bytes: Uint8Array, edit: (xml: string) => string): Uint8Array => {
    const files = unzipSync(bytes);
    const xml = strFromU8(files["word/document.xml"] as Uint8Array);
    const next = edit(xml);
    expect(next).not.toBe(xml);
    return zipSync({ ...files, "word/document.xml": strToU8(next) });
  };

  it("passes the document ASSESS writes, for any assessment (property)", async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArb, async (a) => {
        await noticeDocx(a, { digest: "0123456789ab" });
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a document whose annex has one total, one rank or one name changed, or whose lists or 校验码 differ", async () => {
    const { a, digest } = ranked();
    const bytes = await noticeDocx(a, { digest });
    const check = (b: Uint8Array): void => checkNoticeDocument(a, b, NOTICE_DOC_ZH, digest);
    expect(() => check(bytes)).not.toThrow();
    const g = a.groups[0];
    const first = g?.order[0] as number;
    const total = (a.totals[first] as number).toFixed(2);
    // The annex cell of the first unit's total, in 附件1.
    expect(() => check(edited(bytes, (x) => x.replace(`>${total}<`, `>${(Number(total) + 0.01).toFixed(2)}<`)))).toThrow(/通报文档附件1第2行与考核结果不符/);
    expect(() => check(edited(bytes, (x) => x.replace(/(<w:tbl>[\s\S]*?<w:t[^>]*>)名次(<)/, "$1名次 $2")))).toThrow(/附件1第1行/);
    expect(() => check(edited(bytes, (x) => x.replace(/(<w:tbl>[\s\S]*?<\/w:tr>[\s\S]*?<w:t[^>]*>)1(<)/, "$12$2")))).toThrow(/附件1第2行/);
    const name = a.table.names[first] as string;
    const lastAt = (x: string): number => x.lastIndexOf(`>${name}<`);
    expect(() => check(edited(bytes, (x) => `${x.slice(0, lastAt(x))}>${name}x<${x.slice(lastAt(x) + name.length + 2)}`))).toThrow(/附件/);
    expect(() => check(edited(bytes, (x) => x.replace("台前县、开发区管委会", "开发区管委会、台前县")))).toThrow(/通报文档第3行/);
    expect(() => check(edited(bytes, (x) => x.replace(`校验码：${digest}`, "校验码：000000000000")))).toThrow(NoticeMismatch);
  });

  it("reads a docx's tabs in runs, not the tab stops of its paragraphs", async () => {
    const { documentBlocks } = await import("../../../src/docx/check");
    const { a } = ranked();
    const blocks = documentBlocks(await noticeDocx(a));
    // The 印发 line: issuer, a tab in a run, then the date; its paragraph also sets a tab stop.
    const printed = blocks.flatMap((b) => (b.kind === "paragraph" && b.text.endsWith("印发") ? [b.text] : []));
    expect(printed).toHaveLength(1);
    expect((printed[0] as string).split("\t")).toHaveLength(2);
  });
});

// A small workbook in the 2020 shape: the 县（区） whose first list the tests above change.
function sampleGrid(): Grid {
  const cells: CellValue[][] = [
    ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"],
    ["台前县", "县（区）", 95, 90, 90],
    ["开发区管委会", "县（区）", 95, 90, 89],
    ["清丰县", "县（区）", 85, 88.7, 99.85],
    ["南乐县", "县（区）", 70, 60, 60],
    ["市司法局", "市直部门", 92, 95, 90],
    ["市公安局", "市直部门", 85, 80, 80],
  ];
  return { sheet: "考核得分", originRow: 1, originCol: 1, cells };
}
