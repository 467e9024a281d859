// office_*: what a ranking run costs Excel — read, then write — on the Excel double at 1,000 and
// 100,000 units: the number of context.sync() calls (the read's alone, and a second ranking that
// updates the generated sheets in place) and the largest request and response in bytes. A run is
// what the pane's one click does: read the workbook, then write with the list of sheets that reading made.
// Until rankWorkbook lands, the plan is the hand-built one shaped like ASSESS's (test/excel/plans).
import { applyPlan, readGrids, sheetsOfReading } from "../src/excel";
import type { Grid } from "../src/core/types";
import { installExcelDouble } from "../test/support/excel-double";
import { rankingPlan, scoreBook } from "../test/excel/plans";

const GENERATED = ["考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报"];

interface Run {
  syncs: number;
  readSyncs: number;
  maxRequest: number;
  maxResponse: number;
  /** The second ranking, which updates the generated sheets in place. */
  rerankSyncs: number;
}

async function run(units: number): Promise<Run> {
  const double = scoreBook(units);
  const uninstall = installExcelDouble(double);
  // As the pane's one click does: the write takes the list of sheets its own reading made.
  const write = async (read: Grid[], remove: string[]): Promise<void> => {
    const outcome = await applyPlan(rankingPlan(units, remove), sheetsOfReading(read));
    if (!outcome.ok) throw new Error(`bench: the write failed: ${outcome.problems.map((p) => p.messageEn).join("; ")}`);
  };
  try {
    const read = await readGrids();
    const readSyncs = double.syncs;
    await write(read, []);
    const first = { syncs: double.syncs, readSyncs, maxRequest: double.maxRequestBytes, maxResponse: double.maxResponseBytes };
    double.resetCounters();
    await write(await readGrids(), GENERATED);
    return { ...first, rerankSyncs: double.syncs };
  } finally {
    uninstall();
  }
}

export async function benchOffice(): Promise<Record<string, number>> {
  const small = await run(1000);
  const large = await run(100_000);
  return {
    office_syncs_1k: small.syncs,
    office_syncs_100k: large.syncs,
    office_read_syncs_100k: large.readSyncs,
    office_rerank_syncs_100k: large.rerankSyncs,
    office_max_request_bytes_100k: large.maxRequest,
    office_max_response_bytes_100k: large.maxResponse,
  };
}

if (require.main === module) {
  void benchOffice().then((r) => console.log(JSON.stringify(r)));
}
