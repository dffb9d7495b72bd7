/**
 * Errors shaped like `OfficeExtension.Error`: a `code` string, a message and `debugInfo`.
 * Excel rejects `context.sync()` with such an error (name "RichApi.Error"); the adapter must wrap,
 * never swallow, them.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** Codes as in `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` (@types/office-js). */
export const CODES = {
  apiNotFound: 'ApiNotFound',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  invalidObjectPath: 'InvalidObjectPath',
  /** FACTS: Excel on the web rejects a request over 5 MB with RichApi.Error RequestPayloadSizeLimitExceeded. */
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  /** `Excel.ErrorCodes.responsePayloadSizeLimitExceeded` in @types/office-js. */
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export function fail(code: string, message: string, where?: string): never {
  throw new FakeOfficeError(code, message, where);
}

/**
 * A mistake in the code under test that real Office would not even send (a property or method the
 * fake does not model, a value of the wrong JS type). Thrown synchronously, so the stack points at it.
 */
export class FakeUsageError extends Error {
  constructor(message: string) {
    super(`FakeExcel: ${message}`);
    this.name = 'FakeUsageError';
  }
}
