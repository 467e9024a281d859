// The request side of the double: proxies queue operations; nothing touches the workbook until
// context.sync() sends the queue, and nothing loaded can be read before that sync returns.
import { officeError } from "./errors";
import type { WorkbookState } from "./state";

/** One queued operation, as Office.js would serialise it and as Excel would execute it. */
export interface QueuedOp {
  /** The actions and object paths this operation adds to the request body. */
  json: unknown[];
  /** Runs against the workbook at sync; throws an OfficeErrorDouble as Excel would. */
  run(book: WorkbookState): void;
  /** After the whole request succeeded: hand the loaded data to the proxies. */
  commit?: () => void;
  /** The JSON the response carries for this operation (its loaded data), computed after run. */
  response?: () => unknown;
  writes?: boolean;
  suspendsCalculation?: boolean;
}

export interface SyncHost {
  execute(ops: QueuedOp[]): Promise<void>;
}

export class RequestQueue {
  private ops: QueuedOp[] = [];
  private nextId = 1;

  constructor(private readonly host: SyncHost) {}

  id(): number {
    return this.nextId++;
  }

  push(op: QueuedOp): void {
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    return this.host.execute(ops);
  }
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

/** "a, b/c" | ["a"] | {select} → ["a", "b/c"]. */
export function loadPaths(option: LoadOption): string[] | null {
  if (option === undefined) return null;
  const raw = typeof option === "string" ? option : Array.isArray(option) ? option.join(",") : option.select === undefined ? "" : ([] as string[]).concat(option.select).join(",");
  const paths = raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return paths.length === 0 ? null : paths;
}

export function notLoaded(what: string, property: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${what}.${property}`,
  );
}

/** A proxy's binding to what it stands for: unknown until the sync that resolves its path. */
export class Binding<T> {
  private value: T | null | undefined = undefined;
  private known = false;

  constructor(private readonly what: string) {}

  set(v: T | null): void {
    this.value = v;
  }

  /** isNullObject becomes readable only when the sync that resolved the path has returned. */
  markKnown(): void {
    this.known = true;
  }

  get isNull(): boolean {
    if (!this.known) throw notLoaded(this.what, "isNullObject");
    return this.value === null;
  }

  /** The bound object, for an operation running inside a sync. */
  need(): T {
    if (this.value === undefined) throw officeError("InvalidObjectPath", `The ${this.what} was never resolved by a successful sync.`);
    if (this.value === null) throw officeError("ItemNotFound", `The ${this.what} does not exist (a null object).`);
    return this.value;
  }
}

/** Loaded property values; reading one that no sync has loaded throws PropertyNotLoaded. */
export class Loaded {
  private readonly values = new Map<string, unknown>();

  constructor(private readonly what: string) {}

  put(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }

  get<T>(prop: string): T {
    if (!this.values.has(prop)) throw notLoaded(this.what, prop);
    return this.values.get(prop) as T;
  }
}
