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

/** The box's text for a value: blank for none, and for a number still to be typed (NaN). */
const shown = (value: number | null): string => (value === null || Number.isNaN(value) ? "" : String(value));

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
  /** A line under the box saying what the number means, where its label is too short to. */
  hint?: string;
  /** What the rules' checks say about this box (validateScheme's problems about its field), shown under it. */
  problems?: readonly string[];
  t: UiText;
}) {
  const { label, value, onValue, onEmpty, placeholder, hint, problems = [], t } = props;
  const s = usePaneStyles();
  const [text, setText] = useState(shown(value));
  useEffect(() => {
    const typed = parseTyped(text);
    if (typed !== value && !(Number.isNaN(typed) && Number.isNaN(value))) setText(shown(value));
    // Only an outside change of the value resets the text; the user's typing must not.
  }, [value]);
  const typed = parseTyped(text);
  const bad = Number.isNaN(typed) || (typed === null && onEmpty === undefined);
  const said = bad ? [t.notANumber, ...problems] : problems;
  return (
    <Field
      className={s.field}
      label={label}
      size="small"
      hint={hint}
      validationState={said.length > 0 ? "error" : "none"}
      validationMessage={said.length > 0 ? said.join(" ") : undefined}
    >
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
