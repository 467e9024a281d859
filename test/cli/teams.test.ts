// The 2020 sample as the office gathers it: the main workbook without the 实地考核 scores, and each
// of the four on-site teams' files with its own units' 实地考核. Ranked together they give exactly
// what the sample gives; a score two teams disagree on names both files' cells.
import { existsSync } from "fs";
import path from "path";
import { splitSample, TEAMS, writeTeam } from "../support/teams";
import { itWithOffice, sheetsAsCsv } from "../xlsx/libreoffice";
import { parseJson, readBack, ROOT, runAssess, sha256, sheetRows, tempDir } from "./support";

jest.setTimeout(180_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
it("ranks the main workbook with the four teams' files exactly as the sample, every generated sheet equal", async () => {
  const tmp = tempDir();
  try {
    const split = await splitSample(tmp.dir);
    expect(split.scores.every((s) => s.length > 0)).toBe(true);
    const inputs = [split.main, ...split.teams];
    const before = inputs.map(sha256);

    const reference = runAssess(["rank", SAMPLE, "-o", path.join(tmp.dir, "reference.xlsx"), "--json"]);
    expect(reference.code).toBe(0);
    const output = path.join(tmp.dir, "gathered.xlsx");
    const run = runAssess(["rank", ...inputs, "-o", output, "--json"]);
    expect(run.stderr).not.toContain("错误");
    expect(run.code).toBe(0);
    expect(inputs.map(sha256)).toEqual(before);

    const doc = parseJson(run.stdout) as ReturnType<typeof parseJson> & { read: string[] };
    const ref = parseJson(reference.stdout);
    expect(doc.read).toEqual(inputs);
    expect(doc.groups).toEqual(ref.groups);
    expect(doc.groups.map((g) => g.name)).toEqual(["县（区）", "市直部门"]);
    expect(doc.notice).toBe(ref.notice);

    const [gathered, expected, main] = await Promise.all([readBack(output), readBack(path.join(tmp.dir, "reference.xlsx")), readBack(split.main)]);
    const own = new Set(main.worksheets.map((w) => w.name));
    const generated = expected.worksheets.map((w) => w.name).filter((n) => !own.has(n));
    expect(generated.length).toBeGreaterThan(2);
    // The copy is the main workbook with the generated sheets: nothing of the teams' files.
    expect(gathered.worksheets.map((w) => w.name)).toEqual([...main.worksheets.map((w) => w.name), ...generated]);
    for (const name of generated) expect(sheetRows(gathered, name)).toEqual(sheetRows(expected, name));
  } finally {
    tmp.done();
  }
});

it("refuses a unit's score two teams disagree on, naming both files' cells, and writes nothing", async () => {
  const tmp = tempDir();
  try {
    const split = await splitSample(tmp.dir);
    const unit = split.scores[0]?.[1];
    if (unit === undefined) throw new Error("team 1 has too few units");
    // Team 2 also scored a unit of team 1, differently.
    await writeTeam(split.teams[1] as string, TEAMS[1] as string, [...(split.scores[1] ?? []), { name: unit.name, onsite: unit.onsite - 1 }]);
    const output = path.join(tmp.dir, "gathered.xlsx");
    const run = runAssess(["rank", split.main, ...split.teams, "-o", output, "--json"]);
    expect(run.code).toBe(1);
    const doc = parseJson(run.stdout);
    const row = 3 + (split.scores[1]?.length ?? 0);
    expect(doc.problems.map((p) => [p.code, (p as { file?: string }).file, p.sheet, p.cell])).toEqual([["SCORE_CONFLICT", "team2.xlsx", "第二组", `C${row}`]]);
    expect(doc.problems[0]?.message).toContain(`[team2.xlsx]第二组!C${row}`);
    expect(doc.problems[0]?.message).toContain("[team1.xlsx]第一组!C4");
    expect(run.stderr).toContain("[team1.xlsx]第一组!C4");
    expect(existsSync(output)).toBe(false);
  } finally {
    tmp.done();
  }
});

it("refuses to write the ranked copy over a file it only reads", async () => {
  const tmp = tempDir();
  try {
    const split = await splitSample(tmp.dir);
    const before = sha256(split.teams[0] as string);
    const run = runAssess(["rank", split.main, ...split.teams, "-o", split.teams[0] as string, "--json"]);
    expect(run.code).toBe(2);
    expect(parseJson(run.stdout).problems.map((p) => p.code)).toEqual(["USAGE"]);
    expect(sha256(split.teams[0] as string)).toBe(before);
  } finally {
    tmp.done();
  }
});

itWithOffice("LibreOffice reads the gathered copy's generated sheets as it reads the sample's own", async () => {
  const tmp = tempDir();
  try {
    const split = await splitSample(tmp.dir);
    const reference = path.join(tmp.dir, "reference.xlsx");
    const gathered = path.join(tmp.dir, "gathered.xlsx");
    expect(runAssess(["rank", SAMPLE, "-o", reference]).code).toBe(0);
    expect(runAssess(["rank", split.main, ...split.teams, "-o", gathered]).code).toBe(0);
    const [fromGathered, fromReference] = [sheetsAsCsv(gathered, tmp.dir), sheetsAsCsv(reference, tmp.dir)];
    const results = fromGathered.get("考核结果") ?? "";
    expect(results).toContain("清丰县");
    for (const name of ["考核结果", "优秀等次", "良好等次", "结果通报"]) expect(fromGathered.get(name)).toBe(fromReference.get(name));
  } finally {
    tmp.done();
  }
});
