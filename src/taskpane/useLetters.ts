// The feedback letters, made when the user asks for them: a letter at a time, with a pause after each
// so the pane keeps drawing and answering clicks while hundreds are made (the progress shows how far
// it is). The letters' code and the docx library come in the "notice-docx" chunk, as the notice does.
import { useCallback, useEffect, useRef, useState } from "react";
import type { UnitParts } from "../core/letters/details";
import type { Assessment } from "../core/types";

export type LettersState =
  | { kind: "idle" }
  | { kind: "making"; done: number; total: number }
  | { kind: "ready"; zip: Uint8Array; combined: Uint8Array; title: string; type: string }
  | { kind: "failed"; detail: string };

/** A pause that lets the browser draw and handle input between letters. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function useLetters(assessment: Assessment, parts: UnitParts | null): { state: LettersState; make: () => Promise<LettersState> } {
  const [state, setState] = useState<LettersState>({ kind: "idle" });
  // Bumped when the run changes or the pane goes: letters still being made for the old run stop.
  const generation = useRef(0);
  useEffect(() => {
    setState({ kind: "idle" });
    return () => {
      generation.current += 1;
    };
  }, [assessment, parts]);

  const make = useCallback(async (): Promise<LettersState> => {
    if (parts === null) return { kind: "failed", detail: "no parts" };
    const mine = generation.current;
    const current = {
      get current(): boolean {
        return generation.current === mine;
      },
    };
    try {
      const [{ feedbackLetters }, docx] = await Promise.all([
        import(/* webpackChunkName: "notice-docx" */ "../core/letters/letter"),
        import(/* webpackChunkName: "notice-docx" */ "../docx"),
      ]);
      const letters = feedbackLetters(assessment, parts);
      if (current.current) setState({ kind: "making", done: 0, total: letters.length });
      const documents = await docx.letterDocuments(letters, async (done, total) => {
        if (!current.current) throw new Error("stopped");
        setState({ kind: "making", done, total });
        await breathe();
      });
      const zip = docx.zipLetters(letters, documents);
      await breathe();
      const combined = await docx.combineLetters(letters, documents, breathe);
      const ready: LettersState = { kind: "ready", zip, combined, title: letters[0]?.title ?? "", type: docx.DOCX_MIME };
      if (current.current) setState(ready);
      return ready;
    } catch (e) {
      const failed: LettersState = { kind: "failed", detail: e instanceof Error ? e.message : String(e) };
      if (current.current) setState(failed);
      return failed;
    }
  }, [assessment, parts]);
  return { state, make };
}
