// The settings sheet (考核设置): the workbook carries the rules it was ranked with.
export { settingsSheetPlan } from "./write";
export { isSettingsSheet, readSettingsSheet } from "./read";
export type { SettingsReading } from "./read";
