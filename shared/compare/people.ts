// The people effect of a change: who is at risk, who slots in, which vacancies go, headcount and
// FTE before and after, when collective consultation applies, and which posts lose their funding
// around the time the change takes effect.
import type { PostChange, ReplacementGroup, StructureDiff } from '../diff/types';
import type { FundingSource, Id, Post, Postholder } from '../model/types';
import { addMonths } from '../costing/financialYear';
import { headcountOf, personUnits } from '../costing/postCost';
import { fteUnits } from '../model/fte';
import type { Totals } from '../costing/structureCost';

export interface ReplacementOutcome {
  group: ReplacementGroup;
  /** People in the replaced posts that were filled. */
  candidates: number;
  candidateFteUnits: number;
  /** Replacing posts, and their FTE. */
  places: number;
  placeFteUnits: number;
  /**
   * 'slot-in': the replacing posts have room (by FTE) for every candidate, so each is matched
   * straight to one; 'ring-fence': more candidates than room, so they compete and stay at risk;
   * 'no-candidates': every replaced post was vacant.
   */
  outcome: 'slot-in' | 'ring-fence' | 'no-candidates';
}

export interface AtRiskPost {
  /** The change of a filled post that was deleted or redesignated. */
  change: PostChange;
  people: number;
  /**
   * Of `people`, those named again in a retained vacancy or a new post of the after structure
   * (redeployed): they are not at risk, and not counted twice.
   */
  redeployed: number;
  /** Ids of the postholders (of the before post) who are redeployed. */
  redeployedHolderIds: Id[];
  /** 'redeployed': everyone in the post is named in another post of the after structure. */
  outcome: 'at-risk' | 'slot-in' | 'ring-fence' | 'redeployed';
}

export interface ConsultationDuty {
  /** The line crossed: 20 to 99, or 100 or more, people at risk. */
  threshold: 20 | 100;
  /** Minimum days of collective consultation before the first dismissal takes effect. */
  minimumDays: 30 | 45;
  message: string;
}

export interface FundingEnd {
  post: Post;
  source: FundingSource;
  /** 'before': the funding has ended by the implementation date; 'within-12-months': it ends in the year after. */
  when: 'before' | 'within-12-months';
}

export interface PeopleEffect {
  postsBefore: number;
  postsAfter: number;
  fteUnitsBefore: number;
  fteUnitsAfter: number;
  headcountBefore: number;
  headcountAfter: number;
  vacanciesBefore: number;
  vacanciesAfter: number;
  postsDeleted: number;
  fteUnitsDeleted: number;
  postsNew: number;
  fteUnitsNew: number;
  /** Deleted posts that were vacant: no one is at risk from them. */
  vacanciesDeleted: number;
  vacancyFteUnitsDeleted: number;
  /** People in filled posts that are deleted or redesignated. */
  affected: number;
  /** Of those, people matched straight to a replacing post. */
  slotIns: number;
  /** Of those, people in a ring-fenced pool competing for fewer places (still at risk). */
  ringFenced: number;
  /** Of those, people named in a retained vacancy or a new post of the after structure. */
  redeployed: number;
  /** affected - slotIns - redeployed. */
  atRisk: number;
  /** People whose post stays but with fewer hours (FTE reduced): not counted as at risk, shown for care. */
  hoursReduced: number;
  atRiskPosts: AtRiskPost[];
  /**
   * People slotting in from deleted posts to replacing posts left vacant, by the id of the post
   * they go to: counted in headcountAfter, though the post names nobody.
   */
  slotInPeople: Record<Id, number>;
  replacements: ReplacementOutcome[];
  consultation: ConsultationDuty | null;
  /** Posts of the after structure funded by a source ending before, or within 12 months after, the implementation date. */
  fundingEnds: FundingEnd[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** TULRCA s188: 20 to 99 proposed redundancies at one establishment within 90 days, 30 days; 100 or more, 45 days. */
export function consultationDuty(atRisk: number): ConsultationDuty | null {
  if (atRisk < 20) return null;
  const big = atRisk >= 100;
  const minimumDays = big ? 45 : 30;
  return {
    threshold: big ? 100 : 20,
    minimumDays,
    message:
      `${plural(atRisk, 'person is', 'people are')} at risk, ${big ? '100 or more' : '20 or more'}: if the redundancies are proposed at one ` +
      `establishment within 90 days, collective consultation must begin at least ${minimumDays} days before the first dismissal takes ` +
      `effect, and the employer must notify the Secretary of State on form HR1 (TULRCA section 188).`,
  };
}

function personFteUnits(post: Post): number {
  return personUnits(post).reduce((s, u) => s + u, 0);
}

export interface PeopleInput {
  diff: StructureDiff;
  /** Both structures' totals, costed from the posts the diff compared: posts, FTE, headcount and vacancies come from them. */
  totals: { before: Totals; after: Totals };
  /** The date the after structure takes effect, for funding that ends around then. */
  implementationDate: string | null;
  fundingSources: readonly FundingSource[];
}

export function peopleEffect({ diff, totals, implementationDate, fundingSources }: PeopleInput): PeopleEffect {
  const e: PeopleEffect = {
    postsBefore: totals.before.posts,
    postsAfter: totals.after.posts,
    fteUnitsBefore: totals.before.fteUnits,
    fteUnitsAfter: totals.after.fteUnits,
    headcountBefore: totals.before.headcount,
    headcountAfter: totals.after.headcount,
    vacanciesBefore: totals.before.vacancies,
    vacanciesAfter: totals.after.vacancies,
    postsDeleted: 0,
    fteUnitsDeleted: 0,
    postsNew: 0,
    fteUnitsNew: 0,
    vacanciesDeleted: 0,
    vacancyFteUnitsDeleted: 0,
    affected: 0,
    slotIns: 0,
    ringFenced: 0,
    redeployed: 0,
    atRisk: 0,
    hoursReduced: 0,
    atRiskPosts: [],
    slotInPeople: {},
    replacements: [],
    consultation: null,
    fundingEnds: [],
  };
  const groups = diff.replacementGroups ?? [];
  // Only the posts of replacement groups are needed by id: a few among thousands, if any. Every
  // post of a group is in a change with a replacement (with, at times, the other post of its change).
  const beforeById = groups.length ? new Map<Id, Post>() : null;
  const afterById = groups.length ? new Map<Id, Post>() : null;
  const atRiskByBeforeId = new Map<Id, AtRiskPost>();
  const places = new RedeploymentPlaces();
  const changes = diff.changes;
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    const b = c.before;
    const a = c.after;
    if (c.replacement !== null && beforeById && afterById) {
      if (b) beforeById.set(b.id, b);
      if (a) afterById.set(a.id, a);
    }
    if (c.kind === 'deleted' && b) {
      e.postsDeleted++;
      e.fteUnitsDeleted += fteUnits(b.fte);
      if (b.vacant) {
        e.vacanciesDeleted++;
        e.vacancyFteUnitsDeleted += fteUnits(b.fte);
      }
    }
    if (c.kind === 'new' && a) {
      e.postsNew++;
      e.fteUnitsNew += fteUnits(a.fte);
    }
    if ((c.kind === 'deleted' || c.kind === 'redesignated') && b && !b.vacant) {
      const r: AtRiskPost = { change: c, people: headcountOf(b), redeployed: 0, redeployedHolderIds: [], outcome: 'at-risk' };
      e.atRiskPosts.push(r);
      atRiskByBeforeId.set(b.id, r);
      e.affected += r.people;
    }
    if (c.kind === 'fte-changed' && b && a && !b.vacant && fteUnits(a.fte) < fteUnits(b.fte)) e.hoursReduced += headcountOf(b);
    // A retained vacancy now filled, or a new post: somewhere a person at risk may be redeployed to.
    if (a && !a.vacant && (!b || b.vacant)) for (const h of a.postholders) places.add(h);
  }

  for (const group of groups) {
    let candidates = 0;
    let candidateFteUnits = 0;
    for (const id of group.beforeIds) {
      const b = beforeById!.get(id);
      if (!b || b.vacant) continue;
      candidates += headcountOf(b);
      candidateFteUnits += personFteUnits(b);
    }
    let placeFteUnits = 0;
    for (const id of group.afterIds) placeFteUnits += fteUnits(afterById!.get(id)?.fte ?? 0);
    const outcome: ReplacementOutcome['outcome'] =
      candidates === 0 ? 'no-candidates' : candidateFteUnits <= placeFteUnits + 1e-6 ? 'slot-in' : 'ring-fence';
    e.replacements.push({ group, candidates, candidateFteUnits, places: group.afterIds.length, placeFteUnits, outcome });
    if (outcome === 'no-candidates') continue;
    if (outcome === 'slot-in') slotInHeadcount(e, group.beforeIds.map((id) => atRiskByBeforeId.get(id)), group.afterIds.map((id) => afterById!.get(id)));
    for (const id of group.beforeIds) {
      const r = atRiskByBeforeId.get(id);
      if (!r) continue;
      r.outcome = outcome;
      if (outcome === 'slot-in') e.slotIns += r.people;
      else e.ringFenced += r.people;
    }
  }
  for (const r of e.atRiskPosts) {
    if (r.outcome === 'slot-in') continue;
    for (const h of r.change.before!.postholders) {
      if (!places.take(h)) continue;
      r.redeployed++;
      r.redeployedHolderIds.push(h.id);
    }
    if (r.redeployed === 0) continue;
    e.redeployed += r.redeployed;
    if (r.outcome === 'ring-fence') e.ringFenced -= r.redeployed;
    if (r.redeployed === r.people) r.outcome = 'redeployed';
  }
  e.atRisk = e.affected - e.slotIns - e.redeployed;
  e.consultation = consultationDuty(e.atRisk);
  e.fundingEnds = fundingEnds(diff.changes, implementationDate, fundingSources);
  return e;
}

/** How a person is known in both structures: their postholder id, or their name as typed (ignoring case and spacing). */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** People named in retained vacancies and new posts of the after structure, each matched at most once. */
class RedeploymentPlaces {
  private ids = new Set<Id>();
  private names = new Map<string, number>();
  add(h: Postholder): void {
    this.ids.add(h.id);
    const k = nameKey(h.name);
    if (k) this.names.set(k, (this.names.get(k) ?? 0) + 1);
  }
  /** Whether the person is named in one of the places; the place is then taken. */
  take(h: Postholder): boolean {
    const k = nameKey(h.name);
    if (this.ids.delete(h.id)) {
      if (k && this.names.get(k)) this.names.set(k, this.names.get(k)! - 1);
      return true;
    }
    const n = k ? (this.names.get(k) ?? 0) : 0;
    if (n === 0) return false;
    this.names.set(k, n - 1);
    return true;
  }
}

/**
 * People slotting in from deleted posts into replacing posts left vacant in the after structure:
 * they are still employed, so they count in the after headcount and those posts are not vacancies.
 */
function slotInHeadcount(e: PeopleEffect, candidates: (AtRiskPost | undefined)[], places: (Post | undefined)[]): void {
  const moving = candidates.reduce((s, r) => s + (r && r.change.kind === 'deleted' ? r.people : 0), 0);
  const vacant = places.filter((p): p is Post => p !== undefined && p.vacant);
  if (moving === 0 || vacant.length === 0) return;
  e.headcountAfter += moving;
  e.vacanciesAfter -= Math.min(vacant.length, moving);
  // One person to each vacant place in turn, so a trace of the headcount adds up to it.
  for (let i = 0; i < moving; i++) {
    const id = vacant[i % vacant.length]!.id;
    e.slotInPeople[id] = (e.slotInPeople[id] ?? 0) + 1;
  }
}

function fundingEnds(changes: readonly PostChange[], implementationDate: string | null, sources: readonly FundingSource[]): FundingEnd[] {
  if (!implementationDate) return [];
  const horizon = addMonths(implementationDate, 12);
  const ending = new Map<Id, { source: FundingSource; when: FundingEnd['when'] }>();
  for (const s of sources) {
    if (!s.endDate) continue;
    if (s.endDate < implementationDate) ending.set(s.id, { source: s, when: 'before' });
    else if (s.endDate <= horizon) ending.set(s.id, { source: s, when: 'within-12-months' });
  }
  if (ending.size === 0) return [];
  const out: FundingEnd[] = [];
  for (let k = 0; k < changes.length; k++) {
    const post = changes[k]!.after;
    if (!post) continue;
    const funding = post.funding;
    for (let i = 0; i < funding.length; i++) {
      const hit = ending.get(funding[i]!.sourceId);
      if (hit) out.push({ post, source: hit.source, when: hit.when });
    }
  }
  return out;
}
