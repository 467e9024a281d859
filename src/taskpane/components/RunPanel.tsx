import { Button, Text } from "@fluentui/react-components";
import { TrophyRegular } from "@fluentui/react-icons";
import { Notice } from "./Notice";
import type { Lang, UiText } from "../../core/messages/ui";
import { problemMessage } from "../../core/messages/problems";
import { RUN_STEPS, type RunState } from "../usePane";
import { usePaneStyles } from "../styles";
import { RunProgress } from "../lazyParts";

export function RunPanel(props: { run: RunState; blockedBy: string | null; onRun: () => void; lang: Lang; t: UiText }) {
  const { run, blockedBy, onRun, lang, t } = props;
  const s = usePaneStyles();
  const running = run.kind === "running";
  return (
    <section className={s.section}>
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
