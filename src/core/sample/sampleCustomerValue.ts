import type { SampleCustomer } from './sampleCustomers';
import type { SampleRecord } from './rows';

/**
 * Ratings A–G per class (default weights give 88, 68, 52 and 35 points: classes A, B, C, D). The
 * established key accounts KH-0001…KH-0012 get A or B: they have the insiders and the visited
 * deciders that C-INSIDER and C-DECIDERS ask of those classes.
 */
const RATINGS = {
  A: [5, 4, 4, 5, 4, 4, 4],
  B: [4, 3, 3, 4, 3, 3, 3],
  C: [3, 3, 2, 3, 2, 3, 2],
  D: [2, 1, 2, 2, 1, 2, 2],
} as const;
const KEYS = ['ratingA', 'ratingB', 'ratingC', 'ratingD', 'ratingE', 'ratingF', 'ratingG'] as const;

function classOf(c: SampleCustomer, index: number): keyof typeof RATINGS {
  if (c.key) return index < 4 ? 'A' : 'B';
  return index % 3 === 0 ? 'D' : 'C';
}

/** One assessment per customer, dated a few weeks before `today` and never before its file. */
export function sampleCustomerValue(today: number, customers: readonly SampleCustomer[]): SampleRecord[] {
  return customers.map((c, i) => {
    const record: Record<string, string | number> = {
      customerId: c.customerId,
      date: Math.max(c.createdDate, today - 20 - (i % 10)),
    };
    RATINGS[classOf(c, i)].forEach((r, k) => (record[KEYS[k]!] = r));
    return record;
  });
}
