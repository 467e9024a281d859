import { Button, Text } from "@fluentui/react-components";
import { fullMarksOf, totalFullMarks } from "../../core/scheme/scales";
import { textKey } from "../../core/read/values";
import type { GroupScale, Scheme } from "../../core/types";
import { FIELD } from "../fieldProblems";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";
import { omit, type RuleEditorProps } from "./ruleProps";

type ComponentScale = NonNullable<GroupScale["components"]>[string];

/** The scale with one component's own full marks or weight set (a number) or dropped (null). */
function withComponentPart(scale: GroupScale, key: string, part: "fullMarks" | "weight", value: number | null): GroupScale {
  const own: ComponentScale = scale.components?.[key] ?? {};
  const next: ComponentScale = value === null ? omit(own, part) : { ...own, [part]: value };
  const components = { ...scale.components };
  if (Object.keys(next).length === 0) delete components[key];
  else components[key] = next;
  return Object.keys(components).length === 0 ? omit(scale, "components") : { ...scale, components };
}

/**
 * A group scored on a scale of its own (a group out of 150 while another is out of 100): its total's
 * full marks and its components' full marks and weights; a blank keeps the common rule. Offered for
 * the groups the workbook has, once it has been read.
 */
export function GroupScalesEditor(props: RuleEditorProps & { groups: string[] }) {
  const { scheme, onChange, said, groups, t } = props;
  const s = usePaneStyles();
  const scales = scheme.groupScales ?? {};
  const own = Object.keys(scales);
  const setScale = (group: string, scale: GroupScale | null) => {
    const next = { ...scales };
    if (scale === null) delete next[group];
    else next[group] = scale;
    onChange(Object.keys(next).length === 0 ? omit(scheme, "groupScales") : { ...scheme, groupScales: next });
  };
  // Core matches a group to its scale by normalised name (groupScaleOf), so the pane does too.
  const hasOwn = (group: string) => own.some((k) => textKey(k) === textKey(group));
  const common = (c: Scheme["components"][number]): string => String(fullMarksOf(c));
  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{t.groupScalesHeading}</h3>
      <Text size={200}>{t.groupScalesHint}</Text>
      {own.map((group) => {
        const scale = scales[group] ?? {};
        return (
          <div key={group} className={s.section}>
            <div className={s.numbers}>
              <NumberField
                label={t.groupFullMarks(group)}
                value={scale.fullMarks ?? null}
                placeholder={String(fullMarksOf(scheme))}
                problems={said(FIELD.groupFullMarks(group))}
                onValue={(v) => setScale(group, { ...scale, fullMarks: v })}
                onEmpty={() => setScale(group, omit(scale, "fullMarks"))}
                t={t}
              />
            </div>
            {scheme.components.map((c) => (
              <div key={c.key} className={s.pair}>
                <NumberField
                  label={t.groupWeight(group, c.label)}
                  value={scale.components?.[c.key]?.weight ?? null}
                  placeholder={String(c.weight)}
                  problems={said(FIELD.groupComponent(group, c.key, "weight"))}
                  onValue={(v) => setScale(group, withComponentPart(scale, c.key, "weight", v))}
                  onEmpty={() => setScale(group, withComponentPart(scale, c.key, "weight", null))}
                  t={t}
                />
                <NumberField
                  label={t.groupComponentFullMarks(group, c.label)}
                  value={scale.components?.[c.key]?.fullMarks ?? null}
                  placeholder={common(c)}
                  problems={said(FIELD.groupComponent(group, c.key, "fullMarks"))}
                  onValue={(v) => setScale(group, withComponentPart(scale, c.key, "fullMarks", v))}
                  onEmpty={() => setScale(group, withComponentPart(scale, c.key, "fullMarks", null))}
                  t={t}
                />
              </div>
            ))}
            <div>
              <Button size="small" onClick={() => setScale(group, null)}>
                {t.dropOwnScale(group)}
              </Button>
            </div>
          </div>
        );
      })}
      {groups
        .filter((g) => !hasOwn(g))
        .map((g) => (
          <div key={g}>
            <Button size="small" onClick={() => setScale(g, { fullMarks: totalFullMarks(scheme, g) })}>
              {t.ownScaleFor(g)}
            </Button>
          </div>
        ))}
    </div>
  );
}
