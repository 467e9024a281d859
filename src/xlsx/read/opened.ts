// A workbook's bytes opened for a person: its sheets, or the command line's one line on why they
// cannot be read, in the person's language. The offline page and the pane's 上年结果 both say it so.
import { cliText, workbookFileProblem } from "../../core/messages/cli";
import type { Lang } from "../../core/messages/ui";
import type { Grid } from "../../core/types";
import { MAX_CELLS } from "./budget";
import { gridsFromBytes } from "./index";

export type Opened = { ok: true; grids: Grid[] } | { ok: false; message: string };

export function openWorkbook(bytes: Uint8Array, name: string, lang: Lang): Opened {
  const read = gridsFromBytes(bytes);
  return read.ok ? { ok: true, grids: read.grids } : { ok: false, message: workbookFileProblem(read.failure.kind, name, MAX_CELLS, cliText(lang)).message };
}
