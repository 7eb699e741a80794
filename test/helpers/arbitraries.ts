// fast-check generators of structures and of the edits an adviser makes to a copy of one.
import fc from 'fast-check';
import type { Post } from '../../shared/model/types';
import { copyOf, CORE, GRANT, GRANT2, ORG_A, ORG_B, post } from './model';

const TEAMS = ['Finance', 'People', 'Digital', ''];
const FTES = [1, 0.5, 0.6, 0.81, 0.3333, 1.5];
const GRADES = ['g1', 'g2', 'g3', null] as const;

const postSpec = fc.record({
  manager: fc.nat(),
  grade: fc.nat({ max: 3 }),
  point: fc.nat({ max: 3 }),
  override: fc.option(fc.integer({ min: 0, max: 12_000_000 }), { freq: 5 }),
  fte: fc.constantFrom(...FTES),
  vacant: fc.boolean(),
  holders: fc.constantFrom<(number | null)[]>([null], [], [0.5, 0.5], [0.4, null]),
  funding: fc.nat({ max: 4 }),
  shared: fc.boolean(),
  team: fc.constantFrom(...TEAMS),
  ref: fc.boolean(),
});

function fundingOf(n: number): Post['funding'] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [{ sourceId: GRANT, shareBp: 10_000 }];
    case 2:
      return [{ sourceId: CORE, shareBp: 3333 }, { sourceId: GRANT, shareBp: 3333 }, { sourceId: GRANT2, shareBp: 3334 }];
    case 3:
      return [{ sourceId: CORE, shareBp: 2500 }, { sourceId: GRANT2, shareBp: 7500 }];
    default:
      return [{ sourceId: CORE, shareBp: 10_000 }];
  }
}

/** A structure of 1 to `max` posts; every manager comes earlier in the list, so there are no loops. */
export function structureArb(max = 30): fc.Arbitrary<Post[]> {
  return fc.array(postSpec, { minLength: 1, maxLength: max }).map((specs) =>
    specs.map((s, i) => {
      const gradeId = GRADES[s.grade]!;
      const id = `b${i}`;
      const vacant = s.vacant && i % 3 === 0;
      return post({
        id,
        structureId: 'before',
        ref: s.ref ? `R${i}` : '',
        title: `Post ${i % 7}`,
        gradeId,
        payPointId: gradeId && s.point < 2 ? `${gradeId}-p${s.point}` : null,
        salaryOverridePence: s.override,
        fte: s.fte,
        vacant,
        team: s.team,
        managerId: i === 0 || s.manager % 5 === 0 ? null : `b${s.manager % i}`,
        funding: fundingOf(s.funding),
        organisationId: s.shared ? ORG_B : null,
        organisationShares: s.shared ? [{ organisationId: ORG_A, shareBp: 4000 }, { organisationId: ORG_B, shareBp: 6000 }] : [],
        postholders: vacant ? [] : s.holders.map((fte, h) => ({ id: `${id}-h${h}`, name: '', fte })),
        sortOrder: i,
      });
    }),
  );
}

export type Edit =
  | { op: 'delete' | 'title' | 'grade' | 'fte' | 'move' | 'team' | 'funding' | 'vacancy' | 'duties' | 'organisation' | 'self-replace'; at: number }
  | { op: 'add'; at: number; replaces: number };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete', 'title', 'grade', 'fte', 'move', 'team', 'funding', 'vacancy', 'duties', 'organisation', 'self-replace' as const),
    at: fc.nat(),
  }) as fc.Arbitrary<Edit>,
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), replaces: fc.nat() }),
);

/** A copy of `before` (keeping lineage) with the edits applied the way the editor applies them. */
export function applyEdits(before: readonly Post[], edits: readonly Edit[]): Post[] {
  let posts = copyOf(before, 'after');
  const deletedLineages: string[] = [];
  let added = 0;
  for (const e of edits) {
    if (posts.length === 0) break;
    const target = posts[e.at % posts.length]!;
    const set = (fields: Partial<Post>) => (posts = posts.map((p) => (p.id === target.id ? { ...p, ...fields } : p)));
    switch (e.op) {
      case 'delete':
        deletedLineages.push(target.lineageId);
        posts = posts.filter((p) => p.id !== target.id).map((p) => (p.managerId === target.id ? { ...p, managerId: target.managerId } : p));
        break;
      case 'add': {
        const id = `n${added++}`;
        const replaces = deletedLineages.length && e.replaces % 2 === 0 ? [deletedLineages[e.replaces % deletedLineages.length]!] : [];
        posts.push(post({ id, structureId: 'after', managerId: target.id, replacesLineageIds: replaces, vacant: true, postholders: [], sortOrder: posts.length }));
        break;
      }
      case 'title':
        set({ title: `${target.title} (redesignated)` });
        break;
      case 'grade':
        set({ gradeId: target.gradeId === 'g2' ? 'g3' : 'g2', payPointId: null });
        break;
      case 'fte':
        set({ fte: target.fte === 1 ? 0.8 : 1 });
        break;
      case 'move':
        // Every post's managers come earlier in the list, so the first post is never below another.
        if (target.id !== posts[0]!.id) set({ managerId: posts[0]!.id });
        break;
      case 'team':
        set({ team: `${target.team} Hub` });
        break;
      case 'funding':
        set({ funding: [{ sourceId: GRANT2, shareBp: 10_000 }] });
        break;
      case 'vacancy':
        set(target.vacant ? { vacant: false, postholders: [{ id: `${target.id}-new`, name: '', fte: null }] } : { vacant: true, postholders: [] });
        break;
      case 'duties':
        set({ duties: 'New job description' });
        break;
      case 'organisation':
        set({ organisationId: target.organisationId === ORG_B ? ORG_A : ORG_B, organisationShares: [] });
        break;
      case 'self-replace':
        set({ title: `${target.title} (new duties)`, replacesLineageIds: [target.lineageId] });
        break;
    }
  }
  return posts;
}
