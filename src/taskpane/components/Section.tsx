import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";

// The pane's collapsible sections, drawn as Office's own panes draw them (a full-width header with a
// chevron at its end, a rule above), each opening on its own, all closed at first. A disclosure of
// our own rather than Fluent's Accordion: the Accordion brings tabster's focus machinery (a sixth of
// the pane's first load) for arrow keys between two headers, which Tab already moves between. A closed
// section renders nothing, so what it holds is fetched only when it is first opened (lazyParts).
const useStyles = makeStyles({
  item: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  header: {
    width: "100%",
    justifyContent: "space-between",
    paddingLeft: 0,
    paddingRight: 0,
    minHeight: "44px",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalM },
});

export function Sections(props: { children: ReactNode }) {
  return <div>{props.children}</div>;
}

export function Section(props: { value: string; title: string; children: ReactNode }) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <section className={s.item} data-section={props.value}>
      <h2 className={s.heading}>
        <Button
          appearance="transparent"
          className={s.header}
          icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
        >
          {props.title}
        </Button>
      </h2>
      <div id={panel} role="region" aria-label={props.title} className={s.panel} hidden={!open}>
        {open && props.children}
      </div>
    </section>
  );
}
