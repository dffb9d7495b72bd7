import { STAFF_SEEDS } from './catalogue';
import type { StaffSeed } from './catalogue';
import { serialOf, workdayOnOrBefore, yearOf } from './calendar';

export interface SampleStaff {
  readonly seed: StaffSeed;
  readonly hireDate: number;
  readonly transferDate: number | null;
}

/** The six demo staff, their hire dates placed relative to the sample date. */
export function sampleStaff(today: number): SampleStaff[] {
  return STAFF_SEEDS.map((seed) => ({
    seed,
    hireDate:
      seed.hiredDaysAgo !== undefined
        ? workdayOnOrBefore(today - seed.hiredDaysAgo)
        : serialOf(yearOf(today) - (seed.hiredYearsAgo ?? 1), seed.hireMonth ?? 1, 1),
    transferDate: seed.transferredDaysAgo !== undefined ? workdayOnOrBefore(today - seed.transferredDaysAgo) : null,
  }));
}

export function staffRecord(s: SampleStaff) {
  return {
    staffId: s.seed.staffId,
    name: s.seed.name,
    dept: s.seed.dept,
    position: s.seed.position,
    rank: s.seed.rank,
    manager: s.seed.manager,
    hireDate: s.hireDate,
    transferDate: s.transferDate,
    scheme: s.seed.scheme,
    active: '是',
  };
}
