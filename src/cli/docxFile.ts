// The --docx file: the notice as a Word document (src/docx renders the bytes), written beside its final
// place first and then renamed, like the workbook, so a failed write leaves no half-written document.
import { promises as fs } from "fs";
import path from "path";
import type { CliText } from "../core/messages/cli";
import type { Assessment } from "../core/types";
import { noticeDocx } from "../docx";
import { cliProblem, type JsonProblem } from "./report";

const DOCX = /\.docx$/i;

export function checkDocxPath(file: string, t: CliText): JsonProblem | null {
  return DOCX.test(file) ? null : cliProblem("USAGE", t.docxNotDocx(file));
}

export async function writeNoticeDocx(a: Assessment, file: string, t: CliText): Promise<JsonProblem | null> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, await noticeDocx(a));
    await fs.rename(temporary, file);
    return null;
  } catch (e) {
    await fs.rm(temporary, { force: true });
    return cliProblem("WRITE_FAILED", t.writeFailed(file, e instanceof Error ? e.message : String(e)));
  }
}
