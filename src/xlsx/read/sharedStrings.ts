// The shared string table, streamed: each <si>'s text, rich-text runs joined, phonetic guides left out.
import { MAX_WHOLE_PART_BYTES, type Package, type PackageFailure } from "../package";
import { MAX_CELLS } from "./budget";
import { StopReading, streamXml } from "./xmlStream";

export function readSharedStrings(pkg: Package, part: string | null): { ok: true; value: string[] } | { ok: false; failure: PackageFailure } {
  const strings: string[] = [];
  if (part === null || !pkg.has(part)) return { ok: true, value: strings };
  let current: string | null = null;
  let inText = false;
  // <rPh> holds the furigana of Japanese text: its <t> is not part of the cell's value.
  let inPhonetic = false;
  const failure = streamXml(
    pkg,
    part,
    {
      open(name) {
        if (name === "si") current = "";
        else if (name === "t") inText = current !== null && !inPhonetic;
        else if (name === "rPh") inPhonetic = true;
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") inPhonetic = false;
        else if (name === "si" && current !== null) {
          // More strings than the cells a workbook may hold: a table built to exhaust memory.
          if (strings.length >= MAX_CELLS) throw new StopReading({ kind: "tooLarge", part });
          strings.push(current);
          current = null;
        }
      },
      text(text) {
        if (inText) current += text;
      },
    },
    // Held whole as strings, so held to the limit of a part read whole.
    MAX_WHOLE_PART_BYTES,
  );
  return failure ? { ok: false, failure } : { ok: true, value: strings };
}
