// Parts of a whole in basis points: a post's funding, or a shared post's split between
// organisations. The parts add up to 100% (10000) exactly, and each source appears once.
import { quote, refuse, type Refusal } from './refusal';

export const WHOLE_BP = 10_000;

/** The rules' words, as the API's argument checks and the import both give them. */
export const SHARE_RULES = {
  fundingTotal: 'funding shares must add up to 100%',
  fundingTwice: 'a funding source appears twice',
  costTotal: 'the shares of the cost must add up to 100%',
  costTwice: 'an organisation appears twice',
} as const;

export function sharesTotal(shares: readonly { shareBp: number }[]): number {
  return shares.reduce((t, s) => t + s.shareBp, 0);
}

/** No shares at all (the default applies), or shares adding up to exactly 100%. */
export function sharesAddUp(shares: readonly { shareBp: number }[]): boolean {
  return shares.length === 0 || sharesTotal(shares) === WHOLE_BP;
}

/** True when no key appears twice. */
export function sharesDistinct(keys: readonly string[]): boolean {
  return new Set(keys).size === keys.length;
}

/** A percentage as typed ("12.5") turned into basis points, or why it cannot be one. */
export function parseSharePercent(text: string): { bp: number } | { error: string } {
  const pct = Number(text);
  if (text.trim() === '' || Number.isNaN(pct) || pct <= 0 || pct > 100) return { error: 'Each share is a percentage between 0 and 100.' };
  const bp = Math.round(pct * 100);
  if (Math.abs(bp - pct * 100) > 1e-6) return { error: 'Shares can have at most two decimal places.' };
  return { bp };
}

/** The complaint about a set of shares as typed in the editor, or null when they may be saved. */
export function sharesProblem(shares: readonly { id: string; shareBp: number }[]): string | null {
  if (!sharesDistinct(shares.map((s) => s.id))) return 'Each can appear only once.';
  const total = sharesTotal(shares);
  if (!sharesAddUp(shares)) return `The shares add up to ${total / 100}%; they must add up to 100%.`;
  return null;
}

/** A post's parts of a whole, as the share rules read them (named here, not taken from the model, which is built on these rules). */
export interface SharedPost {
  id: string;
  title: string;
  funding: readonly { sourceId: string; shareBp: number }[];
  organisationShares: readonly { organisationId: string; shareBp: number }[];
}

/** Which of the share rules a post's funding and split of the cost break, if any. */
function brokenShareRule(post: SharedPost): string | null {
  if (!sharesAddUp(post.funding)) return SHARE_RULES.fundingTotal;
  if (!sharesDistinct(post.funding.map((f) => f.sourceId))) return SHARE_RULES.fundingTwice;
  if (!sharesAddUp(post.organisationShares)) return SHARE_RULES.costTotal;
  if (!sharesDistinct(post.organisationShares.map((o) => o.organisationId))) return SHARE_RULES.costTwice;
  return null;
}

/** A post's funding and its split of the cost between organisations each add up to 100%, with no part named twice. */
export function checkPostShares(post: SharedPost): Refusal | null {
  const broken = brokenShareRule(post);
  return broken ? refuse('invalid-argument', `${quote(post.title)}: ${broken}.`, { postId: post.id }) : null;
}
