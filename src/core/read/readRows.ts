// Reading the unit rows of one found table. This loop runs a million times for a large workbook: a
// plain number takes one typeof and two comparisons; everything else (text, blanks, bad values) goes
// to the slow path, which also builds the problems, so only bad cells cost allocations.
import { combineRaters } from "../arith/raters";
import { makeProblem } from "../messages/problems";
import { componentScale } from "../scheme/scales";
import type { CellValue, Grid, Scheme } from "../types";
import { a1, parseA1 } from "./address";
import { areaText, MergeIndex } from "./merges";
import { isNoteName, isSummaryLabel } from "./rowLabels";
import { headingGroup, loneText } from "./sectionHeading";
import type { ComponentPlan, ScoreSource, TablePlan } from "./tablePlan";
import { GROUP_ELSEWHERE, type UnitSink } from "./unitSink";
import { parseScore, textKey } from "./values";
import { NO_VETO_TEXTS } from "./vocabulary";

export interface RowsToRead {
  grid: Grid;
  gridIndex: number;
  tableIndex: number;
  plan: TablePlan;
  /**
   * The rules in force: the full marks a score (a direct one, a sub-items' sum, each rater's) is
   * checked against in the unit's group, the per-item bonus limit.
   */
  scheme: Scheme;
  /** 0-based grid row of the first row below the header. */
  first: number;
  /**
   * The group of every unit when the sheet name is the group (no group column). It is added to the
   * groups at the sheet's first unit, so a table without units adds no empty group. Null with no group
   * column either: the table states no group (a team's sheet), its units take theirs from another table.
   */
  sheetGroup: { key: string; display: string } | null;
}

const NO_VETO_KEYS = new Set(NO_VETO_TEXTS.map(textKey));

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function scoreCols(plan: TablePlan): number[] {
  const cols: number[] = [];
  for (const c of plan.components) {
    if (c.direct) cols.push(c.direct.col);
    for (const s of c.subItems) cols.push(s.col);
    for (const s of c.raters) cols.push(s.col);
  }
  return cols;
}

function hasScoreNumber(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (const c of cols) if (parseScore(row[c] ?? null).kind === "number") return true;
  return false;
}

/** The grid's formula cells without a computed value, as a set of plain A1 addresses ("$D$7" → "D7"). */
function uncalculatedCells(grid: Grid): Set<string> | null {
  const list = grid.uncalculated;
  if (!list || list.length === 0) return null;
  return new Set(
    list.map((address) => {
      const { row, col } = parseA1(address);
      return a1(row, col);
    }),
  );
}

/**
 * Whether a nameless row is labelled a summary or a note row by a cell left of the scores (序号, 类别:
 * where offices type 合计 or 注： when they do not merge it over the name cell). Cells right of the
 * scores (备注) hold free text about a unit and never label a row.
 */
function hasLabel(row: readonly CellValue[], before: number, is: (text: string) => boolean): boolean {
  const end = Math.min(before, row.length);
  for (let c = 0; c < end; c++) {
    const v = row[c];
    if (typeof v === "string" && is(v.trim())) return true;
  }
  return false;
}

/**
 * The last grid row with a number in a score column: rows below it are below the table. Text does not
 * count, or a 审核：… written into a score column would pull the notes above it into the table.
 */
function lastScoreRow(cells: CellValue[][], first: number, cols: readonly number[]): number {
  for (let r = cells.length - 1; r >= first; r--) {
    const row = cells[r];
    if (!row) continue;
    for (const c of cols) if (parseScore(row[c] ?? null).kind === "number") return r;
  }
  return first - 1;
}

function nonBlankCount(row: readonly CellValue[]): number {
  let n = 0;
  for (const v of row) if (!isBlank(v)) n++;
  return n;
}

/**
 * Which rows are units. A row is not a unit when:
 * - its name cell is blank (blank rows in the middle, a note merged across the other columns) and it
 *   has no number in a score column;
 * - its name cell starts with a note word and a colon (注：…, 填表人：…, 审核：…), wherever it is,
 *   or it follows such a row and has no number in a score column (the note's further lines);
 * - its name cell labels a summary row (合计, 平均分, 全市平均, 县（区）小计), typed or merged over it;
 * - its name comes from a merged area above or beside it and it has no number in a score column (the
 *   second line of a unit whose name cell is merged down over two rows, or a note merged across);
 * - it lies below the last row with a number in a score column and has a single non-blank cell (a
 *   lone line of text under the table, such as the second line of a note).
 * A row with a name and blank scores inside the table is a unit: its scores are reported missing.
 * A row with a blank name but a number in a score column is a unit whose name was forgotten: it is
 * reported (UNIT_NAME_MISSING), never dropped in silence, or its scores would vanish from the ranking
 * without anyone noticing; only a summary label left of the scores (合计 typed in the 序号 column)
 * makes it a summary row. Free text elsewhere in the row (a 备注 that says 低于全市平均) does not.
 */
export function readRows(t: RowsToRead, sink: UnitSink): { firstRow: number; lastRow: number; units: number } {
  const { grid, plan, gridIndex, scheme } = t;
  const cells = grid.cells;
  const sheet = grid.sheet;
  const originRow = grid.originRow;
  const originCol = grid.originCol;
  const nameCol = plan.nameCol;
  const groupCol = plan.groupCol;
  const vetoCol = plan.vetoCol;
  const comps = plan.components;
  const nc = comps.length;
  const bonusCols = plan.bonus;
  const scoreColumns = scoreCols(plan);
  const lastScore = lastScoreRow(cells, t.first, scoreColumns);
  const cellOf = (r: number, c: number): string => a1(r + originRow, c + originCol);

  const sheetGroup = t.sheetGroup;
  const groupElsewhere = sheetGroup === null && groupCol < 0;
  // The unit whose blank scores may wait for another table (sink.missing), -1 for one left out.
  let pendingUnit = -1;
  let sheetGroupIndex = -1;
  // The group named by the last section-heading row (一、县（区）) above, -1 before the first: only
  // when the table has no group column, which would always win.
  // The group is added at the first unit below its heading, so a line of text under the table adds no
  // empty group.
  let sectionGroup = -1;
  let sectionHeadingText: string | null = null;
  // Group cells repeat a handful of strings: the typed text is looked up before any normalising.
  const groupByRaw = new Map<string, number>();
  const compArrays = sink.components;
  const names = sink.names;
  const vetoes = sink.veto;
  const groupOf = sink.groupOf;
  const additionsOf = sink.additions;
  const deductionsOf = sink.deductions;
  const tableOf = sink.tableOf;
  const rowOf = sink.rowOf;
  const tableIndex = t.tableIndex;
  const keyOf = textKey;
  let firstRow = -1;
  let lastRow = -1;
  let units = 0;

  const report = (r: number, c: number, p: ReturnType<typeof makeProblem>): void => sink.problem(p, gridIndex, r, c);

  // Merged areas and uncalculated formulas only matter for blank cells: both are asked about on the
  // slow paths, never for a typed value.
  const merges = MergeIndex.of(grid);
  const uncalculated = uncalculatedCells(grid);
  const isUncalculated = (r: number, c: number): boolean => uncalculated !== null && uncalculated.has(cellOf(r, c));
  const noValue = (r: number, c: number): void => report(r, c, makeProblem("FORMULA_NO_VALUE", "error", sheet, cellOf(r, c)));

  // Each component's full marks in each group (componentScale), found once per group: a score is out
  // of range above them. A unit without a group is checked against the scheme's own.
  const marksByGroup: number[][] = [];
  // A unit whose group another table states (a team's sheet) is checked here against the widest full
  // marks any group has; consolidation checks it against its own group's once the group is known.
  let elsewhereMarks: number[] | undefined;
  const widestMarks = (): number[] => {
    const groups = ["", ...Object.keys(scheme.groupScales ?? {})];
    return comps.map((_, c) => Math.max(...groups.map((name) => componentScale(scheme, name, c).fullMarks)));
  };
  const marksOf = (g: number): number[] => {
    if (g === GROUP_ELSEWHERE) return (elsewhereMarks ??= widestMarks());
    let m = marksByGroup[g];
    if (m === undefined) {
      const name = g >= 0 ? (sink.groups[g] ?? "") : "";
      m = comps.map((_, c) => componentScale(scheme, name, c).fullMarks);
      if (g >= 0) marksByGroup[g] = m;
    }
    return m;
  };
  const firstScoreCol = scoreColumns.reduce((m, c) => Math.min(m, c), Infinity);
  const firstUncalculatedScore = (r: number): number => {
    if (uncalculated === null) return -1;
    for (const c of scoreColumns) if (uncalculated.has(cellOf(r, c))) return c;
    return -1;
  };
  // A blank cell of a label column (name, group, veto) takes the value of a merged area covering it:
  // 类别 typed once and merged down over a group's rows names the group of every row.
  const mergedValue = (r: number, c: number): CellValue | undefined => {
    const covered = merges?.covered(r, c);
    return covered && !isBlank(covered.value) ? covered.value : undefined;
  };
  // A score belongs to one unit: a merged area's value is never shared with the other rows it covers,
  // and the blank cells it leaves say why they are blank.
  const mergedScoreArea = (r: number, c: number): string | undefined => {
    const covered = merges?.covered(r, c);
    return covered && !isBlank(covered.value) ? areaText(covered.area) : undefined;
  };

  // The slow path of a score cell: anything but an in-range number.
  const slowScore = (v: CellValue, src: ScoreSource, r: number, unit: string, component: number, max = src.max): number => {
    const p = parseScore(v);
    const cell = cellOf(r, src.col);
    if (p.kind === "blank") {
      if (isUncalculated(r, src.col)) {
        noValue(r, src.col);
        return NaN;
      }
      const merged = mergedScoreArea(r, src.col);
      const params: Record<string, string> = { unit, column: src.label };
      if (merged) params.merged = merged;
      sink.missing(makeProblem("SCORE_MISSING", "error", sheet, cell, params), gridIndex, r, src.col, pendingUnit, component);
      return NaN;
    }
    if (p.kind === "text") {
      report(r, src.col, makeProblem("SCORE_NOT_NUMBER", "error", sheet, cell, { unit, column: src.label, value: p.text }));
      return NaN;
    }
    if (p.normalised) {
      report(r, src.col, makeProblem("SCORE_NORMALISED", "warning", sheet, cell, { value: String(v).trim(), number: p.value }));
    }
    if (!(p.value >= 0 && p.value <= max)) {
      report(r, src.col, makeProblem("SCORE_OUT_OF_RANGE", "error", sheet, cell, { unit, column: src.label, value: p.value, max }));
    }
    return p.value;
  };

  // Raters' scores: one buffer per component, reused row after row; the full marks they are checked
  // against, per group (a group may score a component out of other full marks).
  const raterBuffers = comps.map((comp) => new Float64Array(comp.raters.length));
  const raterMax = (group: number, c: number, src: ScoreSource): number => (group < 0 && group !== GROUP_ELSEWHERE ? src.max : (marksOf(group)[c] ?? src.max));

  /**
   * A component scored by several raters: their scores combined by the component's rule. A blank
   * rater cell is a rater who did not score that unit: left out, with a warning naming the cell (a
   * trimmed mean of six is not one of seven). Every rater blank is a missing score; a text or
   * out-of-range score is an error and the component is not computed.
   */
  const raterScore = (comp: ComponentPlan, c: number, row: readonly CellValue[], r: number, unit: string, group: number): number => {
    const sources = comp.raters;
    const scores = raterBuffers[c]!;
    let bad = false;
    let blanks: ScoreSource[] | null = null;
    for (let k = 0; k < sources.length; k++) {
      const src = sources[k]!;
      const max = raterMax(group, c, src);
      const v = row[src.col] ?? null;
      if (typeof v === "number" && v >= 0 && v <= max) {
        scores[k] = v;
        continue;
      }
      if (isBlank(v) && !isUncalculated(r, src.col) && mergedScoreArea(r, src.col) === undefined) {
        scores[k] = NaN;
        (blanks ??= []).push(src);
        continue;
      }
      const x = slowScore(v, max === src.max ? src : { ...src, max }, r, unit, c);
      if (!(x >= 0 && x <= max)) bad = true;
      scores[k] = x;
    }
    if (blanks !== null) {
      const scored = sources.length - blanks.length;
      if (scored === 0) {
        const first = sources[0]!;
        sink.missing(makeProblem("SCORE_MISSING", "error", sheet, cellOf(r, first.col), { unit, column: comp.label }), gridIndex, r, first.col, pendingUnit, c);
        return NaN;
      }
      for (const src of blanks) {
        const cell = cellOf(r, src.col);
        report(r, src.col, makeProblem("RATER_SCORE_BLANK", "warning", sheet, cell, { unit, column: src.label, component: comp.label, count: scored }));
      }
    }
    return bad ? NaN : combineRaters(scores, comp.raterRule);
  };

  /**
   * The group a section-heading row names, or null: the row's only text, left of the scores, no score
   * or formula waiting for a value; a heading in the name cell must be numbered (一、) or merged across
   * the row, or it is a unit whose scores are all missing.
   */
  const sectionHeading = (row: readonly CellValue[], r: number): string | null => {
    const lone = loneText(row);
    if (lone === null || lone.col >= firstScoreCol || firstUncalculatedScore(r) >= 0) return null;
    const area = merges?.areaAt(r, lone.col);
    const setApart = lone.col !== nameCol || (area !== null && area !== undefined && area.right > area.left);
    return headingGroup(lone.text, setApart);
  };

  // 加分 counted per bonus column at most this (Scheme.bonusRules.maxAddPerItem); 扣分 is not capped here.
  const addCap = scheme.bonusRules?.maxAddPerItem ?? Infinity;

  // Below a note (注：…), rows without scores are the note's further lines (2. 缺考单位按0分计。), even
  // when more units follow them.
  let inNote = false;
  for (let r = t.first; r < cells.length; r++) {
    const row = cells[r];
    if (row === undefined) continue;
    // A heading has no scores: a row with its first score typed is passed on at the cost of one test.
    // Under a note (注：1. …), a numbered line (2. …) is the note's, not a heading.
    if (sheetGroup !== null && !inNote && isBlank(row[firstScoreCol])) {
      const heading = sectionHeading(row, r);
      if (heading !== null) {
        sectionHeadingText = heading;
        sectionGroup = -1;
        inNote = false;
        continue;
      }
    }
    let nv = row[nameCol];
    let nameFromMerge = false;
    if (merges && isBlank(nv)) {
      const m = mergedValue(r, nameCol);
      if (m !== undefined) {
        nv = m;
        nameFromMerge = true;
      }
    }
    const name = nv === null || nv === undefined ? "" : typeof nv === "string" ? nv.trim() : String(nv);
    if (name === "") {
      const scored = hasScoreNumber(row, scoreColumns);
      const uncalculatedScore = firstUncalculatedScore(r);
      if (!scored && uncalculatedScore < 0) {
        if (hasLabel(row, firstScoreCol, isNoteName)) inNote = true;
        continue;
      }
      inNote = false;
      if (hasLabel(row, firstScoreCol, isSummaryLabel)) continue;
      if (isUncalculated(r, nameCol)) noValue(r, nameCol);
      else if (scored) report(r, nameCol, makeProblem("UNIT_NAME_MISSING", "error", sheet, cellOf(r, nameCol)));
      else noValue(r, uncalculatedScore);
      continue;
    }
    if (isNoteName(name)) {
      inNote = true;
      continue;
    }
    if (isSummaryLabel(name)) continue;
    if (inNote || nameFromMerge) {
      if (!hasScoreNumber(row, scoreColumns)) continue;
      inNote = false;
    }
    if (r > lastScore && nonBlankCount(row) === 1) continue;
    const key = keyOf(name);

    let group: number;
    if (groupElsewhere) {
      group = GROUP_ELSEWHERE;
    } else if (sectionHeadingText !== null) {
      group = sectionGroup >= 0 ? sectionGroup : (sectionGroup = sink.group(keyOf(sectionHeadingText), sectionHeadingText));
    } else if (sheetGroup) {
      group = sheetGroupIndex >= 0 ? sheetGroupIndex : (sheetGroupIndex = sink.group(sheetGroup.key, sheetGroup.display));
    } else {
      let gv = row[groupCol];
      if (merges && isBlank(gv)) gv = mergedValue(r, groupCol);
      const graw = typeof gv === "string" ? gv : gv === null || gv === undefined ? "" : String(gv);
      const known = groupByRaw.get(graw);
      if (known !== undefined) {
        group = known;
      } else {
        const gtext = graw.trim();
        group = gtext === "" ? -1 : sink.group(keyOf(gtext), gtext);
        groupByRaw.set(graw, group);
      }
    }

    // A unit without a group is reported and its scores checked, but it is not added: every unit of a
    // ScoreTable indexes a group. The GROUP_MISSING error keeps anything from being written.
    const i = sink.count;
    const keep = group >= 0 || group === GROUP_ELSEWHERE;
    pendingUnit = keep ? i : -1;
    if (!keep) {
      if (isUncalculated(r, groupCol)) noValue(r, groupCol);
      else report(r, groupCol, makeProblem("GROUP_MISSING", "error", sheet, cellOf(r, groupCol), { unit: name }));
    }

    // A unit left out for want of a group is still compared with every other, so a name typed twice is
    // reported whichever of the two lacks its group.
    const firstAt = keep ? sink.firstOrAdd(key, i, tableIndex) : sink.firstOrNote(key, cellOf(r, nameCol), tableIndex);
    if (firstAt !== null) {
      report(r, nameCol, makeProblem("DUPLICATE_UNIT", "error", sheet, cellOf(r, nameCol), { unit: name, first: firstAt }));
    }

    const marks = marksOf(group);
    for (let c = 0; c < nc; c++) {
      const comp = comps[c]!;
      const fullMarks = marks[c]!;
      let value: number;
      const direct = comp.direct;
      if (comp.raters.length > 0) {
        value = raterScore(comp, c, row, r, name, group);
      } else if (direct) {
        const v = row[direct.col] ?? null;
        value = typeof v === "number" && v >= 0 && v <= fullMarks ? v : slowScore(v, direct, r, name, c, fullMarks);
      } else if (comp.subItems.length > 0) {
        // Sub-items are summed at 9 decimals, so 20.1 + 30.2 is 50.3 and not 50.300000000000004.
        let acc = 0;
        const subs = comp.subItems;
        for (let k = 0; k < subs.length; k++) {
          const s = subs[k]!;
          const v = row[s.col] ?? null;
          const x = typeof v === "number" && v >= 0 && v <= s.max ? v : slowScore(v, s, r, name, c);
          acc += Math.round(x * 1e9);
        }
        value = acc / 1e9;
        if (!(value >= 0 && value <= fullMarks) && !Number.isNaN(value)) {
          const s0 = subs[0]!;
          report(r, s0.col, makeProblem("SCORE_OUT_OF_RANGE", "error", sheet, cellOf(r, s0.col), { unit: name, column: comp.label, value, max: fullMarks }));
        }
      } else {
        value = NaN;
      }
      if (keep) compArrays[c]![i] = value;
    }

    let added = 0;
    let deducted = 0;
    for (let b = 0; b < bonusCols.length; b++) {
      const src = bonusCols[b]!;
      const v = row[src.col] ?? null;
      let x: number;
      if (typeof v === "number") x = v;
      else {
        const p = parseScore(v);
        const cell = cellOf(r, src.col);
        if (p.kind === "blank") {
          // A blank bonus is none, unless the cell is a formula never calculated or lies under another
          // unit's merged bonus: then the unit's total would be wrong without anyone knowing.
          const merged = mergedScoreArea(r, src.col);
          if (isUncalculated(r, src.col)) {
            noValue(r, src.col);
            x = NaN;
          } else if (merged) {
            report(r, src.col, makeProblem("SCORE_MISSING", "error", sheet, cell, { unit: name, column: src.label, merged }));
            x = NaN;
          } else x = 0;
        } else if (p.kind === "text") {
          report(r, src.col, makeProblem("BONUS_NOT_NUMBER", "error", sheet, cell, { unit: name, column: src.label, value: p.text }));
          x = NaN;
        } else {
          report(r, src.col, makeProblem("SCORE_NORMALISED", "warning", sheet, cell, { value: String(v).trim(), number: p.value }));
          x = p.value;
        }
      }
      // 扣分 is subtracted whatever its sign is typed with; a signed 加减分 adds or subtracts by its sign.
      if (src.mode === "deduct") deducted += Math.abs(x);
      else if (src.mode === "signed" && x < 0) deducted -= x;
      else added += x > addCap ? addCap : x;
    }

    let veto: string | null = null;
    if (vetoCol >= 0) {
      let vv = row[vetoCol] ?? null;
      if (isBlank(vv)) {
        if (isUncalculated(r, vetoCol)) noValue(r, vetoCol);
        else if (merges) vv = mergedValue(r, vetoCol) ?? null;
      }
      veto = vetoText(vv);
    }

    if (!keep) continue;
    names[i] = name;
    groupOf[i] = group;
    additionsOf[i] = added === 0 ? 0 : added;
    deductionsOf[i] = deducted === 0 ? 0 : deducted;
    if (veto !== null) vetoes[i] = veto;
    tableOf[i] = tableIndex;
    rowOf[i] = r + originRow;
    sink.count = i + 1;
    if (firstRow < 0) firstRow = r;
    lastRow = r;
    units++;
  }
  return { firstRow, lastRow, units };
}

/**
 * A veto mark is any text, except the words offices fill the column with to say "none" (无, 否, -):
 * a column of 无 must not put every unit in the lowest tier.
 */
function vetoText(v: CellValue): string | null {
  if (v === null || v === false || v === 0) return null;
  const text = typeof v === "string" ? v.trim() : v === true ? "TRUE" : String(v);
  if (text === "" || NO_VETO_KEYS.has(textKey(text))) return null;
  return text;
}
