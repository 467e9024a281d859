// The Office.js adapter: the only code in ASSESS that calls Excel.run.
export { readGrids, problemsOfReading, sheetsOfReading, type SheetsSeen } from "./read";
export { applyPlan, type ApplyOutcome } from "./write";
export { selectCell, activateSheet, displayLanguage, paneHidden, onPaneShown } from "./ui";
export { HostError } from "./problems";
export { MAX_REQUEST_BYTES } from "./limits";
