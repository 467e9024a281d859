// From the styles part, only what changes a value: which cell styles show numbers as dates.
import type { Package, PackageFailure } from "../package";
import { isBuiltInDate, isDateFormat } from "./dates";
import { streamXml } from "./xmlStream";

/** dateStyle[s] is true when cell style s (the `s` attribute of <c>) shows a date. */
export type DateStyles = readonly boolean[];

export function readDateStyles(pkg: Package, part: string | null): { ok: true; value: DateStyles } | { ok: false; failure: PackageFailure } {
  if (part === null || !pkg.has(part)) return { ok: true, value: [] };
  const customDate = new Map<number, boolean>();
  const dateStyles: boolean[] = [];
  // <xf> also appears under <cellStyleXfs> (named styles), which cells do not index.
  let inCellXfs = false;
  const failure = streamXml(pkg, part, {
    open(name, a) {
      if (name === "numFmt") customDate.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        dateStyles.push(customDate.get(id) ?? isBuiltInDate(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return failure ? { ok: false, failure } : { ok: true, value: dateStyles };
}
