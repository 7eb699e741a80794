// `establish structure`: show one structure of a document, copy it under a new name, rename it,
// or set its status and the date it takes effect. Values are checked before anything is written,
// and each change is one step: a bad value leaves the file as it was.
import { ApiError } from '../../../shared/api/errors';
import { structureStatusSchema } from '../../../shared/api/schemas';
import { structureNamed } from '../../../shared/edits/structures';
import { formatDate } from '../../../shared/model/dates';
import { isoDateSchema } from '../../../shared/model/valueSchemas';
import type { DocumentInfo, Structure, StructureStatus } from '../../../shared/model/types';
import type { CommandContext, ParsedArgs } from '../command';

const STATUSES = structureStatusSchema.options;

function findStructure(info: DocumentInfo, name: string): Structure {
  const found = structureNamed(info.structures, name);
  if (found) return found;
  throw new ApiError('not-found', `There is no structure called "${name}" in ${info.fileName}. Its structures are ${info.structures.map((s) => `"${s.name}"`).join(', ')}.`);
}

function describe(s: Structure, posts: number) {
  return { name: s.name, kind: s.kind, status: s.status, implementationDate: s.implementationDate, posts };
}

export async function runStructure(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const [file, name] = positionals;
  if (!file || !name || positionals.length > 2) return ctx.usage();
  const copyTo = values['copy-to'] as string | undefined;
  const rename = values.rename as string | undefined;
  const bad = (message: string) => {
    ctx.io.err(`establish structure: ${message} Nothing was changed.`);
    return 2;
  };
  if (copyTo !== undefined && rename !== undefined) return bad('--rename cannot be used with --copy-to: copy first, then rename the copy.');
  for (const [option, v] of [['--copy-to', copyTo], ['--rename', rename]] as const)
    if (v !== undefined && !v.trim()) return bad(`${option} needs a name.`);
  let status: StructureStatus | undefined;
  if (values.status !== undefined) {
    const s = String(values.status).trim().toLowerCase();
    if (!(STATUSES as readonly string[]).includes(s)) return bad(`--status ${String(values.status)}: choose ${STATUSES.slice(0, -1).join(', ')} or ${STATUSES.at(-1)}.`);
    status = s as StructureStatus;
  }
  let date: string | null | undefined;
  if (values.date !== undefined) {
    const d = String(values.date).trim();
    if (d.toLowerCase() === 'none') date = null;
    else if (isoDateSchema.safeParse(d).success) date = d;
    else return bad(`--date ${d}: write a real date as YYYY-MM-DD, such as 2026-04-01, or "none".`);
  }
  const changing = copyTo !== undefined || rename !== undefined || status !== undefined || date !== undefined;
  // Read first: a structure that is not there, or a name already taken, is refused before the file is opened for writing.
  let info = await ctx.read(file);
  let target = findStructure(info, name);
  const taken = (n: string) => info.structures.find((s) => s.id !== (copyTo !== undefined ? '' : target.id) && s.name.trim().toLowerCase() === n.trim().toLowerCase());
  const clash = taken(copyTo ?? rename ?? '');
  if (clash && (copyTo ?? rename) !== undefined) throw new ApiError('conflict', `There is already a structure called "${clash.name}". Choose another name.`);
  if (changing) {
    info = await ctx.edit(file);
    if (info.access?.readOnly) throw new ApiError('file-read-only', `${info.fileName} cannot be changed: ${info.access.readOnly.message}`);
    target = findStructure(info, name);
  }
  if (copyTo !== undefined) {
    const created = await ctx.call('createStructure', {
      name: copyTo,
      fromStructureId: target.id,
      ...(status !== undefined ? { status } : {}),
      ...(date !== undefined ? { implementationDate: date } : {}),
    });
    info = (await ctx.call('getDocument'))!;
    target = info.structures.find((s) => s.id === created.createdIds[0])!;
    if (!values.json) ctx.io.out(`Copied "${name}" to "${target.name}".`);
  } else if (changing) {
    await ctx.call('updateStructure', {
      structureId: target.id,
      patch: { ...(rename !== undefined ? { name: rename } : {}), ...(status !== undefined ? { status } : {}), ...(date !== undefined ? { implementationDate: date } : {}) },
    });
    info = (await ctx.call('getDocument'))!;
    target = info.structures.find((s) => s.id === target.id)!;
    if (!values.json) ctx.io.out(`Changed "${target.name}".`);
  }
  const { posts } = await ctx.call('getStructure', { structureId: target.id });
  const d = describe(target, posts.filter((p) => !p.holding).length);
  if (values.json) ctx.io.out(JSON.stringify(d, null, 2));
  else
    ctx.io.out(
      `${d.name}: ${d.kind === 'current' ? 'the current structure' : 'a proposal'}, ${d.status}, ${d.implementationDate ? `taking effect on ${formatDate(d.implementationDate)}` : 'no implementation date'}; ${d.posts} post${d.posts === 1 ? '' : 's'}.`,
    );
  return 0;
}
