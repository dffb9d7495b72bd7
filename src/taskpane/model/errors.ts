/**
 * Turns any failure into what the user reads: what went wrong and what to do next. Pure and
 * language-parameterised, so a page can keep the raw error and re-describe it after a language switch.
 */
import type { UiStrings } from '../../i18n/ui.zh-CN';

export interface ErrorText {
  readonly message: string;
  readonly next: string;
}

type PortCode = keyof UiStrings['common']['port'];

interface PortLike {
  readonly name: string;
  readonly code: PortCode;
  readonly message: string;
}

/** PortError by shape, not instanceof: adapters and services may come from another bundle copy. */
function isPortError(err: unknown): err is PortLike {
  if (!(err instanceof Error) || err.name !== 'PortError') return false;
  const code = (err as { code?: unknown }).code;
  return code === 'conflict' || code === 'unreadable' || code === 'unsupported' || code === 'host';
}

export function describeError(err: unknown, s: UiStrings): ErrorText {
  // Port errors are written for users already (localized, saying where); add the generic next step.
  if (isPortError(err)) return { message: err.message, next: s.common.port[err.code] };
  if (err instanceof Error) {
    // OfficeExtension.Error carries a code such as InvalidArgument; keep it visible for support.
    const code = (err as { code?: unknown }).code;
    const detail = typeof code === 'string' && code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
    return { message: s.common.unexpected(detail || err.name), next: s.common.nextDefault };
  }
  return { message: s.common.unexpected(String(err)), next: s.common.nextDefault };
}
