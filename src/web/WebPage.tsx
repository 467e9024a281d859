// The offline page: a file chooser (and a drop zone) above the task pane, which runs on a file host.
// Each file opened gets a fresh pane, so nothing of the last workbook (its corrections, its run) stays.
// Several files chosen together are one assessment: the main workbook, ranked and saved (the first
// chosen, or the one marked), and the teams' files, only read.
import { Button, FluentProvider, Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens, webLightTheme } from "@fluentui/react-components";
import { DocumentTableRegular, LockClosedRegular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import type { Lang } from "../core/messages/ui";
import { webText } from "../core/messages/web";
import { Notice } from "../taskpane/components/Notice";
import type { Host } from "../taskpane/host";
import { Pane } from "../taskpane/Pane";
import type { Grid } from "../core/types";
import { fileHost, openWorkbook, tooLargeToOpen } from "./fileHost";

const usePageStyles = makeStyles({
  // A centred column a page can read at 1366 × 768: wide enough for the pane's lists, not a full screen of text.
  page: { boxSizing: "border-box", maxWidth: "960px", margin: "0 auto", padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalM}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  offline: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", color: tokens.colorNeutralForeground2 },
  drop: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
});

interface OpenFile {
  name: string;
  bytes: Uint8Array;
  grids: Grid[];
}

type Opened = { kind: "none" } | { kind: "reading"; name: string } | { kind: "failed"; message: string } | { kind: "open"; files: OpenFile[]; main: number; host: Host; id: number };

/** The pane's host for `files` with files[main] the workbook ranked and the others read beside it. */
function openAs(files: OpenFile[], main: number, lang: Lang): Opened {
  const first = files[main] as OpenFile;
  const beside = files.filter((_, k) => k !== main).map((f) => ({ name: f.name, grids: f.grids }));
  return { kind: "open", files, main, host: fileHost(first.name, first.bytes, first.grids, lang, beside), id: Date.now() };
}

export function WebPage(props: { lang: Lang }) {
  const { lang } = props;
  const w = webText(lang);
  const s = usePageStyles();
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<Opened>({ kind: "none" });
  const [dragging, setDragging] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    for (const file of chosen) {
      const tooLarge = tooLargeToOpen(file.size, file.name, lang);
      if (tooLarge !== null) {
        setOpened({ kind: "failed", message: tooLarge });
        return;
      }
    }
    setOpened({ kind: "reading", name: chosen.map((f) => f.name).join("、") });
    void Promise.all(chosen.map((file) => file.arrayBuffer())).then(
      (buffers) => {
        const files: OpenFile[] = [];
        for (const [k, buffer] of buffers.entries()) {
          const name = (chosen[k] as File).name;
          const bytes = new Uint8Array(buffer);
          const read = openWorkbook(bytes, name, lang);
          if (!read.ok) {
            setOpened({ kind: "failed", message: read.message });
            return;
          }
          files.push({ name, bytes, grids: read.grids });
        }
        setOpened(openAs(files, 0, lang));
      },
      (e: unknown) => setOpened({ kind: "failed", message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={s.page}>
        <header className={s.header}>
          <h1 className={s.title}>{w.heading}</h1>
          <Text className={s.offline} data-testid="offline">
            <LockClosedRegular aria-hidden fontSize={20} />
            {w.offline}
          </Text>
          <div
            className={dragging ? mergeClasses(s.drop, s.dragging) : s.drop}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="drop"
          >
            <Button appearance="primary" icon={<DocumentTableRegular />} onClick={() => input.current?.click()}>
              {w.choose}
            </Button>
            <input
              ref={input}
              className={s.hidden}
              type="file"
              accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
              multiple
              aria-label={w.choose}
              data-testid="file"
              onChange={(e) => {
                take(e.target.files);
                // The same file chosen again (after editing it in Excel) is read again.
                e.target.value = "";
              }}
            />
            <Text>{w.drop}</Text>
            {opened.kind === "open" && opened.files.length === 1 && <Text weight="semibold">{w.opened(opened.files[0]?.name ?? "")}</Text>}
            {opened.kind === "reading" && <Text role="status">{w.reading(opened.name)}</Text>}
          </div>
          {opened.kind === "open" && opened.files.length > 1 && (
            <div data-testid="main-file">
              <RadioGroup aria-label={w.mainFile} value={String(opened.main)} onChange={(_, data) => setOpened(openAs(opened.files, Number(data.value), lang))}>
                <Text weight="semibold">{w.mainFile}</Text>
                {opened.files.map((f, k) => (
                  <Radio key={k} value={String(k)} label={k === opened.main ? f.name : w.besideFile(f.name)} />
                ))}
              </RadioGroup>
              <Text size={200}>{w.mainFileHint}</Text>
            </div>
          )}
          {opened.kind === "failed" && (
            <Notice intent="error" testId="file-problem">
              {opened.message}
            </Notice>
          )}
        </header>
        {opened.kind === "open" && <Pane key={opened.id} host={opened.host} />}
      </div>
    </FluentProvider>
  );
}
