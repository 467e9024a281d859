import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// A collapsible section on <details>: the browser gives it keyboard handling and state for free,
// at no bundle cost, where Fluent's Accordion would add its own motion and focus code.
const useStyles = makeStyles({
  details: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { paddingTop: tokens.spacingVerticalS },
});

export function Section(props: { title: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <details className={s.details}>
      <summary className={s.summary}>{props.title}</summary>
      <div className={s.body}>{props.children}</div>
    </details>
  );
}
