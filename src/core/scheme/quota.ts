// A tier's quota (名额) as people write it: "30%" (a share of the group's units) or "8", "8个", "8人"
// (a count of units). The --scheme file and the settings sheet read the same forms.
import { textKey } from "../read/values";
import type { TierQuota } from "../types";

const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
const COUNT = /^(\d+)\s*(?:个|人|名|家|个单位)?$/;

/** The quota a text says, or null when it is not one. Full-width digits and ％ are read as their ASCII forms. */
export function quotaFromText(text: string): TierQuota | null {
  const t = textKey(text).trim();
  const percent = PERCENT.exec(t);
  if (percent !== null) return { percent: Number(percent[1]) };
  const count = COUNT.exec(t);
  if (count !== null) return { count: Number(count[1]) };
  return null;
}
