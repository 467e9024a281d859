import { Link, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ link: { textAlign: "left", overflowWrap: "anywhere" } });

/** Fluent's Link on a button: it does something in the workbook (select a cell, open a sheet). */
export function LinkButton(props: { onClick: () => void; title?: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <Link as="button" className={s.link} title={props.title} onClick={props.onClick}>
      {props.children}
    </Link>
  );
}
