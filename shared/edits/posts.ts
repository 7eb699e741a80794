// Adding and changing posts: what a new post starts with, how a change applies to a post, and the
// checks both must pass. Pure: the store reads what these need and writes what they return.
import type { NewPostInput, PostPatch } from '../api/schemas';
import { SINGLE_MAX_FTE } from '../model/fte';
import type { Id, PersonDetails, Post } from '../model/types';
import type { EqualityProfile } from '../equality/profile';
import { fitPayPoint } from './payPoint';
import { checkPostInStructure, checkReferences, checkStructureExists, type PostLookup, type ReferenceModel } from './references';
import { checkDottedNotSelf } from './reportingLines';
import { accepted, quote, refuse, refused, type Checked, type Refusal } from './refusal';

/** A post as written: like Post, but postholders may be new (no id yet). */
export type PostInput = Omit<Post, 'postholders'> & { postholders: { id?: Id | undefined; name: string; fte: number | null; details?: PersonDetails | undefined; equality?: EqualityProfile | undefined }[] };

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface NewPostContext {
  ref: ReferenceModel;
  look: PostLookup;
  /** The id the new post will have (and its lineage). */
  id: Id;
  structureId: Id;
  managerId: Id | null;
  /** The manager as it stands, if there is one (looked up by `managerId`). */
  manager: Post | undefined;
  /** A post whose grade, pay, organisation, team, duties and funding the new one copies. */
  template: Post | null;
  /** The place after the manager's last report. */
  sortOrder: number;
}

/**
 * A new post: vacant, under its manager, with the document's default organisation and funding
 * unless copied from another post, then with the fields given. Refused when what it names is missing.
 */
export function newPost(c: NewPostContext, input: NewPostInput): Checked<PostInput> {
  const missing = checkStructureExists(c.ref, c.structureId) ?? (c.managerId === null ? null : checkPostInStructure(c.manager, c.managerId, c.structureId, 'manager'));
  if (missing) return refused(missing);
  const { template, manager } = c;
  const { settings } = c.ref;
  const base: PostInput = {
    id: c.id,
    structureId: c.structureId,
    lineageId: c.id,
    ref: '',
    title: input.title,
    gradeId: template?.gradeId ?? null,
    payPointId: template?.payPointId ?? null,
    salaryOverridePence: template?.salaryOverridePence ?? null,
    allInCostPence: template?.allInCostPence ?? null,
    niCategory: template?.niCategory ?? 'standard',
    fte: template?.fte ?? 1,
    vacant: true,
    organisationId: template?.organisationId ?? settings.defaultOrganisationId,
    team: template?.team ?? manager?.team ?? '',
    notes: '',
    duties: template?.duties ?? '',
    replacesLineageIds: [],
    organisationShares: template?.organisationShares ?? [],
    isAssistant: template?.isAssistant ?? false,
    managerId: c.managerId,
    dottedManagerIds: [],
    funding: template?.funding ?? (settings.defaultFundingSourceId ? [{ sourceId: settings.defaultFundingSourceId, shareBp: 10_000 }] : []),
    postholders: [],
    sortOrder: c.sortOrder,
    holding: false,
    grouped: false,
    headcount: null,
  };
  const post = { ...base, ...stripUndefined(input) };
  if (input.postholders && input.postholders.length > 0 && input.vacant === undefined) post.vacant = false;
  if (post.vacant) post.postholders = [];
  post.payPointId = fitPayPoint(c.ref.grades, post.gradeId, post.payPointId);
  const bad = checkReferences(c.ref, c.look, post, c.structureId, c.id) ?? checkFteFits(post);
  return bad ? refused(bad) : accepted(post);
}

/** A single post holds at most SINGLE_MAX_FTE; only a grouped post (a number of posts counted in FTE) holds more. */
export function checkFteFits(post: Pick<Post, 'title' | 'fte' | 'grouped'>): Refusal | null {
  if (post.grouped || post.fte <= SINGLE_MAX_FTE) return null;
  return refuse(
    'invalid-argument',
    `${quote(post.title)} cannot have ${post.fte.toLocaleString('en-GB')} FTE: a single post has at most ${SINGLE_MAX_FTE.toLocaleString('en-GB')}. Make it a grouped post to give it more.`,
  );
}

export function addLabel(post: Pick<Post, 'title'>): string {
  return `Add ${quote(post.title)}`;
}

/**
 * One change applied to each of `posts`: giving postholders fills a post unless it says otherwise,
 * a vacant post has no postholders, and the pay point stays inside the grade. Refused, for all of
 * them, when what the change names is missing or a post would have a dotted line to itself.
 */
export function patchPosts(ref: ReferenceModel, look: PostLookup, posts: readonly Post[], change: PostPatch): Checked<{ before: Post; after: PostInput }[]> {
  const patch = stripUndefined(change);
  for (const p of posts) {
    const bad = checkReferences(ref, look, patch, p.structureId, p.id) ?? checkDottedNotSelf(p, patch.dottedManagerIds);
    if (bad) return refused(bad);
  }
  const out = posts.map((current) => {
    const next: PostInput = { ...current, ...patch };
    if (patch.postholders && patch.postholders.length > 0 && patch.vacant === undefined) next.vacant = false;
    if (next.vacant && patch.postholders === undefined) next.postholders = [];
    next.payPointId = fitPayPoint(ref.grades, next.gradeId, 'payPointId' in patch ? next.payPointId : current.payPointId);
    return { before: current, after: next };
  });
  for (const { after } of out) {
    const bad = checkFteFits(after);
    if (bad) return refused(bad);
  }
  return accepted(out);
}

export function editLabel(posts: readonly Pick<Post, 'title'>[]): string {
  return posts.length === 1 ? `Edit ${quote(posts[0]!.title)}` : `Edit ${posts.length} posts`;
}
