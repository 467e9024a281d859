// The notice as a Word document, made as soon as a run is done so the download button saves it at
// once, inside the user's click. src/docx (and the docx library under it) is loaded only then, as a
// chunk of its own: the pane opens without it.
import { useEffect, useState } from "react";
import type { Assessment } from "../core/types";

export type NoticeDocument = { kind: "preparing" } | { kind: "ready"; bytes: Uint8Array; type: string } | { kind: "failed"; detail: string };

export function useNoticeDocument(assessment: Assessment, digest: string): NoticeDocument {
  const [doc, setDoc] = useState<NoticeDocument>({ kind: "preparing" });
  useEffect(() => {
    let current = true;
    setDoc({ kind: "preparing" });
    import(/* webpackChunkName: "notice-docx" */ "../docx")
      .then(async (docx) => {
        const bytes = await docx.noticeDocx(assessment, { digest });
        if (current) setDoc({ kind: "ready", bytes, type: docx.DOCX_MIME });
      })
      .catch((e: unknown) => {
        if (current) setDoc({ kind: "failed", detail: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      current = false;
    };
  }, [assessment, digest]);
  return doc;
}
