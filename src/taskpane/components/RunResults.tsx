import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { LinkButton } from "./LinkButton";
import { useState } from "react";
import type { UiText } from "../../core/messages/ui";
import { copyText } from "../clipboard";
import type { RunSummary } from "../usePane";
import { usePaneStyles } from "../styles";

const useNoticeStyles = makeStyles({
  // Tier counts as a row of tags: four tiers fit one line of a 320 px pane.
  tiers: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  tier: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalSNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  empty: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  // Fluent's Textarea look on a plain read-only textarea: the notice needs no more than that.
  area: {
    boxSizing: "border-box",
    width: "100%",
    resize: "vertical",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

type CopyState = "idle" | "copied" | "failed";

export function RunResults(props: { summary: RunSummary; onOpenSheet: (name: string) => void; t: UiText }) {
  const { summary, onOpenSheet, t } = props;
  const s = usePaneStyles();
  const n = useNoticeStyles();
  const [copy, setCopy] = useState<CopyState>("idle");
  return (
    <section className={s.section} aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading" className={s.heading}>
        {t.resultsHeading}
      </h2>
      {summary.groups.map((g) => (
        <div key={g.name} className={s.section}>
          <h3 className={s.subheading}>{t.groupResult(g.name, g.units)}</h3>
          <ul className={n.tiers}>
            {g.tiers.map((tier) => (
              <li key={tier.label} className={tier.count > 0 ? n.tier : mergeClasses(n.tier, n.empty)}>
                {t.tierUnits(tier.label, tier.count)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {summary.resultsSheet !== null && (
        <LinkButton onClick={() => summary.resultsSheet !== null && onOpenSheet(summary.resultsSheet)}>
          {t.openSheet(summary.resultsSheet)}
        </LinkButton>
      )}
      <h3 className={s.subheading}>{t.noticeHeading}</h3>
      <textarea readOnly rows={7} value={summary.notice} aria-label={t.noticeHeading} className={n.area} />
      <div className={s.row}>
        <Button
          size="small"
          onClick={() => {
            void copyText(summary.notice).then((ok) => setCopy(ok ? "copied" : "failed"));
          }}
        >
          {t.copy}
        </Button>
        <span role="status" aria-live="polite">
          {copy === "copied" && <Text size={200}>{t.copied}</Text>}
          {copy === "failed" && <Text size={200}>{t.copyFailed}</Text>}
        </span>
      </div>
    </section>
  );
}
