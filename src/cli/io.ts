import type { Lang } from '../core/model/types';

/** What a command may touch besides files: output streams and the message language. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readonly lang: Lang;
}

/** A command takes its own arguments (after the command name) and returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** A usage mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
