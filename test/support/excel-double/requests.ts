// The JSON of one queued operation, as Office.js serialises it into a request's body: the double counts
// a request's bytes from it, so each proxy queues what the real one would.
import type { RequestQueue } from "./context";

export const path = (q: RequestQueue, id: number, name: string, parent: number, args: unknown[]): unknown[] => [
  { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent, ArgumentInfo: { Arguments: args } },
  { Id: q.id(), ActionType: 1, Name: "", ObjectPathId: id },
];
export const setProperty = (q: RequestQueue, objectId: number, name: string, value: unknown): unknown[] => [
  { Id: q.id(), ActionType: 4, Name: name, ObjectPathId: objectId, ArgumentInfo: { Arguments: [value] } },
];
export const method = (q: RequestQueue, objectId: number, name: string, args: unknown[]): unknown[] => [
  { Id: q.id(), ActionType: 3, Name: name, ObjectPathId: objectId, ArgumentInfo: { Arguments: args } },
];
export const query = (q: RequestQueue, objectId: number, select: string[]): unknown[] => [
  { Id: q.id(), ActionType: 2, Name: "", ObjectPathId: objectId, QueryInfo: { Select: select } },
];
