import { Text } from "@fluentui/react-components";
import { fullMarksOf } from "../../core/scheme/scales";
import type { Scheme } from "../../core/types";
import { FIELD } from "../fieldProblems";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";
import { omit, withComponent, type RuleEditorProps } from "./ruleProps";

/** Sum of the weights as the user would add them by hand (two decimals). */
function weightSum(scheme: Scheme): string {
  const total = scheme.components.reduce((acc, c) => acc + Math.round(c.weight * 100), 0) / 100;
  return Number.isFinite(total) ? String(total) : "?";
}

/** The total's full marks, then each component's weight with its full marks beside it. */
export function WeightsEditor(props: RuleEditorProps) {
  const { scheme, onChange, said, t } = props;
  const s = usePaneStyles();
  const fullMarks = fullMarksOf(scheme);
  const sum = weightSum(scheme);
  const of = Number.isFinite(fullMarks) ? String(fullMarks) : "?";
  return (
    <>
      <h3 className={s.subheading}>{t.weightsHeading}</h3>
      <div className={s.numbers}>
        <NumberField
          label={t.totalFullMarks}
          value={scheme.fullMarks ?? null}
          placeholder={t.fullMarksHint}
          problems={said(FIELD.fullMarks)}
          onValue={(v) => onChange({ ...scheme, fullMarks: v })}
          onEmpty={() => onChange(omit(scheme, "fullMarks"))}
          t={t}
        />
      </div>
      {scheme.components.map((c, ci) => (
        <div key={c.key} className={s.pair}>
          <NumberField label={c.label} value={c.weight} onValue={(v) => onChange(withComponent(scheme, ci, { weight: v }))} t={t} />
          <NumberField
            label={t.componentFullMarks(c.label)}
            value={c.fullMarks ?? null}
            placeholder={t.fullMarksHint}
            problems={said(FIELD.componentFullMarks(ci))}
            onValue={(v) => onChange(withComponent(scheme, ci, { fullMarks: v }))}
            onEmpty={() => onChange({ ...scheme, components: scheme.components.map((x, k) => (k === ci ? omit(x, "fullMarks") : x)) })}
            t={t}
          />
        </div>
      ))}
      {/* In the error colour while the two differ: the check's own message is in the list under the rules. */}
      <Text size={200} data-testid="weight-sum" className={sum === of ? undefined : s.fieldError}>
        {t.weightsSum(sum, of)}
      </Text>
    </>
  );
}
