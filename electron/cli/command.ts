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

export interface OptionHelp {
  /** What the option's value is called in the help ("NAME", "PATH"); none for a switch. */
  value?: string;
  /** One sentence on what the option does. */
  text: string;
}

export interface CliCommand {
  name: string;
  /** Every argument and option on one line, as error messages quote it. */
  usage: string;
  summary: string;
  /** The forms the command is used in, for help, when `usage` is too long to read at a glance. */
  synopsis?: string[];
  /** Paragraphs shown under the summary in the command's own help. */
  details?: string[];
  /** Each positional argument and what it is. */
  arguments?: { name: string; text: string }[];
  options: NonNullable<ParseArgsConfig['options']>;
  /** A line of help for each option, keyed as in `options`. */
  optionHelp?: Record<string, OptionHelp>;
  /** Command lines shown as they are, each within 78 columns (a long one is continued with a backslash). */
  examples?: string[];
  /** Does the work; each command's code is imported here, so that help and the other commands never load it. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}
