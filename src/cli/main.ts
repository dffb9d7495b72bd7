/**
 * ka-workbench command line: each command lives in its own file under commands/ and is loaded
 * only when used, so one command's dependencies never slow another down.
 */
import type { Command, CliIo } from './io';
import { UsageError } from './io';
import type { Lang } from '../core/model/types';
import { LocalUsageError, USAGE_ERRORS, commandHelp, helpHint, mainUsage, version } from './usage';

const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./commands/generate')).run,
  import: async () => (await import('./commands/import')).run,
  validate: async () => (await import('./commands/validate')).run,
  score: async () => (await import('./commands/score')).run,
  'new-period': async () => (await import('./commands/newPeriod')).run,
  'export-hr': async () => (await import('./commands/exportHr')).run,
  print: async () => (await import('./commands/print')).run,
  archive: async () => (await import('./commands/archive')).run,
  consolidate: async () => (await import('./commands/consolidate')).run,
};

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
  const usage = (): string => mainUsage(Object.keys(COMMANDS), io.lang);
  if (!name) {
    io.err(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(version());
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`${USAGE_ERRORS.unknownCommand(name)[io.lang]}\n\n${usage()}`);
    return 2;
  }
  // Help wins over everything else on the line, so `import --help` works without the other options.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(name, io.lang));
    return 0;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e instanceof LocalUsageError ? e.texts[io.lang] : e.message);
      io.err(helpHint(name, io.lang));
      return 2;
    }
    throw e;
  }
}
