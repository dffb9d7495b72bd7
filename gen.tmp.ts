import { LISTS } from './src/core/model/lists';
import { createFormulaContext } from './src/core/model/formulaContext';
import { numberFormatOf } from './src/core/model/numberFormats';
import { STAFF } from './src/core/model/tables/staff';
import { KPI_PARAMS } from './src/core/model/tables/kpiParams';
import { CUSTOMERS } from './src/core/model/tables/customers';
import { CONTACTS } from './src/core/model/tables/contacts';
import { COMPETITORS } from './src/core/model/tables/competitors';
import { FOLLOW_UPS } from './src/core/model/tables/followUps';
import { VISITS } from './src/core/model/tables/visits';
import { VISIT_DAILY } from './src/core/model/tables/visitDaily';
import { RELATION_PLAN } from './src/core/model/tables/relationPlan';
import { GIFT_PLANS } from './src/core/model/tables/giftPlans';
import { GIFT_REQUESTS } from './src/core/model/tables/giftRequests';
import { RECEPTION_REQUESTS } from './src/core/model/tables/receptionRequests';
import { RECEPTION_REPORTS } from './src/core/model/tables/receptionReports';
import type { Column, TableSpec, WorkbookModel } from './src/core/model/types';
const T: TableSpec[] = [STAFF, KPI_PARAMS, CUSTOMERS, CONTACTS, COMPETITORS, FOLLOW_UPS, VISITS, VISIT_DAILY, RELATION_PLAN, GIFT_PLANS, GIFT_REQUESTS, RECEPTION_REQUESTS, RECEPTION_REPORTS];
const model: WorkbookModel = { version: 1, sheets: [{ key: 'a', name: { zh: 'a', en: 'a' }, tables: T }], lists: LISTS };
const type = (c: Column): string => {
  const t = c.type;
  switch (t.kind) {
    case 'id': return `id (${t.example})`;
    case 'int': return t.max !== undefined ? `int ${t.min}–${t.max}` : `int ≥ ${t.min}`;
    case 'enum': return `enum(\`${t.list}\`)`;
    case 'ref': return `ref(${t.table}.${t.column})`;
    case 'formula': return `formula → ${t.result}`;
    default: return t.kind;
  }
};
for (const t of T) {
  console.log(`\n### ${t.name}\n`);
  console.log(`| key | zh-CN | en-US | type | req | format | width | notes |\n|---|---|---|---|---|---|---|---|`);
  for (const c of t.columns) {
    const notes = [c.personal ? 'personal' : '', c.prefill ? 'prefill' : ''].filter(Boolean).join(', ');
    console.log(`| \`${c.key}\` | ${c.header.zh} | ${c.header.en} | ${type(c)} | ${c.required ? '*' : ''} | \`${numberFormatOf(c) ?? 'General'}\` | ${c.width} | ${notes} |`);
  }
  const f = createFormulaContext(model, t.name, 'zh-CN');
  for (const c of t.columns) {
    if (c.type.kind === 'formula') console.log(`\nFORMULA ${c.key}: \`${c.type.formula(f)}\``);
    if (c.prefill) console.log(`\nPREFILL ${c.key}: \`${c.prefill(f)}\``);
  }
}
console.log('\n| id | zh-CN header | en-US header | values |\n|---|---|---|---|');
for (const l of LISTS) console.log(`| \`${l.id}\` | ${l.header.zh} | ${l.header.en} | ${l.values.join(' · ')} |`);
