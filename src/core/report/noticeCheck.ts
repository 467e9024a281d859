// The notice checked against its own tables before anything is written. A 通报 is copied into
// other offices' documents as it stands; a count, a name or an average that disagrees with the ranked
// lists would be published under the government's name. So the lines of section 二 are derived a
// second time from the Assessment, by another route than notice.ts takes (every unit scanned for its
// group and tier, the group's order checked to be complete and in rank order, the statistics counted
// again), and any line that differs stops the run: it is a programming error, never the user's.
import { meanRounded } from "../arith/fixed";
import { isVetoed } from "../grade";
import { REPORT_TEXT_ZH, tieBreakWords } from "../messages/report";
import type { Assessment, GroupResult, RowBand, SheetPlan } from "../types";
import { chineseNumeral, fixed } from "./format";
import { changeLine, type NoticeLine } from "./notice";

/** The notice would say what its tables do not: thrown before the notice is written anywhere. */
export class NoticeMismatch extends Error {
  constructor(
    /** Where the notice was checked: 结果通报, the notice text, the notice document. */
    readonly where: string,
    /** 1-based line (or table row) of that place. */
    readonly line: number,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`ASSESS 内部错误：${where}第${line}行与考核结果不符，未写入。应为“${clip(expected)}”，实为“${clip(actual)}”。`);
    this.name = "NoticeMismatch";
  }
}

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 120)}…` : s);

/**
 * The unit indexes of a group in rank order, after checking that `g.order` holds each of the group's
 * `members[group]` units exactly once (`seen` marks them across groups) and runs in the published order: units not vetoed before vetoed ones, within
 * each those with a total before those without, ranks never going down, and units of one rank in
 * source order. A group whose order breaks any of this is a programming error.
 */
function checkedOrder(a: Assessment, g: GroupResult, members: Int32Array, seen: Uint8Array): Int32Array {
  const { table } = a;
  const groupIndex = table.groups.indexOf(g.name);
  const fail = (why: string): never => {
    throw new Error(`ASSESS 内部错误：“${g.name}”的名次顺序有误（${why}），未写入。`);
  };
  const count = members[groupIndex] ?? -1;
  if (g.order.length !== count || g.ranks.length !== count) fail(`${g.order.length}/${count}`);
  let before = -1;
  let beforeKey = [-1, -1, -1];
  for (let k = 0; k < g.order.length; k++) {
    const i = g.order[k] as number;
    if (!(i >= 0 && i < table.count) || table.groupOf[i] !== groupIndex || seen[i] === 1) fail(`第${k + 1}位`);
    seen[i] = 1;
    const rank = g.ranks[k] as number;
    const total = a.totals[i] as number;
    const key = [isVetoed(table.veto[i]) ? 1 : 0, Number.isFinite(total) ? 0 : 1, Number.isFinite(total) ? rank : 0];
    const order = compareKeys(key, beforeKey);
    if (order < 0 || (order === 0 && i < before)) fail(`第${k + 1}位`);
    before = i;
    beforeKey = key;
  }
  return g.order;
}

const compareKeys = (x: readonly number[], y: readonly number[]): number => {
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return (x[k] as number) - (y[k] as number);
  return 0;
};

/** Each group's units in rank order, checked as checkedOrder does (for the annex's check too). */
export function checkedOrders(a: Assessment): Int32Array[] {
  const { table } = a;
  const members = new Int32Array(table.groups.length);
  for (let i = 0; i < table.count; i++) members[table.groupOf[i] as number] = (members[table.groupOf[i] as number] as number) + 1;
  const seen = new Uint8Array(table.count);
  return a.groups.map((g) => checkedOrder(a, g, members, seen));
}

/** Section 二 as the Assessment says it must read, with the kind of each line. */
export function expectedNoticeLines(a: Assessment): NoticeLine[] {
  const t = REPORT_TEXT_ZH.notice;
  const d = a.scheme.decimals;
  const { table } = a;
  const out: NoticeLine[] = [{ text: t.heading, kind: "section" }];
  const orders = checkedOrders(a);
  a.groups.forEach((g, gi) => {
    out.push({ text: t.groupHeading(chineseNumeral(gi + 1), g.name), kind: "group" });
    const order = orders[gi] as Int32Array;
    let k = 0;
    g.tiers.forEach((tier, ti) => {
      const names: string[] = [];
      for (let j = 0; j < order.length; j++) {
        const i = order[j] as number;
        if (a.tierOf[i] === ti) names.push(table.names[i] ?? "");
      }
      if (names.length === 0) return;
      k += 1;
      const quota = tier.quota === undefined ? "" : t.quota(tier.quota);
      out.push({ text: t.tierLine(k, tier.label.trim(), g.name, names.length, names.join(t.nameSeparator), quota), kind: "tier" });
    });
    if (a.previous !== undefined) {
      const change = changeLine(a, a.previous, g.name, order, g.ranks);
      if (change !== null) out.push({ text: change, kind: "change" });
    }
    // The statistics from every unit of the group, not from the group's own figures.
    const finite = new Float64Array(order.length);
    let count = 0;
    let max = -Infinity;
    let min = Infinity;
    for (let j = 0; j < order.length; j++) {
      const v = a.totals[order[j] as number] as number;
      if (!Number.isFinite(v)) continue;
      finite[count++] = v;
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    const none = count === 0;
    const mean = none ? NaN : meanRounded(finite.subarray(0, count), d);
    out.push({ text: t.stats(g.name, order.length, fixed(mean, d), fixed(none ? NaN : max, d), fixed(none ? NaN : min, d)), kind: "stats" });
  });
  const steps = tieBreakWords(a.scheme, t);
  if (steps.length > 0) out.push({ text: t.tieBreak(steps), kind: "stats" });
  return out;
}

/**
 * Throws NoticeMismatch unless `actual` is section 二 line for line as expectedNoticeLines gives it,
 * keeping the lines of the kinds `kinds` only (the .docx leaves the statistics to its annex).
 */
export function checkNoticeLines(a: Assessment, actual: readonly string[], where: string, kinds?: ReadonlySet<NoticeLine["kind"]>, lines = expectedNoticeLines(a)): void {
  const expected = lines.filter((l) => kinds === undefined || kinds.has(l.kind)).map((l) => l.text);
  const n = Math.max(expected.length, actual.length);
  for (let k = 0; k < n; k++) {
    if (expected[k] !== actual[k]) throw new NoticeMismatch(where, k + 1, expected[k] ?? "", actual[k] ?? "");
  }
}

/** Where the checks say they looked. */
export const CHECKED_IN = { sheet: "“结果通报”工作表", text: "通报文字", document: "通报文档" } as const;

/**
 * Throws NoticeMismatch unless the 结果通报 sheet about to be written holds section 二 as the
 * Assessment says, each line in its band of rows (a long list runs over several cells), then the
 * 校验码 `digest` when one is given.
 */
export function checkNoticeSheet(a: Assessment, sheet: SheetPlan, digest: string | null, expected = expectedNoticeLines(a)): void {
  const column = sheet.columns[0];
  const bands = sheet.look?.bands ?? [];
  if (column === undefined || !("values" in column) || bands.length === 0) throw new NoticeMismatch(CHECKED_IN.sheet, 1, "", "");
  const text = (band: RowBand): string => column.values.slice(band.first, band.last + 1).join("");
  // Band 0 is the title; the lines follow it.
  const lines = bands.slice(1).map(text);
  if (digest !== null) {
    const last = lines.pop() ?? "";
    const code = REPORT_TEXT_ZH.notice.digest(digest);
    if (last !== code) throw new NoticeMismatch(CHECKED_IN.sheet, bands.length, code, last);
  }
  checkNoticeLines(a, lines, CHECKED_IN.sheet, undefined, expected);
}

/** Throws NoticeMismatch unless `text` is section 二 line by line, then the 校验码 `digest`. */
export function checkNoticeText(a: Assessment, text: string, digest: string, lines = expectedNoticeLines(a)): void {
  const expected = [...lines.map((l) => l.text), REPORT_TEXT_ZH.notice.digest(digest)].join("\n");
  if (text === expected) return;
  // The first line that differs, for the message: a name may itself hold a line break.
  const want = expected.split("\n");
  const got = text.split("\n");
  let k = 0;
  while (k < want.length && want[k] === got[k]) k++;
  throw new NoticeMismatch(CHECKED_IN.text, k + 1, want[k] ?? "", got[k] ?? "");
}
