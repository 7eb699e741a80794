// `establish settings`: show a document's settings, or change them with --set KEY=VALUE. Every
// value is checked before anything is written, and the changes are written together: a bad value
// leaves the file as it was.
import { ApiError } from '../../../shared/api/errors';
import { settingsPatchSchema, type SettingsPatch } from '../../../shared/api/schemas';
import { formatPoundsPence, formatRate, parsePounds } from '../../../shared/model/money';
import { MULTIPLIER_ERROR, PERCENT_ERROR, parseMultiplier, parsePercent } from '../../../shared/model/rates';
import type { DocumentInfo, Organisation } from '../../../shared/model/types';
import type { CommandContext, ParsedArgs } from '../command';
import { KEY_LIST, SETTING_KEY_NAMES } from '../settingKeys';
import { UsageError } from '../context';
import { table } from '../format';

interface OrganisationChange {
  organisation: Organisation;
  name?: string;
  pensionRateBp?: number;
}

const POUNDS_ERROR = 'Enter an amount in pounds, such as 5000 or 50,270.';

function want<T>(value: T | null, key: string, raw: string, message: string): T {
  if (value === null) throw new UsageError(`--set ${key}=${raw}: ${message}`);
  return value;
}

const choice = <T extends string>(options: readonly T[]) => (raw: string): T | null => (options as readonly string[]).includes(raw.trim().toLowerCase()) ? (raw.trim().toLowerCase() as T) : null;

/** Keys of document settings: how each reads its value and what it sets. */
const SETTING_KEYS: Record<(typeof SETTING_KEY_NAMES)[number], { help: string; read(raw: string, key: string): SettingsPatch }> = {
  name: { help: 'the document’s name', read: (v, k) => ({ name: want(v.trim() || null, k, v, 'The document needs a name.') }) },
  payYear: { help: 'the pay year, such as 2025/26', read: (v, k) => ({ payYear: want(/^\d{4}\/\d{2}$/.test(v.trim()) ? v.trim() : null, k, v, 'Write the pay year as 2025/26.') }) },
  vacancyCosting: { help: 'bottom, middle or top of the grade', read: (v, k) => ({ vacancyCosting: want(choice(['bottom', 'middle', 'top'] as const)(v), k, v, 'Choose bottom, middle or top.') }) },
  niRate: { help: 'employer NI rate, %', read: (v, k) => ({ niRateBp: want(parsePercent(v), k, v, PERCENT_ERROR) }) },
  niThreshold: { help: 'NI secondary threshold, £ a year', read: (v, k) => ({ niThresholdPence: want(parsePounds(v), k, v, POUNDS_ERROR) }) },
  niUpperThreshold: { help: 'NI upper secondary threshold, £ a year', read: (v, k) => ({ niUpperThresholdPence: want(parsePounds(v), k, v, POUNDS_ERROR) }) },
  levy: { help: 'apprenticeship levy on or off', read: (v, k) => ({ levyEnabled: want(onOff(v), k, v, 'Write on or off.') }) },
  levyRate: { help: 'levy rate, % of pay', read: (v, k) => ({ levyRateBp: want(parsePercent(v), k, v, PERCENT_ERROR) }) },
  redundancyMultiplier: { help: 'discretionary multiplier of statutory weeks', read: (v, k) => ({ redundancyMultiplierBp: want(parseMultiplier(v), k, v, MULTIPLIER_ERROR) }) },
  redundancyWeekCap: { help: 'statutory limit on a week’s pay, £', read: (v, k) => ({ redundancyWeekCapPence: want(parsePounds(v), k, v, POUNDS_ERROR) }) },
  redundancyWeekPay: { help: 'capped or actual week’s pay', read: (v, k) => ({ redundancyWeekPay: want(choice(['capped', 'actual'] as const)(v), k, v, 'Choose capped or actual.') }) },
};

function onOff(v: string): boolean | null {
  const t = v.trim().toLowerCase();
  return ['on', 'yes', 'true', '1'].includes(t) ? true : ['off', 'no', 'false', '0'].includes(t) ? false : null;
}

function defaultOrganisation(info: DocumentInfo, key: string): Organisation {
  const org = info.organisations.find((o) => o.id === info.settings.defaultOrganisationId) ?? info.organisations[0];
  if (!org) throw new UsageError(`--set ${key}: the document has no organisation.`);
  return org;
}

function findOrganisation(info: DocumentInfo, name: string, key: string): Organisation {
  const org = info.organisations.find((o) => o.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!org) throw new UsageError(`--set ${key}: there is no organisation called "${name}". The organisations are ${info.organisations.map((o) => `"${o.name}"`).join(', ')}.`);
  return org;
}

/** Every --set read and checked, before anything is written. */
export function readChanges(info: DocumentInfo, sets: readonly string[]): { patch: SettingsPatch; organisations: Map<string, OrganisationChange> } {
  const patch: SettingsPatch = {};
  const organisations = new Map<string, OrganisationChange>();
  const org = (o: Organisation) => organisations.get(o.id) ?? organisations.set(o.id, { organisation: o }).get(o.id)!;
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set ${set}: write KEY=VALUE, such as niRate=15. The keys are ${KEY_LIST}.`);
    const key = set.slice(0, eq).trim();
    const raw = set.slice(eq + 1);
    const setting = Object.entries(SETTING_KEYS).find(([k]) => k.toLowerCase() === key.toLowerCase());
    if (setting) Object.assign(patch, setting[1].read(raw, key));
    else if (key.toLowerCase() === 'organisation') org(defaultOrganisation(info, key)).name = want(raw.trim() || null, key, raw, 'The organisation needs a name.');
    else if (/^pension(\.|$)/i.test(key)) {
      const target = key.includes('.') ? findOrganisation(info, key.slice(key.indexOf('.') + 1), key) : defaultOrganisation(info, key);
      org(target).pensionRateBp = want(parsePercent(raw), key, raw, PERCENT_ERROR);
    } else throw new UsageError(`--set ${key}: there is no setting "${key}". The keys are ${KEY_LIST}.`);
  }
  const checked = settingsPatchSchema.safeParse(patch);
  if (!checked.success) throw new UsageError(`--set: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return { patch, organisations };
}

function settingsJson(info: DocumentInfo) {
  const { defaultOrganisationId, defaultFundingSourceId, ...settings } = info.settings;
  const org = info.organisations.find((o) => o.id === defaultOrganisationId) ?? null;
  return {
    ...settings,
    organisation: org?.name ?? null,
    organisations: info.organisations.map((o) => ({ name: o.name, pensionRateBp: o.pensionRateBp })),
    defaultFundingSource: info.fundingSources.find((f) => f.id === defaultFundingSourceId)?.name ?? null,
  };
}

function settingsText(info: DocumentInfo): string {
  const s = info.settings;
  const org = info.organisations.find((o) => o.id === s.defaultOrganisationId) ?? info.organisations[0];
  const rows: [string, string, string][] = [
    ['name', 'Document name', s.name],
    ['organisation', 'Organisation', org?.name ?? '(none)'],
    ['payYear', 'Pay year', s.payYear],
    ['vacancyCosting', 'Cost vacancies at', `${s.vacancyCosting} of grade`],
    ['niRate', 'Employer NI rate', formatRate(s.niRateBp)],
    ['niThreshold', 'NI secondary threshold', `${formatPoundsPence(s.niThresholdPence)} a year`],
    ['niUpperThreshold', 'NI upper secondary threshold', `${formatPoundsPence(s.niUpperThresholdPence)} a year`],
    ['levy', 'Apprenticeship levy', s.levyEnabled ? `on, ${formatRate(s.levyRateBp)}` : 'off'],
    ['redundancyMultiplier', 'Redundancy multiplier', `${s.redundancyMultiplierBp / 10_000}`],
    ['redundancyWeekCap', 'Week’s pay limit', formatPoundsPence(s.redundancyWeekCapPence)],
    ['redundancyWeekPay', 'Week’s pay used', s.redundancyWeekPay],
    ...info.organisations.map((o): [string, string, string] => [`pension.${o.name}`, `Pension rate: ${o.name}`, formatRate(o.pensionRateBp)]),
  ];
  return table(['Key', 'Setting', 'Value'], rows, ['left', 'left', 'left']);
}

export async function runSettings(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1) return ctx.usage();
  const sets = (values.set as string[] | undefined) ?? [];
  // Read first: a bad value is refused before the file is opened for writing.
  let info = await ctx.read(file);
  if (sets.length) {
    let changes;
    try {
      changes = readChanges(info, sets);
    } catch (err) {
      if (err instanceof UsageError) {
        ctx.io.err(`establish settings: ${err.message} Nothing was changed.`);
        return 2;
      }
      throw err;
    }
    info = await ctx.edit(file);
    if (info.access?.readOnly) throw new ApiError('file-read-only', `${info.fileName} cannot be changed: ${info.access.readOnly.message}`);
    await writeChanges(ctx, readChanges(info, sets));
    info = (await ctx.call('getDocument'))!;
    if (!values.json) ctx.io.out(`Changed ${sets.length} setting${sets.length === 1 ? '' : 's'} of ${info.fileName}.`);
  }
  ctx.io.out(values.json ? JSON.stringify(settingsJson(info), null, 2) : settingsText(info));
  return 0;
}

/** Writes the changes; if one is refused, the ones written before it are undone, so none stays. */
async function writeChanges(ctx: CommandContext, changes: ReturnType<typeof readChanges>): Promise<void> {
  let written = 0;
  try {
    if (Object.keys(changes.patch).length) {
      await ctx.call('updateSettings', { patch: changes.patch });
      written++;
    }
    for (const c of changes.organisations.values()) {
      await ctx.call('saveOrganisation', { id: c.organisation.id, name: c.name ?? c.organisation.name, pensionRateBp: c.pensionRateBp ?? c.organisation.pensionRateBp });
      written++;
    }
  } catch (err) {
    for (; written > 0; written--) await ctx.call('undo');
    throw err;
  }
}
