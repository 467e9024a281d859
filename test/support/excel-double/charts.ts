// Worksheet.charts (ExcelApi 1.1) as ASSESS uses it: add a chart over a block of cells, name it, title
// it, colour its series, set its value axis, legend and data labels, place it over cells, find it again
// by name, delete it. Excel reads the block as it does when a user inserts a chart: a top row without
// numbers names the series, a left column without numbers labels the categories. A chart keeps
// references to its cells, so ExcelDouble.charts() reads what it shows from the cells as they are now.
import { parseRangeAddress, type Rect } from "./a1";
import { Binding, Loaded, loadPaths, type LoadOption, type RequestQueue } from "./context";
import { officeError } from "./errors";
import type { RangeDouble, WorksheetDouble } from "./proxies";
import { liveSheet } from "./proxies";
import { method, path, query, setProperty } from "./requests";
import { readCell, type ChartState, type SheetState, type WorkbookState } from "./state";

/** The chart types the double draws; Excel knows more, but an unknown string is refused as it is there. */
const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "Pie"]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const LEGEND_POSITIONS = new Set(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
/** #RRGGBB or an HTML colour name, as ChartFill.setSolidColor takes them. */
const COLOUR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

function liveChart(binding: Binding<ChartState>): ChartState {
  return existing(binding.need());
}

function existing(chart: ChartState): ChartState {
  if (chart.deleted || chart.sheet.deleted) throw officeError("ItemNotFound", `The chart "${chart.name}" no longer exists.`);
  return chart;
}

const isNumber = (sheet: SheetState, row: number, col: number): boolean => typeof readCell(sheet, row, col) === "number";

/** How Excel splits a block into category labels, series names and values. */
function readSource(sheet: SheetState, rect: Rect, seriesBy: string): Pick<ChartState, "categories" | "series"> {
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rows >= rect.cols);
  // Seen along the series: "across" runs from one series to the next, "along" through one series' points.
  const across = byColumns ? { start: rect.col, count: rect.cols } : { start: rect.row, count: rect.rows };
  const along = byColumns ? { start: rect.row, count: rect.rows } : { start: rect.col, count: rect.cols };
  const at = (a: number, b: number): [number, number] => (byColumns ? [b, a] : [a, b]);
  let headerLine = true;
  for (let a = across.start + 1; a < across.start + across.count; a++) if (isNumber(sheet, ...at(a, along.start))) headerLine = false;
  let labelLine = true;
  for (let b = along.start + 1; b < along.start + along.count; b++) if (isNumber(sheet, ...at(across.start, b))) labelLine = false;
  const firstSeries = across.start + (labelLine ? 1 : 0);
  const firstPoint = along.start + (headerLine ? 1 : 0);
  const points = along.start + along.count - firstPoint;
  if (firstSeries >= across.start + across.count || points <= 0) throw officeError("InvalidArgument", "The source data holds no values to chart.");
  const line = (a: number, from: number, count: number): Rect => (byColumns ? { row: from, col: a, rows: count, cols: 1 } : { row: a, col: from, rows: 1, cols: count });
  const series: ChartState["series"] = [];
  for (let a = firstSeries; a < across.start + across.count; a++) {
    series.push({ name: headerLine ? line(a, along.start, 1) : null, values: line(a, firstPoint, points), colour: null });
  }
  return { categories: labelLine ? line(across.start, firstPoint, points) : null, series };
}

export class ChartCollectionDouble {
  private readonly loaded = new Loaded("ChartCollection");
  private readonly id: number;

  constructor(
    private readonly q: RequestQueue,
    private readonly sheet: WorksheetDouble,
  ) {
    this.id = q.id();
  }

  get items(): ChartDouble[] {
    return this.loaded.get<ChartDouble[]>("items");
  }

  /** "items/name" (or nothing: the same). */
  load(option?: LoadOption): this {
    const paths = loadPaths(option) ?? ["items/name"];
    let found: ChartState[] = [];
    this.q.push({
      json: [...path(this.q, this.id, "Charts", this.sheet.id, []), ...query(this.q, this.id, paths)],
      run: () => {
        for (const p of paths) if (p !== "items/name") throw officeError("InvalidArgument", `The double does not load charts' "${p}".`);
        found = liveSheet(this.sheet.binding).charts.filter((c) => !c.deleted);
      },
      response: () => ({ Value: found.map((c) => ({ name: c.name })) }),
      commit: () => {
        this.loaded.put(
          "items",
          found.map((state) => {
            const chart = new ChartDouble(this.q, this.q.id());
            chart.binding.set(state);
            chart.binding.markKnown();
            chart.loaded.put("name", state.name);
            return chart;
          }),
        );
      },
    });
    return this;
  }

  add(type: string, sourceData: RangeDouble, seriesBy: string = "Auto"): ChartDouble {
    const chart = new ChartDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, chart.id, "Add", this.id, [type, sourceData.id, seriesBy]),
      run: (book: WorkbookState) => {
        const sheet = liveSheet(this.sheet.binding);
        if (!CHART_TYPES.has(type)) throw officeError("InvalidArgument", `"${type}" is not a chart type.`);
        if (!SERIES_BY.has(seriesBy)) throw officeError("InvalidArgument", `"${seriesBy}" is not a ChartSeriesBy value.`);
        const source = sourceData.binding.need();
        if (source.sheet.deleted) throw officeError("ItemNotFound", `The sheet "${source.sheet.name}" was deleted.`);
        if (sheet.protected) throw officeError("AccessDenied", `The sheet "${sheet.name}" is protected.`);
        const all = book.sheets.flatMap((s) => s.charts);
        const state: ChartState = {
          name: `Chart ${all.length + 1}`,
          type,
          sheet: source.sheet,
          ...readSource(source.sheet, source.rect, seriesBy),
          title: null,
          position: null,
          valueAxis: { majorUnit: null, minimum: null },
          legend: "Right",
          showValues: false,
          deleted: false,
        };
        sheet.charts.push(state);
        chart.binding.set(state);
      },
      commit: () => chart.binding.markKnown(),
      writes: true,
    });
    return chart;
  }

  getItem(name: string): ChartDouble {
    const chart = new ChartDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, chart.id, "GetItem", this.id, [name]),
      run: () => {
        const found = liveSheet(this.sheet.binding).charts.find((c) => !c.deleted && c.name === name);
        if (found === undefined) throw officeError("ItemNotFound", `There is no chart named "${name}".`);
        chart.binding.set(found);
      },
      commit: () => chart.binding.markKnown(),
    });
    return chart;
  }
}

/** A proxy whose setters each queue one change of the chart. */
abstract class ChartPart {
  constructor(
    protected readonly q: RequestQueue,
    protected readonly chart: ChartDouble,
    protected readonly id: number,
  ) {}

  protected change(name: string, value: unknown, apply: (chart: ChartState) => void): void {
    this.q.push({ json: setProperty(this.q, this.id, name, value), run: () => apply(liveChart(this.chart.binding)), writes: true });
  }
}

export class ChartTitleDouble extends ChartPart {
  set text(value: string) {
    this.change("Text", value, (c) => void (c.title = value));
  }
}

export class ChartLegendDouble extends ChartPart {
  set position(value: string) {
    this.change("Position", value, (c) => {
      if (!LEGEND_POSITIONS.has(value)) throw officeError("InvalidArgument", `"${value}" is not a legend position.`);
      c.legend = value;
    });
  }
}

export class ChartDataLabelsDouble extends ChartPart {
  set showValue(value: boolean) {
    this.change("ShowValue", value, (c) => void (c.showValues = value));
  }
}

export class ChartAxisDouble extends ChartPart {
  set majorUnit(value: number) {
    this.change("MajorUnit", value, (c) => {
      if (!(typeof value === "number" && value > 0)) throw officeError("InvalidArgument", `The major unit ${String(value)} is not a positive number.`);
      c.valueAxis.majorUnit = value;
    });
  }

  set minimum(value: number) {
    this.change("Minimum", value, (c) => void (c.valueAxis.minimum = value));
  }
}

export class ChartFillDouble {
  constructor(
    private readonly q: RequestQueue,
    private readonly series: ChartSeriesDouble,
    private readonly id: number,
  ) {}

  setSolidColor(color: string): void {
    this.q.push({
      json: method(this.q, this.id, "SetSolidColor", [color]),
      run: () => {
        if (!COLOUR.test(color)) throw officeError("InvalidArgument", `"${color}" is not a colour.`);
        const { chart, index } = this.series.binding.need();
        const series = existing(chart).series[index];
        if (series === undefined) throw officeError("ItemNotFound", `The chart has no series ${index}.`);
        series.colour = color.toUpperCase();
      },
      writes: true,
    });
  }
}

export class ChartSeriesDouble {
  readonly binding = new Binding<{ chart: ChartState; index: number }>("ChartSeries");
  readonly format: { readonly fill: ChartFillDouble };

  constructor(
    q: RequestQueue,
    readonly id: number,
  ) {
    this.format = { fill: new ChartFillDouble(q, this, q.id()) };
  }
}

export class ChartSeriesCollectionDouble {
  constructor(
    private readonly q: RequestQueue,
    private readonly chart: ChartDouble,
    private readonly id: number,
  ) {}

  getItemAt(index: number): ChartSeriesDouble {
    const series = new ChartSeriesDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, series.id, "GetItemAt", this.id, [index]),
      run: () => {
        const chart = liveChart(this.chart.binding);
        if (!Number.isInteger(index) || index < 0 || index >= chart.series.length)
          throw officeError("InvalidArgument", `The chart has ${chart.series.length} series; there is none at ${index}.`);
        series.binding.set({ chart, index });
      },
      commit: () => series.binding.markKnown(),
    });
    return series;
  }
}

export class ChartDouble {
  readonly binding = new Binding<ChartState>("Chart");
  readonly loaded = new Loaded("Chart");
  readonly title: ChartTitleDouble;
  readonly legend: ChartLegendDouble;
  readonly dataLabels: ChartDataLabelsDouble;
  readonly axes: { readonly valueAxis: ChartAxisDouble };
  readonly series: ChartSeriesCollectionDouble;

  constructor(
    private readonly q: RequestQueue,
    readonly id: number,
  ) {
    this.title = new ChartTitleDouble(q, this, q.id());
    this.legend = new ChartLegendDouble(q, this, q.id());
    this.dataLabels = new ChartDataLabelsDouble(q, this, q.id());
    this.axes = { valueAxis: new ChartAxisDouble(q, this, q.id()) };
    this.series = new ChartSeriesCollectionDouble(q, this, q.id());
  }

  get name(): string {
    return this.loaded.get<string>("name");
  }

  set name(value: string) {
    this.q.push({
      json: setProperty(this.q, this.id, "Name", value),
      run: () => {
        if (value.length === 0) throw officeError("InvalidArgument", "A chart's name cannot be empty.");
        liveChart(this.binding).name = value;
      },
      writes: true,
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.q.push({
      json: method(this.q, this.id, "SetPosition", endCell === undefined ? [startCell] : [startCell, endCell]),
      run: () => {
        const chart = liveChart(this.binding);
        const start = parseRangeAddress(startCell);
        const end = endCell === undefined ? start : parseRangeAddress(endCell);
        if (start === null || end === null) throw officeError("InvalidArgument", `"${startCell}"${endCell === undefined ? "" : ` / "${endCell}"`} is not a cell address.`);
        chart.position = { start, end };
      },
      writes: true,
    });
  }

  delete(): void {
    this.q.push({
      json: method(this.q, this.id, "Delete", []),
      run: (book) => {
        const chart = liveChart(this.binding);
        chart.deleted = true;
        for (const s of book.sheets) s.charts = s.charts.filter((c) => c !== chart);
      },
      writes: true,
    });
  }
}

/** What a chart shows, read from its cells now: the double's view for tests. */
export interface ChartView {
  name: string;
  type: string;
  title: string | null;
  categories: (string | number | boolean | null)[];
  series: { name: string | null; values: (string | number | boolean | null)[]; colour: string | null }[];
  /** The cells it covers, top-left to bottom-right. */
  position: { start: Rect; end: Rect } | null;
  valueAxis: { majorUnit: number | null; minimum: number | null };
  legend: string | null;
  showValues: boolean;
}

function cellsOf(sheet: SheetState, r: Rect): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = [];
  for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) out.push(readCell(sheet, row, col));
  return out;
}

export function chartView(c: ChartState): ChartView {
  return {
    name: c.name,
    type: c.type,
    title: c.title,
    categories: c.categories === null ? [] : cellsOf(c.sheet, c.categories),
    series: c.series.map((s) => {
      const name = s.name === null ? null : (cellsOf(c.sheet, s.name)[0] ?? null);
      return { name: name === null ? null : String(name), values: cellsOf(c.sheet, s.values), colour: s.colour };
    }),
    position: c.position,
    valueAxis: { ...c.valueAxis },
    legend: c.legend,
    showValues: c.showValues,
  };
}
