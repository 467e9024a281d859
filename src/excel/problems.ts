// Office errors, turned into the Problems the pane shows. The code decides; Excel's message, which
// is in Excel's language rather than the user's, is kept only as detail.
import { makeProblem } from "../core/messages/problems";
import type { Problem } from "../core/types";

export interface OfficeErrorLike {
  code: string;
  message: string;
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

export function officeErrorCode(e: unknown): string | null {
  return isOfficeError(e) ? e.code : null;
}

/** `name`: the sheet ASSESS was adding or renaming when Excel said it exists. */
export function hostProblem(e: unknown, name = ""): Problem {
  if (!isOfficeError(e)) throw e;
  switch (e.code) {
    case "ItemAlreadyExists":
      return makeProblem("HOST_ITEM_EXISTS", "error", null, null, { name });
    case "InvalidArgument":
      return makeProblem("HOST_INVALID_ARGUMENT", "error", null, null, { detail: e.message });
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return makeProblem("HOST_PAYLOAD_TOO_LARGE", "error", null, null);
    case "InvalidOperationInCellEditMode":
      return makeProblem("HOST_EDIT_MODE", "error", null, null);
    default:
      return makeProblem("HOST_ERROR", "error", null, null, { detail: e.code });
  }
}

/** How the read and the pane's small calls fail: with the Problem the pane can show. */
export class HostError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.messageEn);
    this.name = "HostError";
  }
}

/** Runs an Office call; an Office error rejects as a HostError, anything else as itself. */
export async function asHostCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (isOfficeError(e)) throw new HostError(hostProblem(e));
    throw e;
  }
}
