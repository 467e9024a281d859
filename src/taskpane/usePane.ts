// The pane's state: the grids last read, the user's column corrections and rule edits, and the
// one-click run. Core does all the deciding; this only sequences it and keeps what the user typed.
import type { UnitParts } from "../core/letters/details";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { RankOptions, RankResult, WorkbookReading } from "../core/readWorkbook";
import { readWorkbook } from "../core/readWorkbook";
import { validateScheme } from "../core/scheme/validate";
import type { Assessment, ColumnOverride, Grid, Problem, Scheme } from "../core/types";
import { scoreSheetsWithoutPaper } from "../core/read/paper";
import type { Host, PrintedOnA4 } from "./host";

export interface TierCount {
  label: string;
  count: number;
}

export interface GroupSummary {
  name: string;
  units: number;
  tiers: TierCount[];
}

export interface RunSummary {
  groups: GroupSummary[];
  notice: string;
  resultsSheet: string | null;
  /** The sheets the run wrote, in the plan's order. */
  written: string[];
  /** What the notice document is rendered from. */
  assessment: Assessment;
  /** The units' sub-items, raters and bonus items, for the feedback letters. */
  parts: UnitParts | null;
  /** The 校验码 of the scores and rules ranked, on the notice document. */
  digest: string;
  /** Warnings of assessing, which the reading could not know: units tied at a quota's edge. */
  warnings: Problem[];
  /** The user's score sheets the run gave A4 portrait, one page wide (the A4 box was ticked). */
  printedOnA4: PrintedOnA4[];
}

/** Steps of a run, in order: 读取 → 检查 → 排名 → 写入 (indexes into UiText.steps). */
export const RUN_STEPS = 4;

export type RunState =
  { kind: "idle" } | { kind: "running"; step: number } | { kind: "stopped" } | { kind: "failed"; problems: Problem[]; detail: string | null } | { kind: "done"; summary: RunSummary };

export type LoadState = { kind: "loading" } | { kind: "ready" } | { kind: "failed"; detail: string };

/** Last year's results chosen beside the workbook (上年结果), as far as they are read. */
export type PreviousState = { kind: "none" } | { kind: "reading"; name: string } | { kind: "failed"; message: string } | { kind: "chosen"; name: string; grids: Grid[] };

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; problems: Problem[]; detail: string | null };

export interface Pane {
  load: LoadState;
  reading: WorkbookReading | null;
  scheme: Scheme | null;
  schemeEdited: boolean;
  schemeProblems: Problem[];
  overrides: ColumnOverride[];
  run: RunState;
  save: SaveState;
  /** The score sheets whose page setup chooses no paper: the A4 box is offered for them (none: no box). */
  paperless: string[];
  /** Whether the A4 box is ticked (off at first: it changes a sheet of the user's). */
  printA4: boolean;
  setPrintA4(on: boolean): void;
  /** Last year's results; offered where the host can read a file beside the workbook. */
  previous: PreviousState | null;
  choosePrevious(bytes: Uint8Array, name: string): void;
  clearPrevious(): void;
  reload(): void;
  setOverride(override: ColumnOverride): void;
  clearOverrides(): void;
  editScheme(scheme: Scheme): void;
  saveScheme(): void;
  startRun(): void;
}

const hasErrors = (ps: Problem[]): boolean => ps.some((p) => p.severity === "error");

/** Lets React paint the current step before the next one blocks the thread. */
const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Ranking and the plan it writes (src/core/pipeline and the report under it) are a chunk of their own,
 * fetched when the user first runs or saves: the pane opens, reads and checks without them.
 */
const ranking = () => import(/* webpackChunkName: "run" */ "../core/pipeline");

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Warnings only a run finds: how last year's results matched, and what 评分分析 flags. */
const RUN_CODES: ReadonlySet<Problem["code"]> = new Set(["PREVIOUS_UNMATCHED", "PREVIOUS_REMOVED", "RENAME_UNUSED", "RATER_OFF_PANEL", "SCORE_FAR_FROM_PANEL"]);

export function summarise(result: RankResult): RunSummary {
  const assessment = result.assessment;
  if (assessment === null) throw new Error("summarise: a run without an assessment has nothing to show");
  const groups = assessment.groups.map((g): GroupSummary => {
    const counts = g.tiers.map(() => 0);
    for (const unit of g.order) {
      const tier = assessment.tierOf[unit] ?? -1;
      if (counts[tier] !== undefined) counts[tier] += 1;
    }
    return { name: g.name, units: g.order.length, tiers: g.tiers.map((tier, k) => ({ label: tier.label, count: counts[k] ?? 0 })) };
  });
  const plan = result.plan;
  const resultsSheet = plan?.activate ?? plan?.sheets.find((s) => s.kind === "results")?.name ?? null;
  return {
    groups,
    notice: result.notice,
    resultsSheet,
    written: plan?.sheets.map((sh) => sh.name) ?? [],
    assessment,
    parts: result.parts,
    digest: result.digest,
    // And how last year's results matched this year's units, and the raters 评分分析 flags.
    warnings: [...assessment.problems, ...result.problems.filter((p) => RUN_CODES.has(p.code))],
    printedOnA4: [],
  };
}

export function usePane(host: Host): Pane {
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [grids, setGrids] = useState<Grid[] | null>(null);
  const [overrides, setOverrides] = useState<ColumnOverride[]>([]);
  const [draft, setDraft] = useState<Scheme | null>(null);
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [printA4, setPrintA4] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [previous, setPrevious] = useState<PreviousState>({ kind: "none" });

  const reload = useCallback(() => {
    setLoad({ kind: "loading" });
    host.readGrids().then(
      (g) => {
        setGrids(g);
        setLoad({ kind: "ready" });
      },
      (e: unknown) => setLoad({ kind: "failed", detail: describe(e) }),
    );
  }, [host]);

  // Read when the pane is shown, and again each time it is shown: in the shared runtime the page may
  // have started hidden (a formula calculated) and lives on between showings, while the user edits.
  useEffect(() => {
    if (host.paneHidden?.() !== true) reload();
    return host.onPaneShown?.(reload);
  }, [reload, host]);

  const base = useMemo(() => (grids === null ? null : readWorkbook(grids, { overrides })), [grids, overrides]);
  const schemeProblems = useMemo(() => (draft === null ? [] : validateScheme(draft)), [draft]);
  const draftUsable = draft !== null && !hasErrors(schemeProblems);
  const options = useMemo((): RankOptions => (draftUsable && draft !== null ? { overrides, scheme: draft } : { overrides }), [draftUsable, draft, overrides]);
  const reading = useMemo(() => {
    if (grids === null) return null;
    const read = options.scheme === undefined ? base : readWorkbook(grids, options);
    const hostProblems = host.problemsOf?.(grids) ?? [];
    return read === null || hostProblems.length === 0 ? read : { ...read, problems: [...hostProblems, ...read.problems] };
  }, [grids, options, base, host]);

  const setOverride = useCallback((o: ColumnOverride) => {
    setOverrides((prev) => [...prev.filter((p) => p.sheet !== o.sheet || p.column !== o.column), o]);
    setRun({ kind: "idle" });
  }, []);

  const clearOverrides = useCallback(() => setOverrides([]), []);

  const choosePrevious = useCallback(
    (bytes: Uint8Array, name: string) => {
      const read = host.readBesideFile;
      if (read === undefined) return;
      setPrevious({ kind: "reading", name });
      setRun({ kind: "idle" });
      read(bytes, name).then(
        (r) => setPrevious(r.ok ? { kind: "chosen", name, grids: r.grids } : { kind: "failed", message: r.message }),
        (e: unknown) => setPrevious({ kind: "failed", message: describe(e) }),
      );
    },
    [host],
  );
  const clearPrevious = useCallback(() => {
    setPrevious({ kind: "none" });
    setRun({ kind: "idle" });
  }, []);

  const editScheme = useCallback((s: Scheme) => {
    setDraft(s);
    setSave({ kind: "idle" });
    setRun({ kind: "idle" });
  }, []);

  const saveScheme = useCallback(() => {
    if (reading === null || grids === null || draft === null || !draftUsable) return;
    setSave({ kind: "saving" });
    void (async () => {
      try {
        // The sheets as they are now, not as the last reading saw them: the user may have added a
        // sheet named like the settings sheet since, which the plan must then name around.
        const [now, { settingsOnlyPlan }] = await Promise.all([host.readGrids(), ranking()]);
        const plan = settingsOnlyPlan(
          readWorkbook(now, { overrides }),
          draft,
          // The workbook's own sheets: those of files read beside it (the page's team files) are not written.
          now.filter((g) => g.file === undefined).map((g) => g.sheet),
        );
        // The write takes its list of sheets from this reading of a moment ago (one sync fewer).
        const outcome = await host.applyPlan(plan, now);
        if (!outcome.ok) {
          setSave({ kind: "failed", problems: outcome.problems, detail: null });
          return;
        }
        // Read back what was written, so the pane shows the rules the next person will get.
        const fresh = await host.readGrids();
        setGrids(fresh);
        setDraft(null);
        setSave({ kind: "saved" });
      } catch (e) {
        setSave({ kind: "failed", problems: [], detail: describe(e) });
      }
    })();
  }, [host, reading, grids, draft, draftUsable, overrides]);

  const startRun = useCallback(() => {
    void (async () => {
      try {
        setRun({ kind: "running", step: 0 });
        await nextPaint();
        const [fresh, { rankWorkbook }] = await Promise.all([host.readGrids(), ranking()]);
        setGrids(fresh);
        setRun({ kind: "running", step: 1 });
        await nextPaint();
        if (!readWorkbook(fresh, options).ok) {
          setRun({ kind: "stopped" });
          return;
        }
        setRun({ kind: "running", step: 2 });
        await nextPaint();
        const last = previous.kind === "chosen" ? { previous: { grids: previous.grids, file: previous.name } } : {};
        const result = rankWorkbook(fresh, { ...options, ...last, printA4 });
        if (result.plan === null || result.assessment === null) {
          // The reading was clean: what stopped the run is last year's file, said as it is.
          setRun({ kind: "failed", problems: result.problems.filter((p) => p.severity === "error"), detail: null });
          return;
        }
        setRun({ kind: "running", step: 3 });
        await nextPaint();
        const outcome = await host.applyPlan(result.plan, fresh);
        if (!outcome.ok) {
          setRun({ kind: "failed", problems: outcome.problems, detail: null });
          return;
        }
        setRun({ kind: "done", summary: { ...summarise(result), printedOnA4: outcome.printedOnA4 ?? [] } });
      } catch (e) {
        setRun({ kind: "failed", problems: [], detail: describe(e) });
      }
    })();
  }, [host, options, printA4, previous]);

  const paperless = useMemo(() => (reading === null || grids === null ? [] : scoreSheetsWithoutPaper(reading.table, grids)), [reading, grids]);

  return {
    load,
    reading,
    scheme: draft ?? reading?.scheme ?? null,
    schemeEdited: draft !== null,
    schemeProblems,
    overrides,
    run,
    save,
    paperless,
    printA4,
    setPrintA4,
    previous: host.readBesideFile === undefined ? null : previous,
    choosePrevious,
    clearPrevious,
    reload,
    setOverride,
    clearOverrides,
    editScheme,
    saveScheme,
    startRun,
  };
}
