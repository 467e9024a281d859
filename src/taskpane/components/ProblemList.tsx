import { Text } from "@fluentui/react-components";
import { LinkButton } from "./LinkButton";
import { SeverityTag } from "./Notice";
import type { Problem } from "../../core/types";
import type { Lang, UiText } from "../../core/messages/ui";
import { problemMessage } from "../../core/messages/problems";
import { usePaneStyles } from "../styles";

/** A pane lists only this many: a broken column in a 100,000-unit sheet must not freeze the pane. */
const SHOWN = 200;

export function ProblemList(props: { problems: Problem[]; onSelect: ((sheet: string, cell: string) => void) | null; lang: Lang; t: UiText }) {
  const { problems, onSelect, lang, t } = props;
  const s = usePaneStyles();
  const errors = problems.filter((p) => p.severity === "error").length;
  const shown = problems.slice(0, SHOWN);
  return (
    <section className={s.section} aria-labelledby="problems-heading">
      <h2 id="problems-heading" className={s.heading}>
        {t.problemsHeading}
      </h2>
      {problems.length === 0 ? (
        <Text>{t.noProblems}</Text>
      ) : (
        <>
          <Text size={200}>{t.problemsSummary(errors, problems.length - errors)}</Text>
          <ul className={s.plainList} data-testid="problems">
            {shown.map((p, k) => {
              const message = problemMessage(p, lang);
              // A cell of another file (a team's, read beside the workbook) cannot be selected here: its message names it.
              const { sheet, cell } = p.file === undefined ? p : { sheet: null, cell: null };
              return (
                <li key={k} className={s.problem}>
                  <SeverityTag severity={p.severity}>{p.severity === "error" ? t.error : t.warning}</SeverityTag>{" "}
                  {sheet !== null && cell !== null && onSelect === null ? (
                    // No workbook on screen to jump into: the address is said, once (most messages name it).
                    <Text>{message.includes(t.cellAt(sheet, cell)) ? message : `${t.cellAt(sheet, cell)} ${message}`}</Text>
                  ) : sheet !== null && cell !== null && onSelect !== null ? (
                    <LinkButton title={t.goToCell(sheet, cell)} onClick={() => onSelect(sheet, cell)}>
                      {message}
                    </LinkButton>
                  ) : (
                    <Text>{message}</Text>
                  )}
                </li>
              );
            })}
          </ul>
          {problems.length > SHOWN && <Text size={200}>{t.problemsMore(problems.length - SHOWN)}</Text>}
        </>
      )}
    </section>
  );
}
