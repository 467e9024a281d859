import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { AddRegular, DismissRegular, SaveRegular } from "@fluentui/react-icons";
import { Notice } from "./Notice";
import type { Problem, Scheme, TierSpec } from "../../core/types";
import type { Lang, UiText } from "../../core/messages/ui";
import { problemMessage } from "../../core/messages/problems";
import { textKey } from "../../core/read/values";
import type { SaveState } from "../usePane";
import { NumberField } from "./NumberField";
import { TierEditor } from "./TierEditor";
import { usePaneStyles } from "../styles";

const copyTiers = (tiers: TierSpec[]): TierSpec[] => tiers.map((x) => ({ ...x }));

/** Sum of the weights as the user would add them by hand (two decimals of a percent). */
function weightSum(scheme: Scheme): string {
  const total = scheme.components.reduce((acc, c) => acc + Math.round(c.weight * 100), 0) / 100;
  return Number.isFinite(total) ? String(total) : "?";
}

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
  const setComponent = (ci: number, patch: Partial<Scheme["components"][number]>) =>
    onChange({ ...scheme, components: scheme.components.map((c, k) => (k === ci ? { ...c, ...patch } : c)) });
  const ownGroups = Object.keys(scheme.groupTiers);
  // Core matches a group to its own tiers by normalised name (tiersForGroup), so the pane does too.
  const hasOwn = (group: string) => ownGroups.some((k) => textKey(k) === textKey(group));

  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{t.weightsHeading}</h3>
      <div className={s.numbers}>
        {scheme.components.map((c, ci) => (
          <NumberField key={c.key} label={c.label} value={c.weight} onValue={(v) => setComponent(ci, { weight: v })} t={t} />
        ))}
      </div>
      <Text size={200} data-testid="weight-sum">
        {t.weightsSum(weightSum(scheme))}
      </Text>

      {scheme.components.map((c, ci) => (
        <div key={c.key} className={s.section}>
          <h3 className={s.subheading}>{t.subItemsHeading(c.label)}</h3>
          {c.subItems.map((sub, si) => (
            <div key={si} className={s.subItem}>
              <Field className={s.field} label={t.subItemLabel} size="small">
                <Input
                  size="small"
                  className={s.input}
                  value={sub.label}
                  onChange={(_, d) => setComponent(ci, { subItems: c.subItems.map((x, k) => (k === si ? { ...x, label: d.value } : x)) })}
                />
              </Field>
              <NumberField
                label={t.subItemMax}
                value={sub.max}
                placeholder={t.subItemMaxHint}
                onValue={(v) => setComponent(ci, { subItems: c.subItems.map((x, k) => (k === si ? { ...x, max: v } : x)) })}
                onEmpty={() => setComponent(ci, { subItems: c.subItems.map((x, k) => (k === si ? { ...x, max: null } : x)) })}
                t={t}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={t.removeSubItem(sub.label)}
                title={t.removeSubItem(sub.label)}
                onClick={() => setComponent(ci, { subItems: c.subItems.filter((_, k) => k !== si) })}
              />
            </div>
          ))}
          <div>
            <Button size="small" icon={<AddRegular />} onClick={() => setComponent(ci, { subItems: [...c.subItems, { label: "", aliases: [], max: null }] })}>
              {t.addSubItem}
            </Button>
          </div>
        </div>
      ))}

      <h3 className={s.subheading}>{t.tiersHeading}</h3>
      <TierEditor tiers={scheme.tiers} onChange={(tiers) => onChange({ ...scheme, tiers })} t={t} />
      {ownGroups.map((key) => (
        <div key={key} className={s.section}>
          <h3 className={s.subheading}>{t.tiersForGroup(key)}</h3>
          <TierEditor tiers={scheme.groupTiers[key] ?? []} onChange={(tiers) => onChange({ ...scheme, groupTiers: { ...scheme.groupTiers, [key]: tiers } })} t={t} />
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

      <Field label={t.rankingHeading} size="small">
        <Select size="small" value={scheme.ranking} onChange={(_, d) => onChange({ ...scheme, ranking: d.value === "dense" ? "dense" : "competition" })}>
          <option value="competition">{t.rankingCompetition}</option>
          <option value="dense">{t.rankingDense}</option>
        </Select>
      </Field>
      <NumberField label={t.decimalsLabel} value={scheme.decimals} onValue={(v) => onChange({ ...scheme, decimals: v })} t={t} />

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
