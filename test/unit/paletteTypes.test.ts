// The palette's post types: every title and grade in the loaded structures, counted in the
// structure being edited, so a post and its copy in a proposal are not counted twice.
import { describe, expect, it } from 'vitest';
import { postTypes } from '../../renderer/src/chart/paletteTypes';
import type { Grade, Id, Post } from '../../shared/model/types';

const grades: Grade[] = [{ id: 'g3', code: 'H3', name: '', sortOrder: 0, points: [] }];

function post(id: string, title: string, structureId: string): Post {
  return {
    id,
    structureId,
    lineageId: id.replace(/^[a-z]+-/, ''),
    ref: '',
    title,
    gradeId: 'g3',
    payPointId: null,
    salaryOverridePence: null,
    allInCostPence: null,
    niCategory: 'standard',
    fte: 1,
    vacant: false,
    organisationId: null,
    team: '',
    notes: '',
    duties: '',
    replacesLineageIds: [],
    organisationShares: [],
    isAssistant: false,
    managerId: null,
    dottedManagerIds: [],
    funding: [],
    postholders: [],
    sortOrder: 0,
    holding: false,
    grouped: false,
    headcount: null,
  };
}
const structure = (...posts: Post[]): Record<Id, Post> => Object.fromEntries(posts.map((p) => [p.id, p]));

const current = structure(post('cur-1', 'Business Support Officer', 'cur'), post('cur-2', 'Business Support Officer', 'cur'), post('cur-3', 'Data Entry Officer', 'cur'));
// The proposal keeps one officer, deletes the data entry post and adds a new type.
const proposal = structure(post('opt-1', 'Business Support Officer', 'opt'), post('opt-9', 'Digital Forms Officer', 'opt'));

describe('palette post types', () => {
  it('counts each type in the structure being edited, listing the types of other loaded structures as none', () => {
    const types = postTypes([current, proposal], grades, proposal);
    expect(types.map((t) => [t.title, t.gradeCode, t.count])).toEqual([
      ['Business Support Officer', 'H3', 1],
      ['Data Entry Officer', 'H3', 0],
      ['Digital Forms Officer', 'H3', 1],
    ]);
    // A copy is made from a post of the structure being edited where it has one.
    expect(types[0]!.examplePostId).toBe('opt-1');
    expect(postTypes([current, proposal], grades, current).map((t) => t.count)).toEqual([2, 1, 0]);
  });

  it('adds up every loaded structure when there is no structure being edited', () => {
    expect(postTypes([current, proposal], grades).map((t) => t.count)).toEqual([3, 1, 1]);
  });
});
