// Property tests over generated office-style layouts (officeLayouts.ts): the reader finds every unit
// with its group and scores; a unit typed twice, anywhere and however spaced, is a DUPLICATE_UNIT naming
// both cells; a row with scores and no name, anywhere, is a UNIT_NAME_MISSING at its name cell.
import fc from "fast-check";
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { textKey } from "../../../src/core/read/values";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { expectedComponents, layoutArb, nameVariants, render, unitArb, type Item, type Layout } from "./officeLayouts";
import { netBonus } from "../../support/bonus";

const RUNS = 300;

function readLayout(layout: Layout) {
  const rendered = render(layout);
  return { rendered, ...readScoreTable(rendered.grids, defaultScheme()) };
}

const describeProblems = (problems: { code: string; sheet: string | null; cell: string | null }[]) => problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`);

/** Where an injected row may go: which sheet, after how many of its items, after a blank row or not. */
const placeArb = fc.record({ sheet: fc.nat(), index: fc.nat(), blankBefore: fc.boolean() });

function insert(layout: Layout, sheetIndex: number, place: { index: number; blankBefore: boolean }, item: Item): Layout {
  const sheets = layout.sheets.map((s, k) => {
    if (k !== sheetIndex) return s;
    const at = place.index % (s.items.length + 1);
    const added: Item[] = place.blankBefore ? [{ kind: "blank" }, item] : [item];
    return { ...s, items: [...s.items.slice(0, at), ...added, ...s.items.slice(at)] };
  });
  return { ...layout, sheets };
}

test("every unit is found with its group and its scores, and a clean sheet has no problem", () => {
  fc.assert(
    fc.property(layoutArb, (layout) => {
      const { rendered, table, problems } = readLayout(layout);
      expect(describeProblems(problems)).toEqual([]);
      expect(table.names).toEqual(rendered.units.map((u) => u.typedName.trim()));
      rendered.units.forEach((u, i) => {
        expect(textKey(table.groups[table.groupOf[i] as number] as string)).toBe(textKey(u.unit.group));
        expect(table.components.map((c) => c[i])).toEqual(expectedComponents(u.unit));
        expect(netBonus(table, i)).toBe(layout.bonus && u.unit.bonus !== null ? u.unit.bonus / 10 : 0);
      });
      expect(table.veto.every((v) => v === null)).toBe(true);
      // The pane's column meanings: each rater's column is a rater of 实地考核, the sheet's own 平均分 beside them is not read.
      const raters = layout.onsiteRaters?.labels ?? [];
      for (const t of table.tables) {
        const raterColumns = t.columns.filter((c) => c.role.kind === "rater");
        expect(raterColumns.map((c) => [c.header.split(" / ")[1], c.role])).toEqual(raters.map((label) => [label, { kind: "rater", component: 1 }]));
        if (layout.onsiteRaters?.tail) expect(t.columns.find((c) => c.header.endsWith(` / ${layout.onsiteRaters?.tail}`))?.role).toEqual({ kind: "ignored" });
      }
    }),
    { numRuns: RUNS },
  );
});

test("a unit column under a header ASSESS does not know, or none, is taken by its content, each table once with a warning", () => {
  const arb = fc.record({ layout: layoutArb, header: fc.constantFrom("参评主体", "责任主体", "") });
  fc.assert(
    fc.property(arb, ({ layout, header }) => {
      const { rendered, table, problems } = readLayout({ ...layout, labels: { ...layout.labels, name: header } });
      expect(table.names).toEqual(rendered.units.map((u) => u.typedName.trim()));
      rendered.units.forEach((u, i) => {
        expect(textKey(table.groups[table.groupOf[i] as number] as string)).toBe(textKey(u.unit.group));
        expect(table.components.map((c) => c[i])).toEqual(expectedComponents(u.unit));
      });
      // One warning per table, at its name column: the column every unit's name cell is in.
      const nameColumns = new Set(rendered.units.map((u) => u.at.replace(/\d+$/, "")));
      expect(problems.map((p) => p.code)).toEqual(table.tables.map(() => "NAME_COLUMN_GUESSED"));
      for (const p of problems) expect(nameColumns.has(`${p.sheet}!${(p.cell as string).replace(/\d+$/, "")}`)).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("a unit typed twice in its group, anywhere and however spaced, is a duplicate naming both cells", () => {
  const arb = layoutArb.chain((layout) => {
    const units = layout.sheets.flatMap((s) => s.items.filter((it) => it.kind === "unit"));
    return fc.record({
      layout: fc.constant(layout),
      pick: fc.nat({ max: units.length - 1 }),
      variant: fc.nat(),
      place: placeArb,
      scores: unitArb("", "", { daily: layout.dailySubItems, satisfaction: layout.satisfactionSubItems, raters: layout.onsiteRaters?.labels.length ?? 0 }),
    });
  });
  fc.assert(
    fc.property(arb, ({ layout, pick, variant, place, scores }) => {
      const first = render(layout).units[pick];
      if (!first) throw new Error("a layout without units");
      const variants = nameVariants(first.unit.name);
      const typedName = variants[variant % variants.length] as string;
      // Same group: on a sheet of its own group when the sheet names the group, on any sheet otherwise.
      const sheetIndex = layout.groupColumn
        ? place.sheet % layout.sheets.length
        : layout.sheets.findIndex((s) => s.items.some((it) => it.kind === "unit" && it.unit.group === first.unit.group));
      const unit = { ...scores, name: first.unit.name, group: first.unit.group };
      const dup: Item = { kind: "unit", unit, typedName, typedGroup: first.unit.group, remark: "得分低于全市平均水平" };
      const { rendered, problems } = readLayout(insert(layout, sheetIndex, place, dup));
      const dupAt = rendered.units.filter((u) => u.typedName === typedName && u.unit === unit)[0]?.at as string;
      const firstAt = rendered.units.find((u) => textKey(u.unit.name) === textKey(first.unit.name) && u.unit !== unit)?.at as string;
      // The problem is reported at the later of the two cells and names the earlier.
      const [earlier, later] = rendered.units.findIndex((u) => u.at === dupAt) < rendered.units.findIndex((u) => u.at === firstAt) ? [dupAt, firstAt] : [firstAt, dupAt];
      expect(describeProblems(problems)).toEqual([`DUPLICATE_UNIT@${later}`]);
      expect(problems[0]?.message).toContain(earlier);
    }),
    { numRuns: RUNS },
  );
});

test("a row with scores and no name, anywhere, is reported at its name cell, whatever its remark says", () => {
  const arb = layoutArb.chain((layout) =>
    fc.record({
      layout: fc.constant(layout),
      place: placeArb,
      scores: unitArb("", "", { daily: layout.dailySubItems, satisfaction: layout.satisfactionSubItems, raters: layout.onsiteRaters?.labels.length ?? 0 }),
      remark: fc.constantFrom(null, "得分低于全市平均水平", "较上年合计扣2分", "平均"),
      typedGroup: fc.constantFrom(null, "县（区）"),
    }),
  );
  fc.assert(
    fc.property(arb, ({ layout, place, scores, remark, typedGroup }) => {
      const row: Item = { kind: "nameless", scores, typedGroup, remark };
      const { rendered, problems, table } = readLayout(insert(layout, place.sheet % layout.sheets.length, place, row));
      expect(rendered.nameless).toHaveLength(1);
      expect(describeProblems(problems)).toEqual([`UNIT_NAME_MISSING@${rendered.nameless[0]}`]);
      expect(table.count).toBe(rendered.units.length);
    }),
    { numRuns: RUNS },
  );
});
