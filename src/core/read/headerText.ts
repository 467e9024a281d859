// What a header cell means. Offices decorate headers: weights in parentheses (日常考核(60%),
// 实地考核（30分）), a 得分/成绩 suffix, a leading item number (1.专项工作), stray spaces. The
// decorations are stripped and the rest is looked up among the scheme's labels and aliases and the
// fixed words of vocabulary.ts.
import type { ColumnRole, Scheme } from "../types";
import { textKey } from "./values";
import { BONUS_HEADERS, GROUP_HEADERS, IGNORED_HEADERS, NAME_HEADERS, GENERIC_SCORE_HEADERS, VETO_HEADERS } from "./vocabulary";

export interface HeaderVocabulary {
  /** Decoration-free key → role, for every header ASSESS recognises anywhere in a table. */
  roles: Map<string, ColumnRole>;
  /** Per component: key → sub-item index, so a sub-item under its component's span resolves there first. */
  subItemsOf: Map<string, number>[];
  /** Number of sub-items the scheme gives each component. */
  subItemCount: number[];
  /** Exact keys of bonus headers, looked up before decorations are stripped. */
  bonus: Map<string, ColumnRole>;
}

const PARENTHESISED = /[([【〔][^()[\]【】〔〕]*[)\]】〕]/g;
const TRAILING_WEIGHT = /(?:满分)?\d+(?:\.\d+)?(?:%|分)$/;
const LEADING_NUMBER = /^(?:\d+[.、]|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\))/;
const SUFFIX = /(?:得分|成绩|分数)$/;

const STATED_MARKS = /[([【〔](?:满分)?(\d+(?:\.\d+)?)分[)\]】〕]/;

/**
 * The full marks a header states for its column, as offices write them under a component's span
 * (专项工作完成情况（40分）), or null. Only points in parentheses count: a weight such as (60%) is
 * the component's share of the total, not the most a unit can score in that column.
 */
export function statedMarks(text: string): number | null {
  const m = STATED_MARKS.exec(textKey(text));
  if (!m) return null;
  const marks = Number(m[1]);
  return marks > 0 ? marks : null;
}

/** The header without its decorations, as a textKey; "" when nothing is left. */
export function headerKey(text: string): string {
  let k = textKey(text);
  let prev = "";
  while (prev !== k) {
    prev = k;
    k = k.replace(PARENTHESISED, "").replace(LEADING_NUMBER, "").replace(TRAILING_WEIGHT, "");
  }
  return k;
}

function withoutSuffix(key: string): string {
  const s = key.replace(SUFFIX, "");
  return s === "" ? key : s;
}

function put(map: Map<string, ColumnRole>, text: string, role: ColumnRole): void {
  for (const k of [textKey(text), headerKey(text)]) {
    if (k !== "" && !map.has(k)) map.set(k, role);
  }
}

export function headerVocabulary(scheme: Scheme): HeaderVocabulary {
  const roles = new Map<string, ColumnRole>();
  for (const t of NAME_HEADERS) put(roles, t, { kind: "name" });
  for (const t of GROUP_HEADERS) put(roles, t, { kind: "group" });
  const bonus = new Map<string, ColumnRole>();
  for (const [t, mode] of BONUS_HEADERS) {
    bonus.set(textKey(t), { kind: "bonus", mode });
    put(roles, t, { kind: "bonus", mode });
  }
  for (const t of VETO_HEADERS) put(roles, t, { kind: "veto" });
  scheme.components.forEach((c, component) => {
    for (const t of [c.label, ...c.aliases]) put(roles, t, { kind: "component", component });
  });
  const subItemsOf = scheme.components.map((c, component) => {
    const own = new Map<string, number>();
    c.subItems.forEach((s, subItem) => {
      for (const t of [s.label, ...s.aliases]) {
        for (const k of [textKey(t), headerKey(t)]) if (k !== "" && !own.has(k)) own.set(k, subItem);
        put(roles, t, { kind: "subItem", component, subItem });
      }
    });
    return own;
  });
  for (const t of IGNORED_HEADERS) put(roles, t, { kind: "ignored" });
  return { roles, subItemsOf, subItemCount: scheme.components.map((c) => c.subItems.length), bonus };
}

const NAME_RANK = new Map<string, number>();
NAME_HEADERS.forEach((t, i) => {
  for (const k of [textKey(t), headerKey(t)]) if (k !== "" && !NAME_RANK.has(k)) NAME_RANK.set(k, i);
});

/**
 * How specific a unit column's header is: lower is more specific (单位名称 before 地区), and a header
 * that is not a name word (a column the user marked as the names) comes last.
 */
export function nameHeaderRank(text: string): number {
  return NAME_RANK.get(textKey(text)) ?? NAME_RANK.get(headerKey(text)) ?? NAME_HEADERS.length;
}

/** The role of a header cell's text, or null when ASSESS does not know the header. */
export function headerRole(text: string, vocab: HeaderVocabulary): ColumnRole | null {
  const exact = textKey(text);
  if (exact === "") return null;
  const bonus = vocab.bonus.get(exact);
  if (bonus) return bonus;
  const direct = vocab.roles.get(exact);
  if (direct) return direct;
  const key = headerKey(text);
  if (key === "") return null;
  return vocab.roles.get(key) ?? vocab.roles.get(withoutSuffix(key)) ?? null;
}

/**
 * The sub-item of component `component` a sub-header cell under its span names, or null when the text
 * names none of the scheme's sub-items.
 */
export function subItemRoleUnder(text: string, component: number, vocab: HeaderVocabulary): ColumnRole | null {
  const own = vocab.subItemsOf[component];
  const key = headerKey(text);
  for (const k of [textKey(text), key, withoutSuffix(key)]) {
    const subItem = own?.get(k);
    if (subItem !== undefined) return { kind: "subItem", component, subItem };
  }
  return null;
}

const GENERIC_KEYS = new Set(GENERIC_SCORE_HEADERS);

/** A sub-header that names no part of a component: 得分, 成绩, 小计, or only its marks, （30分）. */
export function isGenericScoreHeader(text: string): boolean {
  const key = headerKey(text);
  return key === "" || GENERIC_KEYS.has(key) || GENERIC_KEYS.has(textKey(text));
}

/** The text of a header cell: numbers and booleans are not header words. */
export function headerCellText(v: unknown): string {
  return typeof v === "string" ? v.trim() : "";
}
