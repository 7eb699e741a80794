// The command line's help, laid out for an 80-column terminal: each command's usage with its
// summary indented beneath, and for one command every argument and option on a line of its own.
import type { CliCommand } from './command';

export const HELP_WIDTH = 80;

/**
 * Splits text into words for wrapping. In a usage line a bracketed group ("[--paper A4|A3]") is
 * kept whole, so that an option never breaks from its value.
 */
function words(text: string, keep: 'prose' | 'usage'): string[] {
  if (keep === 'prose') return text.split(' ').filter(Boolean);
  const out: string[] = [];
  let word = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ' ' && depth === 0) {
      if (word) out.push(word);
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  // A group too long for a line of its own is broken at its spaces after all.
  return out.flatMap((w) => (w.length > HELP_WIDTH - 8 ? w.split(' ') : [w]));
}

/** Wraps `text` to the help width: the first line starts with `first`, the rest are indented by `rest` spaces. */
export function wrap(text: string, first: string, rest: number, keep: 'prose' | 'usage' = 'prose'): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words(text, keep)) {
    if (!empty && line.length + 1 + w.length > HELP_WIDTH) {
      lines.push(line);
      line = ' '.repeat(rest) + w;
    } else {
      line += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The forms a command is used in, shortest first where it has several. */
export function synopsis(command: CliCommand): string[] {
  return command.synopsis?.length ? command.synopsis : [command.usage];
}

/** Lines of one usage form starting with `lead`, continued under the command's arguments. */
function formLines(command: CliCommand, form: string, lead: string): string[] {
  return wrap(form, lead, lead.length + `establish ${command.name} `.length, 'usage');
}

/** "Usage: establish x ..." on one line when it fits, else "Usage:" and each form indented beneath. */
export function usageLines(command: CliCommand): string[] {
  const forms = synopsis(command);
  const one = forms.length === 1 ? formLines(command, forms[0]!, 'Usage: ') : [];
  if (one.length === 1) return one;
  return ['Usage:', ...forms.flatMap((form) => formLines(command, form, '  '))];
}

/** The whole command line at a glance: every command's usage with its summary beneath. */
export function overview(commands: readonly CliCommand[]): string {
  const out = [
    ...wrap('Establish: design before/after staffing structures, cost the changes and export consultation documents.', '', 0),
    '',
    'Usage: establish COMMAND FILE [OPTIONS]',
    '',
    'Commands:',
  ];
  for (const c of commands) {
    for (const form of synopsis(c)) out.push(...formLines(c, form, '  '));
    out.push(...wrap(c.summary, '      ', 6), '');
  }
  out.push(
    ...wrap('Run "establish help COMMAND" or "establish COMMAND --help" for a command\'s options.', '', 0),
    ...wrap('Run "establish --version" for the version.', '', 0),
    ...wrap('Add --debug to any command to see the details of an unexpected error.', '', 0),
    '',
    ...wrap('Exit codes: 0 success; 1 the command ran but found problems or failed; 2 the command was mistyped.', '', 0),
    ...wrap('When whatever reads the output stops early (establish info FILE | head -1), the command stops quietly with 0.', '', 0),
  );
  return out.join('\n');
}

interface Entry {
  label: string;
  text: string;
}

/** The column the text of `entries` starts at: room for the labels, within reason. */
function columnFor(list: readonly Entry[]): number {
  return Math.min(24, Math.max(...list.map((e) => e.label.length)) + 4);
}

/** Two columns: labels, then their text wrapped beside them (or beneath a label too long to leave room). */
function entries(list: readonly Entry[], column: number): string[] {
  const out: string[] = [];
  for (const e of list) {
    const label = `  ${e.label}`;
    if (label.length + 2 > column) out.push(label, ...wrap(e.text, ' '.repeat(column), column));
    else out.push(...wrap(e.text, label.padEnd(column), column));
  }
  return out;
}

/** The placeholder of an option's value, when it has no help of its own to name one. */
function defaultValue(type: 'string' | 'boolean'): string {
  return type === 'string' ? ' VALUE' : '';
}

/** One command's help: its usage, what it does, and each argument and option on a line of its own. */
export function commandHelp(command: CliCommand): string {
  const out = [...usageLines(command), '', ...wrap(command.summary, '', 0)];
  if (command.details) out.push('', ...command.details.flatMap((p) => wrap(p, '', 0)));
  const args: Entry[] = (command.arguments ?? []).map((a) => ({ label: a.name, text: a.text }));
  const options: Entry[] = Object.entries(command.options).map(([name, config]) => {
    const help = command.optionHelp?.[name];
    const value = help?.value !== undefined ? ` ${help.value}` : defaultValue(config.type);
    const flag = `${config.short ? `-${config.short}, ` : ''}--${name}${value}${config.multiple ? '...' : ''}`;
    return { label: flag, text: help?.text ?? '' };
  });
  options.push({ label: '-h, --help', text: 'Show this help.' });
  // Arguments and options share one column, so their text lines up.
  const column = columnFor([...args, ...options]);
  if (args.length) out.push('', 'Arguments:', ...entries(args, column));
  out.push('', 'Options:', ...entries(options, column));
  if (command.examples?.length) out.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return out.join('\n');
}

/** What a mistyped command answers: its usage and where to find more. */
export function usageHint(command: CliCommand): string {
  return [...usageLines(command), `Run "establish help ${command.name}" for its options.`].join('\n');
}
