// The scheme a user gives the command line as `--scheme file.json`.
//
// Accepted shape (every field optional; what is left out keeps the 2020 default of defaultScheme()):
//
//   {
//     "weights":    { "日常考核": 50, "实地考核": 40, "满意度调查": 10 },
//                   // percent per component, named by label, key (daily/onsite/satisfaction) or alias;
//                   // components not named keep their weight; the weights must end up summing to 100
//     "tiers":      [ { "label": "优秀", "min": 85 }, { "label": "良好", "min": 75 },
//                     { "label": "合格", "min": 60 }, { "label": "不合格" } ],
//                   // best first, minimum inclusive; the last tier has no "min" (or "min": null)
//     "groupTiers": { "市直部门": [ …tiers as above… ] },
//                   // a group's own tiers; groups not named use "tiers"
//     "ranking":    "competition" | "dense",   // 1,2,2,4 (default) or 1,2,2,3
//     "decimals":   2,                         // totals rounded half-up to 0–6 decimals
//     "components": [ { "key": "daily", "label": "日常考核", "aliases": ["日常"], "weight": 60,
//                       "subItems": [ { "label": "专项工作完成情况", "aliases": [], "max": null } ] }, … ]
//                   // replaces the component list as a whole (the full Scheme shape, as ASSESS writes it);
//                   // "weights" then applies on top of it
//     "notice":     { "title": "关于2021年度全市依法行政考核情况的通报", "addressees": "…：",
//                     "issuer": "…办公室", "date": "2022年3月1日" }
//                   // the notice document's words; fields left out keep the 2020 notice's
//   }
//
// A field of the wrong type or an unknown field is a SCHEME_INVALID problem and that field keeps its
// default; nothing here throws on the user's file.
import { textKey } from "../read/values";
import type { ComponentSpec, NoticeSettings, Problem, RankingStyle, Scheme, SubItemSpec, TierSpec } from "../types";
import { DEFAULT_NOTICE, defaultScheme } from "./defaults";
import { schemeProblem, validateScheme } from "./validate";
import { JSON_DETAIL } from "../messages/scheme";

type Json = unknown;
type JsonObject = Record<string, Json>;

const TYPE = {
  object: ["对象（{ … }）", "an object ({ … })"],
  array: ["数组（[ … ]）", "an array ([ … ])"],
  number: ["数字", "a number"],
  numberOrNull: ["数字或 null", "a number or null"],
  text: ["文本", "text"],
  texts: ["文本数组", "an array of text"],
  ranking: ["“competition”或“dense”", `"competition" or "dense"`],
} as const;

const TOP_FIELDS = ["weights", "tiers", "groupTiers", "ranking", "decimals", "components", "notice"];
const NOTICE_FIELDS = ["title", "addressees", "issuer", "date"] as const;
const COMPONENT_FIELDS = ["key", "label", "aliases", "weight", "subItems"];
const SUBITEM_FIELDS = ["label", "aliases", "max"];
const TIER_FIELDS = ["label", "min"];

function isObject(v: Json): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

class Reader {
  readonly problems: Problem[] = [];

  fail(detail: [string, string]): void {
    this.problems.push(schemeProblem(detail[0], detail[1]));
  }

  wrong(path: string, type: readonly [string, string]): void {
    this.fail(JSON_DETAIL.wrongType(path, type[0], type[1]));
  }

  unknownFields(o: JsonObject, known: readonly string[], path: string): void {
    for (const k of Object.keys(o)) if (!known.includes(k)) this.fail(JSON_DETAIL.unknownField(path ? `${path}.${k}` : k));
  }

  texts(v: Json, path: string): string[] | null {
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
    this.wrong(path, TYPE.texts);
    return null;
  }

  tiers(v: Json, path: string): TierSpec[] | null {
    if (!Array.isArray(v)) {
      this.wrong(path, TYPE.array);
      return null;
    }
    const out: TierSpec[] = [];
    let ok = true;
    v.forEach((t: Json, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(t)) {
        this.wrong(at, TYPE.object);
        ok = false;
        return;
      }
      this.unknownFields(t, TIER_FIELDS, at);
      if (typeof t.label !== "string") {
        this.wrong(`${at}.label`, TYPE.text);
        ok = false;
      }
      const min = t.min === undefined ? null : t.min;
      if (min !== null && typeof min !== "number") {
        this.wrong(`${at}.min`, TYPE.numberOrNull);
        ok = false;
      }
      if (ok) out.push({ label: t.label as string, min: min as number | null });
    });
    return ok ? out : null;
  }

  subItem(v: Json, path: string): SubItemSpec | null {
    if (!isObject(v)) {
      this.wrong(path, TYPE.object);
      return null;
    }
    this.unknownFields(v, SUBITEM_FIELDS, path);
    let ok = true;
    if (typeof v.label !== "string") {
      this.wrong(`${path}.label`, TYPE.text);
      ok = false;
    }
    const aliases = v.aliases === undefined ? [] : this.texts(v.aliases, `${path}.aliases`);
    const max = v.max === undefined ? null : v.max;
    if (max !== null && typeof max !== "number") {
      this.wrong(`${path}.max`, TYPE.numberOrNull);
      ok = false;
    }
    if (!ok || aliases === null) return null;
    return { label: v.label as string, aliases, max: max as number | null };
  }

  component(v: Json, path: string, defaults: readonly ComponentSpec[]): ComponentSpec | null {
    if (!isObject(v)) {
      this.wrong(path, TYPE.object);
      return null;
    }
    this.unknownFields(v, COMPONENT_FIELDS, path);
    if (typeof v.label !== "string") {
      this.wrong(`${path}.label`, TYPE.text);
      return null;
    }
    const label = v.label;
    // A component named like a default one keeps that one's key, aliases and sub-items unless given.
    const base = defaults.find((d) => textKey(d.label) === textKey(label) || (typeof v.key === "string" && d.key === v.key));
    let ok = true;
    if (v.key !== undefined && typeof v.key !== "string") {
      this.wrong(`${path}.key`, TYPE.text);
      ok = false;
    }
    if (typeof v.weight !== "number") {
      this.wrong(`${path}.weight`, TYPE.number);
      ok = false;
    }
    const aliases = v.aliases === undefined ? (base?.aliases ?? []) : this.texts(v.aliases, `${path}.aliases`);
    let subItems: SubItemSpec[] | null = base?.subItems.map((s) => ({ ...s, aliases: [...s.aliases] })) ?? [];
    if (v.subItems !== undefined) {
      if (!Array.isArray(v.subItems)) {
        this.wrong(`${path}.subItems`, TYPE.array);
        subItems = null;
      } else {
        const read = v.subItems.map((s: Json, j) => this.subItem(s, `${path}.subItems[${j}]`));
        subItems = read.every((s) => s !== null) ? (read as SubItemSpec[]) : null;
      }
    }
    if (!ok || aliases === null || subItems === null) return null;
    return {
      key: typeof v.key === "string" ? v.key : (base?.key ?? label.trim()),
      label,
      aliases: [...aliases],
      weight: v.weight as number,
      subItems,
    };
  }
}

/** A scheme from a parsed JSON document, merged over the default; the problems say what was not taken. */
export function schemeFromJson(json: unknown): { scheme: Scheme; problems: Problem[] } {
  const scheme = defaultScheme();
  const r = new Reader();
  if (!isObject(json)) {
    r.fail(JSON_DETAIL.notObject());
    return { scheme, problems: r.problems };
  }
  r.unknownFields(json, TOP_FIELDS, "");

  if (json.components !== undefined) {
    if (!Array.isArray(json.components)) r.wrong("components", TYPE.array);
    else {
      const read = json.components.map((c: Json, i) => r.component(c, `components[${i}]`, scheme.components));
      if (read.every((c) => c !== null)) scheme.components = read as ComponentSpec[];
    }
  }

  if (json.weights !== undefined) {
    if (!isObject(json.weights)) r.wrong("weights", TYPE.object);
    else {
      for (const [name, w] of Object.entries(json.weights)) {
        const k = textKey(name);
        const c = scheme.components.find((x) => x.key === name.trim() || textKey(x.label) === k || x.aliases.some((a) => textKey(a) === k));
        if (c === undefined) r.fail(JSON_DETAIL.unknownComponent(name));
        else if (typeof w !== "number") r.wrong(`weights.${name}`, TYPE.number);
        else c.weight = w;
      }
    }
  }

  if (json.tiers !== undefined) {
    const t = r.tiers(json.tiers, "tiers");
    if (t !== null) scheme.tiers = t;
  }

  if (json.groupTiers !== undefined) {
    if (!isObject(json.groupTiers)) r.wrong("groupTiers", TYPE.object);
    else {
      for (const [group, v] of Object.entries(json.groupTiers)) {
        const t = r.tiers(v, `groupTiers.${group}`);
        if (t !== null) scheme.groupTiers[textKey(group)] = t;
      }
    }
  }

  if (json.ranking !== undefined) {
    if (json.ranking === "competition" || json.ranking === "dense") scheme.ranking = json.ranking as RankingStyle;
    else r.wrong("ranking", TYPE.ranking);
  }

  if (json.decimals !== undefined) {
    if (typeof json.decimals === "number") scheme.decimals = json.decimals;
    else r.wrong("decimals", TYPE.number);
  }

  if (json.notice !== undefined) {
    if (!isObject(json.notice)) r.wrong("notice", TYPE.object);
    else {
      r.unknownFields(json.notice, NOTICE_FIELDS, "notice");
      const notice: NoticeSettings = { ...(scheme.notice ?? DEFAULT_NOTICE) };
      for (const field of NOTICE_FIELDS) {
        const v = json.notice[field];
        if (v === undefined) continue;
        if (typeof v === "string") notice[field] = v;
        else r.wrong(`notice.${field}`, TYPE.text);
      }
      scheme.notice = notice;
    }
  }

  return { scheme, problems: [...r.problems, ...validateScheme(scheme)] };
}
