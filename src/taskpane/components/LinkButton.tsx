import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// A button that reads as a link, drawn from Fluent's link tokens: the problems list and the results
// link need only this much of Fluent's Link, and the pane's bundle budget is tight.
const useStyles = makeStyles({
  link: {
    display: "inline",
    padding: 0,
    margin: 0,
    border: "none",
    background: "none",
    textAlign: "left",
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":active": { color: tokens.colorBrandForegroundLinkPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

export function LinkButton(props: { onClick: () => void; title?: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <button type="button" className={s.link} title={props.title} onClick={props.onClick}>
      {props.children}
    </button>
  );
}
