import { Field, Select } from "@fluentui/react-components";
import type { TierQuota } from "../../core/types";
import type { UiText } from "../../core/messages/ui";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";

type QuotaKind = "none" | "percent" | "count";

const kindOf = (q: TierQuota | undefined): QuotaKind => (q === undefined ? "none" : "percent" in q ? "percent" : "count");
const amountOf = (q: TierQuota | undefined): number => (q === undefined ? NaN : "percent" in q ? q.percent : q.count);

/**
 * A tier's quota (名额): none, a share of the group in percent, or a count of units. Changing the kind
 * keeps the number typed; a new quota starts blank, to be typed, rather than with a number nobody chose.
 */
export function QuotaField(props: { tier: string; quota: TierQuota | undefined; onQuota: (q: TierQuota | undefined) => void; problems: readonly string[]; t: UiText }) {
  const { tier, quota, onQuota, problems, t } = props;
  const s = usePaneStyles();
  const kind = kindOf(quota);
  const make = (k: QuotaKind, amount: number): TierQuota | undefined => (k === "percent" ? { percent: amount } : k === "count" ? { count: amount } : undefined);
  return (
    <>
      <Field className={s.field} label={t.tierQuota(tier)} size="small">
        <Select size="small" value={kind} onChange={(_, d) => onQuota(make(d.value === "percent" || d.value === "count" ? d.value : "none", amountOf(quota)))}>
          <option value="none">{t.quotaNone}</option>
          <option value="percent">{t.quotaPercent}</option>
          <option value="count">{t.quotaCount}</option>
        </Select>
      </Field>
      {kind === "none" ? (
        <span />
      ) : (
        <NumberField
          label={kind === "percent" ? t.tierQuotaPercent(tier) : t.tierQuotaCount(tier)}
          value={amountOf(quota)}
          problems={problems}
          onValue={(v) => onQuota(make(kind, v))}
          t={t}
        />
      )}
    </>
  );
}
