// The Excel double: an in-memory workbook behind the Office.js subset ASSESS uses, which fails the
// way Excel on the web fails and counts what a run costs (syncs, request and response bytes).
// No Node here: the same file is bundled into the browser test's stand-in for office.js.
import { jsonBytes } from "./bytes";
import { RequestQueue, type QueuedOp } from "./context";
import { officeError, OfficeErrorDouble } from "./errors";
import { chartView, type ChartView } from "./charts";
import { RequestContextDouble } from "./proxies";
import { colLetters, parseRangeAddress, rectAddress } from "./a1";
import { lookAt, type CellLook, type PageLayoutState } from "./looks";
import {
  cellKey,
  deleteSheet,
  findSheet,
  formatAt,
  liveSheets,
  newSheet,
  readCell,
  settleCalculation,
  versionAtLeast,
  writeCell,
  type CellValue,
  type SheetState,
  type WorkbookState,
} from "./state";

export const FIVE_MB = 5 * 1024 * 1024;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Error code the sync failed with, or null. */
  error: string | null;
  /** The request changed the workbook (or tried to). */
  writes: boolean;
  /** The request asked Excel to suspend calculation until the next sync. */
  suspendsCalculation: boolean;
}

/** A sheet as plain data: what fixtures give and what a snapshot compares. */
export interface SheetJson {
  name: string;
  /** Rows from A1; null is an empty cell. */
  values: CellValue[][];
  /** A1 address → formula (with its leading "="). */
  formulas?: Record<string, string>;
  /** A1 address → number format, for every cell that is not General. */
  numberFormats?: Record<string, string>;
  bold?: string[];
  /** Column letter → width in points. */
  columnWidths?: Record<string, number>;
  frozenRows?: number;
  /** Merged areas, e.g. "C3:C11". */
  merges?: string[];
  /** A1 address → a data-type value as valuesAsJson gives it, e.g. a Stocks entity. */
  dataTypes?: Record<string, Record<string, unknown>>;
  protected?: boolean;
}

export interface WorkbookJson {
  sheets: SheetJson[];
  active?: string | null;
  /** Defined names: name → formula, e.g. { 最高综合: "=考核结果!$H$2:$H$50" }. */
  names?: Record<string, string>;
  calculationMode?: WorkbookState["calculationMode"];
}

export interface CellInfo {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  /** A formula whose inputs changed while calculation was suspended, not recalculated since. */
  stale: boolean;
}

type Batch<T> = (context: RequestContextDouble) => Promise<T>;

export class ExcelDouble {
  readonly book: WorkbookState = {
    sheets: [],
    activeId: null,
    selection: null,
    nextId: 1,
    names: new Map(),
    calculationMode: "Automatic",
    excelApi: "1.17",
    defaultPaper: "Letter",
  };
  /** Excel on the web refuses requests and responses over 5 MB. */
  limits = { requestBytes: FIVE_MB, responseBytes: FIVE_MB };
  /** While true every sync fails as it does when the user is typing in a cell. */
  cellEditMode = false;
  displayLanguage = "zh-CN";
  /** Whether the task pane is shown; the shared runtime runs while it is hidden too. */
  paneVisible = true;
  private readonly visibilityHandlers: ((message: { visibilityMode: string }) => void)[] = [];
  readonly log: SyncRecord[] = [];
  private readonly failures = new Map<number, string>();
  private readonly interludes = new Map<number, () => void>();

  // ── setup ──

  static fromJson(json: WorkbookJson): ExcelDouble {
    const d = new ExcelDouble();
    for (const s of json.sheets) d.putSheet(s);
    for (const [n, f] of Object.entries(json.names ?? {})) d.book.names.set(n, f);
    if (json.calculationMode !== undefined) d.book.calculationMode = json.calculationMode;
    const active = json.active ? findSheet(d.book, json.active) : liveSheets(d.book)[0];
    d.book.activeId = active?.id ?? null;
    return d;
  }

  /** Adds a sheet directly (not through a request): fixtures only. */
  putSheet(json: SheetJson): void {
    const sheet = newSheet(this.book, json.name);
    this.book.sheets.push(sheet);
    for (const [a1, fmt] of Object.entries(json.numberFormats ?? {})) {
      const r = addr(a1);
      (sheet.formats[r.row] ??= [])[r.col] = fmt;
    }
    json.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") (sheet.values[r] ??= [])[c] = v;
      }),
    );
    for (const [a1, f] of Object.entries(json.formulas ?? {})) {
      const r = addr(a1);
      sheet.formulas.set(cellKey(r.row, r.col), f);
    }
    for (const a1 of json.bold ?? []) {
      const r = addr(a1);
      sheet.bold.add(cellKey(r.row, r.col));
    }
    for (const [col, w] of Object.entries(json.columnWidths ?? {})) sheet.columnWidths.set(addr(`${col}1`).col, w);
    sheet.frozenRows = json.frozenRows ?? 0;
    for (const a1 of json.merges ?? []) {
      const r = parseRangeAddress(a1);
      if (r === null) throw new Error(`ExcelDouble: "${a1}" is not a range`);
      sheet.merges.push(r);
    }
    for (const [a1, value] of Object.entries(json.dataTypes ?? {})) {
      const r = addr(a1);
      sheet.dataTypes.set(cellKey(r.row, r.col), value);
      // What `values` gives for a data type: its basic value, #VALUE! for an entity.
      (sheet.values[r.row] ??= [])[r.col] = typeof value.basicValue === "string" || typeof value.basicValue === "number" ? value.basicValue : "#VALUE!";
    }
    sheet.protected = json.protected === true;
    sheet.touched = false;
    if (this.book.activeId === null) this.book.activeId = sheet.id;
  }

  /** Makes the nth sync from now (1: the next one) fail with `code`, applying nothing of it. */
  failAtSync(n: number, code = "GeneralException"): void {
    this.failures.set(this.log.length + n, code);
  }

  /**
   * Runs `act` just before the nth sync from now reaches the workbook: what the user does in Excel
   * between two requests of a run (add a sheet, type a value), which Excel lets them do.
   */
  beforeSync(n: number, act: () => void): void {
    this.interludes.set(this.log.length + n, act);
  }

  resetCounters(): void {
    this.log.length = 0;
    this.failures.clear();
    this.interludes.clear();
  }

  // ── counters ──

  get syncs(): number {
    return this.log.length;
  }
  get maxRequestBytes(): number {
    return this.log.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }
  get totalRequestBytes(): number {
    return this.log.reduce((m, s) => m + s.requestBytes, 0);
  }
  get maxResponseBytes(): number {
    return this.log.reduce((m, s) => Math.max(m, s.responseBytes), 0);
  }

  // ── Office.js surface ──

  /** Excel.run: the batch gets a fresh context; what it leaves queued is sent by one last sync. */
  async run<T>(batch: Batch<T>): Promise<T> {
    const queue = new RequestQueue({ execute: (ops) => this.execute(ops) });
    const context = new RequestContextDouble(queue);
    const pending = batch(context) as unknown;
    if (!(pending instanceof Promise)) throw officeError("RunMustReturnPromise", "The batch function passed to Excel.run must return a promise.");
    const result = (await pending) as T;
    if (queue.pending > 0) await queue.sync();
    return result;
  }

  /** window.Excel / window.Office / window.OfficeExtension as ASSESS sees them. */
  globals(): { Excel: unknown; Office: unknown; OfficeExtension: unknown } {
    const run = <T>(batch: Batch<T>): Promise<T> => this.run(batch);
    // The Office object's methods below are called with `this` bound to it, not to the double.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const info = { host: "Excel", platform: "OfficeOnline" };
    return {
      Excel: { run, ErrorCodes: ERROR_CODES, RequestContext: RequestContextDouble },
      Office: {
        HostType: { Excel: "Excel" },
        PlatformType: { OfficeOnline: "OfficeOnline" },
        onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
          callback?.(info);
          return Promise.resolve(info);
        },
        VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
        // SharedRuntime 1.1: the pane's page lives on while the pane is hidden, and hears when it is shown.
        addin: {
          onVisibilityModeChanged: (handler: (message: { visibilityMode: string }) => void): Promise<() => Promise<void>> => {
            self.visibilityHandlers.push(handler);
            return Promise.resolve(async () => {
              const i = self.visibilityHandlers.indexOf(handler);
              if (i >= 0) self.visibilityHandlers.splice(i, 1);
            });
          },
          showAsTaskpane: (): Promise<void> => {
            self.setPaneVisible(true);
            return Promise.resolve();
          },
          hide: (): Promise<void> => {
            self.setPaneVisible(false);
            return Promise.resolve();
          },
        },
        context: {
          get displayLanguage(): string {
            return self.displayLanguage;
          },
          requirements: {
            isSetSupported: (name: string, version?: string): boolean => name === "ExcelApi" && versionAtLeast(self.book.excelApi, version ?? "1.1"),
          },
        },
      },
      OfficeExtension: { Error: OfficeErrorDouble, ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded", invalidArgument: "InvalidArgument" } },
    };
  }

  /** The user opens (true) or closes (false) the task pane: Office tells the page's handlers. */
  setPaneVisible(visible: boolean): void {
    if (visible === this.paneVisible) return;
    this.paneVisible = visible;
    for (const h of [...this.visibilityHandlers]) h({ visibilityMode: visible ? "Taskpane" : "Hidden" });
  }

  private async execute(ops: QueuedOp[]): Promise<void> {
    // Office.js sends nothing for an empty queue, so such a sync costs no round trip.
    if (ops.length === 0) return;
    const body = { Actions: [] as unknown[], ObjectPaths: [] as unknown[] };
    let requestBytes = jsonBytes(body);
    for (const op of ops) requestBytes += jsonBytes(op.json) - 2 + (op.json.length > 0 ? 1 : 0);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      error: null,
      writes: ops.some((o) => o.writes === true),
      suspendsCalculation: ops.some((o) => o.suspendsCalculation === true),
    };
    this.log.push(record);
    await Promise.resolve();
    this.interludes.get(this.log.length)?.();
    const fail = (e: OfficeErrorDouble): never => {
      record.error = e.code;
      throw e;
    };
    const injected = this.failures.get(this.log.length);
    if (injected !== undefined) fail(officeError(injected, `Injected failure at sync ${this.log.length}.`));
    if (this.cellEditMode) fail(officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    if (requestBytes > this.limits.requestBytes) {
      fail(officeError("RequestPayloadSizeLimitExceeded", `The request payload is ${requestBytes} bytes, over the ${this.limits.requestBytes}-byte limit.`));
    }
    // Excel executes a request in order and stops at the first failure: what ran before it stays done.
    try {
      for (const op of ops) {
        try {
          op.run(this.book);
        } catch (e) {
          if (e instanceof OfficeErrorDouble) fail(e);
          throw e;
        }
      }
    } finally {
      settleCalculation(this.book, record.suspendsCalculation);
    }
    let responseBytes = 0;
    for (const op of ops) if (op.response) responseBytes += jsonBytes(op.response());
    record.responseBytes = responseBytes;
    if (responseBytes > this.limits.responseBytes) {
      fail(officeError("ResponsePayloadSizeLimitExceeded", `The response payload is ${responseBytes} bytes, over the ${this.limits.responseBytes}-byte limit.`));
    }
    for (const op of ops) op.commit?.();
  }

  // ── inspection (tests and the browser test read the workbook here, never through proxies) ──

  sheetNames(): string[] {
    return liveSheets(this.book).map((s) => s.name);
  }

  /** The charts on a sheet, each as it shows now (its series read from their cells). */
  charts(sheetName: string): ChartView[] {
    return this.sheet(sheetName).charts.map(chartView);
  }

  activeSheet(): string | null {
    return liveSheets(this.book).find((s) => s.id === this.book.activeId)?.name ?? null;
  }

  selection(): { sheet: string; address: string } | null {
    const sel = this.book.selection;
    if (sel === null) return null;
    const sheet = liveSheets(this.book).find((s) => s.id === sel.sheetId);
    return sheet ? { sheet: sheet.name, address: sel.address } : null;
  }

  private sheet(name: string): SheetState {
    const s = findSheet(this.book, name);
    if (s === undefined) throw new Error(`ExcelDouble: no sheet named "${name}"`);
    return s;
  }

  cell(sheetName: string, a1: string): CellInfo {
    const s = this.sheet(sheetName);
    const { row, col } = addr(a1);
    return {
      value: readCell(s, row, col),
      formula: s.formulas.get(cellKey(row, col)) ?? null,
      numberFormat: formatAt(s, row, col),
      bold: s.bold.has(cellKey(row, col)),
      stale: s.stale.has(cellKey(row, col)),
    };
  }

  /** The sheet's cells from A1 to the last used row and column; empty cells are null. */
  values(sheetName: string): CellValue[][] {
    return sheetJson(this.sheet(sheetName)).values;
  }

  /** The font, alignment, wrapping and borders of one cell, where set. */
  look(sheetName: string, a1: string): CellLook {
    const { row, col } = addr(a1);
    return lookAt(this.sheet(sheetName), row, col);
  }

  /** A row's height in points (1-based row), or null when never set. */
  rowHeight(sheetName: string, row: number): number | null {
    return this.sheet(sheetName).rowHeights.get(row - 1) ?? null;
  }

  /** The sheet's page layout as set. */
  pageLayout(sheetName: string): PageLayoutState {
    return { ...this.sheet(sheetName).pageLayout };
  }

  /** The sheet's merged areas, "A1:H1". */
  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map(rectAddress);
  }

  frozenRows(sheetName: string): number {
    return this.sheet(sheetName).frozenRows;
  }

  /** Width in points, or null when never set. */
  columnWidth(sheetName: string, column: string): number | null {
    return this.sheet(sheetName).columnWidths.get(addr(`${column}1`).col) ?? null;
  }

  /** A defined name's formula, or null. */
  nameFormula(name: string): string | null {
    return this.book.names.get(name) ?? null;
  }

  /** Everything a user could see, in order: two equal snapshots mean an unchanged workbook. */
  snapshot(): WorkbookJson {
    return {
      active: this.activeSheet(),
      sheets: liveSheets(this.book).map((s) => sheetJson(s)),
      names: Object.fromEntries(this.book.names),
      calculationMode: this.book.calculationMode,
    };
  }

  /** Writes a value as Excel would if a user typed it (formula rules included): fixtures only. */
  typeInto(sheetName: string, a1: string, value: CellValue): void {
    const { row, col } = addr(a1);
    const sheet = this.sheet(sheetName);
    writeCell(sheet, row, col, value);
    sheet.touched = false;
  }

  /** Deletes a sheet as a user would (formulas pointing at it become #REF!), between an add-in's requests. */
  userDeletesSheet(sheetName: string): void {
    deleteSheet(this.book, this.sheet(sheetName));
  }
}

function addr(a1: string): { row: number; col: number } {
  const r = parseRangeAddress(a1);
  if (r === null || r.rows !== 1 || r.cols !== 1) throw new Error(`ExcelDouble: "${a1}" is not one cell`);
  return r;
}

const a1Of = (row: number, col: number): string => `${colLetters(col)}${row + 1}`;

export function sheetJson(s: SheetState): SheetJson {
  let rows = 0;
  let cols = 0;
  s.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== undefined && v !== null && v !== "") {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < cols; c++) line.push(readCell(s, r, c));
    values.push(line);
  }
  const formulas: Record<string, string> = {};
  for (const [k, f] of [...s.formulas].sort((a, b) => a[0] - b[0])) formulas[a1Of(Math.floor(k / 16_384), k % 16_384)] = f;
  const numberFormats: Record<string, string> = {};
  s.formats.forEach((line, r) => line.forEach((f, c) => f !== undefined && (numberFormats[a1Of(r, c)] = f)));
  const bold = [...s.bold].sort((a, b) => a - b).map((k) => a1Of(Math.floor(k / 16_384), k % 16_384));
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...s.columnWidths].sort((a, b) => a[0] - b[0])) columnWidths[colLetters(c)] = w;
  const merges = s.merges.map(rectAddress);
  return { name: s.name, values, formulas, numberFormats, bold, columnWidths, frozenRows: s.frozenRows, merges };
}

const ERROR_CODES = {
  invalidArgument: "InvalidArgument",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  generalException: "GeneralException",
};
