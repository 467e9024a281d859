import type { Scheme } from "../../core/types";
import type { UiText } from "../../core/messages/ui";

/** What every part of the rules editor is given: the rules, how to change them, what the checks say. */
export interface RuleEditorProps {
  scheme: Scheme;
  onChange: (s: Scheme) => void;
  /** What validateScheme says about an optional field (a FIELD path of ../fieldProblems), in the user's language. */
  said: (field: string) => string[];
  t: UiText;
}

/** The scheme with component `ci` changed by `patch`. */
export function withComponent(scheme: Scheme, ci: number, patch: Partial<Scheme["components"][number]>): Scheme {
  return { ...scheme, components: scheme.components.map((c, k) => (k === ci ? { ...c, ...patch } : c)) };
}

/** A copy of `o` without `key`: an optional rule left out means "as in 2020", never undefined written down. */
export function omit<T extends object, K extends keyof T>(o: T, key: K): T {
  const rest = { ...o };
  delete rest[key];
  return rest;
}
