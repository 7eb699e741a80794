// What must be the same for identical posts to be drawn as one card ("Business Support Officer × 7"),
// beyond the title and grade the layout compares itself: FTE, salary and every change marked on
// them. A group never mixes posts that differ in any of these, on screen or on paper, so a card
// never hides an FTE cut or a deletion of one of its members.
import { fullTimeSalary, type CostContext } from '../costing/postCost';
import { fteUnits } from '../model/fte';
import type { Post } from '../model/types';
import type { PostMark } from './status';

export function postGroupKey(post: Post, mark: PostMark | null | undefined, ctx: CostContext | null): string {
  // Without the document's pay data the salary is told by where it comes from.
  const salary = ctx ? String(fullTimeSalary(post, ctx).fullTimeSalaryPence) : `${post.salaryOverridePence ?? ''}/${post.payPointId ?? ''}/${post.vacant ? 'v' : ''}`;
  return `${fteUnits(post.fte)}\u0001${salary}\u0001${post.allInCostPence ?? ''}\u0001${post.niCategory}\u0001${mark ? mark.kinds.join(',') : ''}`;
}
