// The people schedule: one line per person affected (named only when the author chose names,
// otherwise by the post they hold), their post now, what happens to them; then the selection pools,
// each with the people in it and the posts they are pooled for. Counts are of people and posts.
import type { ChangeSummary } from '../../compare/compare';
import { OUTCOME_LABEL, OUTCOME_ORDER, peopleSchedule, personFte, sortedPeople, type PersonRow } from '../../compare/peopleSchedule';
import { fteUnits } from '../../model/fte';
import type { DocumentInfo, Post } from '../../model/types';
import type { Column, Row, Table } from '../table';

export interface PeopleTableInput {
  doc: Pick<DocumentInfo, 'grades'>;
  summary: ChangeSummary;
  title: string;
  names: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Who a line is about: the name when names are shown and one is recorded, else the post held. */
export function personLabel(r: PersonRow, names: boolean): string {
  if (names && r.name) return r.name;
  const of = r.personOf.of > 1 ? ` (person ${r.personOf.n} of ${r.personOf.of})` : '';
  // The post's reference is short and unique; a post without one is named by its title.
  return `Postholder of ${r.post.ref || r.post.title}${of}`;
}

export function peopleTable(input: PeopleTableInput): Table {
  const { summary, names } = input;
  const schedule = peopleSchedule(summary.diff.changes, summary.people);
  const grades = new Map(input.doc.grades.map((g) => [g.id, g.code]));
  const grade = (p: Post) => (p.gradeId ? (grades.get(p.gradeId) ?? '') : '');
  const columns: Column[] = [
    { header: names ? 'Person' : 'Person (by post held)', kind: 'text', width: 26, key: true },
    { header: 'Ref', kind: 'text', width: 8 },
    { header: 'Post now', kind: 'text', width: 28 },
    { header: 'Grade', kind: 'text', width: 7 },
    { header: 'FTE', kind: 'fte', width: 6 },
    { header: 'Team', kind: 'text', width: 16 },
    { header: 'Outcome', kind: 'text', width: 12 },
    { header: 'Pool', kind: 'text', width: 6 },
    { header: 'What happens', kind: 'text', width: 40 },
  ];
  const rows: Row[] = [];
  const sorted = sortedPeople(schedule.rows);
  for (const outcome of OUTCOME_ORDER) {
    const group = sorted.filter((r) => r.outcome === outcome);
    if (!group.length) continue;
    rows.push({ kind: 'section', cells: [`${OUTCOME_LABEL[outcome]}: ${plural(group.length, 'person', 'people')}`, ...Array<null>(columns.length - 1).fill(null)] });
    for (const r of group) {
      rows.push({
        kind: 'body',
        cells: [personLabel(r, names), r.post.ref, r.post.title, grade(r.post), fteUnits(personFte(r)) / 10_000, r.post.team, OUTCOME_LABEL[r.outcome], r.pool ? `Pool ${r.pool}` : '', r.detail],
      });
    }
  }
  if (schedule.pools.length) {
    rows.push({ kind: 'section', cells: ['Selection pools', ...Array<null>(columns.length - 1).fill(null)] });
    for (const pool of schedule.pools) {
      rows.push({
        kind: 'body',
        cells: [
          `Pool ${pool.number}: ${plural(pool.people, 'person', 'people')} for ${plural(pool.posts, 'post')}`,
          '',
          pool.from.map((p) => p.title).join('; '),
          '',
          pool.peopleFteUnits / 10_000,
          '',
          'Ring-fenced',
          `Pool ${pool.number}`,
          `For ${pool.to.map((p) => (p.ref ? `${p.title} (${p.ref})` : p.title)).join('; ')}: ${pool.postFteUnits / 10_000} FTE`,
        ],
      });
    }
  }
  const c = schedule.counts;
  return {
    title: input.title,
    notes: [
      `${plural(schedule.rows.length, 'person', 'people')} affected: ${c['at-risk']} at risk, ${c['ring-fenced']} ring-fenced in a selection pool (also at risk until selection), ${c['slotted-in']} slotted in, ${c.redeployed ? `${c.redeployed} redeployed, ` : ''}${c['post-retained']} keeping their post with a change.`,
      names ? 'Postholders are named at the author’s request.' : 'Postholder names are not shown: each person is listed by the post they hold.',
    ],
    columns,
    rows,
  };
}
