// One source for both languages: the JSDoc of functions.ts must say what the messages module says,
// or the build fails; the English metadata is the Chinese one with the messages' English text.
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { FUNCTION_TEXT } from "../../src/core/messages/functions";
import { localiseMetadata, metadataDrift } from "../../src/functions/metadata";
import type { FunctionsMetadata } from "../../src/functions/metadata";

const SOURCE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

async function generated(): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

describe("functions metadata", () => {
  it("the JSDoc of functions.ts says exactly the Chinese of the messages module", async () => {
    expect(metadataDrift(await generated(), "zh")).toEqual([]);
  }, 30_000);

  it("reports a description that drifted from the messages, and a parameter the messages lack", async () => {
    const meta = await generated();
    const score = meta.functions.find((f) => f.id === "SCORE");
    if (!score) throw new Error("SCORE not generated");
    score.description = "改过的说明";
    score.parameters.push({ name: "bonus", description: "加分", type: "any" });
    const drift = metadataDrift(meta, "zh");
    expect(drift.some((d) => d.startsWith("SCORE:"))).toBe(true);
    expect(drift.some((d) => d.startsWith("SCORE(bonus)"))).toBe(true);
  }, 30_000);

  it("localises descriptions to English and leaves everything else alone", async () => {
    const meta = await generated();
    const en = localiseMetadata(meta, "en");
    expect(metadataDrift(en, "en")).toEqual([]);
    const rank = en.functions.find((f) => f.id === "RANK");
    expect(rank?.description).toBe(FUNCTION_TEXT.RANK.description.en);
    expect(rank?.parameters.map((p) => [p.name, p.optional ?? false, p.dimensionality ?? "scalar"])).toEqual([
      ["total", false, "matrix"],
      ["totals", false, "matrix"],
      ["group", true, "matrix"],
      ["groups", true, "matrix"],
      ["dense", true, "scalar"],
    ]);
  }, 30_000);
});
