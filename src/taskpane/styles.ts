// Shared layout of the pane: one column that fits Office's narrowest task pane (320 px).
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  plainList: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  problem: { lineHeight: tokens.lineHeightBase300 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  /** Short number boxes side by side, as many as fit. */
  numbers: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(5.5em, 1fr))", gap: tokens.spacingHorizontalS, alignItems: "end" },
  /** Two boxes side by side (a weight and its full marks). */
  pair: { maxWidth: "36em", display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, alignItems: "start" },
  /** A tier's threshold, its quota's kind and its quota. */
  tierRow: { maxWidth: "36em", display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.2fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalXS, alignItems: "start" },
  /** A tie-break step's choice and its buttons. */
  stepRow: { maxWidth: "36em", display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto auto auto", gap: tokens.spacingHorizontalXXS, alignItems: "end" },
  subItem: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 4.5em auto", gap: tokens.spacingHorizontalXS, alignItems: "end" },
  /** A check's message under a control that is not a Field (a checkbox), in Fluent's error colour. */
  fieldError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  /** Fluent's Input keeps a desktop-sized minimum width; in a 320 px pane it must shrink with its cell. */
  input: { minWidth: 0, width: "100%" },
  field: { minWidth: 0 },
  wide: { width: "100%" },
  /** A box and its label with a hint under it, the box on the label's first line. */
  choice: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, cursor: "pointer" },
});
