// Speed of the ASSESS.* formulas as Excel calls them: whole columns in one spilled call, and many
// single-cell calls. fn_rank_growth is t(100k)/t(10k) of the spilled RANK: about 12 for n log n,
// 100 for a quadratic rank.
import { performance } from "node:perf_hooks";

class BenchError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
// The functions need only Error and ErrorCode at call time; associate is never called outside webpack.
(globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
  associate: (): void => undefined,
  Error: BenchError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

// Imported after the stand-in is in place.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rank, score } = require("../src/functions/functions") as typeof import("../src/functions/functions");

/** A deterministic column of scores with two decimals, with ties, as cells arrive from Excel. */
function column(n: number, seed: number): number[][] {
  let x = seed;
  const out = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = [(6000 + (x % 4001)) / 100];
  }
  return out;
}

/** Median of `runs` timings after one warm-up, in ms rounded to 0.1. */
function time(runs: number, f: () => unknown): number {
  f();
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return Math.round((ts[Math.floor(ts.length / 2)] as number) * 10) / 10;
}

export async function benchFunctions(): Promise<Record<string, number>> {
  const daily = column(100_000, 1);
  const onsite = column(100_000, 2);
  const satisfaction = column(100_000, 3);
  const fn_score_100k_ms = time(3, () => score(daily, onsite, satisfaction));

  const fn_score_10k_calls_ms = time(3, () => {
    for (let i = 0; i < 10_000; i++) score([daily[i] as number[]], [onsite[i] as number[]], [satisfaction[i] as number[]]);
  });

  const totals100k = score(daily, onsite, satisfaction) as number[][];
  const totals10k = totals100k.slice(0, 10_000);
  const fn_rank_10k_ms = time(5, () => rank(totals10k, totals10k));
  const fn_rank_100k_ms = time(3, () => rank(totals100k, totals100k));
  const fn_rank_growth = Math.round((fn_rank_100k_ms / Math.max(fn_rank_10k_ms, 0.1)) * 10) / 10;

  return { fn_score_100k_ms, fn_score_10k_calls_ms, fn_rank_10k_ms, fn_rank_100k_ms, fn_rank_growth };
}

if (require.main === module) {
  void benchFunctions().then((r) => {
    console.log(
      `BENCH ${Object.entries(r)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ")}`,
    );
  });
}
