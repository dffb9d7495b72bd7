/**
 * Tiny assertions for the port contract cases: they run under jest and inside Excel (the
 * self-test page), so they cannot use jest's `expect`. Each throws an AssertionFailure whose
 * message says what was compared, and shows both values as JSON.
 */

export class AssertionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionFailure';
  }
}

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  const text = JSON.stringify(v);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/** Structural equality of JSON-like values (primitives, arrays, plain objects); NaN equals NaN. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Every key of `partial` is deep-equal in `actual` (jest's toMatchObject, one level deep). */
export function matches(actual: unknown, partial: Readonly<Record<string, unknown>>): boolean {
  if (!actual || typeof actual !== 'object') return false;
  return Object.entries(partial).every(([k, v]) => deepEqual((actual as Record<string, unknown>)[k], v));
}

export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  if (!deepEqual(actual, expected)) throw new AssertionFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function assertMatches(actual: unknown, partial: Readonly<Record<string, unknown>>, what: string): void {
  if (!matches(actual, partial)) throw new AssertionFailure(`${what}: expected to contain ${show(partial)}, got ${show(actual)}`);
}

export function assertTrue(condition: boolean, what: string): void {
  if (!condition) throw new AssertionFailure(what);
}

/** The value, or a failure naming what was missing. */
export function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new AssertionFailure(`${what}: missing`);
  return value;
}

/** Runs `action`, which must fail with an error that `accept` accepts. */
export async function assertRejects(action: () => Promise<unknown>, accept: (err: unknown) => boolean, what: string): Promise<void> {
  let failed = false;
  try {
    await action();
  } catch (err) {
    failed = true;
    if (!accept(err)) throw new AssertionFailure(`${what}: failed with an unexpected error: ${errorText(err)}`);
  }
  if (!failed) throw new AssertionFailure(`${what}: expected a failure, but it succeeded`);
}

/**
 * What went wrong, as one line: the error's name, code and message, and for an Office error
 * (OfficeExtension.Error, possibly wrapped by the adapter as the PortError's cause) its code and
 * where Excel says it happened (debugInfo.errorLocation).
 */
export function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const parts = [`${err.name}${codeOf(err) ? ` (${codeOf(err)})` : ''}: ${err.message}`];
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof Error && cause !== err) {
    const location = (cause as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
    parts.push(`cause ${cause.name}${codeOf(cause) ? ` (${codeOf(cause)})` : ''}${typeof location === 'string' ? ` at ${location}` : ''}: ${cause.message}`);
  }
  return parts.join(' — ');
}

function codeOf(err: Error): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
