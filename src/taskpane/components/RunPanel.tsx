import { Button, Text } from "@fluentui/react-components";
import { TrophyRegular } from "@fluentui/react-icons";
import { Notice } from "./Notice";
import type { Lang, UiText } from "../../core/messages/ui";
import { problemMessage } from "../../core/messages/problems";
import { RUN_STEPS, type PreviousState, type RunState } from "../usePane";
import { PreviousChooser } from "./PreviousChooser";
import { usePaneStyles } from "../styles";
import { RunProgress } from "../lazyParts";

/** The A4 box: offered for `sheets` (the score sheets that choose no paper), ticked or not. */
export interface PrintA4Choice {
  sheets: string[];
  on: boolean;
  onChange: (on: boolean) => void;
}

/** 上年结果, where the host can read a file beside the workbook. */
export interface PreviousChoice {
  state: PreviousState;
  onChoose: (bytes: Uint8Array, name: string) => void;
  onClear: () => void;
}

export function RunPanel(props: { run: RunState; blockedBy: string | null; onRun: () => void; printA4: PrintA4Choice; previous: PreviousChoice | null; lang: Lang; t: UiText }) {
  const { run, blockedBy, onRun, printA4, previous, lang, t } = props;
  const s = usePaneStyles();
  const running = run.kind === "running";
  return (
    <section className={s.section}>
      {printA4.sheets.length > 0 && (
        // A plain checkbox: Fluent's would add its styles to the pane's first load for one box.
        <label className={s.choice}>
          <input type="checkbox" checked={printA4.on} disabled={running} onChange={(e) => printA4.onChange(e.currentTarget.checked)} aria-describedby="print-a4-hint" />
          <span>
            {t.printA4Label(printA4.sheets)}
            <Text as="span" id="print-a4-hint" size={200} block>
              {t.printA4Hint}
            </Text>
          </span>
        </label>
      )}
      {previous !== null && <PreviousChooser previous={previous.state} disabled={running} onChoose={previous.onChoose} onClear={previous.onClear} lang={lang} />}
      <Button
        appearance="primary"
        size="large"
        icon={<TrophyRegular />}
        className={s.wide}
        disabled={blockedBy !== null || running}
        aria-describedby={blockedBy !== null ? "run-blocked" : undefined}
        onClick={onRun}
      >
        {t.run}
      </Button>
      {blockedBy !== null && (
        <Text id="run-blocked" size={200} data-testid="run-blocked">
          {blockedBy}
        </Text>
      )}
      {run.kind === "running" && (
        <div role="status" aria-live="polite">
          <RunProgress value={(run.step + 1) / RUN_STEPS} t={t} />
          <Text size={200}>{t.stepOf(run.step + 1, RUN_STEPS, t.steps[run.step] ?? "")}</Text>
        </div>
      )}
      {run.kind === "done" && (
        <Notice intent="success" title={t.sheetsWritten(run.summary.written.length)} testId="run-done">
          {t.sheetList(run.summary.written)}
        </Notice>
      )}
      {run.kind === "done" &&
        run.summary.printedOnA4.map((p) => (
          <Notice key={p.sheet} intent="success" testId="run-print-a4">
            {t.printedOnA4(p.sheet, p.part ?? null)}
          </Notice>
        ))}
      {run.kind === "done" &&
        run.summary.warnings.map((p, k) => (
          <Notice key={k} intent="warning" testId="run-warning">
            {problemMessage(p, lang)}
          </Notice>
        ))}
      {run.kind === "stopped" && <Notice intent="warning">{t.runStoppedAtCheck}</Notice>}
      {run.kind === "failed" && (
        <Notice intent="error" title={t.runFailed} testId="run-failed">
          {run.detail ?? run.problems.map((p) => problemMessage(p, lang)).join(" ")}
        </Notice>
      )}
    </section>
  );
}
