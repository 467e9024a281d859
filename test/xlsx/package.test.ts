// Opening workbook bytes: the parts, their bytes whole or streamed, and what a file that is not a
// workbook is.
import { readFileSync } from "fs";
import { inflateSync, strToU8, zipSync } from "fflate";
import officeCrypto from "officecrypto-tool";
import path from "path";
import { openPackage, type PackageFailureKind } from "../../src/xlsx/package";
import { excelJsBytes, open } from "./support";

const SAMPLE = readFileSync(path.join(__dirname, "..", "..", "assets", "sample-2020-assessment.xlsx"));

function failureOf(bytes: Uint8Array): PackageFailureKind | "opened" {
  const opened = openPackage(bytes);
  return opened.ok ? "opened" : opened.failure.kind;
}

/** The first central-directory record of `name` in a zip, to make a file lie about an entry. */
function centralRecord(zip: Uint8Array, name: string): number {
  const needle = Buffer.from(name, "utf8");
  const buf = Buffer.from(zip);
  for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + 1)) {
    if (buf.readUInt32LE(at - 46) === 0x02014b50) return at - 46;
  }
  throw new Error(`no central record for ${name}`);
}

describe("a workbook package", () => {
  const pkg = open(SAMPLE);

  it("lists its parts and its sheets with their parts", () => {
    expect(pkg.names).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]),
    );
    expect(pkg.workbook).toMatchObject({ path: "xl/workbook.xml", relsPath: "xl/_rels/workbook.xml.rels", date1904: false });
    expect(pkg.workbook.sheets).toEqual([
      { name: "考核得分", sheetId: 1, relId: "rId4", path: "xl/worksheets/sheet1.xml", kind: "worksheet", state: "visible" },
      { name: "说明", sheetId: 2, relId: "rId5", path: "xl/worksheets/sheet2.xml", kind: "worksheet", state: "visible" },
    ]);
    expect(pkg.workbook.relationships.find((r) => r.type.endsWith("/styles"))?.part).toBe("xl/styles.xml");
  });

  it("gives a part's text, the same bytes streamed in chunks, and its stored form for copying", () => {
    const sheet = "xl/worksheets/sheet1.xml";
    const whole = pkg.bytes(sheet);
    if (!whole.ok) throw new Error(whole.failure.kind);
    const chunks: Uint8Array[] = [];
    expect(pkg.stream(sheet, (c) => void chunks.push(c))).toBeNull();
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(whole.value));
    const text = pkg.text(sheet);
    expect(text.ok && text.value.startsWith("<?xml")).toBe(true);
    const stored = pkg.stored(sheet);
    expect(stored?.entry.method).toBe(8);
    expect(Buffer.from(inflateSync(stored?.data ?? new Uint8Array()))).toEqual(Buffer.from(whole.value));
    expect(pkg.entry("XL/Worksheets/Sheet1.xml")?.name).toBe(sheet);
  });

  it("stops streaming when the reader has what it needs", () => {
    let calls = 0;
    expect(pkg.stream("xl/worksheets/sheet1.xml", () => (calls++, false))).toBeNull();
    expect(calls).toBe(1);
  });

  it("streams a large part in bounded chunks", () => {
    // Numbers of a linear congruential sequence: sheet-like XML that does not compress to nothing.
    let x = 1;
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r++) rows.push(`<row r="${r}"><c><v>${(x = (x * 48271) % 2147483647)}</v></c></row>`);
    const part = strToU8(rows.join(""));
    const sizes: number[] = [];
    expect(open(withWorkbook({ "a.xml": part })).stream("a.xml", (c) => void sizes.push(c.length))).toBeNull();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(part.length);
    expect(Math.max(...sizes)).toBeLessThan(1024 * 1024);
  });
});

function withWorkbook(parts: Record<string, Uint8Array>): Uint8Array {
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`;
  return zipSync({ "_rels/.rels": strToU8(rels), "xl/workbook.xml": strToU8("<workbook><sheets/></workbook>"), ...parts });
}

describe("what a file is when it is not a workbook", () => {
  it("tells empty files, text, other binaries and zips that hold no workbook apart", () => {
    expect(failureOf(new Uint8Array())).toBe("empty");
    expect(failureOf(strToU8("单位名称,日常考核\n甲县,90\n"))).toBe("text");
    expect(failureOf(strToU8("<html><body><table><tr><td>1</td></tr></table></body></html>"))).toBe("text");
    expect(failureOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe("notZip");
    // A compound file without the encryption streams: an Excel 97-2003 workbook (LibreOffice's own .xls in test/xlsx/libreoffice).
    const compound = new Uint8Array(1536);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    compound.set(Buffer.from("Workbook", "utf16le"), 1024);
    expect(failureOf(compound)).toBe("xls");
    expect(failureOf(zipSync({ "word/document.xml": strToU8("<w:document/>") }))).toBe("notWorkbook");
    expect(failureOf(zipSync({ "xl/workbook.bin": new Uint8Array(8), "[Content_Types].xml": strToU8("<Types/>") }))).toBe("xlsb");
    expect(failureOf(zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") }))).toBe("ods");
  });

  it("calls a password-protected workbook encrypted", async () => {
    const plain = await excelJsBytes((wb) => void (wb.addWorksheet("得分").getCell("A1").value = 1));
    const encrypted = new Uint8Array(officeCrypto.encrypt(Buffer.from(plain), { password: "2020" }));
    expect(Buffer.from(await officeCrypto.decrypt(Buffer.from(encrypted), { password: "2020" }))).toEqual(Buffer.from(plain));
    expect(failureOf(encrypted)).toBe("encrypted");
  });

  it("calls a truncated file and a damaged part corrupt", () => {
    expect(failureOf(SAMPLE.subarray(0, Math.floor(SAMPLE.length * 0.6)))).toBe("corrupt");
    const damaged = new Uint8Array(SAMPLE);
    const stored = open(SAMPLE).stored("xl/worksheets/sheet1.xml");
    const at = (stored?.data.byteOffset ?? 0) + 200;
    damaged[at] = (damaged[at] as number) ^ 0xff;
    expect(open(damaged).stream("xl/worksheets/sheet1.xml", () => undefined)).toEqual({ kind: "corrupt", part: "xl/worksheets/sheet1.xml" });
  });

  it("refuses a part that declares an absurd size before inflating it, and one that inflates past what it declared", () => {
    const part = strToU8("<row/>".repeat(10_000));
    const zip = withWorkbook({ "a.xml": part });
    const absurd = new Uint8Array(zip);
    Buffer.from(absurd.buffer).writeUInt32LE(0xfffffff0, centralRecord(absurd, "a.xml") + 24);
    expect(open(absurd).stream("a.xml", () => undefined)).toEqual({ kind: "tooLarge", part: "a.xml" });
    const lying = new Uint8Array(zip);
    Buffer.from(lying.buffer).writeUInt32LE(100, centralRecord(lying, "a.xml") + 24);
    let seen = 0;
    expect(open(lying).stream("a.xml", (c) => void (seen += c.length))).toEqual({ kind: "corrupt", part: "a.xml" });
    expect(seen).toBeLessThanOrEqual(100);
  });
});
