// The pane's parts that a first look does not need, each fetched as a chunk when first shown: the
// column meanings and the rules editor (with the form controls only they use) when their section is
// opened, the run's results and its progress bar with the run itself. The offline page is built without async chunks, so
// there the same imports are simply part of its one file.
import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import type { UiText } from "../core/messages/ui";
import { Notice } from "./components/Notice";

const ColumnMeaningsPart = lazy(() => import(/* webpackChunkName: "rules" */ "./components/ColumnMeanings").then((m) => ({ default: m.ColumnMeanings })));
const RulesEditorPart = lazy(() => import(/* webpackChunkName: "rules" */ "./components/RulesEditor").then((m) => ({ default: m.RulesEditor })));
const RunResultsPart = lazy(() => import(/* webpackChunkName: "run" */ "./components/RunResults").then((m) => ({ default: m.RunResults })));
const RunProgressPart = lazy(() => import(/* webpackChunkName: "run" */ "./components/RunProgress").then((m) => ({ default: m.RunProgress })));

/** A chunk that fails to arrive (the add-in's server went away) is said in the pane, not a blank. */
class PartBoundary extends Component<{ t: UiText; children: ReactNode }, { failed: string | null }> {
  override state = { failed: null as string | null };
  static getDerivedStateFromError(e: unknown): { failed: string } {
    return { failed: e instanceof Error ? e.message : String(e) };
  }
  override render(): ReactNode {
    if (this.state.failed !== null) return <Notice intent="error">{this.props.t.partFailed(this.state.failed)}</Notice>;
    return this.props.children;
  }
}

/** `quiet`: nothing while it loads, for a part beside words that already say what is happening. */
function Part(props: { t: UiText; quiet?: boolean; children: ReactNode }) {
  return (
    <PartBoundary t={props.t}>
      <Suspense fallback={props.quiet === true ? null : <Text role="status">{props.t.partLoading}</Text>}>{props.children}</Suspense>
    </PartBoundary>
  );
}

export function ColumnMeanings(props: ComponentProps<typeof ColumnMeaningsPart>) {
  return (
    <Part t={props.t}>
      <ColumnMeaningsPart {...props} />
    </Part>
  );
}

export function RulesEditor(props: ComponentProps<typeof RulesEditorPart>) {
  return (
    <Part t={props.t}>
      <RulesEditorPart {...props} />
    </Part>
  );
}

export function RunResults(props: ComponentProps<typeof RunResultsPart>) {
  return (
    <Part t={props.t}>
      <RunResultsPart {...props} />
    </Part>
  );
}

export function RunProgress(props: ComponentProps<typeof RunProgressPart> & { t: UiText }) {
  return (
    <Part t={props.t} quiet>
      <RunProgressPart value={props.value} />
    </Part>
  );
}
