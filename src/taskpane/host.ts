// What the pane needs from its host workbook. The real binding (officeHost) goes through src/excel;
// tests pass a fake over the same core, so the pane never calls Excel.run itself.
import { createContext, useContext } from "react";
import type { Grid, Problem, WorkbookPlan } from "../core/types";
import type { Lang } from "../core/messages/ui";

/**
 * `printedOnA4`: the user's score sheets the write gave A4 portrait, one page wide (WorkbookPlan.printA4),
 * each with the part of the file that changed where the host writes a file.
 */
export type ApplyOutcome = { ok: true; syncs: number; printedOnA4?: PrintedOnA4[] } | { ok: false; problems: Problem[] };

export interface PrintedOnA4 {
  sheet: string;
  part?: string;
}

export interface Host {
  readGrids(): Promise<Grid[]>;
  /**
   * Problems of a reading that are the host's, not the data's (a sheet too large to read), for the
   * grids a readGrids call returned. Optional: a host that can read every sheet has none.
   */
  problemsOf?(grids: Grid[]): Problem[];
  /**
   * `readWith`: the grids of the reading this run made the plan from, a moment before, whose list of
   * sheets the host may take instead of asking for it again (the Excel host saves a sync so).
   */
  applyPlan(plan: WorkbookPlan, readWith?: Grid[]): Promise<ApplyOutcome>;
  /** The pane is hidden now (a shared runtime started by a formula); it reads when first shown. */
  paneHidden?(): boolean;
  /** Calls `shown` each time the pane is shown again; returns what stops it. */
  onPaneShown?(shown: () => void): () => void;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  displayLanguage(): Lang;
  /**
   * Whether a link with `download` saves a file here. Optional: true unless the host says otherwise
   * (Excel for Mac's web view ignores downloads).
   */
  downloads?(): boolean;
  /**
   * Whether the workbook is on screen beside the pane, so a problem's cell can be selected and a
   * sheet opened. Optional: true unless the host says otherwise (the offline page shows addresses).
   */
  showsWorkbook?(): boolean;
  /**
   * The workbook as the last applyPlan left it, to save as a file, where the host holds it in memory
   * (the offline page); null before any write. Absent where the workbook is the user's open one.
   */
  rankedCopy?(): SavedFile | null;
  /**
   * The sheets of a file the user chose beside the workbook (上年结果), only read; or why it cannot be
   * read, in one line. Optional: a host without it offers no such file.
   */
  readBesideFile?(bytes: Uint8Array, name: string): Promise<BesideRead>;
}

export type BesideRead = { ok: true; grids: Grid[] } | { ok: false; message: string };

/** Bytes to save under a name. */
export interface SavedFile {
  bytes: Uint8Array;
  name: string;
  type: string;
}

const HostContext = createContext<Host | null>(null);

export const HostProvider = HostContext.Provider;

export function useHost(): Host {
  const host = useContext(HostContext);
  if (host === null) throw new Error("useHost: the pane was rendered without a HostProvider");
  return host;
}
