// Errors shaped as Office.js rejects context.sync(): a RichApi.Error with a code, a message and
// debugInfo. The adapter must key on `code`, as it has to with real Excel.

export type DoubleErrorCode =
  | "PropertyNotLoaded"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidOperationInCellEditMode"
  | "RunMustReturnPromise"
  | "GeneralException";

export class OfficeErrorDouble extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: DoubleErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    // Real Office.js names its errors RichApi.Error (the typings say OfficeExtension.Error).
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function officeError(code: DoubleErrorCode | string, message: string, errorLocation?: string): OfficeErrorDouble {
  return new OfficeErrorDouble(code, message, errorLocation);
}
