// `establish settings`: show a document's settings, or change them with --set KEY=VALUE. Every
// value is checked before anything is written, and the changes are written together: a bad value
// leaves the file as it was.
import type { CliCommand } from '../command';
import { KEY_LIST } from '../settingKeys';

export const settingsCommand: CliCommand = {
  name: 'settings',
  usage: 'establish settings FILE [--json] [--set KEY=VALUE ...]',
  summary: 'Show the document\'s settings (organisation, pay year, NI, pension, levy, redundancy), or change them with --set.',
  details: [
    `Keys: ${KEY_LIST}. Rates are percentages (niRate=15, pension=19.8), amounts are pounds (niThreshold=5000), ` +
      'the multiplier is a number (redundancyMultiplier=1.5); pension sets the default organisation\'s rate, pension.NAME another\'s.',
    'Every value is checked before anything is written: one bad value and the file is left as it was.',
  ],
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { json: { type: 'boolean' }, set: { type: 'string', multiple: true } },
  optionHelp: {
    json: { text: 'Print the settings as JSON: money in pence, rates in basis points.' },
    set: { value: 'KEY=VALUE', text: 'Change a setting; repeat it to change several together.' },
  },
  examples: ['establish settings review.establish', 'establish settings review.establish --set niRate=15 --set niThreshold=5000', 'establish settings review.establish --set "pension.City Council=21.5"'],
  run: (ctx, args) => import('../run/settings').then((m) => m.runSettings(ctx, args)),
};
