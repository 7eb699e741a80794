// The work of `establish export`, loaded only when that command runs (its help is in ../commands/export.ts).
import type { ExportRequestInput } from '../../../shared/api/exportSchemas';
import { exportRequestSchema } from '../../../shared/api/exportSchemas';
import { ApiError } from '../../../shared/api/errors';
import type { DocumentInfo } from '../../../shared/model/types';
import { waitForExport } from '../../export/jobs';
import { UsageError } from '../context';
import type { CommandContext, ParsedArgs } from '../command';

const FORMATS = ['pdf', 'svg', 'png', 'xlsx', 'csv', 'docx'];

function structureId(info: DocumentInfo, name: string): string {
  const exact = info.structures.find((s) => s.name === name) ?? info.structures.filter((s) => s.name.toLowerCase() === name.toLowerCase())[0];
  if (!exact) throw new ApiError('not-found', `There is no structure called "${name}". The document has: ${info.structures.map((s) => `"${s.name}"`).join(', ')}.`);
  return exact.id;
}

/** The post heading a branch: by its post reference, or by a title no other post has. */
async function branchHead(ctx: CommandContext, structure: string, ref: string): Promise<string> {
  const { posts } = await ctx.call('getStructure', { structureId: structure });
  const key = ref.trim().toLowerCase();
  const byRef = posts.filter((p) => p.ref.trim().toLowerCase() === key && key !== '');
  if (byRef.length === 1) return byRef[0]!.id;
  const byTitle = posts.filter((p) => p.title.trim().toLowerCase() === key);
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byRef.length + byTitle.length > 1) throw new ApiError('invalid-argument', `More than one post is "${ref}": give its post reference instead.`);
  throw new ApiError('not-found', `No post has the reference or title "${ref}".`);
}

/** The window's wording names its own tick box; here the way to replace a file is --force. */
function inCommandLineWords(message: string): string {
  return message.replace('tick the box to replace it', 'add --force to replace it');
}

export async function runExport(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (!file || !out) return ctx.usage();
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  try {
    if (values.pack && values.structure) throw new UsageError('use either --structure or --pack, not both');
    if (values.options && !values.pack) throw new UsageError('--options goes with --pack');
    if (values.equality && !values.pack) throw new UsageError('--equality goes with --pack');
    const paper = str('paper')?.toUpperCase() ?? 'A4';
    if (paper !== 'A4' && paper !== 'A3') throw new UsageError('--paper is A4 or A3');
    if (str('dpi') !== undefined && !/^\d+$/.test(str('dpi')!)) throw new UsageError('--dpi is a whole number of dots per inch');
    const minText = str('min-text');
    if (minText !== undefined && (!/^\d+(\.\d+)?$/.test(minText) || Number(minText) < 6 || Number(minText) > 9)) throw new UsageError('--min-text is a size in points from 6 to 9, e.g. 6.5');
    const info = await ctx.read(file);
    const common = {
      paper: paper as 'A4' | 'A3',
      orientation: values.landscape ? ('landscape' as const) : ('portrait' as const),
      names: values.names === true,
      costs: values.costs === true,
      monochrome: values.mono === true,
      ...(str('dpi') ? { dpi: Number(str('dpi')) } : {}),
      ...(minText !== undefined ? { minText: Number(minText) } : {}),
      ...(str('status') !== undefined ? { statusText: str('status')! } : {}),
    };
    let req: ExportRequestInput;
    if (values.pack) {
      const from = str('from');
      const to = str('to');
      if (!from || !to) throw new UsageError('--pack needs --from NAME and --to NAME');
      const format = out.toLowerCase().endsWith('.docx') ? 'docx' : out.toLowerCase().endsWith('.pdf') ? 'pdf' : null;
      if (!format) throw new UsageError('the pack is written as PATH.pdf or PATH.docx');
      const optionIds = values.options ? info.structures.filter((s) => s.kind !== 'current').map((s) => s.id) : undefined;
      req = { kind: 'pack', format, fromId: structureId(info, from), toId: structureId(info, to), ...(optionIds ? { optionIds } : {}), ...(values.equality ? { equality: true } : {}), ...common };
    } else {
      const name = str('structure');
      const format = str('format')?.toLowerCase();
      if (!name || !format) throw new UsageError('give --structure NAME and --format, or --pack');
      if (!FORMATS.includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}`);
      const schedule = str('schedule') ?? (format === 'xlsx' || format === 'csv' ? 'staffing' : undefined);
      if (schedule !== undefined && schedule !== 'staffing' && schedule !== 'changes' && schedule !== 'people') throw new UsageError('--schedule is staffing, changes or people');
      const kind = schedule !== undefined ? 'schedule' : 'chart';
      const compare = str('compare');
      const sid = structureId(info, name);
      const branch = str('branch');
      if (branch !== undefined && kind !== 'chart') throw new UsageError('--branch is for a chart, not a schedule');
      req = {
        kind,
        format: format as ExportRequestInput['format'],
        structureId: sid,
        ...(branch !== undefined ? { branchId: await branchHead(ctx, sid, branch) } : {}),
        ...(schedule ? { schedule: schedule as 'staffing' | 'changes' | 'people' } : {}),
        ...(compare !== undefined ? { compareWithId: compare === '' ? null : structureId(info, compare) } : {}),
        ...common,
      };
    }
    const parsed = exportRequestSchema.safeParse(req);
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
    const { jobId } = await ctx.call('startExport', { request: req, path: ctx.resolve(out), overwrite: values.force === true });
    const status = await waitForExport(ctx.session, jobId);
    if (status.state !== 'done') {
      ctx.io.err(`establish export: ${inCommandLineWords(status.error?.message ?? status.stage)}`);
      return 1;
    }
    for (const f of status.files) ctx.io.out(`Wrote ${f}`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.io.err(`establish export: ${err.message}`);
      return ctx.usage();
    }
    if (err instanceof ApiError && err.code === 'file-exists') {
      ctx.io.err(`establish export: ${inCommandLineWords(err.message)}`);
      return 1;
    }
    throw err;
  }
}
