// 上年结果: last year's results, a file chosen beside the workbook and only read. Chosen before a run;
// the run then puts last year's total, rank and the move beside each unit.
import { Button, Text } from "@fluentui/react-components";
import { useRef } from "react";
import type { Lang } from "../../core/messages/ui";
import { previousUiText } from "../../core/messages/previousUi";
import type { PreviousState } from "../usePane";
import { usePaneStyles } from "../styles";
import { Notice } from "./Notice";

export function PreviousChooser(props: { previous: PreviousState; disabled: boolean; onChoose: (bytes: Uint8Array, name: string) => void; onClear: () => void; lang: Lang }) {
  const { previous, disabled, onChoose, onClear } = props;
  const t = previousUiText(props.lang);
  const s = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div data-testid="previous">
      <div className={s.row}>
        <Button size="small" disabled={disabled || previous.kind === "reading"} onClick={() => input.current?.click()} aria-describedby="previous-hint">
          {t.choose}
        </Button>
        {previous.kind === "chosen" && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={onClear}>
            {t.remove}
          </Button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.xlsm"
        aria-label={t.choose}
        data-testid="previous-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // The same file chosen again (after editing it) is read again.
          e.currentTarget.value = "";
          if (file !== undefined) void file.arrayBuffer().then((b) => onChoose(new Uint8Array(b), file.name));
        }}
      />
      {previous.kind === "chosen" && (
        <Text size={200} weight="semibold" block data-testid="previous-chosen">
          {t.chosen(previous.name)}
        </Text>
      )}
      {previous.kind === "reading" && (
        <Text size={200} role="status" block>
          {t.reading(previous.name)}
        </Text>
      )}
      {previous.kind === "failed" && (
        <Notice intent="error" testId="previous-failed">
          {t.failed(previous.message)}
        </Notice>
      )}
      <Text id="previous-hint" size={200} block>
        {t.hint}
      </Text>
    </div>
  );
}
