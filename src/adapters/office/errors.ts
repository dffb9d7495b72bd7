import { PortError } from '../../core/port/types';

/** The shape of `OfficeExtension.Error` that matters here (duck-typed: the global may be absent). */
export interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly message?: string };
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return (
    e instanceof Error &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { debugInfo?: unknown }).debugInfo === 'object'
  );
}

/** FACTS: RequestPayloadSizeLimitExceeded (RichApi.Error); Excel.ErrorCodes also has the response one. */
export function isPayloadLimitError(e: unknown): boolean {
  return isOfficeError(e) && (e.code === 'RequestPayloadSizeLimitExceeded' || e.code === 'ResponsePayloadSizeLimitExceeded');
}

/** Wraps anything thrown by the host in a PortError('host') that names the code and where it happened. */
export function toPortError(e: unknown, doing: string): PortError {
  if (e instanceof PortError) return e;
  let message: string;
  if (isOfficeError(e)) {
    const at = e.debugInfo?.errorLocation ? ` at ${e.debugInfo.errorLocation}` : '';
    message = `Excel error ${e.code} while ${doing}${at}: ${e.message}`;
  } else if (e instanceof Error) {
    message = `Error while ${doing}: ${e.message}`;
  } else {
    message = `Error while ${doing}: ${String(e)}`;
  }
  const err = new PortError('host', message);
  Object.defineProperty(err, 'cause', { value: e, enumerable: false });
  return err;
}
