import { Text } from "@fluentui/react-components";
import type { TierSpec } from "../../core/types";
import type { UiText } from "../../core/messages/ui";
import { FIELD } from "../fieldProblems";
import { NumberField } from "./NumberField";
import { QuotaField } from "./QuotaField";
import { omit } from "./ruleProps";
import { usePaneStyles } from "../styles";

/**
 * One tier list, best first: each tier's threshold and quota; the last tier has neither (it takes
 * every unit below). `group` is the group whose own list this is, or null for the default list.
 */
export function TierEditor(props: { tiers: TierSpec[]; group: string | null; onChange: (tiers: TierSpec[]) => void; said: (field: string) => string[]; t: UiText }) {
  const { tiers, group, onChange, said, t } = props;
  const s = usePaneStyles();
  const setTier = (k: number, next: TierSpec) => onChange(tiers.map((x, j) => (j === k ? next : x)));
  return (
    <div className={s.section}>
      {tiers.map((tier, k) =>
        k === tiers.length - 1 && tier.min === null ? (
          <Text key={k} size={200}>
            {t.tierBelow(tier.label)}
          </Text>
        ) : (
          <div key={k} className={s.tierRow}>
            <NumberField
              label={t.tierMin(tier.label)}
              value={tier.min}
              onValue={(v) => setTier(k, { ...tier, min: v })}
              // A tier with a quota may do without a threshold (the first 8 are 好, whatever their scores).
              onEmpty={tier.quota === undefined ? undefined : () => setTier(k, { ...tier, min: null })}
              placeholder={tier.quota === undefined ? undefined : t.noLimit}
              t={t}
            />
            <QuotaField
              tier={tier.label}
              quota={tier.quota}
              problems={said(FIELD.quota(group, k))}
              onQuota={(q) => setTier(k, q === undefined ? omit(tier, "quota") : { ...tier, quota: q })}
              t={t}
            />
          </div>
        ),
      )}
    </div>
  );
}
