import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { uiText } from "../core/messages/ui";
import type { UiText } from "../core/messages/ui";
import { FoundSummary } from "./components/FoundSummary";
import { Notice } from "./components/Notice";
import { ProblemList } from "./components/ProblemList";
import { RunPanel } from "./components/RunPanel";
import { Section, Sections } from "./components/Section";
import { HostProvider, type Host } from "./host";
import { ColumnMeanings, RulesEditor, RunResults } from "./lazyParts";
import { usePaneStyles } from "./styles";
import { usePane, type Pane as PaneState } from "./usePane";

/** Why the one-click button cannot run now, or null when it can. */
function blockedBy(pane: PaneState, t: UiText): string | null {
  if (pane.reading === null) return t.loading;
  if (pane.schemeProblems.some((p) => p.severity === "error")) return t.cannotRunRules;
  const errors = pane.reading.problems.filter((p) => p.severity === "error").length;
  if (errors > 0) return t.cannotRunErrors(errors);
  if (pane.reading.table.count === 0) return t.cannotRunNoUnits;
  return null;
}

function PaneBody(props: { host: Host }) {
  const { host } = props;
  const lang = useMemo(() => host.displayLanguage(), [host]);
  const downloads = useMemo(() => host.downloads?.() ?? true, [host]);
  const t = uiText(lang);
  const s = usePaneStyles();
  const pane = usePane(host);
  const showsWorkbook = useMemo(() => host.showsWorkbook?.() ?? true, [host]);
  const select = showsWorkbook ? (sheet: string, cell: string) => void host.selectCell(sheet, cell).catch(() => undefined) : null;
  const open = showsWorkbook ? (sheet: string) => void host.activateSheet(sheet).catch(() => undefined) : null;
  const copy = pane.run.kind === "done" && host.rankedCopy !== undefined ? host.rankedCopy() : undefined;

  return (
    <main className={s.root} lang={lang === "en" ? "en" : "zh-CN"}>
      <div className={s.row} style={{ justifyContent: "space-between" }}>
        <h1 className={s.heading} style={{ fontSize: "20px", lineHeight: "28px" }}>
          {t.title}
        </h1>
        <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={pane.reload} disabled={pane.load.kind === "loading" || pane.run.kind === "running"}>
          {t.readAgain}
        </Button>
      </div>
      {pane.load.kind === "loading" && pane.reading === null && <Text role="status">{t.loading}</Text>}
      {pane.load.kind === "failed" && <Notice intent="error">{t.readFailed(pane.load.detail)}</Notice>}
      {pane.reading !== null && pane.scheme !== null && (
        <>
          <FoundSummary reading={pane.reading} edited={pane.schemeEdited} t={t} />
          <RunPanel
            run={pane.run}
            blockedBy={blockedBy(pane, t)}
            onRun={pane.startRun}
            printA4={{ sheets: pane.paperless, on: pane.printA4, onChange: pane.setPrintA4 }}
            previous={pane.previous === null ? null : { state: pane.previous, onChoose: pane.choosePrevious, onClear: pane.clearPrevious }}
            lang={lang}
            t={t}
          />
          {pane.run.kind === "done" && <RunResults summary={pane.run.summary} downloads={downloads} onOpenSheet={open} copy={copy} t={t} lang={lang} />}
          <ProblemList problems={pane.reading.problems} onSelect={select} lang={lang} t={t} />
          <Sections>
            <Section value="columns" title={t.columnsHeading}>
              <ColumnMeanings reading={pane.reading} scheme={pane.scheme} overrides={pane.overrides} onOverride={pane.setOverride} onUndo={pane.clearOverrides} t={t} />
            </Section>
            <Section value="rules" title={t.rulesHeading}>
              <RulesEditor
                scheme={pane.scheme}
                problems={pane.schemeProblems}
                edited={pane.schemeEdited}
                groups={pane.reading.table.groups}
                save={pane.save}
                onChange={pane.editScheme}
                onSave={pane.saveScheme}
                lang={lang}
                t={t}
              />
            </Section>
          </Sections>
        </>
      )}
    </main>
  );
}

/** The whole task pane over a host workbook: Fluent's light theme, as Office's own panes look. */
export function Pane(props: { host: Host }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <HostProvider value={props.host}>
        <PaneBody host={props.host} />
      </HostProvider>
    </FluentProvider>
  );
}
