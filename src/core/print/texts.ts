/** The fixed texts printed on the views, per workbook language. */
import type { Lang } from '../model/types';

export interface ViewTexts {
  readonly sign: string;
  readonly date: string;
  readonly signLine: string;
  readonly dateLine: string;
  readonly chooseKey: (label: string) => string;
  readonly notFound: string;
  readonly noRows: string;
  readonly leftOut: (countExpr: string, shown: number) => string;
  readonly weekday: string;
  readonly scheme: string;
  readonly items: string;
  readonly result: string;
  readonly reviews: string;
  readonly firstReview: string;
  readonly secondReview: string;
  readonly totals: string;
  readonly helper: string;
}

const ZH: ViewTexts = {
  sign: '签字',
  date: '日期',
  signLine: '________________',
  dateLine: '____年__月__日',
  chooseKey: (label) => `请在上方选择${label}`,
  notFound: '找不到该记录:',
  noRows: '没有符合的记录',
  // Excel formula text: the count is an expression.
  leftOut: (count, shown) => `="另有 "&(${count}-${shown})&" 条未列出(只列最近 ${shown} 条)"`,
  weekday: '星期',
  scheme: '考核方案',
  items: '考核项目',
  result: '考核结果',
  reviews: '评审',
  firstReview: '初评',
  secondReview: '复评',
  totals: '本日合计',
  helper: '(计算用,不打印)',
};

const EN: ViewTexts = {
  sign: 'Signature',
  date: 'Date',
  signLine: '________________',
  dateLine: '____-____-____',
  chooseKey: (label) => `Choose the ${label} above`,
  notFound: 'No such record: ',
  noRows: 'No matching rows',
  leftOut: (count, shown) => `=(${count}-${shown})&" more not shown (the latest ${shown} are listed)"`,
  weekday: 'Weekday',
  scheme: 'Scheme',
  items: 'Items',
  result: 'Result',
  reviews: 'Reviews',
  firstReview: 'First review',
  secondReview: 'Second review',
  totals: 'Day totals',
  helper: '(helper cells, not printed)',
};

export function viewTexts(lang: Lang): ViewTexts {
  return lang === 'zh-CN' ? ZH : EN;
}
