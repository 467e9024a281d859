// What the pane needs from its host workbook. The real binding (officeHost) goes through src/excel;
// tests pass a fake over the same core, so the pane never calls Excel.run itself.
import { createContext, useContext } from "react";
import type { Grid, Problem, WorkbookPlan } from "../core/types";
import type { Lang } from "../core/messages/ui";

export type ApplyOutcome = { ok: true; syncs: number } | { ok: false; problems: Problem[] };

export interface Host {
  readGrids(): Promise<Grid[]>;
  applyPlan(plan: WorkbookPlan): Promise<ApplyOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  displayLanguage(): Lang;
}

const HostContext = createContext<Host | null>(null);

export const HostProvider = HostContext.Provider;

export function useHost(): Host {
  const host = useContext(HostContext);
  if (host === null) throw new Error("useHost: the pane was rendered without a HostProvider");
  return host;
}
