// FTE held exactly: a post's FTE has at most four decimals, so it is an integer count of
// ten-thousandths ("units"), which sums without floating-point drift.

/** FTE as an exact integer count of ten-thousandths. */
export function fteUnits(fte: number): number {
  return Math.round(fte * 10_000);
}

/** FTE from a count of ten-thousandths. */
export function fteFromUnits(units: number): number {
  return units / 10_000;
}
