// Posts read from a file go into the document through the rules the interactive edits keep: the
// pay point stays inside its grade, what a post names is in the document, a single post holds at
// most its FTE limit, shares add up to 100%, and no reporting line loops. Pure: the import builds the
// posts and the reference data they will name, and writes what this returns.
import type { Id } from '../model/types';
import { fitPayPoint } from './payPoint';
import { checkFteFits, type PostInput } from './posts';
import { checkReferenceData, type ReferenceModel } from './references';
import { accepted, refused, type Checked, type Refusal } from './refusal';
import { checkNoLoops } from './reportingLines';
import { checkPostShares } from './shares';

/**
 * The same rules, a post at a time, so a large import can write each post as soon as it passes and
 * not hold every post at once: `add` each post in turn, then `finish` checks the reporting lines,
 * which need them all. A refusal from either means none of the posts may be written.
 */
export class ImportedPostsCheck {
  /** What the reporting lines of the posts added so far need of each, the posts in the order added. */
  private readonly ids: Id[] = [];
  private readonly titles: string[] = [];
  private readonly managerIds: (Id | null)[] = [];
  /** The ids of the posts added so far. */
  private readonly added = new Set<Id>();
  /**
   * Set once a post names a manager not added before it (a manager further on, itself, or one
   * outside the posts), or shares an id with an earlier post. Until then every manager comes before
   * its reports, so following managers up always reaches the top and no line can loop.
   */
  private mayLoop = false;

  /** `ref` is the document's reference data with what the import adds to it (grades, organisations, funding). */
  constructor(private readonly ref: ReferenceModel) {}

  /** The post as it will be written (its pay point fitted to its grade), or the reason it may not be. */
  add(p: PostInput): Checked<PostInput> {
    const payPointId = fitPayPoint(this.ref.grades, p.gradeId, p.payPointId);
    const post = payPointId === p.payPointId ? p : { ...p, payPointId };
    const bad = checkReferenceData(this.ref, post) ?? checkFteFits(post) ?? checkPostShares(post);
    if (bad) return refused(bad);
    this.ids.push(post.id);
    this.titles.push(post.title);
    this.managerIds.push(post.managerId);
    if (post.managerId !== null && !this.mayLoop && !this.added.has(post.managerId)) this.mayLoop = true;
    const added = this.added.size;
    // An id added before leaves the set as it was.
    if (this.added.add(post.id).size === added) this.mayLoop = true;
    return accepted(post);
  }

  /** Once every post is added: the reason their reporting lines loop, or null. */
  finish(): Refusal | null {
    if (!this.mayLoop) return null;
    return checkNoLoops(this.ids.map((id, i) => ({ id, title: this.titles[i]!, managerId: this.managerIds[i]! })));
  }
}

/**
 * The posts of one structure as they will be written, or the reason none of them may be: `ref` is
 * the document's reference data with what the import adds to it (grades, organisations, funding).
 */
export function checkImportedPosts(ref: ReferenceModel, posts: readonly PostInput[]): Checked<PostInput[]> {
  const check = new ImportedPostsCheck(ref);
  const out: PostInput[] = [];
  for (const p of posts) {
    const checked = check.add(p);
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  const loop = check.finish();
  return loop ? refused(loop) : accepted(out);
}
