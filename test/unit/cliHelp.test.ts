// Help text laid out for an 80-column terminal: long usage lines wrap between options, never
// inside one, and continue under the command's arguments; prose wraps between words.
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../electron/cli/command';
import { commandHelp, overview, usageLines, wrap } from '../../electron/cli/help';

const long: CliCommand = {
  name: 'export',
  usage:
    'establish export FILE (--structure NAME --format pdf|svg|png|xlsx|csv|docx | --pack --from NAME --to NAME) --out PATH [--paper A4|A3] [--landscape] [--schedule staffing|changes|people] [--compare NAME] [--dpi N] [--status TEXT] [--force]',
  summary: 'Export a chart or schedule of a structure, or the consultation pack (PDF or Word), as a test of a summary long enough to wrap twice over in the help.',
  options: { out: { type: 'string' }, force: { type: 'boolean' }, 'a-very-long-option-name': { type: 'string' } },
  optionHelp: { out: { value: 'PATH', text: 'The file to write.' }, force: { text: 'Replace PATH.' } },
  run: async () => 0,
};

describe('command-line help', () => {
  it('wraps prose between words, with a hanging indent', () => {
    const lines = wrap('word '.repeat(40).trim(), '  ', 6);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(lines[0]!.startsWith('  word')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('      word'))).toBe(true);
  });

  it('wraps a long usage between options, keeping each bracketed option whole, under the arguments', () => {
    const lines = usageLines(long);
    expect(lines[0]).toBe('Usage:');
    const body = lines.slice(1);
    expect(body[0]!.startsWith('  establish export FILE')).toBe(true);
    for (const l of body) expect(l.length).toBeLessThanOrEqual(80);
    for (const l of body.slice(1)) expect(l).toMatch(/^ {19}\S/);
    const joined = body.map((l) => l.trim()).join('\n');
    for (const group of ['[--paper A4|A3]', '[--schedule staffing|changes|people]', '[--status TEXT]']) expect(joined).toContain(group);
    // The group too long for any line is broken at its spaces instead.
    expect(body.join(' ').replace(/\s+/g, ' ')).toContain('(--structure NAME --format pdf|svg|png|xlsx|csv|docx | --pack --from NAME --to NAME)');
  });

  it('keeps a short usage on one line', () => {
    expect(usageLines({ ...long, usage: 'establish info FILE [--json]' })).toEqual(['Usage: establish info FILE [--json]']);
  });

  it('lists an option without help of its own by name, and puts text under an option too long for the column', () => {
    const help = commandHelp(long);
    for (const l of help.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(help).toMatch(/^ {2}--a-very-long-option-name VALUE$/m);
    expect(help).toMatch(/^ {2}--out PATH +The file to write\.$/m);
    expect(help).toMatch(/^ {2}-h, --help +Show this help\.$/m);
    const over = overview([long]);
    for (const l of over.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(over).toContain('      Export a chart or schedule');
  });
});
