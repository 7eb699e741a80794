// FTE held exactly: a post's FTE has at most four decimals, so it is an integer count of
// ten-thousandths ("units"), which sums without floating-point drift.

/** The most FTE one post can have; a grouped post (a number of posts counted in FTE) may have up to GROUP_MAX_FTE. */
export const SINGLE_MAX_FTE = 1000;
export const GROUP_MAX_FTE = 1_000_000;

/** FTE as an exact integer count of ten-thousandths. */
export function fteUnits(fte: number): number {
  return Math.round(fte * 10_000);
}

/** FTE from a count of ten-thousandths. */
export function fteFromUnits(units: number): number {
  return units / 10_000;
}
