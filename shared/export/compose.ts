// Decides what an export holds, from the request and the loaded structures: the charts (with
// their change marks), the schedules and, for the consultation pack, the contents page; and numbers
// the pages of the whole document.
import type { ExportRequest } from '../api/exportSchemas';
import type { Page } from '../chart/scene';
import { marksForSide } from '../chart/status';
import type { ChangeSummary } from '../compare/compare';
import { costStructure, type StructureCosting } from '../costing/structureCost';
import { buildCostContext } from '../costing/postCost';
import type { DocumentInfo, Structure, StructureData } from '../model/types';
import { chartPages } from './chartPages';
import type { LayoutFn } from './chartPlan';
import { chartContent, longDate, statusText } from './content';
import { contentsSection } from './contents';
import type { TitleBlock } from './frame';
import { changesSchedule, yearsTable } from './schedules/changes';
import { staffingSchedule } from './schedules/staffing';
import { costSummary } from './schedules/summary';
import type { Section } from './section';
import type { Table } from './table';
import { tableSection } from './tablePages';

export type Part = { kind: 'chart'; title: string; section: Section } | { kind: 'table'; title: string; table: Table; section: Section };

export interface ComposeInput {
  doc: DocumentInfo;
  req: ExportRequest;
  /** The structure a chart or schedule shows (or the pack's proposal), and the one it is compared with. */
  subject: StructureData;
  baseline: StructureData | null;
  /** The costing engine's comparison of baseline and subject (the same the compare view shows). */
  summary: ChangeSummary | null;
  layoutFn: LayoutFn;
  /** ISO date printed when the request names none. */
  today: string;
}

export interface ExportPlan {
  title: string;
  parts: Part[];
  /** Every section in print order, the contents page first when there is one. */
  sections: Section[];
  pageCount: number;
  /** Draws page `index` (zero-based) of the whole document. */
  render(index: number): Page;
}

export function structureHeading(s: Structure): string {
  if (s.kind === 'current') return /current/i.test(s.name) ? `${s.name} structure`.replace(/structure structure$/i, 'structure') : `Current structure: ${s.name}`;
  return `Proposed structure: ${s.name}`;
}

function organisationName(doc: DocumentInfo): string {
  const org = doc.organisations.find((o) => o.id === doc.settings.defaultOrganisationId) ?? doc.organisations[0];
  return org?.name ?? '';
}

export function compose(input: ComposeInput): ExportPlan {
  const { doc, req, subject, baseline, summary } = input;
  const diff = summary?.diff ?? null;
  // The subject's costing: the comparison's when there is one, so both say the same.
  const costing = (): StructureCosting => summary?.after ?? costStructure(subject.posts, buildCostContext(doc));
  const date = longDate(req.date ?? input.today);
  const titleFor = (s: Structure, heading = structureHeading(s)): TitleBlock => ({
    heading,
    subtitle: `${doc.settings.name}${s.implementationDate ? ` · Takes effect ${longDate(s.implementationDate)}` : ''}`,
    organisation: organisationName(doc),
    status: req.statusText ?? statusText(s.kind, s.status),
    date,
  });
  const options = { names: req.names, costs: req.costs, monochrome: req.monochrome };
  const chart = (data: StructureData, side: 'before' | 'after' | null, scale?: number): Part & { scale: number } => {
    const marks = diff && side ? marksForSide(diff, side) : null;
    const content = chartContent(doc, data.posts, marks, options);
    const title = titleFor(data.structure);
    const cp = chartPages({ posts: data.posts, content, title, paper: req.paper, orientation: req.orientation, layoutFn: input.layoutFn, ...(scale ? { scale } : {}) });
    return {
      kind: 'chart',
      scale: cp.scale,
      title: title.heading,
      section: { title: title.heading, pageCount: cp.pageCount, render: (i, n) => cp.render(i, n) },
    };
  };
  const table = (t: Table, s: Structure): Part => ({ kind: 'table', title: t.title, table: t, section: tableSection(t, req.paper, req.orientation, titleFor(s)) });

  const parts: Part[] = [];
  let title = structureHeading(subject.structure);
  const changes = (heading: string) => changesSchedule({ doc, summary: summary!, title: heading, names: req.names });
  const staffing = () => staffingSchedule(doc, costing(), `Staffing schedule: ${subject.structure.name}`);
  if (req.kind === 'chart') {
    parts.push(chart(subject, baseline && diff ? 'after' : null));
  } else if (req.kind === 'schedule') {
    if (req.schedule === 'changes' && summary && baseline) {
      parts.push(table(changes(`Changes: ${baseline.structure.name} to ${subject.structure.name}`), subject.structure));
    } else {
      parts.push(table(staffing(), subject.structure));
      // A workbook or Word file of a compared proposal carries its changes and cost summary too.
      if (summary && baseline && (req.format === 'xlsx' || req.format === 'docx')) {
        parts.push(table(changes(`Changes: ${baseline.structure.name} to ${subject.structure.name}`), subject.structure));
        parts.push(table(costSummary(doc, summary), subject.structure));
      }
    }
    title = parts[0]!.title;
  } else {
    if (!baseline || !summary) throw new Error('The consultation pack needs both structures and their comparison.');
    title = `Consultation pack: ${baseline.structure.name} to ${subject.structure.name}`;
    // Both charts drawn the same way, cards the same size, so a reader can set one beside the other.
    let before = chart(baseline, 'before');
    let after = chart(subject, 'after');
    if (before.scale > after.scale) before = chart(baseline, 'before', after.scale);
    else if (after.scale > before.scale) after = chart(subject, 'after', before.scale);
    parts.push(before, after);
    parts.push(table(changes('Changes schedule'), subject.structure));
    parts.push(table(staffing(), subject.structure));
    parts.push(table(costSummary(doc, summary), subject.structure));
    if (summary.byFinancialYear.length) parts.push(table(yearsTable('Effect by financial year', summary), subject.structure));
  }

  const sections: Section[] = parts.map((p) => p.section);
  if (req.kind === 'pack') {
    const firstPages = () => {
      let page = 2;
      return parts.map((p) => {
        const e = { title: p.title, page };
        page += p.section.pageCount;
        return e;
      });
    };
    const intro = [
      'Charts show posts, not people' + (req.names ? ', except where postholders are named at the author’s request.' : '; postholder names are not shown.'),
      'Costs are full-year and include employer National Insurance and pension contributions.',
    ];
    sections.unshift(contentsSection(req.paper, req.orientation, { ...titleFor(subject.structure, title) }, firstPages, intro));
  }
  const starts: number[] = [];
  let total = 0;
  for (const s of sections) {
    starts.push(total);
    total += s.pageCount;
  }
  return {
    title,
    parts,
    sections,
    pageCount: total,
    render(index) {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > index) k--;
      return sections[k]!.render(index - starts[k]!, { first: starts[k]! + 1, total });
    },
  };
}
