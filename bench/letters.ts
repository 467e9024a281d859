// The feedback letters of a ranked assessment, with seven raters on 实地考核 (so each letter has its
// rater lines): 46 units (the 2020 sample's size), 1,000 and 10,000. Each figure is the whole of what
// 下载反馈单 and --letters make: every single letter zipped, then the one combined document.
// The pane makes them in chunks, pausing after each letter and every hundred letters of the combined
// document (src/taskpane/useLetters): `letters_longest_step_ms` is the longest stretch between two
// pauses, the longest the pane goes without drawing.
import { performance } from "node:perf_hooks";
import { feedbackLetters } from "../src/core/letters/letter";
import { rankWorkbook } from "../src/core/pipeline";
import { combineLetters, letterDocuments, zipLetters } from "../src/docx";
import { syntheticRaterGrid } from "./core";

async function time(units: number): Promise<{ ms: number; zipKb: number; longestMs: number; combinedMs: number }> {
  const r = rankWorkbook([syntheticRaterGrid(units)]);
  if (r.assessment === null || r.parts === null) throw new Error(`benchLetters: the synthetic table did not rank: ${r.problems[0]?.message ?? ""}`);
  const started = performance.now();
  const letters = feedbackLetters(r.assessment, r.parts);
  let longest = 0;
  let last = performance.now();
  const pause = (): Promise<void> => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    return Promise.resolve();
  };
  const documents = await letterDocuments(letters, pause);
  const zip = zipLetters(letters, documents);
  const combinedStart = performance.now();
  await combineLetters(letters, documents, pause);
  const end = performance.now();
  await pause();
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { ms: round(end - started), zipKb: Math.round(zip.length / 1024), longestMs: round(longest), combinedMs: round(end - combinedStart) };
}

export async function benchLetters(): Promise<Record<string, number>> {
  await time(46); // warm-up: the docx library's first document costs more
  const sample = await time(46);
  const thousand = await time(1_000);
  const tenThousand = await time(10_000);
  return {
    letters_46_ms: sample.ms,
    letters_1k_ms: thousand.ms,
    letters_10k_ms: tenThousand.ms,
    letters_10k_zip_kb: tenThousand.zipKb,
    letters_per_letter_ms: Math.round((thousand.ms / 1000) * 100) / 100,
    letters_combined_10k_ms: tenThousand.combinedMs,
    letters_longest_step_ms: tenThousand.longestMs,
  };
}
