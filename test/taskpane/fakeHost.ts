// A host over an in-memory list of grids: reads return them, a plan replaces the sheets it names,
// so a save followed by a re-read goes through the real core both ways.
import { planCell } from "../../src/core/plan";
import type { Grid, WorkbookPlan } from "../../src/core/types";
import type { ApplyOutcome, Host } from "../../src/taskpane/host";
import type { Lang } from "../../src/core/messages/ui";

export interface FakeHost extends Host {
  grids: Grid[];
  plans: WorkbookPlan[];
  selectCell: jest.Mock<Promise<void>, [string, string]>;
  activateSheet: jest.Mock<Promise<void>, [string]>;
}

function sheetGrid(plan: WorkbookPlan["sheets"][number]): Grid {
  const cells = Array.from({ length: plan.rowCount }, (_, r) => plan.columns.map((c) => planCell(c, r)));
  return { sheet: plan.name, originRow: 1, originCol: 1, cells };
}

export function fakeHost(grids: Grid[], lang: Lang = "zh", downloads = true): FakeHost {
  const host: FakeHost = {
    grids: grids.map((g) => ({ ...g, cells: g.cells.map((row) => [...row]) })),
    plans: [],
    readGrids: async () => host.grids.map((g) => ({ ...g, cells: g.cells.map((row) => [...row]) })),
    applyPlan: async (plan: WorkbookPlan): Promise<ApplyOutcome> => {
      host.plans.push(plan);
      host.grids = host.grids.filter((g) => !plan.remove.includes(g.sheet) && !plan.sheets.some((s) => s.name === g.sheet));
      host.grids.push(...plan.sheets.map(sheetGrid));
      return { ok: true, syncs: 2 };
    },
    selectCell: jest.fn(async (_sheet: string, _cell: string) => undefined),
    activateSheet: jest.fn(async (_name: string) => undefined),
    displayLanguage: () => lang,
    downloads: () => downloads,
  };
  return host;
}
