// A settings sheet written before issue 9 (no 满分, 名额, 评委计分 or limits on it) must still read, to
// exactly the scheme it read to then. The fixture is a real workbook ranked by that version of ASSESS
// (the 2020 sample with weights 50/40/10, a group with its own thresholds, a group with its own tier
// names, 中国式排名 and one decimal); its .expected.json is what that version read back from it.
import { readFileSync } from "fs";
import path from "path";
import { readSettingsSheet } from "../../../src/core/settings";
import type { Grid } from "../../../src/core/types";
import { gridsFromBytes } from "../../../src/xlsx/read";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "settings");

function settingsGrid(file: string): Grid {
  const read = gridsFromBytes(new Uint8Array(readFileSync(path.join(FIXTURES, file))));
  if (!read.ok) throw new Error(`${file} does not open`);
  const grid = read.grids.find((g) => readSettingsSheet(g) !== null);
  if (grid === undefined) throw new Error(`${file} has no settings sheet`);
  return grid;
}

test("a settings sheet written before full marks, quotas and raters reads to the same scheme, without a warning", () => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, "before-issue-9.expected.json"), "utf8")) as unknown;
  const back = readSettingsSheet(settingsGrid("before-issue-9.xlsx"));
  expect(back).not.toBeNull();
  expect(JSON.parse(JSON.stringify({ scheme: back!.scheme, generated: back!.generated, problems: back!.problems }))).toEqual(expected);
});
