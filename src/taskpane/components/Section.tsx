import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// The pane's collapsible sections, as Office's own panes draw them: Fluent's Accordion, each section
// opening on its own (several may be open at once), all closed at first.
const useStyles = makeStyles({
  item: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { fontWeight: tokens.fontWeightSemibold },
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalM },
});

export function Sections(props: { children: ReactNode }) {
  return (
    <Accordion multiple collapsible>
      {props.children}
    </Accordion>
  );
}

export function Section(props: { value: string; title: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <AccordionItem value={props.value} className={s.item}>
      <AccordionHeader as="h2" size="large" expandIconPosition="end" className={s.header}>
        {props.title}
      </AccordionHeader>
      <AccordionPanel className={s.panel}>{props.children}</AccordionPanel>
    </AccordionItem>
  );
}
