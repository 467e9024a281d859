import { Text } from "@fluentui/react-components";
import type { TierSpec } from "../../core/types";
import type { UiText } from "../../core/messages/ui";
import { NumberField } from "./NumberField";
import { usePaneStyles } from "../styles";

/** The thresholds of one tier list, best first; the last tier has no threshold (everything below). */
export function TierEditor(props: { tiers: TierSpec[]; onChange: (tiers: TierSpec[]) => void; t: UiText }) {
  const { tiers, onChange, t } = props;
  const s = usePaneStyles();
  return (
    <div className={s.numbers}>
      {tiers.map((tier, k) =>
        tier.min === null ? (
          <Text key={k} size={200} style={{ gridColumn: "1 / -1" }}>
            {t.tierBelow(tier.label)}
          </Text>
        ) : (
          <NumberField key={k} label={t.tierMin(tier.label)} value={tier.min} onValue={(v) => onChange(tiers.map((x, j) => (j === k ? { ...x, min: v } : x)))} t={t} />
        ),
      )}
    </div>
  );
}
