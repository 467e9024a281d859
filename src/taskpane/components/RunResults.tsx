import { Button, Link, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { UiText } from "../../core/messages/ui";
import { copyText } from "../clipboard";
import type { RunSummary } from "../usePane";
import { usePaneStyles } from "../styles";

type CopyState = "idle" | "copied" | "failed";

export function RunResults(props: { summary: RunSummary; onOpenSheet: (name: string) => void; t: UiText }) {
  const { summary, onOpenSheet, t } = props;
  const s = usePaneStyles();
  const [copy, setCopy] = useState<CopyState>("idle");
  return (
    <section className={s.section} aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading" className={s.heading}>
        {t.resultsHeading}
      </h2>
      {summary.groups.map((g) => (
        <div key={g.name} className={s.section}>
          <h3 className={s.subheading}>{t.groupResult(g.name, g.units)}</h3>
          <ul className={s.list}>
            {g.tiers.map((tier) => (
              <li key={tier.label}>{t.tierUnits(tier.label, tier.count)}</li>
            ))}
          </ul>
        </div>
      ))}
      {summary.resultsSheet !== null && (
        <Link as="button" onClick={() => summary.resultsSheet !== null && onOpenSheet(summary.resultsSheet)}>
          {t.openSheet(summary.resultsSheet)}
        </Link>
      )}
      <h3 className={s.subheading}>{t.noticeHeading}</h3>
      <Textarea readOnly resize="vertical" rows={6} value={summary.notice} aria-label={t.noticeHeading} className={s.notice} />
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
