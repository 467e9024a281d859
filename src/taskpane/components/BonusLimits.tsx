import { Checkbox } from "@fluentui/react-components";
import type { BonusRules } from "../../core/types";
import { FIELD } from "../fieldProblems";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";
import { omit, type RuleEditorProps } from "./ruleProps";

type BonusLimit = "maxAdd" | "maxAddPerItem" | "maxDeduct" | "addFrom";

/** Limits on 加分 and 扣分: each blank is no limit; no limit at all leaves the rules without bonusRules. */
export function BonusLimits(props: RuleEditorProps) {
  const { scheme, onChange, said, t } = props;
  const s = usePaneStyles();
  const rules = scheme.bonusRules ?? {};
  const set = (next: BonusRules) => onChange(Object.keys(next).length === 0 ? omit(scheme, "bonusRules") : { ...scheme, bonusRules: next });
  const limit = (rule: BonusLimit, label: string, hint?: string) => (
    <NumberField
      label={label}
      hint={hint}
      value={rules[rule] ?? null}
      placeholder={t.noLimit}
      problems={said(FIELD.bonus(rule))}
      onValue={(v) => set({ ...rules, [rule]: v })}
      onEmpty={() => set(omit(rules, rule))}
      t={t}
    />
  );
  const capProblems = said(FIELD.bonus("capAtFullMarks"));
  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{t.bonusHeading}</h3>
      <div className={s.pair}>
        {limit("maxAdd", t.maxAdd)}
        {limit("maxAddPerItem", t.maxAddPerItem)}
        {limit("maxDeduct", t.maxDeduct)}
        {limit("addFrom", t.addFrom, t.addFromHint)}
      </div>
      <Checkbox
        label={t.capAtFullMarks}
        checked={rules.capAtFullMarks === true}
        onChange={(_, d) => set(d.checked === true ? { ...rules, capAtFullMarks: true } : omit(rules, "capAtFullMarks"))}
      />
      {capProblems.length > 0 && <span className={s.fieldError}>{capProblems.join(" ")}</span>}
    </div>
  );
}
