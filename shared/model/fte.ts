// FTE held exactly: a post's FTE has at most four decimals, so it is an integer count of
// ten-thousandths ("units"), which sums without floating-point drift.

/** The most FTE one post can have; a grouped post (a number of posts counted in FTE) may have up to GROUP_MAX_FTE. */
export const SINGLE_MAX_FTE = 1000;
export const GROUP_MAX_FTE = 1_000_000;

export function hasAtMostFourDecimals(n: number): boolean {
  return Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6;
}

/** What is wrong with an FTE, in the words the API's schemas use. */
export const FTE_MESSAGES = {
  number: 'FTE must be a number',
  positive: 'FTE must be more than 0',
  single: 'FTE must be at most 1000 (a grouped post can have more)',
  grouped: 'FTE must be at most 1,000,000',
  decimals: 'FTE has at most four decimal places',
} as const;

/**
 * The first thing wrong with `n` as a post's FTE (a grouped post's, up to GROUP_MAX_FTE), as the
 * API's FTE schemas would say it; null when it is a good FTE. For checking as the user types.
 */
export function fteProblem(n: number, grouped = false): string | null {
  if (!Number.isFinite(n)) return FTE_MESSAGES.number;
  if (!(n > 0)) return FTE_MESSAGES.positive;
  if (n > (grouped ? GROUP_MAX_FTE : SINGLE_MAX_FTE)) return grouped ? FTE_MESSAGES.grouped : FTE_MESSAGES.single;
  if (!hasAtMostFourDecimals(n)) return FTE_MESSAGES.decimals;
  return null;
}

/** FTE as an exact integer count of ten-thousandths. */
export function fteUnits(fte: number): number {
  return Math.round(fte * 10_000);
}

/** FTE from a count of ten-thousandths. */
export function fteFromUnits(units: number): number {
  return units / 10_000;
}
