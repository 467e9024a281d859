// The scheme a user gives the command line as `--scheme file.json`.
//
// Accepted shape (every field optional; what is left out keeps the 2020 default of defaultScheme()).
// A component is named by its label, its key (daily/onsite/satisfaction) or a header alias, wherever
// a component is named; it is stored by key.
//
//   {
//     "fullMarks":  150,                       // the total's full marks (满分); default 100
//     "weights":    { "日常考核": 90, "实地考核": 45, "满意度调查": 15 },
//                   // points of the total per component at its full marks (with full marks of 100 each
//                   // and a total of 100, a percent); components not named keep their weight; the
//                   // weights must end up summing to the total's full marks
//     "tiers":      [ { "label": "优秀", "min": 90, "quota": "30%" }, { "label": "良好", "min": 80 },
//                     { "label": "合格", "min": 60 }, { "label": "不合格" } ],
//                   // best first, minimum inclusive; the last tier has no "min" (or "min": null).
//                   // "quota" (名额): "30%" or {"percent": 30} (a share of the group, rounded down), or
//                   // 8 or {"count": 8} (units); a tier above the last has a min, a quota or both
//     "quotaTies":  "out" | "in",              // units tied at a quota's edge: none gets the tier (default)
//                                              // or all do
//     "groupTiers": { "市直部门": [ …tiers as above… ] },
//                   // a group's own tiers; groups not named use "tiers"
//     "groupScales": { "市直部门": { "fullMarks": 150,
//                                    "components": { "日常考核": { "fullMarks": 90, "weight": 90 } } } },
//                   // a group scored on a scale of its own; what it leaves out is the scheme's
//     "ranking":    "competition" | "dense",   // 1,2,2,4 (default) or 1,2,2,3
//     "tieBreak":   [ "日常考核", "unrounded" ],
//                   // tied rounded totals ordered by a component (higher first), then by the unrounded
//                   // total; {"component": "daily"} is the same as "daily"; default: they share a rank
//     "decimals":   2,                         // totals rounded half-up to 0–6 decimals
//     "bonusRules": { "maxAdd": 5, "maxAddPerItem": 2, "maxDeduct": 10, "capAtFullMarks": true, "addFrom": 60 },
//                   // limits on 加分 and 扣分 (see BonusRules); a field left out is no limit
//     "raterChecks": { "sdMultiple": 2, "maxFromMedian": 15 },
//                   // when 评分分析 flags a rater (standard deviations) or a single score (points from the
//                   // unit's raters' median); a field left out keeps its default
//     "components": [ { "key": "daily", "label": "日常考核", "aliases": ["日常"], "weight": 60,
//                       "fullMarks": 100, "raters": { "method": "trimmed", "decimals": 2 },
//                       "subItems": [ { "label": "专项工作完成情况", "aliases": [], "max": null } ] }, … ]
//                   // replaces the component list as a whole (the full Scheme shape, as ASSESS writes it);
//                   // a component labelled like a 2020 one keeps its key, aliases, sub-items and weight
//                   // unless given; "weights" then applies on top of it. "fullMarks": the component's
//                   // full marks (default 100); "raters": how several raters' scores become one,
//                   // "mean" or "trimmed" (not rounded) or {"method": …, "decimals": 2 or null}
//     "notice":     { "title": "关于2021年度全市依法行政考核情况的通报", "addressees": "…：",
//                     "issuer": "…办公室", "date": "2022年3月1日" }
//                   // the notice document's words; fields left out keep the 2020 notice's
//   }
//
// A field of the wrong type or an unknown field is a SCHEME_INVALID problem naming its path, and that
// field keeps its default; nothing here throws on the user's file. Whether the fields agree with each
// other (weights against full marks, a quota on the last tier) is validateScheme's to say.
import { textKey } from "../read/values";
import type {
  BonusRules,
  ComponentSpec,
  GroupScale,
  NoticeSettings,
  Problem,
  RankingStyle,
  RaterChecks,
  RaterRule,
  Scheme,
  SubItemSpec,
  TieBreakStep,
  TierQuota,
  TierSpec,
} from "../types";
import { DEFAULT_NOTICE, defaultScheme } from "./defaults";
import { componentNamed } from "./lookup";
import { quotaFromText } from "./quota";
import { schemeProblem, validateScheme } from "./validate";
import { JSON_DETAIL, JSON_TYPE as TYPE } from "../messages/scheme";

type Json = unknown;
type JsonObject = Record<string, Json>;

const TOP_FIELDS = ["fullMarks", "weights", "tiers", "quotaTies", "groupTiers", "groupScales", "ranking", "tieBreak", "decimals", "bonusRules", "raterChecks", "components", "notice"];
const RATER_CHECK_FIELDS = ["sdMultiple", "maxFromMedian"] as const;
const NOTICE_FIELDS = ["title", "addressees", "issuer", "date"] as const;
const COMPONENT_FIELDS = ["key", "label", "aliases", "weight", "fullMarks", "raters", "subItems"];
const SUBITEM_FIELDS = ["label", "aliases", "max"];
const TIER_FIELDS = ["label", "min", "quota"];
const GROUP_SCALE_FIELDS = ["fullMarks", "components"];
const GROUP_COMPONENT_FIELDS = ["fullMarks", "weight"] as const;
const RATER_FIELDS = ["method", "decimals"];
const BONUS_NUMBER_FIELDS = ["maxAdd", "maxAddPerItem", "maxDeduct", "addFrom"] as const;
const BONUS_FIELDS = [...BONUS_NUMBER_FIELDS, "capAtFullMarks"];
/** What a tie-break step says to compare the unrounded total. */
const UNROUNDED = "unrounded";

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

  /** Reports each field of `o` not in `known`; true when there is none. */
  unknownFields(o: JsonObject, known: readonly string[], path: string): boolean {
    const unknown = Object.keys(o).filter((k) => !known.includes(k));
    for (const k of unknown) this.fail(JSON_DETAIL.unknownField(path ? `${path}.${k}` : k));
    return unknown.length === 0;
  }

  texts(v: Json, path: string): string[] | null {
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
    this.wrong(path, TYPE.texts);
    return null;
  }

  /** A number, or null (and a problem) when `v` is not one. */
  number(v: Json, path: string): number | null {
    if (typeof v === "number") return v;
    this.wrong(path, TYPE.number);
    return null;
  }

  /** The component `name` names, or null (and a problem saying where it was named). */
  componentKey(components: readonly ComponentSpec[], name: string, path: string): string | null {
    const c = componentNamed(components, name);
    if (c === undefined) this.fail(JSON_DETAIL.unknownComponentAt(path, name));
    return c?.key ?? null;
  }

  quota(v: Json, path: string): TierQuota | null {
    if (typeof v === "number") return { count: v };
    if (typeof v === "string") {
      const q = quotaFromText(v);
      if (q !== null) return q;
    } else if (isObject(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && typeof v.percent === "number") return { percent: v.percent };
      if (keys.length === 1 && typeof v.count === "number") return { count: v.count };
    }
    this.wrong(path, TYPE.quota);
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
      const quota = t.quota === undefined || t.quota === null ? undefined : this.quota(t.quota, `${at}.quota`);
      if (quota === null) ok = false;
      if (ok) out.push({ label: t.label as string, min: min as number | null, ...(quota === undefined ? {} : { quota: quota as TierQuota }) });
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

  raters(v: Json, path: string): RaterRule | null {
    if (v === "mean" || v === "trimmed") return { method: v, decimals: null };
    if (!isObject(v)) {
      this.wrong(path, TYPE.raters);
      return null;
    }
    this.unknownFields(v, RATER_FIELDS, path);
    let ok = true;
    if (v.method !== "mean" && v.method !== "trimmed") {
      this.wrong(`${path}.method`, TYPE.method);
      ok = false;
    }
    const decimals = v.decimals === undefined ? null : v.decimals;
    if (decimals !== null && typeof decimals !== "number") {
      this.wrong(`${path}.decimals`, TYPE.numberOrNull);
      ok = false;
    }
    return ok ? { method: v.method as RaterRule["method"], decimals: decimals as number | null } : null;
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
    // A component named like a default one keeps that one's key, aliases, sub-items and weight unless given.
    const base = defaults.find((d) => textKey(d.label) === textKey(label) || (typeof v.key === "string" && d.key === v.key));
    let ok = true;
    if (v.key !== undefined && typeof v.key !== "string") {
      this.wrong(`${path}.key`, TYPE.text);
      ok = false;
    }
    const weight = v.weight === undefined && base !== undefined ? base.weight : this.number(v.weight, `${path}.weight`);
    const fullMarks = v.fullMarks === undefined ? undefined : this.number(v.fullMarks, `${path}.fullMarks`);
    const raters = v.raters === undefined ? undefined : this.raters(v.raters, `${path}.raters`);
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
    if (!ok || weight === null || fullMarks === null || raters === null || aliases === null || subItems === null) return null;
    return {
      key: typeof v.key === "string" ? v.key : (base?.key ?? label.trim()),
      label,
      aliases: [...aliases],
      weight,
      ...(fullMarks === undefined ? {} : { fullMarks }),
      subItems,
      ...(raters === undefined ? {} : { raters }),
    };
  }

  groupScale(v: Json, path: string, components: readonly ComponentSpec[]): GroupScale | null {
    if (!isObject(v)) {
      this.wrong(path, TYPE.object);
      return null;
    }
    // A misspelt field would leave the group on the scheme's scale while the person meant another.
    let ok = this.unknownFields(v, GROUP_SCALE_FIELDS, path);
    const out: GroupScale = {};
    if (v.fullMarks !== undefined) {
      const f = this.number(v.fullMarks, `${path}.fullMarks`);
      if (f === null) ok = false;
      else out.fullMarks = f;
    }
    if (v.components !== undefined) {
      if (!isObject(v.components)) {
        this.wrong(`${path}.components`, TYPE.object);
        return null;
      }
      const own: NonNullable<GroupScale["components"]> = {};
      for (const [name, spec] of Object.entries(v.components)) {
        const at = `${path}.components.${name}`;
        const key = this.componentKey(components, name, at);
        if (!isObject(spec)) {
          this.wrong(at, TYPE.object);
          ok = false;
          continue;
        }
        if (!this.unknownFields(spec, GROUP_COMPONENT_FIELDS, at)) ok = false;
        const entry: { fullMarks?: number; weight?: number } = {};
        for (const field of GROUP_COMPONENT_FIELDS) {
          if (spec[field] === undefined) continue;
          const n = this.number(spec[field], `${at}.${field}`);
          if (n === null) ok = false;
          else entry[field] = n;
        }
        if (key === null) ok = false;
        else own[key] = entry;
      }
      out.components = own;
    }
    return ok ? out : null;
  }

  tieBreak(v: Json, components: readonly ComponentSpec[]): TieBreakStep[] | null {
    if (!Array.isArray(v)) {
      this.wrong("tieBreak", TYPE.array);
      return null;
    }
    const steps = v.map((step: Json, i): TieBreakStep | null => {
      const at = `tieBreak[${i}]`;
      if (step === UNROUNDED) return UNROUNDED;
      const name = typeof step === "string" ? step : isObject(step) && Object.keys(step).length === 1 && typeof step.component === "string" ? step.component : null;
      if (name === null) {
        this.wrong(at, TYPE.tieStep);
        return null;
      }
      const key = this.componentKey(components, name, at);
      return key === null ? null : { component: key };
    });
    return steps.every((s) => s !== null) ? (steps as TieBreakStep[]) : null;
  }

  bonusRules(v: Json): BonusRules | null {
    if (!isObject(v)) {
      this.wrong("bonusRules", TYPE.object);
      return null;
    }
    let ok = this.unknownFields(v, BONUS_FIELDS, "bonusRules");
    const out: BonusRules = {};
    for (const field of BONUS_NUMBER_FIELDS) {
      if (v[field] === undefined) continue;
      const n = this.number(v[field], `bonusRules.${field}`);
      if (n === null) ok = false;
      else out[field] = n;
    }
    if (v.capAtFullMarks !== undefined) {
      if (typeof v.capAtFullMarks === "boolean") out.capAtFullMarks = v.capAtFullMarks;
      else {
        this.wrong("bonusRules.capAtFullMarks", TYPE.boolean);
        ok = false;
      }
    }
    return ok ? out : null;
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

  if (json.fullMarks !== undefined) {
    const f = r.number(json.fullMarks, "fullMarks");
    if (f !== null) scheme.fullMarks = f;
  }

  if (json.weights !== undefined) {
    if (!isObject(json.weights)) r.wrong("weights", TYPE.object);
    else {
      for (const [name, w] of Object.entries(json.weights)) {
        const c = componentNamed(scheme.components, name);
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

  if (json.quotaTies !== undefined) {
    if (json.quotaTies === "in" || json.quotaTies === "out") scheme.quotaTies = json.quotaTies;
    else r.wrong("quotaTies", TYPE.quotaTies);
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

  if (json.groupScales !== undefined) {
    if (!isObject(json.groupScales)) r.wrong("groupScales", TYPE.object);
    else {
      const scales: Record<string, GroupScale> = {};
      for (const [group, v] of Object.entries(json.groupScales)) {
        const g = r.groupScale(v, `groupScales.${group}`, scheme.components);
        if (g !== null) scales[textKey(group)] = g;
      }
      if (Object.keys(scales).length > 0) scheme.groupScales = scales;
    }
  }

  if (json.ranking !== undefined) {
    if (json.ranking === "competition" || json.ranking === "dense") scheme.ranking = json.ranking as RankingStyle;
    else r.wrong("ranking", TYPE.ranking);
  }

  if (json.tieBreak !== undefined) {
    const steps = r.tieBreak(json.tieBreak, scheme.components);
    if (steps !== null) scheme.tieBreak = steps;
  }

  if (json.decimals !== undefined) {
    if (typeof json.decimals === "number") scheme.decimals = json.decimals;
    else r.wrong("decimals", TYPE.number);
  }

  if (json.bonusRules !== undefined) {
    const rules = r.bonusRules(json.bonusRules);
    if (rules !== null) scheme.bonusRules = rules;
  }

  if (json.raterChecks !== undefined) {
    if (!isObject(json.raterChecks)) r.wrong("raterChecks", TYPE.object);
    else {
      r.unknownFields(json.raterChecks, RATER_CHECK_FIELDS, "raterChecks");
      const checks: RaterChecks = {};
      for (const field of RATER_CHECK_FIELDS) {
        if (json.raterChecks[field] === undefined) continue;
        const n = r.number(json.raterChecks[field], `raterChecks.${field}`);
        if (n !== null) checks[field] = n;
      }
      if (Object.keys(checks).length > 0) scheme.raterChecks = checks;
    }
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
