import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular, OpenRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang, UiText } from "../../core/messages/ui";
import { tierColours } from "../../core/report/tierColours";
import { DEFAULT_NOTICE } from "../../core/scheme/defaults";
import { copyText } from "../clipboard";
import { titledFileName } from "../../core/fileNames";
import { downloadBytes } from "../download";
import { useNoticeDocument } from "../useNoticeDocument";
import type { SavedFile } from "../host";
import type { GroupSummary, RunSummary } from "../usePane";
import { usePaneStyles } from "../styles";
import { LetterActions } from "./LetterActions";
import { LinkButton } from "./LinkButton";
import { Notice } from "./Notice";

const useResultStyles = makeStyles({
  // Tier counts as a row of tags in the tier's colour: four tiers fit one line of a 320 px pane.
  tiers: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  tier: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalSNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  // A tier nobody reached: grey, its colour kept in a swatch so the legend still reads.
  empty: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  swatch: { width: "6px", height: "6px", borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  // The notice in full, wrapped at the pane's width: every line shows, none is cut in half by a
  // scrolling box; the pane itself scrolls when the notice is long.
  notice: {
    boxSizing: "border-box",
    width: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: "text",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

function TierCounts(props: { group: GroupSummary; t: UiText }) {
  const { group, t } = props;
  const r = useResultStyles();
  const colours = tierColours(group.tiers.map((x) => x.label));
  return (
    <ul className={r.tiers}>
      {group.tiers.map((tier, k) => {
        const colour = colours[k];
        const filled = tier.count > 0 && colour !== undefined;
        return (
          <li
            key={tier.label}
            className={filled ? r.tier : mergeClasses(r.tier, r.empty)}
            style={filled ? { backgroundColor: colour.fill, color: colour.ink } : undefined}
            data-tier={tier.label}
          >
            {!filled && colour !== undefined && <span aria-hidden className={r.swatch} style={{ backgroundColor: colour.fill }} />}
            {t.tierUnits(tier.label, tier.count)}
          </li>
        );
      })}
    </ul>
  );
}

type CopyState = "idle" | "copied" | "failed";

function NoticeActions(props: { summary: RunSummary; downloads: boolean; t: UiText }) {
  const { summary, downloads, t } = props;
  const s = usePaneStyles();
  const doc = useNoticeDocument(summary.assessment, summary.digest);
  const [copy, setCopy] = useState<CopyState>("idle");
  const title = summary.assessment.scheme.notice?.title ?? DEFAULT_NOTICE.title;
  return (
    <>
      <div className={s.row}>
        <Button
          size="small"
          icon={<CopyRegular />}
          onClick={() => {
            void copyText(summary.notice).then((ok) => setCopy(ok ? "copied" : "failed"));
          }}
        >
          {t.copy}
        </Button>
        {downloads && (
          <Button
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={doc.kind !== "ready"}
            onClick={() => {
              if (doc.kind === "ready") downloadBytes(doc.bytes, titledFileName(title, ".docx", t.docxFallbackName), doc.type);
            }}
          >
            {doc.kind === "preparing" ? t.preparingDocx : t.downloadDocx}
          </Button>
        )}
        <span role="status" aria-live="polite">
          {copy === "copied" && <Text size={200}>{t.copied}</Text>}
          {copy === "failed" && <Text size={200}>{t.copyFailed}</Text>}
        </span>
      </div>
      {downloads && doc.kind === "failed" && <Notice intent="error">{t.docxFailed(doc.detail)}</Notice>}
      {!downloads && <Notice intent="info">{t.docxNoDownload}</Notice>}
    </>
  );
}

export function RunResults(props: { summary: RunSummary; downloads: boolean; onOpenSheet: ((name: string) => void) | null; copy?: SavedFile | null; t: UiText; lang: Lang }) {
  const { summary, downloads, onOpenSheet, copy, t, lang } = props;
  const s = usePaneStyles();
  const r = useResultStyles();
  return (
    <section className={s.section} aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading" className={s.heading}>
        {t.resultsHeading}
      </h2>
      {summary.groups.map((g) => (
        <div key={g.name} className={s.section}>
          <h3 className={s.subheading}>{t.groupResult(g.name, g.units)}</h3>
          <TierCounts group={g} t={t} />
        </div>
      ))}
      {copy !== undefined && copy !== null && (
        <div className={s.row}>
          <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => downloadBytes(copy.bytes, copy.name, copy.type)}>
            {t.downloadWorkbook}
          </Button>
          <Text size={200}>{copy.name}</Text>
        </div>
      )}
      {summary.resultsSheet !== null && onOpenSheet !== null && (
        <div className={s.row}>
          <OpenRegular aria-hidden />
          <LinkButton onClick={() => summary.resultsSheet !== null && onOpenSheet !== null && onOpenSheet(summary.resultsSheet)}>{t.openSheet(summary.resultsSheet)}</LinkButton>
        </div>
      )}
      <h3 id="notice-heading" className={s.subheading}>
        {t.noticeHeading}
      </h3>
      <div role="textbox" aria-readonly="true" aria-multiline="true" aria-labelledby="notice-heading" tabIndex={0} className={r.notice} data-testid="notice">
        {summary.notice}
      </div>
      <NoticeActions summary={summary} downloads={downloads} t={t} />
      <LetterActions summary={summary} downloads={downloads} lang={lang} />
    </section>
  );
}
