// Posts read from a file go into the document through the rules the interactive edits keep: the
// pay point stays inside its grade, what a post names is in the document, a single post holds at
// most its FTE limit, shares add up to 100%, and no reporting line loops. Pure: the import builds the
// posts and the reference data they will name, and writes what this returns.
import { fitPayPoint } from './payPoint';
import { checkFteFits, type PostInput } from './posts';
import { checkReferenceData, type ReferenceModel } from './references';
import { accepted, refused, type Checked } from './refusal';
import { checkNoLoops } from './reportingLines';
import { checkPostShares } from './shares';

/**
 * The posts of one structure as they will be written, or the reason none of them may be: `ref` is
 * the document's reference data with what the import adds to it (grades, organisations, funding).
 */
export function checkImportedPosts(ref: ReferenceModel, posts: readonly PostInput[]): Checked<PostInput[]> {
  const out: PostInput[] = [];
  for (const p of posts) {
    const post = { ...p, payPointId: fitPayPoint(ref.grades, p.gradeId, p.payPointId) };
    const bad = checkReferenceData(ref, post) ?? checkFteFits(post) ?? checkPostShares(post);
    if (bad) return refused(bad);
    out.push(post);
  }
  const loop = checkNoLoops(out);
  return loop ? refused(loop) : accepted(out);
}
