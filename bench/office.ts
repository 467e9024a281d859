// office_*: what a ranking run costs Excel — read, then write — on the Excel double at 1,000 and
// 100,000 units: the number of context.sync() calls and the largest request in bytes.
// Until rankWorkbook lands, the plan is the hand-built one shaped like ASSESS's (test/excel/plans).
import { applyPlan, readGrids } from "../src/excel";
import { installExcelDouble } from "../test/support/excel-double";
import { rankingPlan, scoreBook } from "../test/excel/plans";

async function run(units: number): Promise<{ syncs: number; maxRequest: number; maxResponse: number }> {
  const double = scoreBook(units);
  const uninstall = installExcelDouble(double);
  try {
    await readGrids();
    const outcome = await applyPlan(rankingPlan(units));
    if (!outcome.ok) throw new Error(`bench: the write failed: ${outcome.problems.map((p) => p.messageEn).join("; ")}`);
    return { syncs: double.syncs, maxRequest: double.maxRequestBytes, maxResponse: double.maxResponseBytes };
  } finally {
    uninstall();
  }
}

export async function benchOffice(): Promise<Record<string, number>> {
  const small = await run(1000);
  const large = await run(100_000);
  return { office_syncs_1k: small.syncs, office_syncs_100k: large.syncs, office_max_request_bytes_100k: large.maxRequest };
}

if (require.main === module) {
  void benchOffice().then((r) => console.log(JSON.stringify(r)));
}
