import { parseArgs } from 'node:util';
import { UsageError } from './io';

type Spec = Record<string, { type: 'string' | 'boolean' }>;

/** Parses --options strictly; unknown options and stray arguments are usage errors, not ignored. */
export function parseOptions<S extends Spec>(args: string[], spec: S): { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean } {
  try {
    const { values } = parseArgs({ args, options: spec, strict: true, allowPositionals: false });
    return values as { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`Missing --${name}`);
  return value;
}
