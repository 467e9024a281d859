// Finding a component of a scheme by the name a person gives it: its label, its key or one of its
// header aliases, compared after normalising (full-width letters, stray spaces) as headers are. The
// --scheme file, the settings sheet and the tie-break steps all name components this way.
import { textKey } from "../read/values";
import type { ComponentSpec } from "../types";

/** The component `name` names (label, key or alias), or undefined. */
export function componentNamed(components: readonly ComponentSpec[], name: string): ComponentSpec | undefined {
  const k = textKey(name.trim());
  return (
    components.find((c) => c.key === name.trim()) ?? components.find((c) => textKey(c.label.trim()) === k) ?? components.find((c) => c.aliases.some((a) => textKey(a.trim()) === k))
  );
}
