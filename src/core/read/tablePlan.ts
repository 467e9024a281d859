// From the columns a header names (and the user's corrections) to what each unit row is read from:
// one name column, at most one group and veto column, bonus columns, and per component either its
// own column, its sub-item columns or its raters' columns.
import type { ColumnOverride, ColumnRole, Grid, RaterRule, Scheme } from "../types";
import { columnLetter, columnNumber } from "./address";
import type { FoundColumn, FoundHeader } from "./findHeader";
import { nameHeaderRank, statedMarks } from "./headerText";
import { DEFAULT_RATER_RULE, isUsableRaterRule } from "./raterHeaders";

/** A column read as a score: its grid column, its maximum and the words a problem names it by. */
export interface ScoreSource {
  col: number;
  max: number;
  label: string;
}

export interface ComponentPlan {
  label: string;
  /** The component's own column, used when the sheet gives no sub-items. */
  direct: ScoreSource | null;
  /** Sub-item columns: the component is their sum. */
  subItems: ScoreSource[];
  /**
   * Raters' columns: the component is their scores combined by `raterRule`. Each is checked against
   * the component's full marks in the unit's group (readRows); `max` is the scheme's, for no group.
   */
  raters: ScoreSource[];
  raterRule: RaterRule;
}

export interface BonusSource {
  col: number;
  mode: "add" | "deduct" | "signed";
  label: string;
}

export interface TablePlan {
  /** -1 when the table has no name column (a MISSING_COLUMN problem; no unit is read). */
  nameCol: number;
  groupCol: number;
  vetoCol: number;
  bonus: BonusSource[];
  components: ComponentPlan[];
  /** Every column with its final role, left to right. */
  columns: FoundColumn[];
  /** Scheme labels of the components with no column at all. */
  missing: string[];
}

const FULL_MARKS = 100;

function applyOverrides(grid: Grid, found: FoundColumn[], overrides: readonly ColumnOverride[]): FoundColumn[] {
  const columns = found.map((fc) => ({ ...fc }));
  for (const o of overrides) {
    if (o.sheet !== grid.sheet) continue;
    const col = columnNumber(o.column) - grid.originCol;
    if (col < 0) continue;
    const existing = columns.find((fc) => fc.col === col);
    if (existing) {
      existing.role = o.role;
      // The user said what the column is: it is no longer open to a guess.
      delete existing.unknown;
    } else columns.push({ col, header: "", label: columnLetter(col + grid.originCol), role: o.role });
  }
  return columns.sort((a, b) => a.col - b.col);
}

const IGNORED: ColumnRole = { kind: "ignored" };

/**
 * Resolves the roles into a plan. The first column of a single-column role (group, veto, a component,
 * a sub-item) wins and later ones are ignored; of several name columns the most specific header wins
 * (单位名称 over 地区), the first among equals. When a component has both its own column and
 * sub-item columns, the sub-items win: the component is by definition their sum, and the other column
 * is a subtotal the sheet computed.
 */
export function tablePlan(grid: Grid, header: FoundHeader, scheme: Scheme, overrides: readonly ColumnOverride[]): TablePlan {
  const columns = applyOverrides(grid, header.columns, overrides);
  let nameCol = -1;
  let nameOf: FoundColumn | null = null;
  let groupCol = -1;
  let vetoCol = -1;
  const bonus: BonusSource[] = [];
  const components: ComponentPlan[] = scheme.components.map((c) => ({
    label: c.label,
    direct: null,
    subItems: [],
    raters: [],
    raterRule: c.raters !== undefined && isUsableRaterRule(c.raters) ? c.raters : DEFAULT_RATER_RULE,
  }));
  const seenSub = new Set<string>();
  const directOf: (FoundColumn | null)[] = scheme.components.map(() => null);

  for (const fc of columns) {
    const role = fc.role;
    switch (role.kind) {
      case "name":
        if (nameCol < 0) nameCol = fc.col;
        else if (nameHeaderRank(fc.label) < nameHeaderRank(nameOf?.label ?? "")) {
          if (nameOf) nameOf.role = IGNORED;
          nameCol = fc.col;
        } else {
          fc.role = IGNORED;
          break;
        }
        nameOf = fc;
        break;
      case "group":
        if (groupCol < 0) groupCol = fc.col;
        else fc.role = IGNORED;
        break;
      case "veto":
        if (vetoCol < 0) vetoCol = fc.col;
        else fc.role = IGNORED;
        break;
      case "bonus":
        bonus.push({ col: fc.col, mode: role.mode, label: fc.label });
        break;
      case "component": {
        const plan = components[role.component];
        if (!plan || plan.direct) {
          fc.role = IGNORED;
          break;
        }
        plan.direct = { col: fc.col, max: FULL_MARKS, label: plan.label };
        directOf[role.component] = fc;
        break;
      }
      case "subItem": {
        const plan = components[role.component];
        const key = `${role.component}:${role.subItem}`;
        if (!plan || seenSub.has(key)) {
          fc.role = IGNORED;
          break;
        }
        seenSub.add(key);
        const spec = scheme.components[role.component]?.subItems[role.subItem];
        // The scheme's maximum first; else what the header states (（40分）); else 100.
        const max = spec?.max ?? statedMarks(fc.label) ?? FULL_MARKS;
        plan.subItems.push({ col: fc.col, max, label: fc.label || spec?.label || plan.label });
        break;
      }
      case "rater": {
        const plan = components[role.component];
        const spec = scheme.components[role.component];
        if (!plan || !spec) {
          fc.role = IGNORED;
          break;
        }
        plan.raters.push({ col: fc.col, max: spec.fullMarks ?? FULL_MARKS, label: `${plan.label}（${fc.label || columnLetter(fc.col + grid.originCol)}）` });
        break;
      }
      case "ignored":
        break;
    }
  }
  components.forEach((plan, c) => {
    // The raters' scores are what the unit was given; a component or sub-item column beside them is
    // a result the sheet computed from them.
    if (plan.raters.length > 0) {
      for (const s of plan.subItems) {
        const fc = columns.find((x) => x.col === s.col);
        if (fc) fc.role = IGNORED;
      }
      plan.subItems = [];
    }
    if ((plan.subItems.length > 0 || plan.raters.length > 0) && plan.direct) {
      plan.direct = null;
      const fc = directOf[c];
      if (fc) fc.role = IGNORED;
    }
  });
  const missing = components.filter((p) => !p.direct && p.subItems.length === 0 && p.raters.length === 0).map((p) => p.label);
  return { nameCol, groupCol, vetoCol, bonus, components, columns, missing };
}
