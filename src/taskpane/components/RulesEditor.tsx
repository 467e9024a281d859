import { Button, Field, Select, Text } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { Notice } from "./Notice";
import type { Problem, Scheme, TierSpec } from "../../core/types";
import type { Lang, UiText } from "../../core/messages/ui";
import { problemMessage } from "../../core/messages/problems";
import { textKey } from "../../core/read/values";
import type { SaveState } from "../usePane";
import { FIELD, problemsByField } from "../fieldProblems";
import { MoreRules } from "./MoreRules";
import { NumberField } from "./NumberField";
import { SubItemsEditor } from "./SubItemsEditor";
import { TierEditor } from "./TierEditor";
import { WeightsEditor } from "./WeightsEditor";
import { omit } from "./ruleProps";
import { usePaneStyles } from "../styles";

const copyTiers = (tiers: TierSpec[]): TierSpec[] => tiers.map((x) => ({ ...x }));

/** Fields edited under 更多规则, by the start of their path. */
const MORE_RULES = [/^bonusRules\./, /^tieBreak\./, /^components\.\d+\.raters$/, /^raterChecks\./, /^groupScales\./];

export function RulesEditor(props: {
  scheme: Scheme;
  problems: Problem[];
  edited: boolean;
  /** Groups found in the workbook, as typed. */
  groups: string[];
  save: SaveState;
  onChange: (s: Scheme) => void;
  onSave: () => void;
  lang: Lang;
  t: UiText;
}) {
  const { scheme, problems, edited, groups, save, onChange, onSave, lang, t } = props;
  const s = usePaneStyles();
  const errors = problems.filter((p) => p.severity === "error");
  const byField = useMemo(() => problemsByField(scheme, problems), [scheme, problems]);
  const said = (field: string): string[] => (byField.get(field) ?? []).map((p) => problemMessage(p, lang));
  const inMoreRules = new Set([...byField].filter(([field]) => MORE_RULES.some((r) => r.test(field))).flatMap(([, ps]) => ps)).size;
  const editor = { scheme, onChange, said, t };
  const ownGroups = Object.keys(scheme.groupTiers);
  // Core matches a group to its own tiers by normalised name (tiersForGroup), so the pane does too.
  const hasOwn = (group: string) => ownGroups.some((k) => textKey(k) === textKey(group));
  const hasQuota = [scheme.tiers, ...Object.values(scheme.groupTiers)].some((tiers) => tiers.some((tier) => tier.quota !== undefined));

  return (
    <div className={s.section}>
      <WeightsEditor {...editor} />
      <SubItemsEditor {...editor} />

      <h3 className={s.subheading}>{t.tiersHeading}</h3>
      <TierEditor tiers={scheme.tiers} group={null} onChange={(tiers) => onChange({ ...scheme, tiers })} said={said} t={t} />
      {ownGroups.map((key) => (
        <div key={key} className={s.section}>
          <h3 className={s.subheading}>{t.tiersForGroup(key)}</h3>
          <TierEditor
            tiers={scheme.groupTiers[key] ?? []}
            group={key}
            onChange={(tiers) => onChange({ ...scheme, groupTiers: { ...scheme.groupTiers, [key]: tiers } })}
            said={said}
            t={t}
          />
          <div>
            <Button
              size="small"
              onClick={() => {
                const rest = { ...scheme.groupTiers };
                delete rest[key];
                onChange({ ...scheme, groupTiers: rest });
              }}
            >
              {t.dropOwnTiers(key)}
            </Button>
          </div>
        </div>
      ))}
      {groups
        .filter((g) => !hasOwn(g))
        .map((g) => (
          <div key={g}>
            <Button size="small" onClick={() => onChange({ ...scheme, groupTiers: { ...scheme.groupTiers, [g]: copyTiers(scheme.tiers) } })}>
              {t.ownTiersFor(g)}
            </Button>
          </div>
        ))}
      {(hasQuota || scheme.quotaTies !== undefined) && (
        <Field label={t.quotaTies} size="small" validationState={said(FIELD.quotaTies).length > 0 ? "error" : "none"} validationMessage={said(FIELD.quotaTies).join(" ") || undefined}>
          <Select size="small" value={scheme.quotaTies ?? "out"} onChange={(_, d) => onChange(d.value === "in" ? { ...scheme, quotaTies: "in" } : omit(scheme, "quotaTies"))}>
            <option value="out">{t.quotaTiesOut}</option>
            <option value="in">{t.quotaTiesIn}</option>
          </Select>
        </Field>
      )}

      <Field label={t.rankingHeading} size="small">
        <Select size="small" value={scheme.ranking} onChange={(_, d) => onChange({ ...scheme, ranking: d.value === "dense" ? "dense" : "competition" })}>
          <option value="competition">{t.rankingCompetition}</option>
          <option value="dense">{t.rankingDense}</option>
        </Select>
      </Field>
      <NumberField label={t.decimalsLabel} value={scheme.decimals} onValue={(v) => onChange({ ...scheme, decimals: v })} t={t} />

      <MoreRules {...editor} groups={groups} problems={inMoreRules} lang={lang} />

      {errors.length > 0 && (
        <Notice intent="error" testId="rules-errors">
          {t.rulesInvalid}
          <ul className={s.list}>
            {errors.map((p, k) => (
              <li key={k}>{problemMessage(p, lang)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <div className={s.row}>
        <Button appearance="secondary" icon={<SaveRegular />} disabled={!edited || errors.length > 0 || save.kind === "saving"} onClick={onSave}>
          {save.kind === "saving" ? t.savingRules : t.saveRules}
        </Button>
        {save.kind === "saved" && <Text size={200}>{t.rulesSaved}</Text>}
      </div>
      {save.kind === "failed" && <Notice intent="error">{save.detail ?? save.problems.map((p) => problemMessage(p, lang)).join(" ")}</Notice>}
    </div>
  );
}
