// A column's meaning as a Select option value and back, and its words in the pane.
import type { ColumnRole, Scheme } from "../core/types";
import type { UiText } from "../core/messages/ui";

export interface RoleChoice {
  value: string;
  role: ColumnRole;
  label: string;
}

export function roleValue(role: ColumnRole): string {
  switch (role.kind) {
    case "component":
      return `component:${role.component}`;
    case "subItem":
      return `subItem:${role.component}:${role.subItem}`;
    case "rater":
      return `rater:${role.component}`;
    case "bonus":
      return `bonus:${role.mode}`;
    default:
      return role.kind;
  }
}

/** Every meaning a column can be given under this scheme, in the order the pane lists them. */
export function roleChoices(scheme: Scheme, t: UiText): RoleChoice[] {
  const choices: RoleChoice[] = [
    { value: "name", role: { kind: "name" }, label: t.roleName },
    { value: "group", role: { kind: "group" }, label: t.roleGroup },
  ];
  scheme.components.forEach((c, ci) => {
    const role: ColumnRole = { kind: "component", component: ci };
    choices.push({ value: roleValue(role), role, label: t.roleComponent(c.label) });
    c.subItems.forEach((s, si) => {
      const sub: ColumnRole = { kind: "subItem", component: ci, subItem: si };
      choices.push({ value: roleValue(sub), role: sub, label: t.roleSubItem(c.label, s.label) });
    });
    const rater: ColumnRole = { kind: "rater", component: ci };
    choices.push({ value: roleValue(rater), role: rater, label: t.roleRater(c.label) });
  });
  const tail: [ColumnRole, string][] = [
    [{ kind: "bonus", mode: "add" }, t.roleBonusAdd],
    [{ kind: "bonus", mode: "deduct" }, t.roleBonusDeduct],
    [{ kind: "bonus", mode: "signed" }, t.roleBonusSigned],
    [{ kind: "veto" }, t.roleVeto],
    [{ kind: "ignored" }, t.roleIgnored],
  ];
  for (const [role, label] of tail) choices.push({ value: roleValue(role), role, label });
  return choices;
}
