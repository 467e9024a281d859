import { Field, Input } from "@fluentui/react-components";
import { usePaneStyles } from "../styles";
import { useEffect, useState } from "react";
import type { UiText } from "../../core/messages/ui";

/** Reads what was typed as a number: full-width digits and a trailing % are accepted; "" is null. */
export function parseTyped(text: string): number | null {
  const half = text.normalize("NFKC").replace(/[%\s]/g, "");
  if (half === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(half) ? Number(half) : NaN;
}

/**
 * A number input that keeps the user's own text while they type ("6" on the way to "60", "8." on the
 * way to "8.5") and hands the parsed value up at every keystroke, so validation follows the typing.
 */
export function NumberField(props: {
  label: string;
  value: number | null;
  onValue: (v: number) => void;
  /** When given, an empty box is allowed and means null. */
  onEmpty?: () => void;
  placeholder?: string;
  t: UiText;
}) {
  const { label, value, onValue, onEmpty, placeholder, t } = props;
  const s = usePaneStyles();
  const [text, setText] = useState(value === null ? "" : String(value));
  useEffect(() => {
    const typed = parseTyped(text);
    if (typed !== value && !(Number.isNaN(typed) && Number.isNaN(value))) setText(value === null ? "" : String(value));
    // Only an outside change of the value resets the text; the user's typing must not.
  }, [value]);
  const typed = parseTyped(text);
  const bad = Number.isNaN(typed) || (typed === null && onEmpty === undefined);
  return (
    <Field className={s.field} label={label} size="small" validationState={bad ? "error" : "none"} validationMessage={bad ? t.notANumber : undefined}>
      <Input
        size="small"
        className={s.input}
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        onChange={(_, data) => {
          setText(data.value);
          const v = parseTyped(data.value);
          if (v === null) {
            if (onEmpty) onEmpty();
            else onValue(NaN);
          } else onValue(v);
        }}
      />
    </Field>
  );
}
