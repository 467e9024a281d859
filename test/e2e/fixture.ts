// The browser test's workbook: the 2020 notice's units (section 二), in its published order, with
// scores that put each unit in the tier the notice gave it. A title row sits above the header, as
// in the offices' own sheets.
import type { WorkbookJson } from "../support/excel-double";

export const SCORE_SHEET = "2020年度考核得分";

export const COUNTIES = {
  优秀: ["清丰县", "台前县", "开发区管委会"],
  良好: ["濮阳县", "范县", "南乐县", "华龙区", "工业园区管委会", "示范区管委会"],
};

export const DEPARTMENTS = {
  优秀: [
    "市税务局", "市审计局", "市财政局", "市发展改革委", "市教育局", "市统计局", "市政务服务和大数据局",
    "市生态环境局", "市司法局", "市应急管理局", "市人力资源和社会保障局", "市住房和城乡建设局",
    "市市场监管局", "市城市管理局", "市科技局", "市工业和信息化局", "市民族宗教局",
    "市文化广电旅游体育局", "市气象局", "黄河河务局", "市公安局", "市商务局", "市农业农村局",
  ],
  良好: [
    "濮阳银保监分局", "市退役军人局", "市烟草专卖局", "市邮政管理局", "卫河河务局", "市医疗保障局",
    "市人防办", "市交通运输局", "市粮食和物资储备局", "市自然资源和规划局", "市卫生健康委", "市民政局",
    "市水利局", "市林业局",
  ],
};

/** Descending scores inside a tier's band, in the notice's order. */
function rows(group: string, tiers: Record<"优秀" | "良好", string[]>, start: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  const band = { 优秀: 97, 良好: 89 };
  for (const tier of ["优秀", "良好"] as const) {
    tiers[tier].forEach((name, k) => {
      const total = Math.round((band[tier] - k * 0.3) * 10) / 10;
      // Daily a little under, on-site a little over: 0.6·(t−1) + 0.3·(t+2) + 0.1·t = t.
      out.push([start + out.length, name, group, total - 1, total + 2, total]);
    });
  }
  return out;
}

export function noticeWorkbook(): WorkbookJson {
  const counties = rows("县(区)", COUNTIES, 1);
  const departments = rows("市直部门", DEPARTMENTS, counties.length + 1);
  return {
    sheets: [
      {
        name: SCORE_SHEET,
        values: [
          ["2020年度全市依法行政考核得分汇总表", null, null, null, null, null],
          ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查"],
          ...counties,
          ...departments,
        ],
      },
    ],
    active: SCORE_SHEET,
  };
}
