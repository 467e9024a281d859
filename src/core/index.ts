// The public API of the ASSESS core: what the command line, the task pane and the custom functions
// use. Pure TypeScript: nothing here touches Office, the DOM or Node.
export type * from "./types";

export { defaultScheme, DEFAULT_TIERS, GENERATED_SHEET_NAMES } from "./scheme/defaults";
export { validateScheme, tiersForGroup, MAX_SCHEME_DECIMALS } from "./scheme/validate";
export { schemeFromJson } from "./scheme/json";

export { parseScore, textKey } from "./read/values";
export type { ParsedNumber } from "./read/values";
export { a1, columnLetter, columnNumber, parseA1 } from "./read/address";
export { readScoreTable } from "./read/readScoreTable";

export { roundHalfUp, meanRounded, computeTotals, weightedTotal, weightsSumTo100 } from "./arith";
export { tierIndex, unitTierIndex, isVetoed } from "./grade";
export { rankGroup, rankValues } from "./rank";
export { assignTiers, hasQuota, quotaCapacity } from "./assignTiers";
export type { QuotaTie } from "./assignTiers";
export { assess } from "./assess";

export { buildReport, noticeLines, noticeParts, noticeText } from "./report";
export type { NoticeLine, ReportContext } from "./report";
export { settingsSheetPlan, readSettingsSheet, isSettingsSheet } from "./settings";
export type { SettingsReading } from "./settings";

export { readWorkbook, rankWorkbook, settingsOnlyPlan } from "./pipeline";
export { feedbackLetters } from "./letters/letter";
export type { FeedbackLetter, LetterLine } from "./letters/letter";
export { unitParts } from "./letters/details";
export type { PartColumn, UnitParts } from "./letters/details";
export { letterFileNames, safeFileName } from "./fileNames";
export { planCell } from "./plan";
export type { RankOptions, RankResult, WorkbookReading } from "./pipeline";

export { makeProblem, problemMessage } from "./messages/problems";
export { reportText } from "./messages/report";
export type { ReportText } from "./messages/report";
export { uiText } from "./messages/ui";
export type { Lang, UiText } from "./messages/ui";
