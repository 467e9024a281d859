// The same workbook and rules give the same copy, byte for byte, wherever and whenever ASSESS ranks it:
// the offline page compares its download with the command line's (test/e2e/web.ts), and an office that
// ranks again to check gets the file it already sent. The user's parts are stored exactly as the input
// stores them, so a zip tool or a document-management system sees them unchanged.
import { readFileSync } from "fs";
import path from "path";
import { ROOT, runAssess, tempDir } from "../../cli/support";
import { partsNotStoredAsInput, stylesNotKept, text, partsOf } from "../zipParts";

const OFFICE = path.join(ROOT, "test", "fixtures", "office", "office.xlsx");

describe("the ranked copy's bytes", () => {
  const tmp = tempDir();
  afterAll(() => tmp.done());
  const at = (name: string): string => path.join(tmp.dir, name);

  it("are the same on every run over the same workbook, and every part copied from it is stored as it was", async () => {
    expect(runAssess(["rank", OFFICE, "-o", at("a.xlsx")]).code).toBe(0);
    // A zip's times have two-second steps: the second run must fall in another step to show a clock's time.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(runAssess(["rank", OFFICE, "-o", at("b.xlsx")]).code).toBe(0);
    const input = new Uint8Array(readFileSync(OFFICE));
    const a = new Uint8Array(readFileSync(at("a.xlsx")));
    const b = new Uint8Array(readFileSync(at("b.xlsx")));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(partsNotStoredAsInput(input, a)).toEqual([]);
    // The office's own cell styles (标题, 表头, 得分, 总分, 备注文字 and the direct formats) keep their indexes.
    expect(stylesNotKept(text(partsOf(input), "xl/styles.xml"), text(partsOf(a), "xl/styles.xml"))).toBeNull();
  });
});
