import { Button, Field, Input } from "@fluentui/react-components";
import { AddRegular, DismissRegular } from "@fluentui/react-icons";
import { usePaneStyles } from "../styles";
import { NumberField } from "./NumberField";
import { withComponent, type RuleEditorProps } from "./ruleProps";

/** Each component's sub-items (子项): their labels and maxima, added and removed. */
export function SubItemsEditor(props: RuleEditorProps) {
  const { scheme, onChange, t } = props;
  const s = usePaneStyles();
  return (
    <>
      {scheme.components.map((c, ci) => {
        const setSubItems = (subItems: typeof c.subItems) => onChange(withComponent(scheme, ci, { subItems }));
        return (
          <div key={c.key} className={s.section}>
            <h3 className={s.subheading}>{t.subItemsHeading(c.label)}</h3>
            {c.subItems.map((sub, si) => (
              <div key={si} className={s.subItem}>
                <Field className={s.field} label={t.subItemLabel} size="small">
                  <Input size="small" className={s.input} value={sub.label} onChange={(_, d) => setSubItems(c.subItems.map((x, k) => (k === si ? { ...x, label: d.value } : x)))} />
                </Field>
                <NumberField
                  label={t.subItemMax}
                  value={sub.max}
                  placeholder={t.subItemMaxHint}
                  onValue={(v) => setSubItems(c.subItems.map((x, k) => (k === si ? { ...x, max: v } : x)))}
                  onEmpty={() => setSubItems(c.subItems.map((x, k) => (k === si ? { ...x, max: null } : x)))}
                  t={t}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t.removeSubItem(sub.label)}
                  title={t.removeSubItem(sub.label)}
                  onClick={() => setSubItems(c.subItems.filter((_, k) => k !== si))}
                />
              </div>
            ))}
            <div>
              <Button size="small" icon={<AddRegular />} onClick={() => setSubItems([...c.subItems, { label: "", aliases: [], max: null }])}>
                {t.addSubItem}
              </Button>
            </div>
          </div>
        );
      })}
    </>
  );
}
