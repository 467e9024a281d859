import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { usePaneStyles } from "../styles";
import { BonusLimits } from "./BonusLimits";
import { GroupScalesEditor } from "./GroupScalesEditor";
import type { Lang } from "../../core/messages/ui";
import { RaterChecksEditor } from "./RaterChecksEditor";
import { RatersEditor } from "./RatersEditor";
import { TieBreakEditor } from "./TieBreakEditor";
import type { RuleEditorProps } from "./ruleProps";

/**
 * The rarer rules (bonus limits, tie-breaks, raters and 评分分析's flags, a group's own scale) in one section, closed at
 * first to keep the pane short; its header counts the problems inside, so a closed section still says
 * where to look.
 */
export function MoreRules(props: RuleEditorProps & { groups: string[]; problems: number; lang: Lang }) {
  const { problems, t } = props;
  const s = usePaneStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="more">
        <AccordionHeader as="h3" size="medium" expandIconPosition="end">
          {problems > 0 ? t.moreRulesProblems(problems) : t.moreRules}
        </AccordionHeader>
        <AccordionPanel className={s.section}>
          <BonusLimits {...props} />
          <TieBreakEditor {...props} />
          <RatersEditor {...props} />
          <RaterChecksEditor {...props} />
          <GroupScalesEditor {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
