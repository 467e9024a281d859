// The bundled sample workbook ranks to the 2020 notice's lists: both groups, both tiers, every name in
// the notice's order. The lists below are copied from the notice (shared/seed, section 二), not from
// the code that builds the sample.
import path from "path";
import { buildSampleWorkbook } from "../../assets/build-sample";
import { parseJson, readBack, ROOT, runAssess, sha256, sheetRows, tempDir } from "./support";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");

const NOTICE: Record<string, Record<string, string>> = {
  "县（区）": {
    优秀: "清丰县、台前县、开发区管委会",
    良好: "濮阳县、范县、南乐县、华龙区、工业园区管委会、示范区管委会",
  },
  市直部门: {
    优秀: "市税务局、市审计局、市财政局、市发展改革委、市教育局、市统计局、市政务服务和大数据局、市生态环境局、市司法局、市应急管理局、市人力资源和社会保障局、市住房和城乡建设局、市市场监管局、市城市管理局、市科技局、市工业和信息化局、市民族宗教局、市文化广电旅游体育局、市气象局、黄河河务局、市公安局、市商务局、市农业农村局",
    良好: "濮阳银保监分局、市退役军人局、市烟草专卖局、市邮政管理局、卫河河务局、市医疗保障局、市人防办、市交通运输局、市粮食和物资储备局、市自然资源和规划局、市卫生健康委、市民政局、市水利局、市林业局",
  },
};

it("ranks the sample to exactly the notice's four lists", () => {
  const tmp = tempDir();
  try {
    const before = sha256(SAMPLE);
    const run = runAssess(["rank", SAMPLE, "-o", path.join(tmp.dir, "ranked.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    expect(sha256(SAMPLE)).toBe(before);
    const doc = parseJson(run.stdout);
    expect(doc.problems.filter((p) => p.severity === "error")).toEqual([]);

    const lists: Record<string, Record<string, string>> = {};
    for (const g of doc.groups) {
      const byTier: Record<string, string[]> = {};
      for (const u of g.units) (byTier[u.tier] ??= []).push(u.name);
      lists[g.name] = Object.fromEntries(Object.entries(byTier).map(([tier, names]) => [tier, names.join("、")]));
    }
    expect(lists).toEqual(NOTICE);
    expect(doc.notice).toContain(`1．考评结果为优秀等次的县（区）3个：${NOTICE["县（区）"]?.优秀 ?? ""}。`);
    expect(doc.notice).toContain(`2．考评结果为良好等次的市直部门14个：${NOTICE.市直部门?.良好 ?? ""}。`);
  } finally {
    tmp.done();
  }
});

it("says in the workbook that its scores are invented", async () => {
  const wb = await readBack(SAMPLE);
  const text = wb.worksheets.flatMap((ws) => sheetRows(wb, ws.name).flat()).filter((v): v is string => typeof v === "string");
  expect(text.some((t) => t.includes("虚构"))).toBe(true);
  expect(text).toContain("濮阳市2020年度依法行政考核得分汇总表");
});

it("is what assets/build-sample.ts builds (the committed file is not stale)", async () => {
  const committed = await readBack(SAMPLE);
  const built = buildSampleWorkbook();
  expect(committed.worksheets.map((w) => w.name)).toEqual(built.worksheets.map((w) => w.name));
  for (const ws of built.worksheets) expect(sheetRows(committed, ws.name)).toEqual(sheetRows(built, ws.name));
});
