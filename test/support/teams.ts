// The 2020 sample as the office gathers it: the main workbook without the 实地考核 scores, and each
// of the four on-site teams' files (team1.xlsx … team4.xlsx) with its own units' 实地考核. Used by the
// command line's test and the offline page's browser test.
import ExcelJS from "exceljs";
import path from "path";
import { SAMPLE_FILE } from "../../assets/build-sample";

export const TEAMS = ["第一组", "第二组", "第三组", "第四组"];

export interface Split {
  main: string;
  teams: string[];
  /** Per team: its units and their 实地考核, as the team typed them. */
  scores: { name: string; onsite: number }[][];
}

/** The sample's header row 3 holds 实地考核（30%）; unit rows follow the two header rows. */
export async function splitSample(dir: string): Promise<Split> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_FILE);
  const ws = wb.getWorksheet("考核得分");
  if (ws === undefined) throw new Error("the sample has no 考核得分 sheet");
  let onsiteCol = -1;
  ws.getRow(3).eachCell((cell, c) => {
    if (String(cell.value).startsWith("实地考核")) onsiteCol = c;
  });
  if (onsiteCol < 0) throw new Error("no 实地考核 column in the sample");
  const scores: { name: string; onsite: number }[][] = TEAMS.map(() => []);
  for (let r = 5; ; r++) {
    const name = ws.getCell(r, 2).value;
    const onsite = ws.getCell(r, onsiteCol).value;
    if (typeof name !== "string" || typeof onsite !== "number") break;
    scores[(r - 5) % TEAMS.length]?.push({ name, onsite });
    ws.getCell(r, onsiteCol).value = null;
  }
  const main = path.join(dir, "main.xlsx");
  await wb.xlsx.writeFile(main);

  const teams: string[] = [];
  for (const [k, team] of TEAMS.entries()) {
    const file = path.join(dir, `team${k + 1}.xlsx`);
    await writeTeam(file, team, scores[k] ?? []);
    teams.push(file);
  }
  return { main, teams, scores };
}

/** A team's sheet as it comes back: a title, then 序号, 单位名称, 实地考核 — no group, no other score. */
export async function writeTeam(file: string, team: string, units: { name: string; onsite: number }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(team);
  ws.getCell("A1").value = `${team}实地考核评分表`;
  ws.getRow(2).values = ["序号", "单位名称", "实地考核"];
  units.forEach((u, k) => {
    ws.getRow(3 + k).values = [k + 1, u.name, u.onsite];
  });
  await wb.xlsx.writeFile(file);
}
