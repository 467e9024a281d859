// office_*: what a ranking run costs Excel — read, then write — on the Excel double at 1,000 and
// 100,000 units: the number of context.sync() calls (the read's alone, and a second ranking that
// updates the generated sheets in place) and the largest request and response in bytes.
// Until rankWorkbook lands, the plan is the hand-built one shaped like ASSESS's (test/excel/plans).
import { applyPlan, readGrids } from "../src/excel";
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
  const write = async (remove: string[]): Promise<void> => {
    const outcome = await applyPlan(rankingPlan(units, remove));
    if (!outcome.ok) throw new Error(`bench: the write failed: ${outcome.problems.map((p) => p.messageEn).join("; ")}`);
  };
  try {
    await readGrids();
    const readSyncs = double.syncs;
    await write([]);
    const first = { syncs: double.syncs, readSyncs, maxRequest: double.maxRequestBytes, maxResponse: double.maxResponseBytes };
    double.resetCounters();
    await readGrids();
    await write(GENERATED);
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
