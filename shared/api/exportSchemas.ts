// Arguments of the export methods. One request describes any export: a chart, a schedule or the
// consultation pack, in any of the formats each can take.
import { z } from 'zod';

const id = z.string().min(1).max(64);

export const EXPORT_FORMATS = ['pdf', 'svg', 'png', 'xlsx', 'csv', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z
  .object({
    kind: z.enum(['chart', 'schedule', 'pack']),
    format: z.enum(EXPORT_FORMATS),
    /** The structure of a chart or schedule. */
    structureId: id.optional(),
    /** For a chart or schedule of a proposal: the structure it is compared with (its changes are marked). */
    compareWithId: id.nullable().optional(),
    /** For a schedule: which one (a CSV holds one table). */
    schedule: z.enum(['staffing', 'changes', 'people']).default('staffing'),
    /** For the pack: the current and proposed structures. */
    fromId: id.optional(),
    toId: id.optional(),
    /** For the pack: an options appraisal of Current and these proposals, in this order. */
    optionIds: z.array(id).max(100).optional(),
    /** For the pack: the equality profile of the people at risk (personal data, summarised), only when chosen. */
    equality: z.boolean().optional(),
    paper: z.enum(['A4', 'A3']).default('A4'),
    orientation: z.enum(['portrait', 'landscape']).default('landscape'),
    /** Postholder names are personal data: left out unless this is set. */
    names: z.boolean().default(false),
    costs: z.boolean().default(false),
    monochrome: z.boolean().default(false),
    /** The staffing schedule: one line per post type (identical posts grouped, as councils print it), or one line per post. */
    groupPosts: z.boolean().default(true),
    /** The smallest text a printed chart may use, in points: a chart is fitted to one page where it can be set at this size or more. */
    minText: z.number().min(6, 'the smallest text must be at least 6 pt').max(9, 'the smallest text must be at most 9 pt').default(6.5),
    /** On a proposal drawn with its changes, show the posts it deletes as ghosts where they were. */
    ghosts: z.boolean().default(true),
    /** Export only the branch below this post (a chart), with the posts above it named in the title block. */
    branchId: id.optional(),
    dpi: z.number().int().min(48, 'resolution must be at least 48 dpi').max(600, 'resolution must be at most 600 dpi').default(150),
    /** Printed in the title block instead of the structure's own status. */
    statusText: z.string().max(60).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const need = (cond: boolean, message: string) => {
      if (!cond) ctx.addIssue({ code: 'custom', message });
    };
    if (r.kind === 'chart') {
      need(r.structureId !== undefined, 'a chart needs the structure to draw');
      need(['pdf', 'svg', 'png', 'docx'].includes(r.format), 'a chart can be saved as PDF, SVG, PNG or Word');
    }
    need(r.branchId === undefined || r.kind === 'chart', 'only a chart can be of one branch');
    if (r.kind === 'schedule') {
      need(r.structureId !== undefined, 'a schedule needs its structure');
      need(['xlsx', 'csv', 'pdf', 'docx'].includes(r.format), 'a schedule can be saved as Excel, CSV, PDF or Word');
      need(r.schedule === 'staffing' || (r.compareWithId ?? null) !== null, `the ${r.schedule} schedule needs a structure to compare with`);
    }
    if (r.kind === 'pack') {
      need(r.fromId !== undefined && r.toId !== undefined, 'the consultation pack needs the current and the proposed structure');
      need(r.format === 'pdf' || r.format === 'docx', 'the consultation pack is saved as PDF or Word');
      need(r.fromId === undefined || r.fromId !== r.toId, 'the pack compares two different structures');
    } else {
      need(r.optionIds === undefined, 'only the consultation pack has an options appraisal');
      need(!r.equality, 'only the consultation pack has an equality profile');
    }
  });

export type ExportRequest = z.output<typeof exportRequestSchema>;
export type ExportRequestInput = z.input<typeof exportRequestSchema>;

export const exportSchemas = {
  startExport: z.object({ request: exportRequestSchema, path: z.string().min(1, 'a file path is needed').max(4096), overwrite: z.boolean().default(false) }).strict(),
  previewExport: z.object({ request: exportRequestSchema }).strict(),
};

export interface ExportPreview {
  /** The first page as a PNG data: URL. */
  image: string;
  width: number;
  height: number;
  pageCount: number;
  /** What the export will hold, in a sentence. */
  summary: string;
}
