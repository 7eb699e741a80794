import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from './context';

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

export interface CommandContext extends CliContext {
  /** Prints the command's usage as an error and answers exit code 2. */
  usage(): number;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}
