// `establish`: the command-line companion, on the same handlers as the app.
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { checkCommand } from './commands/check';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { diffCommand } from './commands/diff';
import { infoCommand } from './commands/info';
import { newCommand } from './commands/new';
import { optionsCommand, spansCommand } from './commands/shape';
import { settingsCommand } from './commands/settings';
import { structureCommand } from './commands/structure';
import type { CliCommand, CommandContext } from './command';
import type { Io } from './context';
import { commandHelp, overview, usageHint } from './help';

export const COMMANDS: CliCommand[] = [newCommand, infoCommand, settingsCommand, structureCommand, checkCommand, importCommand, exportCommand, diffCommand, optionsCommand, spansCommand];

export async function runCli(args: string[], io: Io, cwd = process.cwd()): Promise<number> {
  // --debug, anywhere: an unexpected error is printed with its stack trace.
  const debug = args.includes('--debug');
  const argv = args.filter((a) => a !== '--debug');
  const [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0) {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    if (!command) {
      io.err(`establish help: there is no command "${rest[0]}". The commands are ${COMMANDS.map((c) => c.name).join(', ')}.`);
      return 2;
    }
    io.out(commandHelp(command));
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(COMMANDS));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { APP_VERSION } = await import('../api/version');
    io.out(APP_VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`establish: unknown command "${name}".\n\n${overview(COMMANDS)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return 0;
  }
  // The session and the handlers behind it are loaded only when a command runs, not for help.
  const { CliContext } = await import('./context');
  const base = new CliContext(io, cwd);
  const ctx = Object.assign(base, {
    usage: () => {
      io.err(usageHint(command));
      return 2;
    },
  }) as CommandContext;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      io.err(`establish ${command.name}: ${(err as Error).message}\n${usageHint(command)}`);
      return 2;
    }
    return await command.run(ctx, { positionals: parsed.positionals, values: parsed.values });
  } catch (err) {
    if (err instanceof ApiError) io.err(`establish ${command.name}: ${err.message}`);
    else if (debug) io.err(`establish ${command.name}: ${(err as Error).stack ?? String(err)}`);
    else io.err(`establish ${command.name}: ${oneLine(err)} (run again with --debug for the details)`);
    return 1;
  } finally {
    base.dispose();
  }
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? 'something went wrong';
}

/** Output that stops quietly when its reader has gone (`establish info FILE | head -1`). */
export function pipeSafeIo(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, exit: (code: number) => void): Io {
  let closed = false;
  const onError = (err: NodeJS.ErrnoException) => {
    // The reader stopped reading: that is the reader's choice, not a failure.
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
      closed = true;
      exit(0);
    }
  };
  stdout.on('error', onError);
  stderr.on('error', () => undefined);
  return {
    out: (t) => {
      if (!closed) stdout.write(t + '\n');
    },
    err: (t) => {
      if (!closed) stderr.write(t + '\n');
    },
  };
}

/** Entry point of the bundled command line. */
export function main(): void {
  const io = pipeSafeIo(process.stdout, process.stderr, (code) => process.exit(code));
  const debug = process.argv.includes('--debug');
  const fail = (err: unknown) => {
    io.err(debug && err instanceof Error ? (err.stack ?? err.message) : `establish: ${oneLine(err)}${debug ? '' : ' (run again with --debug for the details)'}`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  }, fail);
}
