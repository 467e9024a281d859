// The Office.js adapter: the only code in ASSESS that calls Excel.run.
export { readGrids } from "./read";
export { applyPlan, type ApplyOutcome } from "./write";
export { selectCell, activateSheet, displayLanguage } from "./ui";
export { HostError } from "./problems";
export { MAX_REQUEST_BYTES } from "./limits";
