// The Office.js objects ASSESS uses, as proxies over the double's workbook. Each getter reads only
// what a synced load brought back; each setter and method only queues work for the next sync.
import { parseRangeAddress, quoteSheetName, rectAddress, type Rect } from "./a1";
import { officeError } from "./errors";
import { ChartCollectionDouble } from "./charts";
import { borderRecords, clearLooks, copiedLooks, setLook, type CellLook, type PageLayoutState } from "./looks";
import { Binding, Loaded, loadPaths, type LoadOption, type RequestQueue } from "./context";
import { method, path, query, setProperty } from "./requests";
import {
  calculateAll,
  cellKey,
  checkNewName,
  deleteSheet,
  findSheet,
  formatAt,
  liveSheets,
  newSheet,
  readCell,
  renameSheet,
  setFormat,
  usedRect,
  versionAtLeast,
  writeCell,
  type CellValue,
  type SheetState,
  type WorkbookState,
} from "./state";

function visibleCount(book: WorkbookState): number {
  return liveSheets(book).length;
}

export function liveSheet(binding: Binding<SheetState>): SheetState {
  const sheet = binding.need();
  if (sheet.deleted) throw officeError("ItemNotFound", `The sheet "${sheet.name}" was deleted.`);
  return sheet;
}

export class ApplicationDouble {
  constructor(
    private readonly q: RequestQueue,
    private readonly id: number,
  ) {}

  private readonly loaded = new Loaded("Application");

  get calculationMode(): string {
    return this.loaded.get<string>("calculationMode");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.q.push({ json: method(this.q, this.id, "SuspendApiCalculationUntilNextSync", []), run: () => undefined, suspendsCalculation: true });
  }

  calculate(calculationType: string): void {
    this.q.push({
      json: method(this.q, this.id, "Calculate", [calculationType]),
      run: (book) => {
        if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) throw officeError("InvalidArgument", `"${calculationType}" is not a calculation type.`);
        calculateAll(book);
      },
    });
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option) ?? ["calculationMode"];
    let mode = "";
    this.q.push({
      json: query(this.q, this.id, paths),
      run: (book) => {
        if (paths.some((p) => p !== "calculationMode")) throw officeError("InvalidArgument", `The double loads only Application.calculationMode.`);
        mode = book.calculationMode;
      },
      response: () => ({ calculationMode: mode }),
      commit: () => this.loaded.put("calculationMode", mode),
    });
    return this;
  }
}

export class WorksheetCollectionDouble {
  private readonly loaded = new Loaded("WorksheetCollection");

  constructor(
    private readonly q: RequestQueue,
    private readonly id: number,
  ) {}

  get items(): WorksheetDouble[] {
    return this.loaded.get<WorksheetDouble[]>("items");
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option) ?? ["items/name", "items/position"];
    const props = paths
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p === "name" || p === "position" || p === "visibility" || p === "protection/protected" || p === "pageLayout/paperSize");
    let found: { sheet: SheetState; data: Record<string, unknown> }[] = [];
    this.q.push({
      json: query(this.q, this.id, paths),
      run: (book) => {
        if (props.includes("pageLayout/paperSize")) needApi(book, "1.9", "Worksheet.pageLayout");
        found = liveSheets(book).map((sheet, position) => ({ sheet, data: sheetProps(book, sheet, position, props) }));
      },
      response: () => ({ Value: found.map((f) => f.data) }),
      commit: () => {
        this.loaded.put(
          "items",
          found.map((f) => {
            const proxy = new WorksheetDouble(this.q, this.q.id());
            proxy.binding.set(f.sheet);
            proxy.binding.markKnown();
            for (const [k, v] of Object.entries(f.data)) {
              if (k === "protection/protected") proxy.protection.loaded.put("protected", v);
              else if (k === "pageLayout/paperSize") proxy.pageLayout.loaded.put("paperSize", v);
              else proxy.loaded.put(k, v);
            }
            return proxy;
          }),
        );
      },
    });
    return this;
  }

  private bound(name: string, args: unknown[], resolve: (book: WorkbookState, proxy: WorksheetDouble) => SheetState | null, writes = false): WorksheetDouble {
    const proxy = new WorksheetDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, proxy.id, name, this.id, args),
      run: (book) => proxy.binding.set(resolve(book, proxy)),
      commit: () => proxy.binding.markKnown(),
      writes,
    });
    return proxy;
  }

  getItem(key: string): WorksheetDouble {
    return this.bound("GetItem", [key], (book) => {
      const sheet = findSheet(book, key);
      if (sheet === undefined) throw officeError("ItemNotFound", `There is no sheet named "${key}".`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetDouble {
    return this.bound("GetItemOrNullObject", [key], (book) => findSheet(book, key) ?? null);
  }

  getActiveWorksheet(): WorksheetDouble {
    return this.bound("GetActiveWorksheet", [], (book) => liveSheets(book).find((s) => s.id === book.activeId) ?? liveSheets(book)[0] ?? null);
  }

  add(name?: string): WorksheetDouble {
    return this.bound(
      "Add",
      name === undefined ? [] : [name],
      (book) => {
        let wanted = name;
        if (wanted === undefined) {
          let n = liveSheets(book).length + 1;
          while (findSheet(book, `Sheet${n}`) !== undefined) n++;
          wanted = `Sheet${n}`;
        }
        checkNewName(book, wanted, null);
        const sheet = newSheet(book, wanted);
        book.sheets.push(sheet);
        return sheet;
      },
      true,
    );
  }
}

function sheetProps(book: WorkbookState, sheet: SheetState, position: number, props: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (p === "name") out.name = sheet.name;
    else if (p === "position") out.position = position;
    else if (p === "visibility") out.visibility = "Visible";
    else if (p === "protection/protected") out[p] = sheet.protected;
    else if (p === "pageLayout/paperSize") out[p] = sheet.pageLayout.paperSize ?? book.defaultPaper;
  }
  return out;
}

export class FreezePanesDouble {
  constructor(
    private readonly q: RequestQueue,
    private readonly sheet: WorksheetDouble,
  ) {}

  freezeRows(count?: number): void {
    const n = count ?? 1;
    this.q.push({
      json: method(this.q, this.sheet.id, "FreezeRows", [n]),
      run: () => {
        if (!Number.isInteger(n) || n < 0) throw officeError("InvalidArgument", `Cannot freeze ${n} rows.`);
        editable(liveSheet(this.sheet.binding)).frozenRows = n;
      },
      writes: true,
    });
  }

  unfreeze(): void {
    this.q.push({ json: method(this.q, this.sheet.id, "Unfreeze", []), run: () => void (editable(liveSheet(this.sheet.binding)).frozenRows = 0), writes: true });
  }
}

/** Worksheet.protection (ExcelApi 1.2): here only whether the sheet is protected. */
export class WorksheetProtectionDouble {
  readonly loaded = new Loaded("WorksheetProtection");

  get protected(): boolean {
    return this.loaded.get<boolean>("protected");
  }
}

const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"];

/**
 * Worksheet.pageLayout (ExcelApi 1.9): each property set is kept on the sheet. An Excel without
 * ExcelApi 1.9 refuses the request with ApiNotFound, as it does an unknown object.
 */
export class PageLayoutDouble {
  readonly loaded = new Loaded("PageLayout");
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };

  constructor(
    private readonly q: RequestQueue,
    private readonly sheet: WorksheetDouble,
  ) {
    const set = this.set.bind(this);
    const footers = {} as { centerFooter: string };
    Object.defineProperty(footers, "centerFooter", {
      set: (value: string) =>
        set("HeadersFooters/DefaultForAllPages/CenterFooter", value, (layout) => {
          if (typeof value !== "string") throw officeError("InvalidArgument", "A footer is a string.");
          layout.centerFooter = value;
        }),
    });
    this.headersFooters = { defaultForAllPages: footers };
  }

  private set(name: string, value: unknown, apply: (layout: PageLayoutState) => void): void {
    this.q.push({
      json: setProperty(this.q, this.sheet.id, `PageLayout/${name}`, value),
      run: (book) => {
        needApi(book, "1.9", `Worksheet.pageLayout.${name}`);
        apply(editable(liveSheet(this.sheet.binding)).pageLayout);
      },
      writes: true,
    });
  }

  set orientation(value: string) {
    this.set("Orientation", value, (l) => {
      if (value !== "Portrait" && value !== "Landscape") throw officeError("InvalidArgument", `"${value}" is not an orientation.`);
      l.orientation = value;
    });
  }

  /** Loaded with the sheets (items/pageLayout/paperSize): the paper set, else the default printer's. */
  get paperSize(): string {
    return this.loaded.get<string>("paperSize");
  }

  set paperSize(value: string) {
    this.set("PaperSize", value, (l) => {
      if (!PAPER.includes(value)) throw officeError("InvalidArgument", `The double does not know the paper "${value}".`);
      l.paperSize = value;
    });
  }

  set zoom(value: PageLayoutState["zoom"]) {
    this.set("Zoom", value, (l) => {
      const z = value ?? {};
      if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined))
        throw officeError("InvalidArgument", "A zoom is a scale or pages to fit, not both.");
      l.zoom = { ...z };
    });
  }

  set centerHorizontally(value: boolean) {
    this.set("CenterHorizontally", value, (l) => void (l.centerHorizontally = value));
  }

  set leftMargin(points: number) {
    this.set("LeftMargin", points, (l) => void (l.leftMargin = margin(points)));
  }

  set rightMargin(points: number) {
    this.set("RightMargin", points, (l) => void (l.rightMargin = margin(points)));
  }

  set topMargin(points: number) {
    this.set("TopMargin", points, (l) => void (l.topMargin = margin(points)));
  }

  set bottomMargin(points: number) {
    this.set("BottomMargin", points, (l) => void (l.bottomMargin = margin(points)));
  }

  set headerMargin(points: number) {
    this.set("HeaderMargin", points, (l) => void (l.headerMargin = margin(points)));
  }

  set footerMargin(points: number) {
    this.set("FooterMargin", points, (l) => void (l.footerMargin = margin(points)));
  }

  /** Rows as Excel writes them, "$1:$2". */
  setPrintTitleRows(rows: string): void {
    this.q.push({
      json: method(this.q, this.sheet.id, "PageLayout/SetPrintTitleRows", [rows]),
      run: (book) => {
        needApi(book, "1.9", "Worksheet.pageLayout.setPrintTitleRows");
        if (!/^\$\d+:\$\d+$/.test(rows)) throw officeError("InvalidArgument", `"${rows}" is not a range of rows.`);
        editable(liveSheet(this.sheet.binding)).pageLayout.printTitleRows = rows;
      },
      writes: true,
    });
  }
}

function margin(points: number): number {
  if (!Number.isFinite(points) || points < 0) throw officeError("InvalidArgument", `A margin cannot be ${points} points.`);
  return points;
}

export class WorksheetDouble {
  readonly binding = new Binding<SheetState>("Worksheet");
  readonly loaded = new Loaded("Worksheet");
  readonly freezePanes: FreezePanesDouble;
  readonly pageLayout: PageLayoutDouble;
  readonly protection = new WorksheetProtectionDouble();
  readonly charts: ChartCollectionDouble;

  constructor(
    private readonly q: RequestQueue,
    readonly id: number,
  ) {
    this.freezePanes = new FreezePanesDouble(q, this);
    this.pageLayout = new PageLayoutDouble(q, this);
    this.charts = new ChartCollectionDouble(q, this);
  }

  get isNullObject(): boolean {
    return this.binding.isNull;
  }

  get name(): string {
    return this.loaded.get<string>("name");
  }

  set name(value: string) {
    this.q.push({
      json: setProperty(this.q, this.id, "Name", value),
      run: (book) => {
        renameSheet(book, liveSheet(this.binding), value);
      },
      writes: true,
    });
  }

  get position(): number {
    return this.loaded.get<number>("position");
  }

  load(option?: LoadOption): this {
    const props = loadPaths(option) ?? ["name", "position", "visibility"];
    let data: Record<string, unknown> = {};
    this.q.push({
      json: query(this.q, this.id, props),
      run: (book) => {
        const sheet = this.binding.need();
        data = sheetProps(book, sheet, liveSheets(book).indexOf(sheet), props);
      },
      response: () => data,
      commit: () => {
        for (const [k, v] of Object.entries(data)) this.loaded.put(k, v);
      },
    });
    return this;
  }

  getRange(address?: string): RangeDouble {
    const range = new RangeDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, range.id, "GetRange", this.id, address === undefined ? [] : [address]),
      run: () => {
        const sheet = liveSheet(this.binding);
        const rect = address === undefined ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } : parseRangeAddress(address);
        if (rect === null) throw officeError("InvalidArgument", `"${address ?? ""}" is not a range address.`);
        range.binding.set({ sheet, rect });
      },
      commit: () => range.binding.markKnown(),
    });
    return range;
  }

  /** Worksheet.getUsedRange (ExcelApi 1.1; valuesOnly 1.2): of a blank sheet, its top-left cell (never an error). */
  getUsedRange(valuesOnly?: boolean): RangeDouble {
    return this.usedRange("GetUsedRange", valuesOnly, { row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** Of a blank sheet, a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return this.usedRange("GetUsedRangeOrNullObject", valuesOnly, null);
  }

  /** The used range (values only when asked), or `blank` where the sheet has none. */
  private usedRange(name: string, valuesOnly: boolean | undefined, blank: Rect | null): RangeDouble {
    const range = new RangeDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, range.id, name, this.id, [valuesOnly === true]),
      run: () => {
        const sheet = liveSheet(this.binding);
        const rect = usedRect(sheet, valuesOnly === true) ?? blank;
        range.binding.set(rect === null ? null : { sheet, rect });
      },
      commit: () => range.binding.markKnown(),
    });
    return range;
  }

  delete(): void {
    this.q.push({
      json: method(this.q, this.id, "Delete", []),
      run: (book) => {
        const sheet = liveSheet(this.binding);
        if (visibleCount(book) <= 1) throw officeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
        deleteSheet(book, sheet);
      },
      writes: true,
    });
  }

  activate(): void {
    this.q.push({
      json: method(this.q, this.id, "Activate", []),
      run: (book) => {
        book.activeId = liveSheet(this.binding).id;
      },
    });
  }
}

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function rangeTarget(binding: Binding<RangeTarget>): RangeTarget {
  const t = binding.need();
  if (t.sheet.deleted) throw officeError("ItemNotFound", `The sheet "${t.sheet.name}" was deleted.`);
  return t;
}

/** A protected sheet refuses every change to its cells, formats and panes (not a rename or deletion). */
function editable(sheet: SheetState): SheetState {
  if (sheet.protected) throw officeError("AccessDenied", `The sheet "${sheet.name}" is protected.`);
  return sheet;
}

function writable(binding: Binding<RangeTarget>): RangeTarget {
  const t = rangeTarget(binding);
  editable(t.sheet);
  return t;
}

/** A scalar goes to every cell; an array must have exactly the range's shape. */
function cellwise(t: RangeTarget, input: unknown, what: string, each: (row: number, col: number, value: unknown) => void): void {
  const { rect } = t;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) each(rect.row + r, rect.col + c, input);
    return;
  }
  if (input.length !== rect.rows || input.some((line) => !Array.isArray(line) || line.length !== rect.cols)) {
    throw officeError("InvalidArgument", `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`);
  }
  (input as unknown[][]).forEach((line, r) => line.forEach((v, c) => each(rect.row + r, rect.col + c, v)));
}

export class RangeFontDouble {
  readonly loaded = new Loaded("RangeFont");

  constructor(
    private readonly q: RequestQueue,
    private readonly range: RangeDouble,
  ) {}

  set name(value: string) {
    queueLook(this.q, this.range, "Format/Font/Name", value, () => {
      if (typeof value !== "string" || value === "") throw officeError("InvalidArgument", "A font name is a non-empty string.");
      return { fontName: value };
    });
  }

  set size(value: number) {
    queueLook(this.q, this.range, "Format/Font/Size", value, () => {
      if (!Number.isFinite(value) || value < 1 || value > 409) throw officeError("InvalidArgument", `A font cannot be ${value} points.`);
      return { fontSize: value };
    });
  }

  get bold(): boolean {
    return this.loaded.get<boolean>("bold");
  }

  set bold(value: boolean) {
    this.q.push({
      json: setProperty(this.q, this.range.id, "Format/Font/Bold", value),
      run: () => {
        const t = writable(this.range.binding);
        cellwise(t, value, "bold", (r, c) => {
          if (value) t.sheet.bold.add(cellKey(r, c));
          else t.sheet.bold.delete(cellKey(r, c));
        });
      },
      writes: true,
    });
  }
}

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

/** A format property set on every cell of the range, kept as one record over it. */
function queueLook(q: RequestQueue, range: RangeDouble, name: string, value: unknown, look: () => CellLook): void {
  q.push({
    json: setProperty(q, range.id, name, value),
    run: () => {
      const t = writable(range.binding);
      setLook(t.sheet, t.rect, look());
    },
    writes: true,
  });
}

export class RangeFormatDouble {
  readonly font: RangeFontDouble;
  readonly borders: RangeBorderCollectionDouble;
  readonly loaded = new Loaded("RangeFormat");

  constructor(
    private readonly q: RequestQueue,
    private readonly range: RangeDouble,
  ) {
    this.font = new RangeFontDouble(q, range);
    this.borders = new RangeBorderCollectionDouble(q, range);
  }

  set horizontalAlignment(value: string) {
    queueLook(this.q, this.range, "Format/HorizontalAlignment", value, () => {
      if (!HORIZONTAL.includes(value)) throw officeError("InvalidArgument", `"${value}" is not a horizontal alignment.`);
      return { horizontalAlignment: value };
    });
  }

  set verticalAlignment(value: string) {
    queueLook(this.q, this.range, "Format/VerticalAlignment", value, () => {
      if (!VERTICAL.includes(value)) throw officeError("InvalidArgument", `"${value}" is not a vertical alignment.`);
      return { verticalAlignment: value };
    });
  }

  set wrapText(value: boolean) {
    queueLook(this.q, this.range, "Format/WrapText", value, () => ({ wrapText: value }));
  }

  /** Rows of the range this many points tall (Excel takes 0–409). */
  set rowHeight(points: number) {
    this.q.push({
      json: setProperty(this.q, this.range.id, "Format/RowHeight", points),
      run: () => {
        const t = writable(this.range.binding);
        if (!Number.isFinite(points) || points < 0 || points > 409) throw officeError("InvalidArgument", `A row cannot be ${points} points tall.`);
        for (let r = 0; r < t.rect.rows; r++) t.sheet.rowHeights.set(t.rect.row + r, points);
      },
      writes: true,
    });
  }

  /** True: the range's rows go back to the standard height (ExcelApi 1.7). */
  set useStandardHeight(value: boolean) {
    this.q.push({
      json: setProperty(this.q, this.range.id, "Format/UseStandardHeight", value),
      run: (book) => {
        needApi(book, "1.7", "RangeFormat.useStandardHeight");
        const t = writable(this.range.binding);
        if (value !== true) return;
        for (const row of [...t.sheet.rowHeights.keys()]) if (row >= t.rect.row && row < t.rect.row + t.rect.rows) t.sheet.rowHeights.delete(row);
      },
      writes: true,
    });
  }

  get columnWidth(): number {
    return this.loaded.get<number>("columnWidth");
  }

  set columnWidth(points: number) {
    this.q.push({
      json: setProperty(this.q, this.range.id, "Format/ColumnWidth", points),
      run: () => {
        const t = writable(this.range.binding);
        if (!Number.isFinite(points) || points < 0) throw officeError("InvalidArgument", `A column cannot be ${points} points wide.`);
        for (let c = 0; c < t.rect.cols; c++) t.sheet.columnWidths.set(t.rect.col + c, points);
      },
      writes: true,
    });
  }
}

/** Range.format.borders (ExcelApi 1.1): one border of the range by its index. */
export class RangeBorderCollectionDouble {
  constructor(
    private readonly q: RequestQueue,
    private readonly range: RangeDouble,
  ) {}

  getItem(index: string): RangeBorderDouble {
    return new RangeBorderDouble(this.q, this.range, index);
  }
}

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export class RangeBorderDouble {
  constructor(
    private readonly q: RequestQueue,
    private readonly range: RangeDouble,
    private readonly index: string,
  ) {}

  set style(value: string) {
    this.q.push({
      json: setProperty(this.q, this.range.id, `Format/Borders/${this.index}/Style`, value),
      run: () => {
        const t = writable(this.range.binding);
        if (!BORDER_INDEXES.includes(this.index)) throw officeError("InvalidArgument", `"${this.index}" is not a border index.`);
        if (!BORDER_STYLES.includes(value)) throw officeError("InvalidArgument", `"${value}" is not a border style.`);
        for (const record of borderRecords(t.rect, this.index, value)) setLook(t.sheet, record.rect, record.look);
      },
      writes: true,
    });
  }

  /** The weight is checked, not kept: the double's borders are drawn or not. */
  set weight(value: string) {
    this.q.push({
      json: setProperty(this.q, this.range.id, `Format/Borders/${this.index}/Weight`, value),
      run: () => {
        writable(this.range.binding);
        if (!BORDER_WEIGHTS.includes(value)) throw officeError("InvalidArgument", `"${value}" is not a border weight.`);
      },
      writes: true,
    });
  }
}

const RANGE_PROPS = ["address", "values", "numberFormat", "rowCount", "columnCount", "rowIndex", "columnIndex"];

export class RangeDouble {
  readonly binding = new Binding<RangeTarget>("Range");
  readonly loaded = new Loaded("Range");
  readonly format: RangeFormatDouble;

  constructor(
    private readonly q: RequestQueue,
    readonly id: number,
  ) {
    this.format = new RangeFormatDouble(q, this);
  }

  get isNullObject(): boolean {
    return this.binding.isNull;
  }
  get address(): string {
    return this.loaded.get<string>("address");
  }
  get rowCount(): number {
    return this.loaded.get<number>("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get<number>("columnCount");
  }
  get rowIndex(): number {
    return this.loaded.get<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get<number>("columnIndex");
  }
  get values(): CellValue[][] {
    return this.loaded.get<CellValue[][]>("values");
  }
  get numberFormat(): string[][] {
    return this.loaded.get<string[][]>("numberFormat");
  }

  set values(input: unknown) {
    this.q.push({
      json: setProperty(this.q, this.id, "Values", input),
      run: () => {
        const t = writable(this.binding);
        cellwise(t, input, "values", (r, c, v) => writeCell(t.sheet, r, c, v));
      },
      writes: true,
    });
  }

  set numberFormat(input: unknown) {
    this.q.push({
      json: setProperty(this.q, this.id, "NumberFormat", input),
      run: () => {
        const t = writable(this.binding);
        cellwise(t, input, "numberFormat", (r, c, v) => {
          if (v === null) return;
          if (typeof v !== "string") throw officeError("InvalidArgument", "A number format is a string.");
          setFormat(t.sheet, r, c, v);
        });
      },
      writes: true,
    });
  }

  /** Range.merge (ExcelApi 1.2): one merged area (across: one per row). The value stays in the top-left cell. */
  merge(across?: boolean): void {
    this.q.push({
      json: method(this.q, this.id, "Merge", [across === true]),
      run: () => {
        const { sheet, rect } = writable(this.binding);
        const areas = across === true ? Array.from({ length: rect.rows }, (_, r) => ({ ...rect, row: rect.row + r, rows: 1 })) : [rect];
        for (const area of areas) {
          if (area.rows * area.cols < 2) continue;
          if (sheet.merges.some((m) => overlaps(m, area))) throw officeError("InvalidOperation", `${rectAddress(area)} overlaps a merged area.`);
          sheet.merges.push(area);
        }
      },
      writes: true,
    });
  }

  /** Range.clear: "All" (default) empties the cells and resets their formats and merges. */
  clear(applyTo?: string): void {
    const what = applyTo ?? "All";
    this.q.push({
      json: method(this.q, this.id, "Clear", [what]),
      run: () => {
        if (!["All", "Contents", "Formats"].includes(what)) throw officeError("InvalidArgument", `The double does not implement clearing "${what}".`);
        const { sheet, rect } = writable(this.binding);
        clearRect(sheet, rect, what !== "Formats", what !== "Contents");
      },
      writes: true,
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): the source's cells land from this range's top-left cell, the
   * destination growing to the source's size. "All" copies values, formulas, number formats, bold and
   * merges, blanks included (they empty the destination cell); column widths are not copied (that
   * copy type is preview-only). Formulas are copied as written: the double does not shift relative
   * references, so it refuses to copy a formula to another position.
   */
  copyFrom(source: RangeDouble | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const type = copyType ?? "All";
    const from = typeof source === "string" ? null : source;
    this.q.push({
      json: method(this.q, this.id, "CopyFrom", [typeof source === "string" ? source : { _ReferenceId: source.id }, type, skipBlanks === true, transpose === true]),
      run: () => {
        if (type !== "All" && type !== "Values" && type !== "Formats") throw officeError("InvalidArgument", `The double does not implement copying "${type}".`);
        if (from === null || skipBlanks === true || transpose === true) throw officeError("InvalidArgument", "The double copies from a Range, without skipBlanks or transpose.");
        const src = rangeTarget(from.binding);
        const dst = writable(this.binding);
        const to: Rect = { row: dst.rect.row, col: dst.rect.col, rows: src.rect.rows, cols: src.rect.cols };
        const contents = type !== "Formats";
        const formats = type !== "Values";
        const cells: { value: CellValue; formula: string | undefined; format: string; bold: boolean }[] = [];
        for (let r = 0; r < to.rows; r++)
          for (let c = 0; c < to.cols; c++) {
            const key = cellKey(src.rect.row + r, src.rect.col + c);
            const formula = src.sheet.formulas.get(key);
            if (formula !== undefined && (to.row !== src.rect.row || to.col !== src.rect.col)) throw officeError("InvalidArgument", "The double does not move formulas.");
            cells.push({
              value: readCell(src.sheet, src.rect.row + r, src.rect.col + c),
              formula,
              format: formatAt(src.sheet, src.rect.row + r, src.rect.col + c),
              bold: src.sheet.bold.has(key),
            });
          }
        const merges = src.sheet.merges.filter((m) => inside(m, src.rect)).map((m) => ({ ...m, row: m.row - src.rect.row + to.row, col: m.col - src.rect.col + to.col }));
        const looks = formats ? copiedLooks(src.sheet, src.rect, to.row, to.col) : [];
        clearRect(dst.sheet, to, contents, formats);
        dst.sheet.looks.push(...looks);
        let i = 0;
        for (let r = 0; r < to.rows; r++)
          for (let c = 0; c < to.cols; c++) {
            const cell = cells[i++]!;
            const row = to.row + r;
            const col = to.col + c;
            const key = cellKey(row, col);
            if (formats) {
              setFormat(dst.sheet, row, col, cell.format);
              if (cell.bold) dst.sheet.bold.add(key);
            }
            if (contents) {
              if (cell.value !== null) (dst.sheet.values[row] ??= [])[col] = cell.value;
              if (cell.formula !== undefined && type === "All") dst.sheet.formulas.set(key, cell.formula);
            }
          }
        if (formats) dst.sheet.merges.push(...merges);
      },
      writes: true,
    });
  }

  select(): void {
    this.q.push({
      json: method(this.q, this.id, "Select", []),
      run: (book) => {
        const t = rangeTarget(this.binding);
        // Excel selects only on the active sheet: on another sheet select() neither fails nor
        // switches sheets, it does nothing (OfficeDev/office-js#5118). Activate the sheet first.
        if (book.activeId !== t.sheet.id) return;
        book.selection = { sheetId: t.sheet.id, address: rectAddress(t.rect) };
      },
    });
  }

  get valuesAsJson(): Record<string, unknown>[][] {
    return this.loaded.get<Record<string, unknown>[][]>("valuesAsJson");
  }

  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): the cells this range shares with another on the
   * same sheet, a null object when they share none. Asked of a null object it fails, as every
   * operation on one does; only loading a null object is allowed.
   */
  getIntersectionOrNullObject(other: RangeDouble | string): RangeDouble {
    const range = new RangeDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, range.id, "GetIntersectionOrNullObject", this.id, [typeof other === "string" ? other : { _ReferenceId: other.id }]),
      run: () => {
        const mine = rangeTarget(this.binding);
        let rect: Rect | null;
        if (typeof other === "string") rect = parseRangeAddress(other);
        else {
          const theirs = rangeTarget(other.binding);
          if (theirs.sheet !== mine.sheet) throw officeError("InvalidArgument", "The ranges are on different sheets.");
          rect = theirs.rect;
        }
        if (rect === null) throw officeError("InvalidArgument", `"${String(other)}" is not a range address.`);
        const top = Math.max(mine.rect.row, rect.row);
        const left = Math.max(mine.rect.col, rect.col);
        const bottom = Math.min(mine.rect.row + mine.rect.rows, rect.row + rect.rows);
        const right = Math.min(mine.rect.col + mine.rect.cols, rect.col + rect.cols);
        range.binding.set(bottom > top && right > left ? { sheet: mine.sheet, rect: { row: top, col: left, rows: bottom - top, cols: right - left } } : null);
      },
      commit: () => range.binding.markKnown(),
    });
    return range;
  }

  /**
   * ExcelApi 1.13. Only the merged areas whose top-left cell lies in this range (OfficeDev/office-js#3611);
   * over 512 of them Excel fails instead of answering (the method's documentation).
   */
  getMergedAreasOrNullObject(): RangeAreasDouble {
    const areas = new RangeAreasDouble(this.q, this.q.id());
    this.q.push({
      json: path(this.q, areas.id, "GetMergedAreasOrNullObject", this.id, []),
      run: (book) => {
        needApi(book, "1.13", "Range.getMergedAreasOrNullObject");
        const { sheet, rect } = rangeTarget(this.binding);
        const found = sheet.merges.filter((m) => m.row >= rect.row && m.row < rect.row + rect.rows && m.col >= rect.col && m.col < rect.col + rect.cols);
        if (found.length > 512) throw officeError("GeneralException", `The range has ${found.length} merged areas; getMergedAreasOrNullObject returns at most 512.`);
        areas.binding.set(found.length === 0 ? null : { sheet, rects: found });
      },
      commit: () => areas.binding.markKnown(),
    });
    return areas;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option) ?? RANGE_PROPS;
    let data: Record<string, unknown> = {};
    let isNull = false;
    this.q.push({
      json: query(this.q, this.id, paths),
      run: (book) => {
        if (paths.includes("valuesAsJson")) needApi(book, "1.16", "Range.valuesAsJson");
        const bound = this.binding;
        try {
          data = rangeProps(rangeTarget(bound), paths);
        } catch (e) {
          // Loading a null object is allowed: it comes back with isNullObject and nothing else.
          if ((e as { code?: string }).code !== "ItemNotFound") throw e;
          isNull = true;
        }
      },
      response: () => (isNull ? { _IsNull: true } : data),
      commit: () => {
        for (const [k, v] of Object.entries(data)) {
          if (k === "format/font/bold") this.format.font.loaded.put("bold", v);
          else if (k === "format/columnWidth") this.format.loaded.put("columnWidth", v);
          else this.loaded.put(k, v);
        }
      },
    });
    return this;
  }
}

const overlaps = (a: Rect, b: Rect): boolean => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const inside = (a: Rect, b: Rect): boolean => a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;

/** Empties the cells of `rect` (contents) and resets their formats, bold and merges (formats). */
function clearRect(sheet: SheetState, rect: Rect, contents: boolean, formats: boolean): void {
  const bottom = Math.min(rect.row + rect.rows, Math.max(sheet.values.length, sheet.formats.length));
  for (let r = rect.row; r < bottom; r++) {
    const right = rect.col + rect.cols;
    const line = sheet.values[r];
    if (contents && line !== undefined) for (let c = rect.col; c < Math.min(right, line.length); c++) line[c] = undefined;
    const fl = sheet.formats[r];
    if (formats && fl !== undefined) for (let c = rect.col; c < Math.min(right, fl.length); c++) fl[c] = undefined;
  }
  const within = (key: number): boolean => {
    const r = Math.floor(key / 16_384);
    const c = key % 16_384;
    return r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols;
  };
  if (contents) {
    for (const key of [...sheet.formulas.keys()]) if (within(key)) sheet.formulas.delete(key);
    for (const key of [...sheet.dataTypes.keys()]) if (within(key)) sheet.dataTypes.delete(key);
  }
  if (formats) {
    for (const key of [...sheet.bold]) if (within(key)) sheet.bold.delete(key);
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    clearLooks(sheet, rect);
  }
  sheet.touched = true;
}

/** One cell as Range.valuesAsJson gives it (ExcelApi 1.16). */
function cellJson(sheet: SheetState, row: number, col: number): Record<string, unknown> {
  const rich = sheet.dataTypes.get(cellKey(row, col));
  if (rich !== undefined) return rich;
  const v = readCell(sheet, row, col);
  if (v === null) return { type: "Empty", basicType: "Empty", basicValue: "" };
  if (typeof v === "number") return { type: "Double", basicType: "Double", basicValue: v };
  if (typeof v === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: v };
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(v)) return { type: "Error", basicType: "Error", basicValue: v };
  return { type: "String", basicType: "String", basicValue: v };
}

function rangeProps(t: RangeTarget, paths: string[]): Record<string, unknown> {
  const { sheet, rect } = t;
  const out: Record<string, unknown> = {};
  const grid = <T>(cell: (r: number, c: number) => T): T[][] => {
    const rows: T[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const line: T[] = new Array<T>(rect.cols);
      for (let c = 0; c < rect.cols; c++) line[c] = cell(rect.row + r, rect.col + c);
      rows.push(line);
    }
    return rows;
  };
  for (const p of paths) {
    switch (p) {
      case "address":
        out.address = `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`;
        break;
      case "values":
        // Desktop Excel gives null, not an error, for the values of a range over five million cells
        // (the Office.js performance article): a caller that does not look gets a crash, not a message.
        if (rect.rows * rect.cols > 5_000_000) {
          out.values = null;
          break;
        }
        out.values = grid((r, c) => {
          const v = readCell(sheet, r, c);
          return v === null ? "" : v;
        });
        break;
      case "valuesAsJson":
        if (rect.rows * rect.cols > 5_000_000) {
          out.valuesAsJson = null;
          break;
        }
        out.valuesAsJson = grid((r, c) => cellJson(sheet, r, c));
        break;
      case "numberFormat":
        out.numberFormat = grid((r, c) => formatAt(sheet, r, c));
        break;
      case "rowCount":
        out.rowCount = rect.rows;
        break;
      case "columnCount":
        out.columnCount = rect.cols;
        break;
      case "rowIndex":
        out.rowIndex = rect.row;
        break;
      case "columnIndex":
        out.columnIndex = rect.col;
        break;
      case "format/font/bold": {
        let all = true;
        let none = true;
        for (let r = 0; r < rect.rows; r++)
          for (let c = 0; c < rect.cols; c++) {
            if (sheet.bold.has(cellKey(rect.row + r, rect.col + c))) none = false;
            else all = false;
          }
        out[p] = all ? true : none ? false : null;
        break;
      }
      case "format/columnWidth":
        out[p] = sheet.columnWidths.get(rect.col) ?? 48;
        break;
      default:
        throw officeError("InvalidArgument", `The double does not implement loading "${p}".`);
    }
  }
  return out;
}

function needApi(book: WorkbookState, version: string, what: string): void {
  if (!versionAtLeast(book.excelApi, version)) throw officeError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${book.excelApi}.`);
}

/** A merged area's place, as the areas of a RangeAreas load it (0-based, like Range.rowIndex). */
export interface AreaDouble {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const AREA_PROPS = ["rowIndex", "columnIndex", "rowCount", "columnCount"] as const;

/** RangeAreas (ExcelApi 1.9): its areas load as items with their index and size. */
export class RangeAreasDouble {
  readonly binding = new Binding<{ sheet: SheetState; rects: Rect[] }>("RangeAreas");
  private readonly loaded = new Loaded("RangeAreas");
  readonly areas: { readonly items: AreaDouble[] };

  constructor(
    private readonly q: RequestQueue,
    readonly id: number,
  ) {
    const loaded = this.loaded;
    this.areas = {
      get items(): AreaDouble[] {
        return loaded.get<AreaDouble[]>("areas");
      },
    };
  }

  get isNullObject(): boolean {
    return this.binding.isNull;
  }

  get areaCount(): number {
    return this.loaded.get<number>("areaCount");
  }

  /** "areaCount" and "areas/items/rowIndex, …columnIndex, …rowCount, …columnCount". */
  load(option?: LoadOption): this {
    const paths = loadPaths(option) ?? ["areaCount"];
    let data: { areaCount: number; areas: AreaDouble[] } | null = null;
    this.q.push({
      json: query(this.q, this.id, paths),
      run: () => {
        for (const p of paths) {
          if (p !== "areaCount" && !AREA_PROPS.some((a) => p === `areas/items/${a}`)) throw officeError("InvalidArgument", `The double does not load RangeAreas "${p}".`);
        }
        let bound: { sheet: SheetState; rects: Rect[] };
        try {
          bound = this.binding.need();
        } catch (e) {
          if ((e as { code?: string }).code !== "ItemNotFound") throw e;
          return;
        }
        data = { areaCount: bound.rects.length, areas: bound.rects.map((r) => ({ rowIndex: r.row, columnIndex: r.col, rowCount: r.rows, columnCount: r.cols })) };
      },
      response: () => data ?? { _IsNull: true },
      commit: () => {
        if (data === null) return;
        this.loaded.put("areaCount", data.areaCount);
        if (paths.some((p) => p.startsWith("areas/"))) this.loaded.put("areas", data.areas);
      },
    });
    return this;
  }
}

export class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;

  constructor(q: RequestQueue) {
    this.worksheets = new WorksheetCollectionDouble(q, q.id());
  }
}

export class RequestContextDouble {
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;

  constructor(private readonly q: RequestQueue) {
    this.workbook = new WorkbookDouble(q);
    this.application = new ApplicationDouble(q, q.id());
  }

  sync<T>(passThrough?: T): Promise<T | undefined> {
    return this.q.sync().then(() => passThrough);
  }
}
