import { Button, Field, Select, Text } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DismissRegular } from "@fluentui/react-icons";
import type { TieBreakStep } from "../../core/types";
import { FIELD } from "../fieldProblems";
import { usePaneStyles } from "../styles";
import { omit, type RuleEditorProps } from "./ruleProps";

const UNROUNDED = "unrounded";
const stepValue = (step: TieBreakStep): string => (step === "unrounded" ? UNROUNDED : `component:${step.component}`);
const stepOf = (value: string): TieBreakStep => (value === UNROUNDED ? "unrounded" : { component: value.slice("component:".length) });

/** How tied rounded totals are ordered, step by step; no step: they share a rank. */
export function TieBreakEditor(props: RuleEditorProps) {
  const { scheme, onChange, said, t } = props;
  const s = usePaneStyles();
  const steps = scheme.tieBreak ?? [];
  const set = (next: TieBreakStep[]) => onChange(next.length === 0 ? omit(scheme, "tieBreak") : { ...scheme, tieBreak: next });
  const choices: { value: string; label: string }[] = [
    ...scheme.components.map((c) => ({ value: stepValue({ component: c.key }), label: t.tieBreakComponent(c.label) })),
    { value: UNROUNDED, label: t.tieBreakUnrounded },
  ];
  const move = (k: number, by: -1 | 1) => {
    const next = [...steps];
    const [step] = next.splice(k, 1);
    if (step !== undefined) next.splice(k + by, 0, step);
    set(next);
  };
  const unused = choices.find((c) => !steps.some((x) => stepValue(x) === c.value));
  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{t.tieBreakHeading}</h3>
      {steps.length === 0 && <Text size={200}>{t.tieBreakNone}</Text>}
      {steps.map((step, k) => {
        const value = stepValue(step);
        // A step naming a component the rules no longer have stays visible, so its problem can be seen and fixed.
        const own = choices.some((c) => c.value === value) ? choices : [...choices, { value, label: t.tieBreakComponent(typeof step === "string" ? step : step.component) }];
        const problems = said(FIELD.tieBreak(k));
        return (
          <div key={k} className={s.stepRow}>
            <Field
              className={s.field}
              label={t.tieBreakStep(k + 1)}
              size="small"
              validationState={problems.length > 0 ? "error" : "none"}
              validationMessage={problems.length > 0 ? problems.join(" ") : undefined}
            >
              <Select size="small" value={value} onChange={(_, d) => set(steps.map((x, j) => (j === k ? stepOf(d.value) : x)))}>
                {own.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUpRegular />}
              disabled={k === 0}
              aria-label={t.moveStepUp(k + 1)}
              title={t.moveStepUp(k + 1)}
              onClick={() => move(k, -1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowDownRegular />}
              disabled={k === steps.length - 1}
              aria-label={t.moveStepDown(k + 1)}
              title={t.moveStepDown(k + 1)}
              onClick={() => move(k, 1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DismissRegular />}
              aria-label={t.removeStep(k + 1)}
              title={t.removeStep(k + 1)}
              onClick={() => set(steps.filter((_, j) => j !== k))}
            />
          </div>
        );
      })}
      {unused !== undefined && (
        <div>
          <Button size="small" icon={<AddRegular />} onClick={() => set([...steps, stepOf(unused.value)])}>
            {t.addTieBreak}
          </Button>
        </div>
      )}
    </div>
  );
}
