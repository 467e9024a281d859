// 单位反馈单: each unit's feedback letter as a .zip of Word files, and all of them in one document.
// The first click makes them (with progress) and saves the .zip; the combined document is then one
// click away.
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { lettersUiText } from "../../core/messages/lettersUi";
import type { Lang } from "../../core/messages/ui";
import { titledFileName } from "../../core/fileNames";
import { downloadBytes } from "../download";
import { useLetters } from "../useLetters";
import type { RunSummary } from "../usePane";
import { usePaneStyles } from "../styles";
import { Notice } from "./Notice";

const ZIP_MIME = "application/zip";

export function LetterActions(props: { summary: RunSummary; downloads: boolean; lang: Lang }) {
  const { summary, downloads, lang } = props;
  const t = lettersUiText(lang);
  const s = usePaneStyles();
  const { state, make } = useLetters(summary.assessment, summary.parts);
  if (summary.parts === null) return null;
  const saveZip = (title: string, zip: Uint8Array): void => downloadBytes(zip, titledFileName(t.zipName(title), ".zip", t.fallbackName), ZIP_MIME);
  return (
    <section className={s.section} aria-labelledby="letters-heading" data-testid="letters">
      <h3 id="letters-heading" className={s.subheading}>
        {t.heading}
      </h3>
      <Text size={200}>{t.hint}</Text>
      {downloads ? (
        <div className={s.row}>
          <Button
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={state.kind === "making"}
            onClick={() => {
              if (state.kind === "ready") saveZip(state.title, state.zip);
              else
                void make().then((done) => {
                  if (done.kind === "ready") saveZip(done.title, done.zip);
                });
            }}
          >
            {t.download}
          </Button>
          <Button
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={state.kind !== "ready"}
            onClick={() => {
              if (state.kind === "ready") downloadBytes(state.combined, titledFileName(t.combinedName(state.title), ".docx", t.fallbackName), state.type);
            }}
          >
            {t.downloadCombined}
          </Button>
        </div>
      ) : (
        <Notice intent="info">{t.noDownload}</Notice>
      )}
      {state.kind === "making" && (
        <div role="status" aria-live="polite">
          <ProgressBar value={state.total === 0 ? 0 : state.done / state.total} />
          <Text size={200}>{t.making(state.done, state.total)}</Text>
        </div>
      )}
      {state.kind === "failed" && <Notice intent="error">{t.failed(state.detail)}</Notice>}
    </section>
  );
}
