import { Field, Select } from "@fluentui/react-components";
import type { RaterRule } from "../../core/types";
import { FIELD } from "../fieldProblems";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";
import { omit, withComponent, type RuleEditorProps } from "./ruleProps";

/** A new rater rule's decimals: two, as offices publish a mean (去掉最高最低分后的平均分保留两位小数). */
const DEFAULT_RATER_DECIMALS = 2;

/** Per component, how several raters' scores become its score: one score, their mean, or the trimmed mean. */
export function RatersEditor(props: RuleEditorProps) {
  const { scheme, onChange, said, t } = props;
  const s = usePaneStyles();
  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{t.ratersHeading}</h3>
      {scheme.components.map((c, ci) => {
        const rule = c.raters;
        const setRule = (next: RaterRule | undefined) =>
          onChange(next === undefined ? { ...scheme, components: scheme.components.map((x, k) => (k === ci ? omit(x, "raters") : x)) } : withComponent(scheme, ci, { raters: next }));
        return (
          <div key={c.key} className={s.pair}>
            <Field className={s.field} label={t.ratersFor(c.label)} size="small">
              <Select
                size="small"
                value={rule?.method ?? "none"}
                onChange={(_, d) => setRule(d.value === "mean" || d.value === "trimmed" ? { method: d.value, decimals: rule?.decimals ?? DEFAULT_RATER_DECIMALS } : undefined)}
              >
                <option value="none">{t.ratersNone}</option>
                <option value="mean">{t.ratersMean}</option>
                <option value="trimmed">{t.ratersTrimmed}</option>
              </Select>
            </Field>
            {rule === undefined ? (
              <span />
            ) : (
              <NumberField
                label={t.raterDecimals(c.label)}
                value={rule.decimals}
                placeholder={t.raterDecimalsHint}
                problems={said(FIELD.raters(ci))}
                onValue={(v) => setRule({ ...rule, decimals: v })}
                onEmpty={() => setRule({ ...rule, decimals: null })}
                t={t}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
