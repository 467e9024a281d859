// The --docx file: the notice as a Word document (src/docx renders the bytes), written like the
// workbook's copy, so a failed write leaves no half-written document.
import type { CliText } from "../core/messages/cli";
import type { Assessment } from "../core/types";
import { noticeDocx } from "../docx";
import { writeFileAtomically } from "./files";
import { cliProblem, type JsonProblem } from "./report";

const DOCX = /\.docx$/i;

export function checkDocxPath(file: string, t: CliText): JsonProblem | null {
  return DOCX.test(file) ? null : cliProblem("USAGE", t.docxNotDocx(file));
}

export async function writeNoticeDocx(a: Assessment, file: string, t: CliText, digest: string): Promise<JsonProblem | null> {
  return writeFileAtomically(await noticeDocx(a, { digest }), file, t);
}
