/**
 * `npm run bench`: prints the figures that the issues ask for. Benchmarks measure; they never
 * fail a build, so they live here and not in timed unit tests.
 */
type Bench = () => Promise<Record<string, number | string>>;

const BENCHES: [string, () => Promise<Bench>][] = [
  ['office adapter (fake Excel): generate and reads', async () => (await import('./office')).benchOffice],
  ['xlsx: generate --sample', async () => (await import('./xlsx')).benchXlsx],
  ['validation engine', async () => (await import('./validate')).benchValidate],
  ['check through the Office adapter (fake Excel, 50,000 visits)', async () => (await import('./check')).benchCheck],
  ['new period (fake Excel, 300 staff)', async () => (await import('./newPeriod')).benchNewPeriod],
  ['有效跟进客户数 in LibreOffice (sample + visits): full and one-edit recalc', async () => (await import('./visitsRecalc')).benchVisitsRecalc],
  ['KPI recalculation in LibreOffice (300 staff × 24 months)', async () => (await import('./kpiRecalc')).benchKpiRecalc],
  ['command line on 50,000 visits, beside openpyxl (child processes)', async () => (await import('./cli')).benchCli],
  ['ledger pre-fills in LibreOffice (300 staff × 12 months, 5,000 and 20,000 Revenue rows)', async () => (await import('./ledgers')).benchLedgers],
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [title, load] of BENCHES) {
    if (only && !title.includes(only)) continue;
    const figures = await (await load())();
    console.log(`\n${title}`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(48)} ${typeof v === 'number' ? round(v) : v}`);
  }
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
