import fc from "fast-check";
import { a1, columnLetter, parseA1 } from "../../../src/core/read/address";
import { parseScore, textKey } from "../../../src/core/read/values";

const num = (value: number, normalised: boolean) => ({ kind: "number", value, normalised });

describe("parseScore", () => {
  test("a typed number is a score as it is", () => {
    expect(parseScore(88.5)).toEqual(num(88.5, false));
    expect(parseScore(0)).toEqual(num(0, false));
  });

  test("blank cells and cells of spaces are blank", () => {
    for (const v of [null, "", "   ", "\u3000", "\u00a0"]) expect(parseScore(v)).toEqual({ kind: "blank" });
  });

  test.each([
    [" 85 ", 85],
    ["８８．５", 88.5],
    ["90分", 90],
    ["90 分", 90],
    ["\u3000７８\u3000", 78],
    ["\u00a092", 92],
    ["-2", -2],
    ["＋1.5", 1.5],
    ["１００", 100],
  ])("office-typed %j reads as %d with a warning flag", (text, value) => {
    expect(parseScore(text)).toEqual(num(value, true));
  });

  test.each(["缺考", "免考", "abc", "1e2", "0x10", "1,000", "90分分", "8 5", "85%", ".5", "NaN", "Infinity"])("%j is not a number", (text) => {
    expect(parseScore(text).kind).toBe("text");
  });

  test("a digit string longer than Excel's 15 significant digits is text, not a number", () => {
    expect(parseScore("12345678901234567890")).toEqual({ kind: "text", text: "12345678901234567890" });
    expect(parseScore("１２３４５６７８９０１２３４５６").kind).toBe("text");
    expect(parseScore("1".repeat(30) + ".5").kind).toBe("text");
    // 15 digits, and leading zeros, are still a number (out of range is for the reader to say).
    expect(parseScore("123456789012345")).toEqual(num(123456789012345, true));
    expect(parseScore("000000000000000088.5")).toEqual(num(88.5, true));
    // The literal is rounded to a double on purpose: the text must read as that same double.
    // eslint-disable-next-line no-loss-of-precision
    expect(parseScore("88.1234567890123456789")).toEqual(num(88.1234567890123456789, true));
  });

  test("booleans are text, not 1 and 0", () => {
    expect(parseScore(true)).toEqual({ kind: "text", text: "TRUE" });
  });

  test("the full-width form of any decimal reads as that decimal", () => {
    const toFullWidth = (s: string) => s.replace(/[0-9.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const x = n / 10 ** decimals;
        const text = x.toFixed(decimals);
        const parsed = parseScore(toFullWidth(text));
        return parsed.kind === "number" && parsed.value === Number(text) && parsed.normalised;
      }),
    );
  });
});

describe("textKey", () => {
  test("names typed with full-width characters or stray spaces compare equal", () => {
    expect(textKey("县（区）")).toBe(textKey("县(区)"));
    expect(textKey(" 清丰县\u3000")).toBe("清丰县");
    expect(textKey("清 丰 县")).toBe("清丰县");
    expect(textKey("ＡＢＣ局")).toBe("ABC局");
  });

  test("zero-width characters pasted into a name do not make it another name", () => {
    expect(textKey("清丰\u200b县")).toBe("清丰县");
    expect(textKey("\ufeff市公安局\u200d")).toBe("市公安局");
  });

  test("different names stay different", () => {
    expect(textKey("清丰县")).not.toBe(textKey("南乐县"));
  });
});

describe("A1 addresses", () => {
  test("columns past Z take two and three letters", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });

  test("a1 and parseA1 are inverse", () => {
    expect(a1(7, 4)).toBe("D7");
    expect(parseA1("D7")).toEqual({ row: 7, col: 4 });
    expect(parseA1("$ab$12")).toEqual({ row: 12, col: 28 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 1, max: 16384 }), (row, col) => {
        const p = parseA1(a1(row, col));
        return p.row === row && p.col === col;
      }),
    );
  });

  test("a malformed address is a programming mistake", () => {
    expect(() => parseA1("7D")).toThrow();
    expect(() => columnLetter(0)).toThrow();
  });
});
