/**
 * Payload sizing. FACTS: Excel on the web limits each request and each response to 5 MB, and a range
 * read to 5,000,000 cells. The adapter keeps every request and response well under that.
 */

/** Budget per request (writes) and per response (reads), estimated conservatively below. */
export const PAYLOAD_BUDGET_BYTES = 2_000_000;
/** Upper bound on the cells read in one round trip, whatever the estimate says. */
export const MAX_CELLS_PER_READ = 100_000;
/** Assumed size of one cell before any has been read. */
export const INITIAL_BYTES_PER_CELL = 40;
/** Allowance for the request envelope of one queued operation. */
export const OP_OVERHEAD_BYTES = 200;

/**
 * Estimated wire size of a value as JSON. Non-ASCII characters count 6 bytes (as if sent as \uXXXX),
 * which is at least their UTF-8 size, so the estimate holds whichever encoding the host uses.
 */
export function estimateBytes(x: unknown): number {
  const s = JSON.stringify(x);
  if (s === undefined) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 6;
  return n;
}
