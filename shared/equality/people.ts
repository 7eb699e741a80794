// Who the equality profile counts: everyone in the structure compared from (its workforce) and,
// of them, the people at risk, each with their profile. A filled post holding more people than it
// names (a grouped post, or one with no postholder entered) counts the others as not recorded.
import type { PeopleEffect } from '../compare/people';
import { headcountOf } from '../costing/postCost';
import { establishmentPosts } from '../model/establishment';
import type { Id, Post } from '../model/types';
import type { EqualityProfile } from './profile';

export interface EqualityPeople {
  workforce: (EqualityProfile | undefined)[];
  atRisk: (EqualityProfile | undefined)[];
}

export function equalityPeople(before: readonly Post[], people: PeopleEffect): EqualityPeople {
  const workforce: (EqualityProfile | undefined)[] = [];
  for (const p of establishmentPosts(before)) {
    if (p.vacant) continue;
    for (const h of p.postholders) workforce.push(h.equality);
    for (let i = p.postholders.length; i < headcountOf(p); i++) workforce.push(undefined);
  }
  const atRisk: (EqualityProfile | undefined)[] = [];
  for (const r of people.atRiskPosts) {
    if (r.outcome === 'slot-in' || r.outcome === 'redeployed') continue;
    const moved = new Set<Id>(r.redeployedHolderIds);
    const holders = r.change.before!.postholders.filter((h) => !moved.has(h.id));
    for (const h of holders) atRisk.push(h.equality);
    for (let i = holders.length; i < r.people - r.redeployed; i++) atRisk.push(undefined);
  }
  return { workforce, atRisk };
}
