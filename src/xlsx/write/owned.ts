// Which parts go with a sheet ASSESS removes or writes again. A sheet's relationships point at its
// drawing, the drawing at its charts and images, a chart at its style parts: left behind when the sheet
// no longer mentions them, they pile up run after run (a chart part per re-rank) and name parts no
// sheet shows. They go with the sheet, except a part that anything else still points at (an image
// another drawing shows too, the pivot cache the workbook lists): that one stays, and what it points at.
import { parseRelationships, relsPathOf, type Package } from "../package";

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"; "_rels/.rels" → "" (the package). */
function sourceOfRels(rels: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m === null ? null : `${m[1] as string}${m[2] as string}`;
}

/**
 * The parts (lower-cased names) that go: every part in `removed` with its relationships part, the
 * relationships parts of `rewritten` (sheets whose new text refers to none of their old
 * relationships), and every part reachable from those relationships that nothing else points at.
 * A relationships part elsewhere that cannot be read keeps everything reachable (nothing can be
 * known to be unused), and the result is then only what was named.
 */
export function partsThatGo(pkg: Package, removed: readonly string[], rewritten: readonly string[]): Set<string> {
  const present = new Map(pkg.names.map((n) => [n.toLowerCase(), n] as const));
  const relsOf = (key: string): string | null => {
    const rels = relsPathOf(present.get(key) ?? key).toLowerCase();
    return present.has(rels) ? rels : null;
  };
  const going = new Set<string>();
  for (const part of removed) going.add(part.toLowerCase());
  for (const part of [...removed, ...rewritten]) {
    const rels = relsOf(part.toLowerCase());
    if (rels !== null) going.add(rels);
  }
  const named = new Set(going);

  // Everything reachable through the relationships that go.
  const reached = new Set<string>();
  const queue = [...going].filter((p) => p.endsWith(".rels"));
  while (queue.length > 0) {
    const targets = targetsOf(pkg, present.get(queue.shift() as string) as string);
    if (targets === null) return named;
    for (const key of targets) {
      if (!present.has(key) || going.has(key) || reached.has(key)) continue;
      reached.add(key);
      const next = relsOf(key);
      if (next !== null && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  if (reached.size === 0) return going;

  // What the rest of the package points at stays, and so does what that points at in turn.
  const kept = new Set<string>();
  const keep = (key: string): boolean => {
    if (!reached.has(key) || kept.has(key)) return true;
    kept.add(key);
    const next = relsOf(key);
    if (next === null) return true;
    kept.add(next);
    const targets = targetsOf(pkg, present.get(next) as string);
    return targets !== null && targets.every(keep);
  };
  for (const [key, name] of present) {
    if (!key.endsWith(".rels") || going.has(key) || reached.has(key)) continue;
    const source = sourceOfRels(key);
    if (source !== null && (going.has(source) || reached.has(source))) continue;
    const targets = targetsOf(pkg, name);
    if (targets === null || !targets.every(keep)) return named;
  }
  for (const key of reached) if (!kept.has(key)) going.add(key);
  return going;
}

/** The parts (lower-cased) a relationships part points at, external targets left out; null when it cannot be read. */
function targetsOf(pkg: Package, rels: string): string[] | null {
  const source = sourceOfRels(rels);
  const text = pkg.text(rels);
  if (!text.ok || source === null) return null;
  const parsed = parseRelationships(text.value, source);
  return parsed === null
    ? null
    : parsed
        .map((r) => r.part)
        .filter((p): p is string => p !== null)
        .map((p) => p.toLowerCase());
}
