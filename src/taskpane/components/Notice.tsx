import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // A 320 px pane has no room for a one-line bar: text wraps under the icon, whole.
  body: { overflowWrap: "anywhere" },
});

/** A message in Fluent's MessageBar: the run's outcome, an error, a warning, what a host cannot do. */
export function Notice(props: { intent: "error" | "warning" | "success" | "info"; title?: string; children?: ReactNode; testId?: string }) {
  const s = useStyles();
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId}>
      <MessageBarBody className={s.body}>
        {props.title !== undefined && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {/* Under its title, not run on after it: the title is a line of its own in a narrow pane. */}
        {props.title !== undefined && props.children !== undefined ? <div>{props.children}</div> : props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

const useTagStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    verticalAlign: "top",
    marginRight: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorStatusDangerForeground1, backgroundColor: tokens.colorStatusDangerBackground1 },
  warning: { color: tokens.colorStatusWarningForeground3, backgroundColor: tokens.colorStatusWarningBackground1 },
});

/** The small severity tag before a problem, with Fluent's status icon. */
export function SeverityTag(props: { severity: "error" | "warning"; children: ReactNode }) {
  const s = useTagStyles();
  return (
    <span className={mergeClasses(s.tag, s[props.severity])}>
      {props.severity === "error" ? <ErrorCircleRegular aria-hidden /> : <WarningRegular aria-hidden />}
      {props.children}
    </span>
  );
}
