// Builds the sample workbook `npm run demo` ranks: the 9 counties/districts and 37 city departments
// of the 2020 Puyang notice (shared/seed, section 二), laid out the way an assessment office keeps its
// score sheet, with INVENTED scores. The scores are made so that ranking them gives exactly the
// notice's tiers and, within each tier, the notice's order.
//
//   npx tsx assets/build-sample.ts        (writes assets/sample-2020-assessment.xlsx)
//
// The output is the same on every run: a seeded generator, fixed document dates.
import ExcelJS from "exceljs";
import path from "path";

export const SAMPLE_FILE = path.join(__dirname, "sample-2020-assessment.xlsx");

export const SAMPLE_TITLE = "濮阳市2020年度依法行政考核得分汇总表";

/** The notice's lists, in the notice's order (read as rank order). */
export const NOTICE_GROUPS: { group: string; tiers: { tier: string; units: string[] }[] }[] = [
  {
    group: "县（区）",
    tiers: [
      { tier: "优秀", units: ["清丰县", "台前县", "开发区管委会"] },
      { tier: "良好", units: ["濮阳县", "范县", "南乐县", "华龙区", "工业园区管委会", "示范区管委会"] },
    ],
  },
  {
    group: "市直部门",
    tiers: [
      {
        tier: "优秀",
        units: [
          "市税务局",
          "市审计局",
          "市财政局",
          "市发展改革委",
          "市教育局",
          "市统计局",
          "市政务服务和大数据局",
          "市生态环境局",
          "市司法局",
          "市应急管理局",
          "市人力资源和社会保障局",
          "市住房和城乡建设局",
          "市市场监管局",
          "市城市管理局",
          "市科技局",
          "市工业和信息化局",
          "市民族宗教局",
          "市文化广电旅游体育局",
          "市气象局",
          "黄河河务局",
          "市公安局",
          "市商务局",
          "市农业农村局",
        ],
      },
      {
        tier: "良好",
        units: [
          "濮阳银保监分局",
          "市退役军人局",
          "市烟草专卖局",
          "市邮政管理局",
          "卫河河务局",
          "市医疗保障局",
          "市人防办",
          "市交通运输局",
          "市粮食和物资储备局",
          "市自然资源和规划局",
          "市卫生健康委",
          "市民政局",
          "市水利局",
          "市林业局",
        ],
      },
    ],
  },
];

/** Order of the counties on the office's roster (not the rank order): how the sheet lists them. */
const COUNTY_ROSTER = ["华龙区", "濮阳县", "清丰县", "南乐县", "范县", "台前县", "开发区管委会", "工业园区管委会", "示范区管委会"];

/** Sub-items with the points each is worth; each component's sub-items add up to 100. */
const DAILY_ITEMS: [string, number][] = [
  ["专项工作完成情况", 40],
  ["行政执法案卷评查", 20],
  ["负责人出庭应诉", 15],
  ["服务型行政执法", 15],
  ["信息宣传报送", 10],
];
const SATISFACTION_ITEMS: [string, number][] = [
  ["民营企业家座谈", 50],
  ["办事大厅实地走访", 50],
];

/** Lowest total (in hundredths) of each tier, and where its best unit starts. */
const TIER_BAND: Record<string, { top: number; floor: number }> = {
  优秀: { top: 9680, floor: 9000 },
  良好: { top: 8960, floor: 8000 },
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SampleUnit {
  name: string;
  group: string;
  /** Tenths of a point, so every sum and the weighted total are exact. */
  daily: number[];
  onsite: number;
  satisfaction: number[];
}

/**
 * Splits `total` tenths over items worth `max` points each: every item loses a share of the points
 * missing from the full score, at random, never going below zero or above its worth.
 */
function split(total: number, items: [string, number][], random: () => number): number[] {
  const max = items.map(([, points]) => points * 10);
  let missing = max.reduce((s, m) => s + m, 0) - total;
  const parts = [...max];
  for (let round = 0; missing > 0; round++) {
    const k = round % parts.length;
    const room = parts[k] as number;
    const take = Math.min(missing, room, 1 + Math.floor(random() * Math.max(1, missing / 2)));
    parts[k] = room - take;
    missing -= take;
  }
  return parts;
}

/**
 * Component scores (tenths) whose weighted total is exactly `hundredths`:
 * total·100 = 6·daily + 3·onsite + 1·satisfaction, all in tenths.
 */
function scoresFor(hundredths: number, random: () => number): { daily: number; onsite: number; satisfaction: number } {
  for (;;) {
    const onsite = Math.round(hundredths / 10 + (random() - 0.5) * 60);
    let satisfaction = Math.round(hundredths / 10 + (random() - 0.3) * 80);
    const rest = hundredths - 3 * onsite - satisfaction;
    satisfaction += ((rest % 6) + 6) % 6;
    const daily = (hundredths - 3 * onsite - satisfaction) / 6;
    const ok = [daily, onsite, satisfaction].every((v) => Number.isInteger(v) && v >= 600 && v <= 1000);
    if (ok) return { daily, onsite, satisfaction };
  }
}

export function sampleUnits(): SampleUnit[] {
  const random = mulberry32(2020);
  const units: SampleUnit[] = [];
  for (const { group, tiers } of NOTICE_GROUPS) {
    for (const { tier, units: names } of tiers) {
      const band = TIER_BAND[tier];
      if (band === undefined) throw new Error(`build-sample: no score band for tier ${tier}`);
      // Strictly falling totals spread over the band: the notice's order is the rank order, no ties.
      const step = Math.floor((band.top - band.floor) / names.length);
      let total = band.top;
      for (const name of names) {
        const s = scoresFor(total, random);
        units.push({
          name,
          group,
          daily: split(s.daily, DAILY_ITEMS, random),
          onsite: s.onsite,
          satisfaction: split(s.satisfaction, SATISFACTION_ITEMS, random),
        });
        total -= 1 + Math.floor(random() * (step - 1));
      }
    }
  }
  return rosterOrder(units, random);
}

/** The sheet lists units the way a roster does: counties in their usual order, then departments shuffled. */
function rosterOrder(units: SampleUnit[], random: () => number): SampleUnit[] {
  const byName = new Map(units.map((u) => [u.name, u] as const));
  const counties = COUNTY_ROSTER.map((n) => byName.get(n) as SampleUnit);
  const departments = units.filter((u) => !COUNTY_ROSTER.includes(u.name));
  for (let k = departments.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [departments[k], departments[j]] = [departments[j] as SampleUnit, departments[k] as SampleUnit];
  }
  return [...counties, ...departments];
}

const tenths = (v: number): number => v / 10;

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ASSESS";
  wb.created = new Date(Date.UTC(2021, 2, 1));
  wb.modified = new Date(Date.UTC(2021, 2, 1));

  const ws = wb.addWorksheet("考核得分", { views: [{ state: "frozen", ySplit: 4, xSplit: 3 }] });
  const lastCol = 3 + DAILY_ITEMS.length + 1 + SATISFACTION_ITEMS.length; // 序号, 单位名称, 类别, …
  const center: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).value = SAMPLE_TITLE;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getRow(1).height = 28;

  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).value = "填报单位：濮阳市法治政府建设领导小组办公室（演示数据）　　　　填报日期：2021年3月1日";

  // Two header rows: 日常考核 and 满意度调查 span their sub-items; the single columns span both rows.
  const dailyFirst = 4;
  const dailyLast = dailyFirst + DAILY_ITEMS.length - 1;
  const onsiteCol = dailyLast + 1;
  const satFirst = onsiteCol + 1;
  const satLast = satFirst + SATISFACTION_ITEMS.length - 1;
  const single: [number, string][] = [
    [1, "序号"],
    [2, "单位名称"],
    [3, "类别"],
    [onsiteCol, "实地考核（30%）"],
  ];
  for (const [col, text] of single) {
    ws.mergeCells(3, col, 4, col);
    ws.getCell(3, col).value = text;
  }
  ws.mergeCells(3, dailyFirst, 3, dailyLast);
  ws.getCell(3, dailyFirst).value = "日常考核（60%）";
  ws.mergeCells(3, satFirst, 3, satLast);
  ws.getCell(3, satFirst).value = "满意度调查（10%）";
  DAILY_ITEMS.forEach(([label, points], k) => {
    ws.getCell(4, dailyFirst + k).value = `${label}（${points}分）`;
  });
  SATISFACTION_ITEMS.forEach(([label, points], k) => {
    ws.getCell(4, satFirst + k).value = `${label}（${points}分）`;
  });
  for (const r of [3, 4]) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = center;
    row.height = r === 3 ? 20 : 42;
  }

  const units = sampleUnits();
  units.forEach((u, k) => {
    ws.getRow(5 + k).values = [k + 1, u.name, u.group, ...u.daily.map(tenths), tenths(u.onsite), ...u.satisfaction.map(tenths)];
  });
  const noteRow = 5 + units.length + 1;
  ws.mergeCells(noteRow, 1, noteRow, lastCol);
  ws.getCell(noteRow, 1).value = "注：本表分数为 ASSESS 演示用的虚构数据，不是真实考核得分；单位名单与等次取自 2020 年度依法行政考核结果通报，分数按通报中的等次和排列顺序编造。";
  ws.getCell(noteRow, 1).font = { bold: true, color: { argb: "FFC00000" } };
  ws.getCell(noteRow, 1).alignment = { wrapText: true };
  ws.getRow(noteRow).height = 32;

  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 26;
  ws.getColumn(3).width = 10;
  for (let c = dailyFirst; c <= satLast; c++) {
    ws.getColumn(c).width = 12;
    ws.getColumn(c).numFmt = "0.0";
  }

  const about = wb.addWorksheet("说明");
  [
    "本工作簿是 ASSESS 的示例：濮阳市 2020 年度依法行政考核的 9 个县（区）和 37 个市直部门。",
    "所有分数均为虚构，仅用于演示；排名后的等次和顺序与 2020 年度考核结果通报一致。",
    "综合成绩 = 日常考核 × 60% + 实地考核 × 30% + 满意度调查 × 10%；日常考核和满意度调查为各子项之和。",
    "运行 npm run demo 即对本表排名，结果写入 out/ 目录。",
  ].forEach((text, k) => {
    about.getCell(k + 1, 1).value = text;
  });
  about.getColumn(1).width = 90;
  return wb;
}

async function main(): Promise<void> {
  await buildSampleWorkbook().xlsx.writeFile(SAMPLE_FILE);
  process.stdout.write(`${SAMPLE_FILE}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
