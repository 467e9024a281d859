import { Button, Field, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookReading } from "../../core/pipeline";
import type { ColumnOverride, Scheme } from "../../core/types";
import type { UiText } from "../../core/messages/ui";
import { roleChoices, roleValue } from "../roles";
import { usePaneStyles } from "../styles";

export function ColumnMeanings(props: {
  reading: WorkbookReading;
  scheme: Scheme;
  overrides: ColumnOverride[];
  onOverride: (o: ColumnOverride) => void;
  onUndo: () => void;
  t: UiText;
}) {
  const { reading, scheme, overrides, onOverride, onUndo, t } = props;
  const s = usePaneStyles();
  const choices = useMemo(() => roleChoices(scheme, t), [scheme, t]);
  return (
    <div className={s.section}>
      <span className={s.muted}>{t.columnsHint}</span>
      {reading.table.tables.flatMap((table) =>
        table.columns.map((col) => {
          const current = roleValue(col.role);
          return (
            <Field key={`${col.sheet}!${col.column}`} label={t.columnLabel(col.sheet, col.column, col.header)} size="small">
              <Select
                size="small"
                value={current}
                onChange={(_, data) => {
                  const choice = choices.find((c) => c.value === data.value);
                  if (choice) onOverride({ sheet: col.sheet, column: col.column, role: choice.role });
                }}
              >
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        }),
      )}
      {overrides.length > 0 && (
        <Button size="small" onClick={onUndo}>
          {t.undoCorrections}
        </Button>
      )}
    </div>
  );
}
