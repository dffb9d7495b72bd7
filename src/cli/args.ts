import { parseArgs } from 'node:util';
import { LocalUsageError, USAGE_ERRORS } from './usage';

type Spec = Record<string, { type: 'string' | 'boolean' }>;

/** The option or argument that node:util's parseArgs names in quotes in its message. */
function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? message;
}

/**
 * Parses --options strictly; unknown options and stray arguments are usage errors, not ignored.
 * parseArgs's own messages are English only, so its error codes are translated here.
 */
export function parseOptions<S extends Spec>(args: string[], spec: S): { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean } {
  try {
    const { values } = parseArgs({ args, options: spec, strict: true, allowPositionals: false });
    return values as { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean };
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    const what = quoted(message).replace(/ <value>$/, '');
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new LocalUsageError(USAGE_ERRORS.unknownOption(what));
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new LocalUsageError(USAGE_ERRORS.stray(what));
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new LocalUsageError(/does not take/.test(message) ? USAGE_ERRORS.noValue(what) : USAGE_ERRORS.needsValue(what));
      default:
        throw e;
    }
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (!value) throw new LocalUsageError(USAGE_ERRORS.missing(name));
  return value;
}
