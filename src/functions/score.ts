// ASSESS.SCORE and ASSESS.TOTAL: the core's weightedTotal, cell by cell, so a formula's total is the
// total the one-click ranking writes.
import { weightedTotal } from "../core/arith";
import { FORMULA_WHAT } from "../core/messages/functions";
import type { Bilingual } from "../core/messages/functions";
import { asMatrix, at, broadcastShape, fill, readScore, shapeOf } from "./args";
import { isFailure } from "./failure";
import type { OutCell, Outcome } from "./failure";
import { TOTAL_DECIMALS, checkPoints, checkWeights, readFullMarks, readWeightList } from "./weights";

/** One unit's total from its raw cells; the first unreadable score is the cell's error. */
function unitTotal(cells: readonly unknown[], whats: readonly Bilingual[], weights: readonly number[], fullMarks?: readonly number[]): OutCell {
  const scores = new Array<number>(cells.length);
  for (let k = 0; k < cells.length; k++) {
    const s = readScore(cells[k], whats[k] as Bilingual, fullMarks?.[k]);
    if (isFailure(s)) return s;
    scores[k] = s;
  }
  return weightedTotal(scores, weights, TOTAL_DECIMALS, 0, fullMarks);
}

const SCORE_WHATS: readonly Bilingual[] = [FORMULA_WHAT.daily, FORMULA_WHAT.onsite, FORMULA_WHAT.satisfaction];

export function scoreCells(daily: unknown, onsite: unknown, satisfaction: unknown, weights?: unknown): Outcome {
  const given = readWeightList(weights);
  if (isFailure(given)) return given;
  const w = checkWeights(given, SCORE_WHATS.length);
  if (isFailure(w)) return w;
  const args = [asMatrix(daily), asMatrix(onsite), asMatrix(satisfaction)];
  const shape = broadcastShape(args);
  if (isFailure(shape)) return shape;
  const cells: unknown[] = [null, null, null];
  return fill(shape, (r, c) => {
    for (let k = 0; k < 3; k++) cells[k] = at(args[k] as unknown[][], r, c);
    return unitTotal(cells, SCORE_WHATS, w);
  });
}

/**
 * Scores in rows, one unit per row, with as many weights as columns; a single column whose length
 * is the number of weights is one unit written downwards. With full marks (one per score), a score
 * counts weight × score ÷ full marks and the weights are points of a total out of their sum.
 */
export function totalCells(scores: unknown, weights?: unknown, fullMarks?: unknown): Outcome {
  const given = readWeightList(weights);
  if (isFailure(given)) return given;
  const m = asMatrix(scores);
  const { rows, cols } = shapeOf(m);
  const count = given?.length ?? null;
  const oneColumnUnit = cols === 1 && rows > 1 && (count === null ? rows === 3 : rows === count);
  const units = oneColumnUnit ? [m.map((row) => row[0])] : m;
  const width = oneColumnUnit ? rows : cols;
  const marks = readFullMarks(fullMarks, width);
  if (isFailure(marks)) return marks;
  const w = marks === null ? checkWeights(given, width) : checkPoints(given, width);
  if (isFailure(w)) return w;
  const whats = Array.from({ length: width }, (_, k) => FORMULA_WHAT.score(k + 1));
  return units.map((row) => [
    unitTotal(
      Array.from({ length: width }, (_, k) => row[k]),
      whats,
      w,
      marks ?? undefined,
    ),
  ]);
}
