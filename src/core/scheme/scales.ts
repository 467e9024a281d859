// The scale a group is scored on: the total's full marks, and each component's full marks and weight
// (the scheme's, or the group's own where Scheme.groupScales gives them). The reader checks scores
// against these, the arithmetic weighs with them, the sheets and the notice state them.
import { textKey } from "../read/values";
import type { GroupScale, Scheme } from "../types";

/** Full marks of a component or a total when the scheme says nothing (百分制). */
export const DEFAULT_FULL_MARKS = 100;

/** The full marks of a scheme's total or of a component: its own, or 100 when it says none. */
export function fullMarksOf(x: { fullMarks?: number }): number {
  return x.fullMarks ?? DEFAULT_FULL_MARKS;
}

/** A group's own scale (its name matched after normalising, as groupTiers are), or undefined. */
export function groupScaleOf(s: Scheme, group: string): GroupScale | undefined {
  const scales = s.groupScales;
  if (scales === undefined) return undefined;
  const own = scales[group];
  if (own !== undefined) return own;
  const key = textKey(group);
  for (const [name, scale] of Object.entries(scales)) if (textKey(name) === key) return scale;
  return undefined;
}

/** The total's full marks in `group`. */
export function totalFullMarks(s: Scheme, group: string): number {
  return groupScaleOf(s, group)?.fullMarks ?? fullMarksOf(s);
}

/** Component `c`'s full marks and weight in `group`. */
export function componentScale(s: Scheme, group: string, c: number): { fullMarks: number; weight: number } {
  const spec = s.components[c];
  if (spec === undefined) throw new RangeError(`componentScale: no component ${c}`);
  const own = groupScaleOf(s, group)?.components?.[spec.key];
  return { fullMarks: own?.fullMarks ?? fullMarksOf(spec), weight: own?.weight ?? spec.weight };
}
