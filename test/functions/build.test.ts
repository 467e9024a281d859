// The build contract, checked from outside: dist/functions.js evaluated on its own in a context that
// provides nothing but CustomFunctions registers the six functions, and they work; the metadata
// comes in Chinese (functions.json) and English (functions.en-US.json) from the messages module.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { FUNCTION_TEXT } from "../../src/core/messages/functions";
import type { FunctionsMetadata } from "../../src/functions/metadata";
import { BUILD_TIMEOUT_MS, DIST, ensureBuilt } from "./built";
import { RuntimeError, fakeRuntime } from "./runtime";
import type { FakeRuntime } from "./runtime";

const IDS = ["SCORE", "TOTAL", "GRADE", "RANK", "TIERLIST", "TRIMMEAN"];
let runtime: FakeRuntime;

beforeAll(() => {
  ensureBuilt();
  runtime = fakeRuntime();
  const context = createContext({ CustomFunctions: runtime });
  runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
}, BUILD_TIMEOUT_MS);

const fn = (id: string): ((...args: unknown[]) => unknown) => {
  const f = runtime.registry.get(id);
  if (!f) throw new Error(`${id} is not registered`);
  return f;
};

describe("dist/functions.js on its own", () => {
  it("registers exactly SCORE, TOTAL, GRADE, RANK, TIERLIST and TRIMMEAN", () => {
    expect([...runtime.registry.keys()].sort()).toEqual([...IDS].sort());
  });

  it("computes with the registered functions", () => {
    const totals = fn("SCORE")([[95], [" 85 "]], [[90], ["９０"]], [[80], ["90分"]]);
    expect(totals).toEqual([[92], [87]]);
    expect(fn("TOTAL")([[90, 80, 70]])).toEqual([[85]]);
    expect(fn("GRADE")(totals)).toEqual([["优秀"], ["良好"]]);
    expect(fn("RANK")(totals, totals)).toEqual([[1], [2]]);
    expect(fn("TIERLIST")([["清丰县"], ["台前县"]], totals, [["良好"]])).toEqual([["台前县"]]);
    expect(fn("TRIMMEAN")([[90, 85, 88, 92, 70, 86, 89]])).toEqual([[87.6]]);
  });

  it("throws the runtime's own CustomFunctions.Error with Excel's code and a Chinese message", () => {
    let caught: unknown;
    try {
      fn("SCORE")([[null]], [[80]], [[70]]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuntimeError);
    expect(caught).toMatchObject({ code: "#N/A", message: expect.stringMatching(/为空/) });
  });
});

describe("the metadata in two languages", () => {
  const read = (file: string): FunctionsMetadata => JSON.parse(readFileSync(join(DIST, file), "utf8")) as FunctionsMetadata;

  it("describes every function and parameter in Chinese in functions.json and in English in functions.en-US.json", () => {
    const zh = read("functions.json");
    const en = read("functions.en-US.json");
    expect(zh.functions.map((f) => f.id).sort()).toEqual([...IDS].sort());
    for (const [file, meta, lang] of [
      ["zh", zh, "zh"],
      ["en", en, "en"],
    ] as const) {
      for (const f of meta.functions) {
        const text = FUNCTION_TEXT[f.id as keyof typeof FUNCTION_TEXT];
        expect([file, f.id, f.description]).toEqual([file, f.id, text.description[lang]]);
        for (const p of f.parameters) expect([f.id, p.name, p.description]).toEqual([f.id, p.name, text.parameters[p.name]?.[lang]]);
      }
    }
    expect(JSON.stringify(zh)).toMatch(/[\u4e00-\u9fff]/);
  });

  it("lets data types (Stocks, Geography) into the functions' parameters, in both files", () => {
    for (const file of ["functions.json", "functions.en-US.json"]) expect([file, read(file).allowCustomDataForDataTypeAny]).toEqual([file, true]);
  });

  it("keeps ids, names, types and optional flags identical across the two files", () => {
    const strip = (m: FunctionsMetadata): unknown =>
      m.functions.map(({ description: _d, parameters, ...f }) => ({ ...f, parameters: parameters.map(({ description: _p, ...p }) => p) }));
    expect(strip(read("functions.en-US.json"))).toEqual(strip(read("functions.json")));
  });
});
