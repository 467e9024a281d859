// The notice document (.docx) of a ranked assessment: 46 units (the 2020 notice's size), 1,000 and
// 10,000 (a province's worth of annex rows), from Assessment to bytes.
import { performance } from "node:perf_hooks";
import { rankWorkbook } from "../src/core/pipeline";
import type { Assessment } from "../src/core/types";
import { NOTICE_DOC_ZH } from "../src/core/messages/notice";
import { noticeDocx } from "../src/docx";
import { checkNoticeDocument } from "../src/docx/check";
import { syntheticGrid } from "./core";

function assessmentOf(units: number): Assessment {
  const r = rankWorkbook([syntheticGrid(units)]);
  if (r.assessment === null) throw new Error(`benchDocx: the synthetic table did not rank: ${r.problems[0]?.message ?? ""}`);
  return r.assessment;
}

async function time(units: number, runs: number): Promise<{ ms: number; kb: number }> {
  const a = assessmentOf(units);
  let fastest = Infinity;
  let bytes = 0;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    bytes = (await noticeDocx(a)).length;
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: Math.round(fastest * 10) / 10, kb: Math.round(bytes / 1024) };
}

/** The notice document read back and held against its assessment (docx/check), a part of docx_10k_ms. */
async function timeCheck(units: number, runs: number): Promise<number> {
  const a = assessmentOf(units);
  const bytes = await noticeDocx(a);
  let fastest = Infinity;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    checkNoticeDocument(a, bytes, NOTICE_DOC_ZH, undefined);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return Math.round(fastest * 10) / 10;
}

export async function benchDocx(): Promise<Record<string, number>> {
  const notice = await time(46, 5);
  const thousand = await time(1_000, 3);
  const tenThousand = await time(10_000, 2);
  const check = await timeCheck(10_000, 2);
  return {
    docx_46_ms: notice.ms,
    docx_1k_ms: thousand.ms,
    docx_10k_ms: tenThousand.ms,
    docx_10k_kb: tenThousand.kb,
    docx_check_10k_ms: check,
  };
}
