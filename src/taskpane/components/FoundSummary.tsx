import { Text } from "@fluentui/react-components";
import type { WorkbookReading } from "../../core/pipeline";
import type { UiText } from "../../core/messages/ui";
import { usePaneStyles } from "../styles";

/** Units per group, counted from the table the core read. */
export function unitsPerGroup(reading: WorkbookReading): { group: string; units: number }[] {
  const { table } = reading;
  const counts = table.groups.map(() => 0);
  for (const g of table.groupOf) if (counts[g] !== undefined) counts[g] += 1;
  return table.groups.map((group, k) => ({ group, units: counts[k] ?? 0 }));
}

export function FoundSummary(props: { reading: WorkbookReading; edited: boolean; t: UiText }) {
  const { reading, edited, t } = props;
  const s = usePaneStyles();
  const groups = unitsPerGroup(reading);
  const source = edited ? t.schemeEdited : reading.schemeSource === "settings" && reading.settingsSheet !== null ? t.schemeFromSettings(reading.settingsSheet) : t.schemeFromDefault;
  return (
    <section className={s.section} aria-labelledby="found-heading">
      <h2 id="found-heading" className={s.heading}>
        {t.foundHeading}
      </h2>
      {reading.table.count === 0 ? (
        <Text>{t.noUnits}</Text>
      ) : (
        <>
          <ul className={s.list} data-testid="found-sheets">
            {reading.table.tables.map((table, k) => (
              <li key={k}>{t.sheetUnits(table.sheet, table.unitCount, table.file)}</li>
            ))}
          </ul>
          <h3 className={s.subheading}>{t.groupsHeading}</h3>
          <ul className={s.list} data-testid="units-per-group">
            {groups.map((g) => (
              <li key={g.group}>{t.groupUnits(g.group, g.units)}</li>
            ))}
          </ul>
        </>
      )}
      <Text className={s.muted}>{source}</Text>
    </section>
  );
}
