// The pane's host on the offline page: the workbook is a file's bytes in memory. Reading is src/xlsx's
// reader, writing its writer, exactly as the command line does; nothing here decides anything.
import { rankedCopyName, workbookMime } from "../core/fileNames";
import { cliText, workbookFileProblem } from "../core/messages/cli";
import type { Lang } from "../core/messages/ui";
import type { Grid } from "../core/types";
import type { ApplyOutcome, Host, SavedFile } from "../taskpane/host";
import { MAX_INPUT_BYTES } from "../xlsx/package";
import { MAX_CELLS } from "../xlsx/read";
import { openWorkbook } from "../xlsx/read/opened";
import { writeXlsx } from "../xlsx/write";

/** The page's language: English for a browser set to English, Chinese otherwise. */
export function browserLanguage(): Lang {
  const language = typeof navigator === "undefined" ? "" : navigator.language;
  return /^en\b/i.test(language) ? "en" : "zh";
}

/** A file too large to read into memory gets the command line's message before its bytes are read. */
export function tooLargeToOpen(size: number, name: string, lang: Lang): string | null {
  return size > MAX_INPUT_BYTES ? workbookFileProblem("tooLarge", name, MAX_CELLS, cliText(lang)).message : null;
}

export { openWorkbook, type Opened } from "../xlsx/read/opened";

/** A file read beside the workbook (a team's scores): only read, never written. */
export interface BesideFile {
  name: string;
  grids: Grid[];
}

/**
 * A host over one opened file, with the files read beside it (each on-site team's): their sheets
 * are read with the workbook's, marked with their file, and nothing of them is written. Each write starts from the workbook as the last write left it, as in
 * Excel: saved rules live in its settings sheet, and ranking again replaces exactly the sheets ASSESS
 * wrote before, so ranking, editing the rules and ranking again gives one copy with the latest run.
 */
export function fileHost(name: string, bytes: Uint8Array, grids: Grid[], lang: Lang, beside: BesideFile[] = []): Host {
  const besideGrids = beside.flatMap((f) => f.grids.map((g) => ({ ...g, file: f.name })));
  let current = bytes;
  // Read again from the written bytes only when next asked: a run's copy is ready to save sooner.
  let currentGrids: Grid[] | null = grids;
  let written: Uint8Array | null = null;
  return {
    readGrids(): Promise<Grid[]> {
      if (currentGrids === null) {
        const reread = openWorkbook(current, name, lang);
        if (!reread.ok) return Promise.reject(new Error(reread.message));
        currentGrids = reread.grids;
      }
      return Promise.resolve(besideGrids.length === 0 ? currentGrids : [...currentGrids, ...besideGrids]);
    },
    async applyPlan(plan): Promise<ApplyOutcome> {
      const copy = writeXlsx(current, plan);
      // The reader already opened these bytes, so the writer failing on them is a fault, not the user's.
      if (!copy.ok) throw new Error(workbookFileProblem(copy.failure.kind, name, MAX_CELLS, cliText(lang)).message);
      current = copy.bytes;
      currentGrids = null;
      written = copy.bytes;
      return { ok: true, syncs: 0, printedOnA4: copy.pageSetup.filter((p) => p.set).map(({ sheet, part }) => ({ sheet, part })) };
    },
    selectCell: () => Promise.resolve(),
    activateSheet: () => Promise.resolve(),
    displayLanguage: () => lang,
    showsWorkbook: () => false,
    readBesideFile: (fileBytes, fileName) => Promise.resolve(openWorkbook(fileBytes, fileName, lang)),
    rankedCopy: (): SavedFile | null => (written === null ? null : { bytes: written, name: rankedCopyName(name), type: workbookMime(name) }),
  };
}
