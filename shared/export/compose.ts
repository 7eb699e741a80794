// Decides what an export holds, from the request and the loaded structures: the charts (with
// their change marks), the schedules and, for the consultation pack, the contents page; and numbers
// the pages of the whole document.
import type { ExportRequest } from '../api/exportSchemas';
import type { Page } from '../chart/scene';
import { marksForSide } from '../chart/status';
import type { ChangeSummary } from '../compare/compare';
import { costStructure, type StructureCosting } from '../costing/structureCost';
import { buildCostContext } from '../costing/postCost';
import { printedOrganisationName } from '../model/organisation';
import type { DocumentInfo, Structure, StructureData } from '../model/types';
import type { LayoutFn } from './chartPlan';
import { chartSections, type ChartSide } from './chartParts';
import { chartContent, longDate, statusText } from './content';
import { contentsSection } from './contents';
import type { TitleBlock } from './frame';
import { changesSchedule, yearsTable } from './schedules/changes';
import { staffingSchedule } from './schedules/staffing';
import { peopleTable } from './schedules/people';
import { costSummary } from './schedules/summary';
import { optionsSchedule } from './schedules/options';
import { equalitySchedule } from './schedules/equality';
import { equalityOf } from '../equality/profile';
import { equalityPeople } from '../equality/people';
import { optionsChartDescription, optionsChartSection } from './optionsChart';
import type { OptionsAppraisal } from '../compare/options';
import { oneOffSchedule } from './schedules/oneOff';
import type { Section } from './section';
import type { Table } from './table';
import { tableSection } from './tablePages';

export type Part =
  /** `figure`: a chart of figures (not of posts) described in words, that Word takes as a vector image. */
  | { kind: 'chart'; title: string; section: Section; figure?: { description: string } }
  | { kind: 'table'; title: string; table: Table; section: Section };

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
  /** For a chart of one branch: the titles from the top of the structure down to its head. */
  branchPath?: string[] | null;
  /** For the pack: the options appraisal to include, or none. */
  options?: OptionsAppraisal | null;
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
  // The placeholder a new document starts with never prints.
  return printedOrganisationName(doc);
}

export function compose(input: ComposeInput): ExportPlan {
  const { doc, req, subject, baseline, summary } = input;
  const diff = summary?.diff ?? null;
  // The subject's costing: the comparison's when there is one, so both say the same.
  const costing = (): StructureCosting => summary?.after ?? costStructure(subject.posts, buildCostContext(doc));
  const date = longDate(req.date ?? input.today);
  const branch = input.branchPath?.length ? input.branchPath : null;
  const titleFor = (s: Structure, heading = structureHeading(s)): TitleBlock => ({
    heading: branch ? `${heading}: ${branch[branch.length - 1]} and below` : heading,
    // A branch names the way down to it, so the reader knows where it sits.
    subtitle: `${branch && branch.length > 1 ? `${branch.join(' › ')} · ` : ''}${doc.settings.name}${s.implementationDate ? ` · Takes effect ${longDate(s.implementationDate)}` : ''}`,
    organisation: organisationName(doc),
    status: req.statusText ?? statusText(s.kind, s.status),
    date,
  });
  const options = { names: req.names, costs: req.costs, monochrome: req.monochrome };
  const ctx = buildCostContext(doc);
  const sideOf = (data: StructureData, side: 'before' | 'after' | null): ChartSide => {
    const marks = diff && side ? marksForSide(diff, side) : null;
    return { posts: data.posts, marks, content: chartContent(doc, data.posts, marks, options), title: titleFor(data.structure) };
  };
  const charts = (draw: readonly ('before' | 'after')[]): Part[] => {
    const compared = baseline !== null && diff !== null;
    const sections = chartSections({
      req,
      ctx,
      layoutFn: input.layoutFn,
      before: compared ? sideOf(baseline, 'before') : null,
      after: sideOf(subject, compared ? 'after' : null),
      diff,
      draw,
      ghosts: req.ghosts,
    });
    return sections.map((section) => ({ kind: 'chart', title: section.title, section }));
  };
  const table = (t: Table, s: Structure): Part => ({ kind: 'table', title: t.title, table: t, section: tableSection(t, req.paper, req.orientation, titleFor(s)) });

  const parts: Part[] = [];
  let title = structureHeading(subject.structure);
  const changes = (heading: string) => changesSchedule({ doc, summary: summary!, title: heading, names: req.names });
  const people = (heading: string) => peopleTable({ doc, summary: summary!, title: heading, names: req.names });
  const staffing = () => staffingSchedule(doc, costing(), `Staffing schedule: ${subject.structure.name}`, req.groupPosts);
  if (req.kind === 'chart') {
    parts.push(...charts(['after']));
  } else if (req.kind === 'schedule') {
    if (req.schedule === 'changes' && summary && baseline) {
      parts.push(table(changes(`Changes: ${baseline.structure.name} to ${subject.structure.name}`), subject.structure));
    } else if (req.schedule === 'people' && summary && baseline) {
      parts.push(table(people(`People affected: ${baseline.structure.name} to ${subject.structure.name}`), subject.structure));
    } else {
      parts.push(table(staffing(), subject.structure));
      // A workbook or Word file of a compared proposal carries its changes and cost summary too.
      if (summary && baseline && (req.format === 'xlsx' || req.format === 'docx')) {
        parts.push(table(changes(`Changes: ${baseline.structure.name} to ${subject.structure.name}`), subject.structure));
        parts.push(table(people('People affected'), subject.structure));
        parts.push(table(costSummary(doc, summary), subject.structure));
      }
    }
    title = parts[0]!.title;
  } else {
    if (!baseline || !summary) throw new Error('The consultation pack needs both structures and their comparison.');
    title = `Consultation pack: ${baseline.structure.name} to ${subject.structure.name}`;
    // Both charts on one geometry, cards the same size, so a reader can set one beside the other.
    parts.push(...charts(['before', 'after']));
    parts.push(table(changes('Changes schedule'), subject.structure));
    parts.push(table(people('People affected'), subject.structure));
    parts.push(table(staffing(), subject.structure));
    parts.push(table(costSummary(doc, summary), subject.structure));
    // People's ages and pay only when the author chose to show postholders.
    if (req.names && summary.oneOff.lines.length) parts.push(table(oneOffSchedule(summary), subject.structure));
    if (summary.byFinancialYear.length) parts.push(table(yearsTable('Effect by financial year', summary), subject.structure));
    // Summarised personal data: only when the author chose it.
    if (req.equality) parts.push(table(equalitySchedule(equalityOf(doc.settings), equalityPeople(baseline.posts, summary.people), baseline.structure.name), subject.structure));
    if (input.options) {
      parts.push(table(optionsSchedule(input.options), subject.structure));
      const section = optionsChartSection(input.options, req.paper, req.orientation, titleFor(subject.structure));
      parts.push({ kind: 'chart', title: section.title, section, figure: { description: optionsChartDescription(input.options) } });
    }
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
