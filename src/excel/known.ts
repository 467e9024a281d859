// The sheet names the adapter last saw. Office.js cannot list the sheets and act on them in the same
// request, so applyPlan plans its one request from what readGrids (or its own look-up) found.
let names: string[] | null = null;

export function rememberSheets(list: string[]): void {
  names = [...list];
}

export function knownSheets(): string[] | null {
  return names === null ? null : [...names];
}

export function forgetSheets(): void {
  names = null;
}

/** Excel compares sheet names without regard to case. */
export const sameName = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();
