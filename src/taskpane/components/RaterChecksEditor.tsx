// 评分分析's thresholds in the rules editor: blank is the default (2 standard deviations, 15 points),
// which the rules then leave unsaid.
import { Text } from "@fluentui/react-components";
import type { Lang } from "../../core/messages/ui";
import { raterChecksUiText } from "../../core/messages/raters";
import { DEFAULT_RATER_CHECKS } from "../../core/scheme/defaults";
import type { RaterChecks } from "../../core/types";
import { FIELD } from "../fieldProblems";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";
import { omit, type RuleEditorProps } from "./ruleProps";

export function RaterChecksEditor(props: RuleEditorProps & { lang: Lang }) {
  const { scheme, onChange, said, t } = props;
  const w = raterChecksUiText(props.lang);
  const s = usePaneStyles();
  const checks = scheme.raterChecks ?? {};
  const set = (next: RaterChecks) => onChange(Object.keys(next).length === 0 ? omit(scheme, "raterChecks") : { ...scheme, raterChecks: next });
  const field = (key: keyof RaterChecks, label: string) => (
    <NumberField
      label={label}
      value={checks[key] ?? null}
      placeholder={String(DEFAULT_RATER_CHECKS[key])}
      problems={said(FIELD.raterCheck(key))}
      onValue={(v) => set(v === DEFAULT_RATER_CHECKS[key] ? omit(checks, key) : { ...checks, [key]: v })}
      onEmpty={() => set(omit(checks, key))}
      t={t}
    />
  );
  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{w.heading}</h3>
      <div className={s.pair}>
        {field("sdMultiple", w.sdMultiple)}
        {field("maxFromMedian", w.maxFromMedian)}
      </div>
      <Text size={200}>{w.hint}</Text>
    </div>
  );
}
