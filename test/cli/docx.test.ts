// `assess rank … --docx <file>`: the notice document beside the workbook, or a usage error that writes
// nothing at all.
import { existsSync, readdirSync } from "fs";
import path from "path";
import { HEADER, parseJson, runAssess, tempDir, writeWorkbook } from "./support";

jest.setTimeout(60_000);

it("refuses a --docx name that is not .docx before writing anything", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    await writeWorkbook(input, { 得分: [HEADER, ["甲县", "县（区）", 95, 90, 88]] });
    const run = runAssess(["rank", input, "-o", path.join(tmp.dir, "out.xlsx"), "--docx", path.join(tmp.dir, "通报.doc"), "--json"]);
    expect(run.code).toBe(2);
    const doc = parseJson(run.stdout);
    expect(doc.problems.map((p) => p.code)).toEqual(["USAGE"]);
    expect(doc.problems[0]?.message).toContain("通报.doc");
    expect(readdirSync(tmp.dir)).toEqual(["scores.xlsx"]);
  } finally {
    tmp.done();
  }
});

it("says where the document went, in words and in the JSON", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    await writeWorkbook(input, { 得分: [HEADER, ["甲县", "县（区）", 95, 90, 88], ["乙县", "县（区）", 80, 85, 90]] });
    const docx = path.join(tmp.dir, "notice.docx");
    const plain = runAssess(["rank", input, "--docx", docx]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain(`已写出：${docx}`);
    expect(existsSync(docx)).toBe(true);
    const json = parseJson(runAssess(["rank", input, "--docx", docx, "--json"]).stdout) as ReturnType<typeof parseJson> & { docx?: string };
    expect(json.docx).toBe(docx);
    const without = parseJson(runAssess(["rank", input, "--json"]).stdout) as ReturnType<typeof parseJson> & { docx?: string };
    expect("docx" in without).toBe(false);
  } finally {
    tmp.done();
  }
});

it("a document that cannot be written is a WRITE_FAILED problem (exit 2), after the workbook, and leaves no temporary file", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    await writeWorkbook(input, { 得分: [HEADER, ["甲县", "县（区）", 95, 90, 88]] });
    const output = path.join(tmp.dir, "out.xlsx");
    const run = runAssess(["rank", input, "-o", output, "--docx", path.join(tmp.dir, "no-such-folder", "通报.docx"), "--json"]);
    expect(run.code).toBe(2);
    const doc = parseJson(run.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.problems.map((p) => p.code)).toEqual(["WRITE_FAILED"]);
    expect(doc.output).toBe(output);
    expect(readdirSync(tmp.dir).sort()).toEqual(["out.xlsx", "scores.xlsx"]);
  } finally {
    tmp.done();
  }
});

it("lists --docx in the help, in both languages", () => {
  expect(runAssess(["--help"]).stdout).toContain("--docx <文件>");
  expect(runAssess(["--help", "--lang", "en"]).stdout).toContain("--docx <file>");
});
