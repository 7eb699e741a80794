// `establish spans` and `establish options`: the shape of one structure (layers, each manager's
// span), and the options appraisal (Current and every proposal side by side).
import type { CliCommand } from '../command';

export const spansCommand: CliCommand = {
  name: 'spans',
  usage: 'establish spans FILE --structure NAME [--json]',
  summary: 'List the managers of a structure with their spans of control, and its layers.',
  details: [
    'A span is a manager\'s direct reports, a grouped post counting as the number of posts it stands for. Layers are counted below the top post. Spans outside the document\'s range (its design rule, or fewer than 3 or more than 12) are marked.',
  ],
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { structure: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: {
    structure: { value: 'NAME', text: 'The structure to look at.' },
    json: { text: 'Print {"structure", "layers", "managers": [{"post", "ref", "layer", "span", "outside"}], "span": {"median", "min", "max"}, "range", "distribution"} as JSON.' },
  },
  examples: ['establish spans sample.establish --structure Current'],
  run: (ctx, args) => import('../run/shape').then((m) => m.runSpans(ctx, args)),
};

export const optionsCommand: CliCommand = {
  name: 'options',
  usage: 'establish options FILE [--json]',
  summary: 'Set Current and every proposal side by side: posts, FTE, cost, saving, people at risk, layers, spans, rule breaches.',
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { json: { type: 'boolean' } },
  optionHelp: {
    json: {
      text: 'Print {"baseline", "options": [{"name", "posts", "fte", "cost", "saving", "atRisk", "oneOff", "paybackYears", "layers", "span", "managers", "breaches"}]} as JSON, money in pence, Current first.',
    },
  },
  examples: ['establish options sample.establish --json'],
  run: (ctx, args) => import('../run/shape').then((m) => m.runOptions(ctx, args)),
};
