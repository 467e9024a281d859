import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// Fluent's MessageBar costs more bundle than the pane's whole budget allows for a coloured box;
// this draws the same box from the same theme tokens.
const useStyles = makeStyles({
  box: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}` },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}` },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}` },
});

export function Notice(props: { intent: "error" | "warning" | "success"; children: ReactNode; testId?: string }) {
  const s = useStyles();
  return (
    <div role={props.intent === "error" ? "alert" : "status"} className={mergeClasses(s.box, s[props.intent])} data-testid={props.testId}>
      {props.children}
    </div>
  );
}

const useTagStyles = makeStyles({
  tag: {
    display: "inline-block",
    marginRight: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorStatusDangerForeground1, backgroundColor: tokens.colorStatusDangerBackground1 },
  warning: { color: tokens.colorStatusWarningForeground1, backgroundColor: tokens.colorStatusWarningBackground1 },
});

/** The small severity tag before a problem (Badge's look, without its weight). */
export function SeverityTag(props: { severity: "error" | "warning"; children: ReactNode }) {
  const s = useTagStyles();
  return <span className={mergeClasses(s.tag, s[props.severity])}>{props.children}</span>;
}
