// A plan's charts in Excel (ExcelApi 1.1 throughout, so every Excel that runs the add-in draws them):
// worksheet.charts.add over the block of cells the plan's ranges span, series by columns, then the
// plan's name, title, series colours, value axis, legend, data labels and place. Excel reads the block
// as it does when a user inserts a chart: the top row (tier labels) names the series, the left column
// (group names) labels the categories.
import { rangeA1 } from "../core/read/address";
import type { ChartPlan, PlanRange, SheetPlan } from "../core/types";

/** The smallest block holding the categories and every series' name and values. */
export function chartSource(chart: ChartPlan): PlanRange {
  const ranges = [chart.categories, ...chart.series.flatMap((s) => [s.name, s.values])];
  return {
    top: Math.min(...ranges.map((r) => r.top)),
    left: Math.min(...ranges.map((r) => r.left)),
    bottom: Math.max(...ranges.map((r) => r.bottom)),
    right: Math.max(...ranges.map((r) => r.right)),
  };
}

const CHART_TYPE: Record<ChartPlan["kind"], "ColumnClustered"> = { columnClustered: "ColumnClustered" };

/** Queues the charts of `sheet` onto `ws`, whose cells hold (or will hold, earlier in the request) the plan's. */
export function queueCharts(ws: Excel.Worksheet, sheet: SheetPlan): void {
  for (const plan of sheet.charts ?? []) {
    const chart = ws.charts.add(CHART_TYPE[plan.kind], ws.getRange(rangeA1(chartSource(plan))), "Columns");
    chart.name = plan.name;
    chart.title.text = plan.title;
    plan.series.forEach((s, k) => chart.series.getItemAt(k).format.fill.setSolidColor(s.colour));
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.majorUnit = plan.majorUnit;
    chart.legend.position = "Bottom";
    chart.dataLabels.showValue = true;
    const a = plan.anchor;
    chart.setPosition(rangeA1({ top: a.top, left: a.left, bottom: a.top, right: a.left }), rangeA1({ top: a.bottom, left: a.right, bottom: a.bottom, right: a.right }));
  }
}

/** Operations queueCharts sends for `sheet`, for the size of the request they go in. */
export const chartOps = (sheet: SheetPlan): number => (sheet.charts ?? []).reduce((n, c) => n + 10 + 2 * c.series.length, 0);
