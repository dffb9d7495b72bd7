import { parseIsoDate, serialOfLocalDate } from '../core/validate/dates';
import { LocalUsageError } from './usage';
import { parsePeriodArg } from '../core/kpi/periodArg';

/** Today as a serial: the machine's local date, or KA_TODAY=YYYY-MM-DD (tests, reruns of a past day). */
export function todayOf(env: NodeJS.ProcessEnv): number {
  const fixed = env.KA_TODAY;
  if (fixed === undefined || fixed === '') return serialOfLocalDate(new Date());
  const serial = parseIsoDate(fixed);
  if (serial === undefined) {
    throw new LocalUsageError({
      'zh-CN': `环境变量 KA_TODAY 的值「${fixed}」无效,应为 YYYY-MM-DD。`,
      'en-US': `KA_TODAY must be a date as YYYY-MM-DD, not "${fixed}".`,
    });
  }
  return serial;
}

/** A --period (or --from/--to) value through the one period parser; a bad value is a usage error (exit 2). */
export function periodOption(value: string, option: string, env: NodeJS.ProcessEnv): string {
  const today = todayOf(env);
  const zh = parsePeriodArg(value, today, 'zh-CN', option);
  if ('error' in zh) {
    const en = parsePeriodArg(value, today, 'en-US', option);
    throw new LocalUsageError({ 'zh-CN': zh.error, 'en-US': 'error' in en ? en.error : zh.error });
  }
  return zh.period;
}
