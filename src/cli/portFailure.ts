/**
 * How a command ends on a PortError (the adapters' and the output policy's refusals): the message,
 * then exit 2 for a file that cannot be read or written as asked, 1 for any other refusal.
 * Anything else is a bug and propagates to main's last-resort handler.
 */
import type { CliIo } from './io';
import { PortError } from '../core/port/types';

export function portFailure(e: unknown, io: CliIo): number {
  if (!(e instanceof PortError)) throw e;
  io.err(e.message);
  return e.code === 'unreadable' ? 2 : 1;
}
