/**
 * ka-workbench command line: each command lives in its own file under commands/ and is loaded
 * only when used, so one command's dependencies never slow another down.
 */
import type { Command, CliIo } from './io';
import { UsageError } from './io';
import type { Lang } from '../core/model/types';

const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./commands/generate')).run,
  import: async () => (await import('./commands/import')).run,
  validate: async () => (await import('./commands/validate')).run,
  score: async () => (await import('./commands/score')).run,
  'new-period': async () => (await import('./commands/newPeriod')).run,
  'export-hr': async () => (await import('./commands/exportHr')).run,
  archive: async () => (await import('./commands/archive')).run,
  consolidate: async () => (await import('./commands/consolidate')).run,
};

const USAGE = `Usage: ka-workbench <command> [options]

Commands:
  generate   --out FILE.xlsx [--lang zh-CN|en-US] [--sample]
  import     --in FILE.xlsx --table NAME --csv FILE.csv [--out FILE.xlsx]
  validate   --in FILE.xlsx [--json]
  score      --in FILE.xlsx [--period YYYY-MM] [--json]
  new-period --in FILE.xlsx --period YYYY-MM [--out FILE.xlsx]
  export-hr  --in FILE.xlsx --from YYYY-MM --to YYYY-MM --out FILE.xlsx
  archive    --in FILE.xlsx --before YYYY-MM --out ARCHIVE.xlsx
  consolidate --out FILE.xlsx [--from YYYY-MM --to YYYY-MM] IN1.xlsx IN2.xlsx …

Messages follow KA_LANG or LANG (zh-CN by default; en-US when LANG starts with "en").`;

function cliLang(env: NodeJS.ProcessEnv): Lang {
  const v = env.KA_LANG ?? env.LANG ?? '';
  return /^en/i.test(v) ? 'en-US' : 'zh-CN';
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const io: CliIo = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    lang: cliLang(env),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`Unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
