// The import task a job worker runs: reading and checking every row of a file into a plan with
// its preview. It works on the file to import and on what the main process read from the document;
// nothing here writes to the document.
import type { ImportPreview } from '../../shared/import/api';
import { matchLineage } from '../../shared/import/lineage';
import { DEFAULT_OPTIONS, fileNotes, planImport, type PlanSource } from '../../shared/import/plan';
import { previewPosts } from '../../shared/import/preview';
import { appendRecords, emptyRecords, readRecords } from '../../shared/import/records';
import type { ColumnMapping, ImportFormat, ImportOptions, ImportPlan, ImportTarget, SourceRef, SourceRole } from '../../shared/import/types';
import type { Post } from '../../shared/model/types';
import type { TaskContext, TaskFn } from '../jobs/protocol';
import { TaskCancelled } from '../jobs/protocol';
import type { ReferenceData } from '../store/read';
import { takeInspected } from './handOver';
import { openSource, type OpenedSource } from './inspect';
import type { Progress } from './readSource';
import { currentStructure, resolveTarget } from './write';

export interface StartImportInput {
  source: SourceRef;
  junior?: SourceRef | null | undefined;
  format: ImportFormat;
  mapping: ColumnMapping;
  juniorMapping?: ColumnMapping | null | undefined;
  target: ImportTarget;
  options?: Partial<ImportOptions> | undefined;
}

export interface ImportReadInput {
  input: StartImportInput;
  ref: ReferenceData;
  /** The Current structure's posts, whose lineage imported posts take. */
  currentPosts: Post[];
  /** Posts the import would replace in the structure it goes into. */
  replaces: number;
}

export interface ImportReadOutput {
  plan: ImportPlan;
  sources: { role: SourceRole; headers: string[] }[];
  preview: ImportPreview;
}

const SLICE = 2_000;

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** A part of the job's progress bar, from `from` to `to`. */
function slice(ctx: TaskContext, phase: string, from: number, to: number): Progress {
  return {
    tick: async (fraction) => {
      await ctx.progress(from + (to - from) * fraction, phase);
      if (ctx.cancelled()) throw new TaskCancelled();
    },
  };
}

async function readRows(src: OpenedSource, mapping: ColumnMapping, role: SourceRole, progress: Progress): Promise<PlanSource> {
  const grid = src.sheet.grid;
  const all = emptyRecords();
  for (let from = 0; from < grid.rows.length; from += SLICE) {
    appendRecords(all, readRecords(grid, src.headerRow, mapping, role, from, from + SLICE));
    await progress.tick(Math.min(1, (from + SLICE) / grid.rows.length));
  }
  const info = { fileName: src.read.fileName, encoding: src.read.encoding, converted: src.read.converted };
  return {
    info: { role, fileName: info.fileName, encoding: info.encoding, sheet: src.sheet.name, dataRows: Math.max(0, grid.rows.length - src.headerRow - 1) },
    mapping,
    read: all,
    notes: fileNotes(role, info, src.headerRow, grid, src.read.unterminatedAt),
    headers: src.headers,
    headerRow: grid.rowNumbers[src.headerRow] ?? 1,
  };
}

function preview(data: ImportReadInput, plan: ImportPlan): ImportPreview {
  const { ref, currentPosts } = data;
  currentStructure({ ref });
  const target = resolveTarget({ ref }, data.input.target);
  const match = matchLineage(plan.posts, plan.grades, currentPosts, ref.grades);
  return {
    summary: plan.summary,
    report: plan.report,
    targetName: target.name,
    replaces: data.replaces,
    matched: { byRef: match.byRef, byGroup: match.byGroup, currentPosts: currentPosts.filter((p) => !p.holding).length },
    posts: previewPosts(plan, new Set(match.lineage.keys())),
  };
}

export const importRead: TaskFn<ImportReadInput, ImportReadOutput> = async (data, ctx) => {
  const { input } = data;
  const hasJunior = input.format === 'organogram' && !!input.junior;
  let mainSource: OpenedSource | null =
    takeInspected<OpenedSource>(input.source.path, input.source.sheet, 'main') ??
    (await openSource(input.source, 'main', slice(ctx, `Reading ${baseName(input.source.path)}`, 0, hasJunior ? 0.3 : 0.5)));
  let juniorSource: OpenedSource | null = hasJunior ? await openSource(input.junior!, 'junior', slice(ctx, `Reading ${baseName(input.junior!.path)}`, 0.3, 0.5)) : null;
  const main = await readRows(mainSource, input.mapping, 'main', slice(ctx, 'Checking rows', 0.5, hasJunior ? 0.7 : 0.9));
  const junior = juniorSource ? await readRows(juniorSource, input.juniorMapping ?? {}, 'junior', slice(ctx, 'Checking junior rows', 0.7, 0.9)) : null;
  const sources: ImportReadOutput['sources'] = [{ role: 'main', headers: mainSource.headers }, ...(juniorSource ? [{ role: 'junior' as const, headers: juniorSource.headers }] : [])];
  // Every cell of the files is held until here; the rows read from them are all that planning needs.
  mainSource = null;
  juniorSource = null;
  await ctx.progress(0.9, 'Preparing the preview');
  if (ctx.cancelled()) throw new TaskCancelled();
  const plan = planImport(input.format, main, junior, data.ref, { ...DEFAULT_OPTIONS, ...input.options });
  return { plan, sources, preview: preview(data, plan) };
};
