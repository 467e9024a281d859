// A stand-in for the part of Excel's custom-functions runtime ASSESS uses: associate, Error and
// ErrorCode, with the error codes Excel shows. Tests install it as the global CustomFunctions.
export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Excel keeps a custom function's message only with #VALUE! and #N/A; any other error shows bare. */
const CODES_WITH_MESSAGE: readonly string[] = [ERROR_CODE.invalidValue, ERROR_CODE.notAvailable];

export class RuntimeError {
  readonly message: string | undefined;

  constructor(
    readonly code: string,
    message?: string,
  ) {
    this.message = CODES_WITH_MESSAGE.includes(code) ? message : undefined;
  }
}

export interface FakeRuntime {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  Error: typeof RuntimeError;
  ErrorCode: typeof ERROR_CODE;
  registry: Map<string, (...args: unknown[]) => unknown>;
}

export function fakeRuntime(): FakeRuntime {
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associate: (id, fn) => {
      if (registry.has(id)) throw new Error(`${id} associated twice`);
      registry.set(id, fn);
    },
    Error: RuntimeError,
    ErrorCode: ERROR_CODE,
    registry,
  };
}

/** What a cell shows: the value, or the error code and message a thrown CustomFunctions.Error carries. */
export type Shown = unknown[][] | { error: string; message: string | undefined };

export function shown(run: () => unknown): Shown {
  try {
    return run() as unknown[][];
  } catch (e) {
    if (e instanceof RuntimeError || (typeof e === "object" && e !== null && "code" in e)) {
      const err = e as RuntimeError;
      return { error: err.code, message: err.message };
    }
    throw e;
  }
}
